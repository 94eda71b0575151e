import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { ajustar, capturarSolicitud, celda, gridCronograma, ir, type Captura } from './pasos';

async function enfocada(pagina: Page): Promise<string | null> {
  return pagina.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('Cronograma vivo, Índice de Eficiencia y tablero', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('muestra el POA 2026 como su cronograma: X, programado/logrado por mes, noviembre en curso y el total', async () => {
    const { pagina } = app;
    await ir(pagina, 'Cronograma');
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    const g = gridCronograma(pagina);
    await expect.poll(() => g.getByRole('row', { name: /^Actividad \d$/ }).count(), { timeout: 15_000 }).toBe(4);
    await celda(pagina, 'Actividad 1, enero: programado 8, logrado 0, índice 0 %, Fuera de meta').waitFor();
    await celda(pagina, 'Actividad 1, diciembre: programado 7, logrado 0, índice 0 %, Por venir').waitFor();
    await g.getByRole('columnheader', { name: 'noviembre (periodo en curso)' }).waitFor();
    const total = g.getByRole('row', { name: 'Total POA' });
    await total.getByRole('gridcell', { name: 'Total POA, enero: programado 32, logrado 0, índice 0 %, Fuera de meta' }).waitFor();
    await expect.poll(() => total.getByRole('gridcell', { name: 'Meta anual' }).textContent(), { timeout: 15_000 }).toBe('360');
    await total.getByRole('gridcell', { name: 'Índice acumulado a noviembre: 0 %, Fuera de meta' }).waitFor();
    // The bimestral activities show their own reporting periods under the months.
    await g.getByRole('row', { name: 'Actividad 2: reporte bimestral' }).getByRole('gridcell', { name: /^1er bimestre \(ene–feb\): logrado 0 de 16/ }).waitFor();
  });

  it('un ajuste manual exige motivo y cambia la celda, su color y los índices, mostrándose aparte', async () => {
    const { pagina } = app;
    await celda(pagina, /^Actividad 4, marzo: /).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 4 · marzo 2026/ });
    await dialogo.getByRole('tab', { name: /Ajuste manual/ }).click();
    await dialogo.getByLabel('Cantidad').fill('8');
    await dialogo.getByLabel('Motivo del ajuste').fill('mesa');
    await dialogo.getByRole('button', { name: 'Agregar ajuste' }).click();
    await dialogo.getByText('Explique el motivo (al menos 10 caracteres)').waitFor();
    await dialogo.getByLabel('Motivo del ajuste').fill('Mesas regionales de seguridad alimentaria, minutas en archivo');
    await dialogo.getByRole('button', { name: 'Agregar ajuste' }).click();
    await dialogo.getByRole('list', { name: 'Ajustes de marzo' }).getByText('+8 aj.').waitFor();
    await dialogo.getByRole('status', { name: 'Índice del mes' }).getByLabel('100 %, En meta').waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();

    const nombre = 'Actividad 4, marzo: programado 8, logrado 8 (0 de registros y +8 de ajuste manual), índice 100 %, En meta';
    // The cell reads what the records count and the adjustment apart, over the goal: «0 + 8 aj. / 8», then the index.
    await expect.poll(() => celda(pagina, nombre).textContent(), { timeout: 15_000 }).toMatch(/0 \+ 8 aj\. \/ 8100 %$/);
    const fila = gridCronograma(pagina).getByRole('row', { name: 'Actividad 4' });
    await expect.poll(() => fila.getByRole('gridcell', { name: 'Meta Alcanzada N°' }).textContent(), { timeout: 15_000 }).toBe('8');
    await expect.poll(() => fila.getByRole('gridcell', { name: 'Meta Alcanzada %' }).textContent(), { timeout: 15_000 }).toBe('8.9 %');
    // 8 of the 83 programmed through November.
    await fila.getByRole('gridcell', { name: 'Índice acumulado a noviembre: 9.6 %, Fuera de meta' }).waitFor();
    await gridCronograma(pagina).getByRole('row', { name: 'Total POA' }).getByRole('gridcell', { name: /^Total POA, marzo: programado 32, logrado 8 \(0 de registros y \+8 de ajuste manual\), índice 25 %/ }).waitFor();
  });

  it('se recorre con el teclado: flechas entre celdas y Enter abre el mes', async () => {
    const { pagina } = app;
    await celda(pagina, /^Actividad 1, enero: /).focus();
    await pagina.keyboard.press('ArrowDown');
    await pagina.keyboard.press('ArrowRight');
    await expect.poll(() => enfocada(pagina), { timeout: 15_000 }).toMatch(/^Actividad 2, febrero: programado 8/);
    await pagina.keyboard.press('End');
    await expect.poll(() => enfocada(pagina), { timeout: 15_000 }).toMatch(/^Actividad 2, diciembre: /);
    await pagina.keyboard.press('Home');
    await pagina.keyboard.press('Enter');
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 2 · enero 2026/ });
    await dialogo.waitFor();
    await pagina.keyboard.press('Escape');
    await dialogo.waitFor({ state: 'detached' });
  });

  it('más ajustes dan ámbar y sobrecumplimiento tal cual; un ajuste retirado deja de contar', async () => {
    const { pagina } = app;
    await ajustar(pagina, 2, 'enero', 6, 'Despensas entregadas en la jornada de la colonia Centro');
    await celda(pagina, /^Actividad 2, enero: programado 8, logrado 6 \(0 de registros y \+6 de ajuste manual\), índice 75 %, En riesgo/).waitFor();
    await ajustar(pagina, 3, 'febrero', 9, 'Nueve talleres con el DIF estatal, listas de asistencia');
    await celda(pagina, /^Actividad 3, febrero: programado 8, logrado 9 .*índice 112.5 %, En meta/).waitFor();

    await ajustar(pagina, 1, 'mayo', -1, 'Solicitud contada dos veces por error de captura');
    await celda(pagina, /^Actividad 1, mayo: programado 8, logrado -1 \(0 de registros y −1 de ajuste manual\)/).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · mayo 2026/ });
    await dialogo.getByRole('tab', { name: /Ajuste manual/ }).click();
    await dialogo.getByRole('button', { name: /^Retirar el ajuste −1 aj\./ }).click();
    await dialogo.getByRole('button', { name: 'Retirar', exact: true }).click();
    await dialogo.getByText('No hay ajustes manuales en este mes.').waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await celda(pagina, 'Actividad 1, mayo: programado 8, logrado 0, índice 0 %, Fuera de meta').waitFor();
  });

  it('cambia la meta programada de un mes desde la celda, con la suma anual como en la configuración', async () => {
    const { pagina } = app;
    await celda(pagina, /^Actividad 1, diciembre: /).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · diciembre 2026/ });
    await dialogo.getByRole('tab', { name: 'Meta programada' }).click();
    await dialogo.getByLabel('Meta de diciembre').fill('9');
    await dialogo.getByRole('button', { name: 'Guardar metas' }).click();
    await dialogo.getByText('La suma mensual (92) no coincide con la meta anual (90); diferencia +2').waitFor();
    await dialogo.getByLabel('Meta de noviembre').fill('5');
    await expect.poll(() => dialogo.getByRole('status').filter({ hasText: 'Suma mensual' }).textContent(), { timeout: 15_000 }).toContain('Suma mensual: 90 de 90');
    await dialogo.getByRole('button', { name: 'Guardar metas' }).click();
    await dialogo.getByText('Metas programadas guardadas.').waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await celda(pagina, /^Actividad 1, diciembre: programado 9, /).waitFor();
    await celda(pagina, /^Actividad 1, noviembre: programado 5, /).waitFor();
  });

  it('las solicitudes capturadas en Atención Ciudadana en dos meses cuentan en su mes, cambian color e índice, y se baja a ellas', async () => {
    const { pagina } = app;
    await celda(pagina, 'Actividad 1, septiembre: programado 7, logrado 0, índice 0 %, Fuera de meta').waitFor();
    await celda(pagina, 'Actividad 1, noviembre: programado 5, logrado 0, índice 0 %, En curso, meta a la fecha 4').waitFor();

    const septiembre = await capturarSolicitud(pagina, {
      apellido: 'López', nombre: 'María', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-09-15T10:30', tipo: 'Despensa', compromiso: '2026-09-30',
    });
    const noviembre: Captura[] = [
      { apellido: 'Pérez', nombre: 'Juan', sexo: 'Hombre', colonia: 'San José', recepcion: '2026-11-03T09:10', tipo: 'Medicamento' },
      { apellido: 'Hernández', nombre: 'Rosa', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-11-05T12:45', tipo: 'Material de construcción' },
      { apellido: 'García', nombre: 'Luis', sexo: 'Hombre', colonia: 'Las Flores', recepcion: '2026-11-10T11:00', tipo: 'Despensa' },
      { apellido: 'Martínez', nombre: 'Ana', sexo: 'Mujer', colonia: 'San José', recepcion: '2026-11-18T16:20', tipo: 'Lentes' },
    ];
    const folios: string[] = [];
    for (const c of noviembre) folios.push(await capturarSolicitud(pagina, c));

    await ir(pagina, 'Cronograma');
    await celda(pagina, 'Actividad 1, septiembre: programado 7, logrado 1, índice 14.3 %, Fuera de meta').waitFor();
    await celda(pagina, 'Actividad 1, noviembre: programado 5, logrado 4, índice 80 %, En curso, meta a la fecha 4').waitFor();

    const pedro: Captura = { apellido: 'Ramírez', nombre: 'Pedro', sexo: 'Hombre', colonia: 'Centro', recepcion: '2026-11-23T10:05', tipo: 'Despensa' };
    folios.push(await capturarSolicitud(pagina, pedro));
    await ir(pagina, 'Cronograma');
    const noviembreCompleto = celda(pagina, 'Actividad 1, noviembre: programado 5, logrado 5, índice 100 %, En curso, meta a la fecha 4');
    await noviembreCompleto.waitFor();
    const fila = gridCronograma(pagina).getByRole('row', { name: 'Actividad 1' });
    await expect.poll(() => fila.getByRole('gridcell', { name: 'Meta Alcanzada N°' }).textContent(), { timeout: 15_000 }).toBe('6');
    // 6 of the 81 programmed through November.
    await fila.getByRole('gridcell', { name: 'Índice acumulado a noviembre: 7.4 %, Fuera de meta' }).waitFor();

    await noviembreCompleto.click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · noviembre 2026/ });
    const lista = dialogo.getByRole('list', { name: 'Registros que cuentan en noviembre' });
    // Each line names the citizen and the tipo de apoyo asked for.
    const ciudadanos = [...noviembre, pedro];
    await expect
      .poll(() => lista.getByRole('link').allTextContents(), { timeout: 15_000 })
      .toEqual(folios.map((f, i) => `Solicitud ${f} de ${ciudadanos[i].nombre} ${ciudadanos[i].apellido} · ${ciudadanos[i].tipo}Solicitud · ${['03', '05', '10', '18', '23'][i]}/11/2026`));
    await dialogo.getByRole('combobox', { name: 'Mes' }).click();
    await pagina.getByRole('option', { name: 'septiembre' }).click();
    // The dialog now speaks of September.
    await pagina.getByRole('dialog', { name: /^Actividad 1 · septiembre 2026/ }).getByRole('list', { name: 'Registros que cuentan en septiembre' }).getByRole('link', { name: new RegExp(`^Solicitud ${septiembre}`) }).click();
    await pagina.getByRole('heading', { name: `Solicitud ${septiembre}` }).waitFor();
    await ir(pagina, 'Cronograma');
  });

  it('las vistas bimestral y trimestral reagrupan las columnas con el índice de cada periodo', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Trimestral' }).click();
    await celda(pagina, /^Actividad 4, 1er trimestre \(ene–mar\): programado 24, logrado 8 \(0 de registros y \+8 de ajuste manual\), índice 33.3 %, Fuera de meta/).waitFor();
    await expect.poll(() => gridCronograma(pagina).getByRole('row', { name: 'Actividad 4' }).getByRole('button').count(), { timeout: 15_000 }).toBe(4);
    await pagina.getByRole('button', { name: 'Bimestral' }).click();
    await celda(pagina, /^Actividad 2, 1er bimestre \(ene–feb\): programado 16, logrado 6 .*índice 37.5 %/).waitFor();
    await expect.poll(() => gridCronograma(pagina).getByRole('row', { name: 'Actividad 2' }).getByRole('button').count(), { timeout: 15_000 }).toBe(6);
    await pagina.getByRole('button', { name: 'Mensual' }).click();
    await celda(pagina, /^Actividad 2, diciembre: /).waitFor();
    await expect.poll(() => gridCronograma(pagina).getByRole('row', { name: 'Actividad 2' }).getByRole('button').count(), { timeout: 15_000 }).toBe(12);
  });

  it('un periodo terminado fuera de meta pide justificación, que se guarda y se muestra', async () => {
    const { pagina } = app;
    const panel = pagina.getByRole('region', { name: 'Índice de Eficiencia por periodo' });
    await panel.getByRole('combobox', { name: 'Mes de referencia' }).click();
    await pagina.getByRole('option', { name: 'octubre' }).click();
    // November has not ended yet: nothing of it asks for a justification; October has.
    await panel.getByRole('button', { name: 'Justificar 1. Atención Ciudadana y recepción de solicitudes, octubre' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Justificar 1. Atención Ciudadana y recepción de solicitudes · octubre 2026' });
    await dialogo.getByLabel('Justificación').fill('Veda');
    await dialogo.getByRole('button', { name: 'Guardar justificación' }).click();
    await dialogo.getByText('La justificación debe tener al menos 10 caracteres').waitFor();
    await dialogo.getByLabel('Justificación').fill('Cierre de ventanilla por remodelación del edificio del 5 al 23 de octubre');
    await dialogo.getByRole('button', { name: 'Guardar justificación' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Justificado: 1. Atención Ciudadana y recepción de solicitudes, octubre. Editar justificación' }).waitFor();
    await panel
      .getByRole('list', { name: 'Justificaciones registradas 2026' })
      .getByText('Cierre de ventanilla por remodelación del edificio del 5 al 23 de octubre')
      .waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Justificar 1. Atención Ciudadana y recepción de solicitudes, 4to trimestre (oct–dic)' }).count(), { timeout: 15_000 }).toBe(0);
  });

  it('foto del cronograma a 1366×768', async () => {
    const { pagina } = app;
    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cronograma.png` });
  });

  it('la vista para proyector agranda el cronograma, quita el menú y las marcas de las celdas, y explica la leyenda', async () => {
    const { pagina } = app;
    const boton = pagina.getByRole('button', { name: 'Vista para proyector' });
    await boton.click();
    await expect.poll(() => boton.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => pagina.getByRole('navigation', { name: 'Navegación principal' }).count(), { timeout: 15_000 }).toBe(0);
    // The cells keep their figures and their accessible sentence; the year-end columns give way to the two indices.
    const nombre = 'Actividad 4, marzo: programado 8, logrado 8 (0 de registros y +8 de ajuste manual), índice 100 %, En meta';
    await expect.poll(() => celda(pagina, nombre).textContent(), { timeout: 15_000 }).toBe('0 + 8 aj. / 8100 %');
    const fila = gridCronograma(pagina).getByRole('row', { name: 'Actividad 4' });
    expect(await fila.getByRole('gridcell', { name: 'Meta Alcanzada N°' }).count()).toBe(0);
    await fila.getByRole('gridcell', { name: 'Índice acumulado a noviembre: 9.6 %, Fuera de meta' }).waitFor();
    const leyenda = pagina.getByRole('region', { name: 'Cómo leer el cronograma' });
    await leyenda.getByText(/logradas ÷ programadas × 100/).waitFor();
    await leyenda.getByText('el periodo aún no termina: se compara con lo que debía llevarse a la fecha, sin juzgarlo').waitFor();
    await leyenda.getByText('se logró el 90 % o más de lo programado en el periodo').waitFor();
    // The figures are read from the back of the room: a month's achieved number is at least 20 px tall.
    const letra = await celda(pagina, nombre).evaluate((c) => Math.max(...[...c.querySelectorAll('span')].map((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(letra).toBeGreaterThanOrEqual(20);
    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cronograma-proyector.png` });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cronograma-proyector-completo.png`, fullPage: true });
    // Escape goes back to the usual view, with the menu.
    await pagina.keyboard.press('Escape');
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
    await expect.poll(() => boton.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('false');
  });

  it('el tablero muestra los KPI y las gráficas con los mismos números del cronograma', async () => {
    const { pagina } = app;
    await ir(pagina, 'Tablero');
    await pagina.getByRole('heading', { name: 'Tablero del POA 2026' }).waitFor();
    // 6 solicitudes + 6 + 9 + 8 adjusted, of 330 programmed through November (activity 1 moved 2 from November to December).
    await pagina.getByRole('region', { name: 'Índice de Eficiencia acumulado: 8.8 %' }).waitFor();
    await pagina.getByRole('region', { name: 'Solicitudes 2026: 6' }).waitFor();
    // Due dates count from reception (15 days): September's (due 30/09) and those of 03/11 and 05/11 are past due.
    await pagina.getByRole('region', { name: 'Solicitudes vencidas: 3' }).waitFor();
    const atendidas = pagina.getByRole('region', { name: 'Personas atendidas: 6' });
    await atendidas.getByText('3 mujeres · 3 hombres · 0 no binario / otro').waitFor();
    await atendidas.getByText('6 con solicitud o apoyo · 0 en jornadas · 0 en talleres y capacitaciones').waitFor();
    await pagina.getByRole('img', { name: 'Personas atendidas por sexo: Mujeres 3, Hombres 3, No binario / otro 0' }).waitFor();
    await pagina.getByRole('img', { name: /^Solicitudes por colonia: Centro 3, San José 2, Las Flores 1$/ }).waitFor();
    await pagina.getByRole('img', { name: /^Solicitudes por tipo de apoyo: Despensa 3, / }).waitFor();
    await pagina.getByRole('img', { name: /^Gráfica: programado contra logrado por mes/ }).waitFor();
    await pagina.getByRole('img', { name: /4\. Vinculación Institucional: 9.6 %, Fuera de meta/ }).waitFor();
    await pagina.waitForTimeout(1200);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/tablero.png` });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/tablero-completo.png`, fullPage: true });
  });

  it('el tablero en vista para proyector: cifras grandes, sin menú, las mismas cifras', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Vista para proyector' }).click();
    await expect.poll(() => pagina.getByRole('navigation', { name: 'Navegación principal' }).count(), { timeout: 15_000 }).toBe(0);
    const kpi = pagina.getByRole('region', { name: 'Índice de Eficiencia acumulado: 8.8 %' });
    await kpi.waitFor();
    const tamano = await kpi.getByText('8.8 %', { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(tamano).toBeGreaterThanOrEqual(48);
    await pagina.getByRole('region', { name: 'Personas atendidas: 6' }).waitFor();
    await pagina.waitForTimeout(1200);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/tablero-proyector.png` });
    await pagina.keyboard.press('Escape');
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
  });
});
