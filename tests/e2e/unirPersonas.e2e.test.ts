import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { capturarSolicitud, etiquetaCeldaAtencion, ir } from './pasos';

describe('Unir personas desde el registro de una persona', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('la misma ciudadana registrada dos veces queda una, con las dos solicitudes, y el cronograma no cambia', async () => {
    const { pagina } = app;
    const ciudadana = { apellido: 'Díaz', nombre: 'Rosa', sexo: 'Mujer', colonia: 'Centro', tipo: 'Despensa' } as const;
    const primera = await capturarSolicitud(pagina, { ...ciudadana, recepcion: '2026-11-10T09:30' });
    const segunda = await capturarSolicitud(pagina, { ...ciudadana, recepcion: '2026-11-12T10:15' });
    const antes = await etiquetaCeldaAtencion(pagina, 'noviembre');
    expect(antes).toMatch(/^Actividad 1, noviembre: programado \d+, logrado 2,/);

    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: segunda }).click();
    const tarjeta = pagina.getByRole('region', { name: 'Ciudadano: Rosa Díaz' });
    await tarjeta.getByRole('button', { name: 'Unir con otra persona' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Unir personas' });
    await dialogo.getByText('Elija a la persona con la que se une.').waitFor();
    await dialogo.getByLabel('Buscar a la otra persona por CURP o nombre').fill('rosa diaz');
    // Only the other Rosa is offered: the one of this record is not, and nobody new is registered here.
    await expect.poll(() => pagina.getByRole('option').count(), { timeout: 15_000 }).toBe(1);
    await pagina.getByRole('option', { name: /^Rosa Díaz/ }).click();

    const lado = dialogo.getByRole('table', { name: 'Las dos personas, lado a lado' });
    await lado.getByRole('row', { name: /^Colonia Centro Centro Centro$/ }).waitFor();
    // Neither has a CURP: the one of the open record stays unless the other is chosen.
    const esta = dialogo.getByRole('radio', { name: 'Se queda Rosa Díaz (sin CURP), la de este registro', exact: true });
    const otra = dialogo.getByRole('radio', { name: 'Se queda Rosa Díaz (sin CURP)', exact: true });
    await expect.poll(() => esta.isChecked()).toBe(true);
    expect(await otra.isChecked()).toBe(false);
    await expect.poll(() => dialogo.getByText('Registrada el 24/11/2026 en la estación V1 · 1 solicitud, 0 apoyos').count()).toBe(2);
    await expect.poll(() => dialogo.getByLabel('Buscar a la otra persona por CURP o nombre').count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/unir-personas-dialogo.png` });
    await dialogo.getByRole('button', { name: 'Unir personas' }).click();
    await dialogo.waitFor({ state: 'detached' });

    await tarjeta.getByText('Se unieron las dos personas en Rosa Díaz: 1 registro pasó a ella.').waitFor();
    await tarjeta.getByRole('link', { name: new RegExp(primera) }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/unir-personas-hecho.png` });

    // The other solicitud now shows the same persona, with both solicitudes in her history.
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: primera }).click();
    await pagina.getByRole('region', { name: 'Ciudadano: Rosa Díaz' }).getByRole('link', { name: new RegExp(segunda) }).waitFor();

    expect(await etiquetaCeldaAtencion(pagina, 'noviembre')).toBe(antes);

  });

  it('«Posibles duplicados» muestra a dos personas del mismo nombre y calle; «Mantener separadas» no la vuelve a ofrecer', async () => {
    const { pagina } = app;
    const vecino = { apellido: 'Gómez', nombre: 'Luis', sexo: 'Hombre', colonia: 'Centro', calle: 'Hidalgo', tipo: 'Medicamento' } as const;
    await capturarSolicitud(pagina, { ...vecino, recepcion: '2026-11-13T09:00' });
    await capturarSolicitud(pagina, { ...vecino, recepcion: '2026-11-14T09:00' });

    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('button', { name: 'Posibles duplicados' }).click();
    await pagina.getByRole('heading', { name: 'Posibles duplicados' }).waitFor();
    const pareja = pagina.getByRole('listitem', { name: 'Luis Gómez: posible duplicado' });
    await pareja.getByText('Mismo nombre y domicilio').waitFor();
    expect(await pareja.getByText('Hidalgo, Centro').count()).toBe(2);
    await pagina.getByText('1 pareja por revisar').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/posibles-duplicados.png` });

    await pareja.getByRole('button', { name: 'Mantener separadas' }).click();
    await pagina.getByText('Luis Gómez y Luis Gómez se mantienen como personas distintas.').waitFor();
    await pagina.getByText(/^No hay posibles duplicados/).waitFor();
  });
});
