import type ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COL_METAS, filasMetas } from '../../shared/workbook/hojaMetas';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { capturarSolicitud, exportarLibro, ir } from './pasos';

/**
 * The turn of the year as the department lives it: in December the head creates the POA 2027 from 2026 and
 * authorizes it; on 2 January the front desk captures the year's first solicitud; in April a month of the ended first
 * quarter can no longer be reconducted while future months can, and the workbook carries both goals. The 2026
 * cronograma and workbook stay as they were through all of it.
 */

const AUTORIZA = 'Lic. Ana María Ruiz Soto';

async function abrirEl(app: Entorno, fecha: string): Promise<void> {
  await app.contexto.clock.setFixedTime(new Date(fecha));
  await app.pagina.reload();
  await app.pagina.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

function grid(pagina: Page, anio: number): Locator {
  return pagina.getByRole('grid', { name: new RegExp(`^Cronograma ${anio}`) });
}

function celdaDe(pagina: Page, anio: number, actividad: number, mes: string): Locator {
  return grid(pagina, anio).getByRole('button', { name: new RegExp(`^Actividad ${actividad}, ${mes}: `) });
}

async function nombreDe(celda: Locator): Promise<string> {
  return (await celda.getAttribute('aria-label')) ?? '';
}

async function elegirAnio(pagina: Page, anio: number): Promise<void> {
  await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
  await pagina.getByRole('option', { name: String(anio), exact: true }).click();
}

/** Every cell's value (a formula's result) of the sheets that carry figures, to compare two exports of one year. */
function cifras(libro: ExcelJS.Workbook): Record<string, unknown[]> {
  const hojas: Record<string, unknown[]> = {};
  for (const nombre of ['POA', 'Cronograma', 'Metas', 'Indicador', 'Avance trimestral', 'Solicitudes']) {
    const valores: unknown[] = [];
    libro.getWorksheet(nombre)!.eachRow((fila) =>
      fila.eachCell((c) => valores.push(typeof c.value === 'object' && c.value && 'result' in c.value ? c.value.result : c.value)),
    );
    hojas[nombre] = valores;
  }
  return hojas;
}

describe('El cambio de año: POA 2027 desde el 2026, primer folio de 2027 y reconducción', () => {
  let app: Entorno;
  let libro2026: Record<string, unknown[]>;
  let enero2026: string;

  beforeAll(async () => {
    app = await abrirApp();
    await abrirEl(app, '2026-12-15T10:00:00-06:00');
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('el 15/12/2026 hay una solicitud de diciembre; el libro 2026 se exporta como referencia', async () => {
    const { pagina } = app;
    const folio = await capturarSolicitud(pagina, {
      apellido: 'Quetzal',
      nombre: 'Rosalinda',
      sexo: 'Mujer',
      colonia: 'Centro',
      recepcion: '2026-12-15T09:30',
      tipo: 'Despensa',
    });
    expect(folio).toBe('AC-2026-V1-0001');
    await ir(pagina, 'Cronograma');
    await expect.poll(() => nombreDe(celdaDe(pagina, 2026, 1, 'diciembre')), { timeout: 15_000 }).toMatch(/programado 7, logrado 1/);
    enero2026 = await nombreDe(celdaDe(pagina, 2026, 1, 'enero'));
    await ir(pagina, 'Reportes');
    libro2026 = cifras(await exportarLibro(pagina, 'cambio-anio-libro-2026-antes'));
  });

  it('el cronograma dice que no hay POA 2027 y lo crea del 2026 con una meta anual cambiada', async () => {
    const { pagina } = app;
    await ir(pagina, 'Cronograma');
    await pagina.getByText(/^Aún no existe el POA 2027\./).waitFor();
    await pagina.getByRole('button', { name: 'Crear POA 2027' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nuevo POA' });
    await dialogo.getByRole('combobox', { name: 'Origen' }).getByText('A partir del POA 2026').waitFor();
    await dialogo.getByLabel('Meta anual de la actividad 1').fill('120');
    await dialogo.getByRole('button', { name: 'Crear POA 2027' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2027' }).waitFor();
    const tabla = pagina.getByRole('table', { name: 'Cronograma programado' });
    await expect.poll(() => tabla.getByRole('cell', { name: 'Meta anual' }).allTextContents(), { timeout: 15_000 }).toEqual(['120', '90', '90', '90']);
  });

  it('el POA 2027 se autoriza', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Autorizar POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Autorizar POA 2027' });
    await dialogo.getByLabel('Nombre de quien autoriza').fill(AUTORIZA);
    await dialogo.getByRole('button', { name: 'Autorizar POA' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('region', { name: 'Estado del POA' }).getByText(`Autorizado por ${AUTORIZA} el 15/12/2026`).waitFor();
  });

  it('el 02/01/2027 la primera solicitud lleva el folio AC-2027-V1-0001 y cuenta en enero de 2027', async () => {
    const { pagina } = app;
    await abrirEl(app, '2027-01-02T09:00:00-06:00');
    const folio = await capturarSolicitud(pagina, {
      apellido: 'Cruz',
      nombre: 'Maximino',
      sexo: 'Hombre',
      colonia: 'Centro',
      recepcion: '2027-01-02T09:05',
      tipo: 'Medicamento',
    });
    expect(folio).toBe('AC-2027-V1-0001');
    await ir(pagina, 'Cronograma');
    await pagina.getByRole('heading', { name: 'Cronograma 2027' }).waitFor();
    await expect.poll(() => nombreDe(celdaDe(pagina, 2027, 1, 'enero')), { timeout: 15_000 }).toMatch(/^Actividad 1, enero: programado 10, logrado 1/);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cambio-anio-cronograma-2027.png` });
  });

  it('el cronograma y el libro 2026 no cambiaron', async () => {
    const { pagina } = app;
    await elegirAnio(pagina, 2026);
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    await expect.poll(() => nombreDe(celdaDe(pagina, 2026, 1, 'diciembre')), { timeout: 15_000 }).toMatch(/programado 7, logrado 1/);
    expect(await nombreDe(celdaDe(pagina, 2026, 1, 'enero'))).toBe(enero2026);
    await ir(pagina, 'Reportes');
    await elegirAnio(pagina, 2026);
    const despues = cifras(await exportarLibro(pagina, 'cambio-anio-libro-2026-despues'));
    // The 4th quarter was in progress when the first book was written (December) and has ended now: only its
    // semáforo word changes, from «En curso» to its judgement; every figure stays the same.
    for (const [hoja, valores] of Object.entries(libro2026)) {
      valores.forEach((v, i) => {
        if (v !== 'En curso') return;
        expect(['En meta', 'En riesgo', 'Fuera de meta']).toContain(despues[hoja][i]);
        despues[hoja][i] = v;
      });
    }
    expect(despues).toEqual(libro2026);
  });

  it('el 08/04/2027 enero ya no se puede reconducir: su trimestre terminó', async () => {
    const { pagina } = app;
    await abrirEl(app, '2027-04-08T10:00:00-06:00');
    await ir(pagina, 'Cronograma');
    await celdaDe(pagina, 2027, 1, 'mayo').click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · mayo 2027/ });
    await dialogo.getByRole('tab', { name: /^Reconducción/ }).click();
    await dialogo.getByText(/^Ya no se puede reconducir la meta de enero, febrero y marzo \(plazo vencido el 31\/03\/2027\)/).waitFor();
    const enero = dialogo.getByLabel('Meta de enero');
    await expect.poll(() => enero.isDisabled(), { timeout: 15_000 }).toBe(true);
    const ayuda = await enero.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(ayuda).toBe('Venció el 31/03/2027');
  });

  it('mayo 10 → 12 y junio 10 → 8 cambian lo programado y la celda lo muestra', async () => {
    const { pagina } = app;
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · mayo 2027/ });
    await dialogo.getByLabel('Meta de mayo').fill('12');
    await dialogo.getByLabel('Meta de junio').fill('8');
    await dialogo.getByLabel('Motivo de la reconducción').fill('La feria regional concentra la atención en mayo');
    await dialogo.getByLabel('Solicitó').fill('Jefatura de Gestión Social');
    await dialogo.getByLabel('Autorizó').fill(AUTORIZA);
    await dialogo.getByRole('button', { name: 'Registrar reconducción' }).click();
    await dialogo.getByText('Reconducción registrada: mayo 10 → 12, junio 10 → 8.').waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await expect.poll(() => nombreDe(celdaDe(pagina, 2027, 1, 'mayo')), { timeout: 15_000 }).toMatch(
      /^Actividad 1, mayo: programado 12, .*meta reconducida: inicial 10, modificada 12/,
    );
    expect(await nombreDe(celdaDe(pagina, 2027, 1, 'junio'))).toMatch(/^Actividad 1, junio: programado 8, .*meta reconducida: inicial 10, modificada 8/);
    expect(await nombreDe(celdaDe(pagina, 2027, 1, 'julio'))).not.toMatch(/reconducida/);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cambio-anio-reconduccion.png` });
  });

  it('el libro 2027 lleva la Meta inicial y la Meta modificada, y la hoja de reconducciones', async () => {
    const { pagina } = app;
    await ir(pagina, 'Reportes');
    const libro = await exportarLibro(pagina, 'cambio-anio-libro-2027', 2027);
    const metas = libro.getWorksheet('Metas')!;
    const { inicial, modificada } = filasMetas(0);
    const valor = (fila: number, mes: number) => {
      const v = metas.getCell(fila, COL_METAS.primerMes + mes - 1).value;
      return typeof v === 'object' && v && 'result' in v ? v.result : v;
    };
    expect([valor(inicial, 5), valor(modificada, 5), valor(inicial, 6), valor(modificada, 6), valor(inicial, 7), valor(modificada, 7)]).toEqual([
      10, 12, 10, 8, 10, 10,
    ]);
    const reconducciones = libro.getWorksheet('Reconducciones')!;
    expect((reconducciones.getRow(3).values as unknown[]).slice(2, 6)).toEqual([
      1,
      'Atención Ciudadana y recepción de solicitudes',
      'mayo y junio',
      'mayo 10 → 12, junio 10 → 8',
    ]);
  });
});
