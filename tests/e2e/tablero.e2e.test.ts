import { describe, expect, it } from 'vitest';
import { appDelBloque } from './navegador';
import { ir, llenarGruposEdad } from './pasos';

describe('Tablero: las cifras de miles se leen con separadores', () => {
  const app = appDelBloque();

  it('una jornada con 2,242 personas atendidas se lee «2,242» en la tarjeta y en la gráfica por sexo', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('tab', { name: 'Jornadas' }).click();
    await pagina.getByRole('link', { name: 'Nueva jornada' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de jornada' });
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2026-10-17');
    await form.getByRole('textbox', { name: 'Nombre de la jornada' }).fill('Feria regional de salud y servicios');
    await form.getByLabel('Personas atendidas: mujeres').fill('1250');
    await form.getByLabel('Personas atendidas: hombres').fill('980');
    await form.getByLabel('Personas atendidas: otro').fill('12');
    await llenarGruposEdad(form.getByRole('group', { name: 'Personas atendidas por grupo de edad' }), [400, 310, 512, 760, 260]);
    await form.getByRole('switch', { name: 'La jornada se realizó' }).check();
    await form.getByRole('button', { name: 'Guardar jornada' }).click();
    await pagina.getByRole('heading', { name: 'Feria regional de salud y servicios' }).waitFor();

    await ir(pagina, 'Tablero');
    await pagina.getByRole('heading', { name: 'Tablero del POA 2026' }).waitFor();
    const atendidas = pagina.getByRole('region', { name: 'Personas atendidas: 2,242' });
    await atendidas.getByText('2,242', { exact: true }).waitFor();
    await atendidas.getByText('1,250 mujeres · 980 hombres · 12 no binario / otro').waitFor();
    await atendidas.getByText('0 con solicitud o apoyo · 2,242 en jornadas · 0 en talleres y capacitaciones').waitFor();
    // The doughnut's legend and its center are drawn on the canvas; what it says aloud carries the same figures.
    await pagina.getByRole('img', { name: 'Personas atendidas por sexo: Mujeres 1,250, Hombres 980, No binario / otro 12' }).waitFor();
    expect(await pagina.getByRole('img', { name: /Mujeres 1250/ }).count()).toBe(0);
  });
});
