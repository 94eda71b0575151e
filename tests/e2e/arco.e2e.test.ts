import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { capturarSolicitud, etiquetaCeldaAtencion, ir } from './pasos';

describe('Solicitudes ARCO y copias de respaldo protegidas', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('una cancelación anonimiza a la persona y el cronograma de Atención Ciudadana no cambia', async () => {
    const { pagina } = app;
    const folio = await capturarSolicitud(pagina, {
      apellido: 'Ruiz', nombre: 'Marta', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-11-10T09:30', tipo: 'Despensa',
    });
    const antes = await etiquetaCeldaAtencion(pagina, 'noviembre');
    expect(antes).toMatch(/^Actividad 1, noviembre: programado \d+, logrado 1,/);

    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: folio }).click();
    const tarjeta = pagina.getByRole('region', { name: 'Ciudadano: Marta Ruiz' });
    await tarjeta.getByRole('button', { name: 'Solicitud ARCO' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Solicitud ARCO de Marta Ruiz' });
    await dialogo.getByRole('radio', { name: 'Cancelación' }).check();
    await dialogo.getByLabel('Notas').fill('Escrito de la titular recibido en la Unidad de Transparencia');
    await dialogo.getByText(/se borran su CURP, teléfono, correo y domicilio/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/arco-dialogo.png` });
    await dialogo.getByRole('button', { name: 'Registrar solicitud' }).click();

    const confirmar = pagina.getByRole('dialog', { name: '¿Anonimizar a Marta Ruiz?' });
    await confirmar.getByText(/Sus solicitudes y apoyos se conservan y siguen contando en el POA/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/arco-confirmar.png` });
    await confirmar.getByRole('button', { name: 'Anonimizar a la persona' }).click();

    const anonimizada = pagina.getByRole('region', { name: 'Ciudadano: Persona anonimizada 1' });
    await anonimizada.getByText('Solicitud ARCO ARCO-2026-V1-0001 registrada: la persona quedó anonimizada como «Persona anonimizada 1».').waitFor();
    await anonimizada.getByText(/^ARCO-2026-V1-0001 · 24\/11\/2026 · Cancelación/).waitFor();
    await anonimizada.getByText(/Persona anonimizada por una solicitud ARCO/).waitFor();
    await expect.poll(() => pagina.getByRole('button', { name: 'Corregir datos' }).count(), { timeout: 15_000 }).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/arco-anonimizada.png` });

    expect(await etiquetaCeldaAtencion(pagina, 'noviembre')).toBe(antes);

    // The auditor's list: number, date, right, person, outcome.
    await ir(pagina, 'Solicitudes ARCO');
    const lista = pagina.getByRole('table', { name: 'Solicitudes ARCO registradas' });
    const fila = lista.getByRole('row', { name: /ARCO-2026-V1-0001/ });
    await fila.getByRole('cell', { name: '24/11/2026' }).waitFor();
    await fila.getByRole('cell', { name: 'Cancelación' }).waitFor();
    await fila.getByRole('cell', { name: 'Persona anonimizada 1', exact: true }).waitFor();
    expect(await lista.getByText('Marta').count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/arco-lista.png` });
  });

  it('una copia protegida se restaura solo con su contraseña; con otra, nada cambia', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByRole('button', { name: 'Copiar respaldo…' }).click();
    const copiar = pagina.getByRole('dialog', { name: 'Copiar respaldo para otra PC o una memoria USB' });
    const frase = 'Memoria USB de la oficina 2026';
    await copiar.getByLabel(/^Contraseña del respaldo/).fill(frase);
    await copiar.getByLabel('Confirme la contraseña del respaldo').fill('Otra cosa distinta 1');
    await copiar.getByRole('button', { name: 'Guardar copia' }).click();
    await copiar.getByText('La confirmación no coincide con la contraseña').waitFor();
    await copiar.getByLabel('Confirme la contraseña del respaldo').fill(frase);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/copia-protegida.png` });
    const [descarga] = await Promise.all([pagina.waitForEvent('download', { timeout: 60_000 }), copiar.getByRole('button', { name: 'Guardar copia' }).click()]);
    expect(descarga.suggestedFilename()).toBe('respaldo-poa-V1-2026-11-24.cifrado');
    const archivo = `${CARPETA_EVIDENCIAS}/respaldo-protegido.cifrado`;
    await descarga.saveAs(archivo);
    await pagina.getByText(/^Copia protegida con contraseña guardada en /).waitFor();
    const bytes = readFileSync(archivo);
    expect(bytes.subarray(0, 39).toString('utf8')).toBe('{"formato":"poa-gestion-social-cifrado"');
    for (const claro of ['Persona anonimizada', 'poa-gestion-social/respaldo', frase]) expect(bytes.includes(claro)).toBe(false);

    // Something done after the copy: the restore undoes it, a wrong passphrase does not.
    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    const colonias = pagina.getByRole('region', { name: 'Colonias' });
    await colonias.getByLabel('Agregar a colonias').fill('Colonia posterior a la copia');
    await colonias.getByRole('button', { name: 'Agregar' }).click();
    await colonias.getByText('Colonia posterior a la copia').waitFor();

    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles(archivo);
    await pagina.getByText(/está protegido y se le pedirá su contraseña/).waitFor();
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
    const pedir = pagina.getByRole('dialog', { name: 'Respaldo protegido con contraseña' });
    await pedir.getByLabel('Contraseña del respaldo').fill('No es la contraseña');
    await pedir.getByRole('button', { name: 'Restaurar' }).click();
    await pedir.getByText('La contraseña del respaldo no es correcta.').waitFor();
    // Another try is possible at once.
    await expect.poll(() => pedir.getByRole('button', { name: 'Restaurar' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/copia-contrasena-incorrecta.png` });
    await pedir.getByRole('button', { name: 'Cancelar' }).click();
    await pedir.waitFor({ state: 'detached' });
    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    await pagina.getByRole('region', { name: 'Colonias' }).getByText('Colonia posterior a la copia').waitFor();

    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles(archivo);
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
    await pedir.getByLabel('Contraseña del respaldo').fill(frase);
    await pedir.getByRole('button', { name: 'Restaurar' }).click();
    await pagina.getByText(/^Restaurado «respaldo-protegido\.cifrado»/).waitFor();
    await pedir.waitFor({ state: 'detached' });
    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    await pagina.getByRole('region', { name: 'Colonias' }).getByText('Centro').waitFor();
    await expect.poll(() => pagina.getByText('Colonia posterior a la copia').count(), { timeout: 15_000 }).toBe(0);
  });
});
