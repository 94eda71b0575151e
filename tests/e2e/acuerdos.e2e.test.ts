import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARPETA_EVIDENCIAS, appDelBloque } from './navegador';
import { elegirOpcion, ir } from './pasos';

interface AcuerdoNuevo {
  texto: string;
  responsable: string;
  compromiso?: string;
}

/** Captures an attended mesa and adds its acuerdos from its detail, as the head does after the session. */
async function mesaConAcuerdos(pagina: Page, fecha: string, tema: string, acuerdos: AcuerdoNuevo[]): Promise<void> {
  await ir(pagina, '4. Vinculación Institucional');
  await pagina.getByRole('tab', { name: 'Mesas', selected: true }).waitFor();
  await pagina.getByRole('link', { name: 'Nueva mesa' }).click();
  const form = pagina.getByRole('form', { name: 'Captura de mesa interinstitucional' });
  await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill(fecha);
  await form.getByRole('textbox', { name: 'Tema' }).fill(tema);
  await form.getByRole('textbox', { name: 'Convoca' }).fill('Secretaría de Bienestar');
  await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Asistida');
  await form.getByRole('button', { name: 'Guardar mesa' }).click();
  await pagina.getByRole('heading', { name: `Mesa: ${tema}` }).waitFor();
  for (const a of acuerdos) {
    await pagina.getByRole('button', { name: 'Agregar acuerdo' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nuevo acuerdo' });
    await dialogo.getByRole('textbox', { name: 'Acuerdo' }).fill(a.texto);
    await dialogo.getByRole('textbox', { name: 'Responsable' }).fill(a.responsable);
    if (a.compromiso) await dialogo.getByLabel('Fecha compromiso').fill(a.compromiso);
    await dialogo.getByRole('button', { name: 'Agregar acuerdo' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('table', { name: 'Acuerdos de la mesa' }).getByText(a.texto).waitFor();
  }
}

/**
 * «Acuerdos por cumplir» (the suite's clock is 24/11/2026): every acuerdo not cumplido of every mesa, by responsable,
 * with its days overdue; one is marked cumplido there with its evidence, leaves the list, and its mesa says so.
 */
describe('Acuerdos por cumplir de todas las mesas', () => {
  const app = appDelBloque();

  it('lista por responsable los pendientes de dos mesas, con lo vencido en rojo; marcar uno cumplido lo quita y la mesa dice cuándo y con qué', async () => {
    const { pagina } = app;
    await ir(pagina, '4. Vinculación Institucional');
    await pagina.getByRole('tab', { name: 'Acuerdos por cumplir' }).click();
    const grid = pagina.getByRole('grid', { name: 'Acuerdos por cumplir' });
    await grid.getByText('No hay acuerdos pendientes.').waitFor();
    await pagina.getByRole('search', { name: 'Filtros de acuerdos por cumplir' }).getByRole('status').getByText('0 acuerdos', { exact: true }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/acuerdos-por-cumplir-vacia.png` });

    await mesaConAcuerdos(pagina, '2026-10-14', 'Seguridad alimentaria regional', [
      { texto: 'Entregar el padrón de familias en pobreza alimentaria', responsable: 'DIF Municipal', compromiso: '2026-11-21' },
      { texto: 'Organizar una jornada de salud visual en la colonia Centro', responsable: 'Centro de Salud', compromiso: '2026-11-26' },
    ]);
    await mesaConAcuerdos(pagina, '2026-11-03', 'Atención a mujeres en situación de violencia', [
      { texto: 'Canalizar los casos al Instituto Estatal de la Mujer', responsable: 'DIF Municipal' },
      { texto: 'Capacitar al personal de los módulos de atención', responsable: 'Centro de Salud', compromiso: '2026-12-10' },
    ]);

    // «Hoy» shows those due this week and leads to the whole list.
    await ir(pagina, 'Hoy');
    const tarjeta = pagina.getByRole('region', { name: 'Acuerdos por cumplir' });
    await tarjeta.getByRole('button', { name: /^Entregar el padrón de familias en pobreza alimentaria DIF Municipal · Venció hace 3 días/ }).waitFor();
    await tarjeta.getByRole('link', { name: 'Ver todos los acuerdos' }).click();
    await pagina.getByRole('tab', { name: 'Acuerdos por cumplir', selected: true }).waitFor();

    const barra = pagina.getByRole('search', { name: 'Filtros de acuerdos por cumplir' });
    await barra.getByRole('status').getByText('4 acuerdos', { exact: true }).waitFor();
    await barra.getByText('1 vencido · 2 responsables').waitFor();
    const filas = grid.locator('.MuiDataGrid-row');
    // By responsable, then by fecha compromiso, those without one last.
    await expect
      .poll(() => filas.evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('[role="gridcell"]')].slice(0, 5).map((c) => c.textContent?.trim()))))
      .toEqual([
        ['Centro de Salud', 'Organizar una jornada de salud visual en la colonia Centro', 'Seguridad alimentaria regional14/10/2026', '26/11/2026', 'Vence en 2 días'],
        ['Centro de Salud', 'Capacitar al personal de los módulos de atención', 'Atención a mujeres en situación de violencia03/11/2026', '10/12/2026', 'Vence en 16 días'],
        ['DIF Municipal', 'Entregar el padrón de familias en pobreza alimentaria', 'Seguridad alimentaria regional14/10/2026', '21/11/2026', 'Vencido hace 3 días'],
        ['DIF Municipal', 'Canalizar los casos al Instituto Estatal de la Mujer', 'Atención a mujeres en situación de violencia03/11/2026', '', 'Sin fecha'],
      ]);
    const vencido = grid.getByText('Vencido hace 3 días');
    expect(await vencido.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(198, 40, 40)');
    await pagina.setViewportSize({ width: 1366, height: 768 });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/acuerdos-por-cumplir.png` });

    // Filters: only the overdue, then one responsable.
    await barra.getByRole('switch', { name: 'Sólo vencidos' }).check();
    await barra.getByRole('status').getByText('1 de 4 acuerdos').waitFor();
    await expect.poll(() => filas.count()).toBe(1);
    await barra.getByRole('switch', { name: 'Sólo vencidos' }).uncheck();
    await elegirOpcion(pagina, barra.getByRole('combobox', { name: 'Responsable' }), 'Centro de Salud');
    await barra.getByRole('status').getByText('2 de 4 acuerdos').waitFor();
    await barra.getByRole('button', { name: 'Limpiar filtros' }).click();
    await barra.getByRole('status').getByText('4 acuerdos', { exact: true }).waitFor();

    // Marked cumplido right there: today is proposed; without a date it is refused at the field.
    await grid.getByRole('button', { name: 'Marcar como cumplido el acuerdo «Entregar el padrón de familias en pobreza alimentaria»' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Marcar el acuerdo como cumplido' });
    const fecha = dialogo.getByLabel('Fecha de cumplimiento');
    expect(await fecha.inputValue()).toBe('24/11/2026');
    const evidencia = dialogo.getByRole('textbox', { name: 'Evidencia del cumplimiento' });
    await expect.poll(() => evidencia.evaluate((e) => e === document.activeElement)).toBe(true);
    await fecha.fill('');
    await dialogo.getByRole('button', { name: 'Marcar como cumplido' }).click();
    await dialogo.getByText('Un acuerdo cumplido necesita su fecha de cumplimiento').waitFor();
    await fecha.fill('2026-11-24');
    await evidencia.fill('Oficio DIF/123/2026');
    // The label moves above the text it now holds: the picture waits for it to arrive.
    await pagina.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/acuerdos-marcar-cumplido.png` });
    await dialogo.getByRole('button', { name: 'Marcar como cumplido' }).click();
    await dialogo.waitFor({ state: 'detached' });

    await barra.getByRole('status').getByText('3 acuerdos', { exact: true }).waitFor();
    await barra.getByText('0 vencidos · 2 responsables').waitFor();
    expect(await grid.getByText('Entregar el padrón de familias en pobreza alimentaria').count()).toBe(0);

    // The mesa's detail says when and with what.
    await grid.getByRole('link', { name: 'Seguridad alimentaria regional' }).click();
    await pagina.getByRole('heading', { name: 'Mesa: Seguridad alimentaria regional' }).waitFor();
    const tabla = pagina.getByRole('table', { name: 'Acuerdos de la mesa' });
    await tabla.getByText('Cumplido el 24/11/2026 · Oficio DIF/123/2026').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/acuerdos-mesa-cumplido.png` });
  });
});
