import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { ir } from './pasos';

/** Mid-December 2026: the POA 2026 is running and next year's does not exist yet. */
const DICIEMBRE = new Date('2026-12-15T10:00:00-06:00');
const AVISO_2027 = 'Aún no existe el POA 2027. Lo que se capture con fecha de 2027 se guarda y contará para sus metas en cuanto se cree el POA.';
const AUTORIZA = 'Lic. Ana María Ruiz Soto';
const MOTIVO_REAPERTURA = 'Faltó registrar la justificación del 4to trimestre';

/** Moves the browser's clock and reloads, as the app would be opened on that day. */
async function abrirEl(app: Entorno, fecha: Date): Promise<void> {
  await app.contexto.clock.setFixedTime(fecha);
  await app.pagina.reload();
  await app.pagina.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
}

function cronogramaProgramado(pagina: Page): Locator {
  return pagina.getByRole('table', { name: 'Cronograma programado' });
}

/** How many of an activity's month cells in a table have exactly this accessible name pattern. */
function mesesCon(fila: Locator, nombre: RegExp): Promise<number> {
  return fila.getByRole('cell', { name: nombre }).count();
}

async function elegirAnio(pagina: Page, anio: number): Promise<void> {
  await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
  await pagina.getByRole('option', { name: String(anio), exact: true }).click();
  await pagina.getByRole('heading', { name: `POA (Plan Operativo Anual) ${anio}` }).waitFor();
}

describe('El año del POA: el POA 2027 a partir del 2026, su autorización y el aviso del cambio de año', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
    await abrirEl(app, DICIEMBRE);
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('el 15/12/2026 la pantalla del POA y el cronograma dicen que aún no existe el POA 2027', async () => {
    const { pagina } = app;
    await ir(pagina, 'POA');
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2026' }).waitFor();
    await pagina.getByText(AVISO_2027).waitFor();
    await pagina.getByRole('button', { name: 'Crear POA 2027' }).waitFor();
    await pagina.getByRole('region', { name: 'Estado del POA' }).getByText('Borrador (sin autorizar)', { exact: true }).waitFor();

    await ir(pagina, 'Cronograma');
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    await pagina.getByText(AVISO_2027).waitFor();
    await pagina.getByRole('button', { name: 'Crear POA 2027' }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-aviso-cronograma.png` });
  });

  it('el 05/01/2027 sin POA 2027 avisa que falta el del año en curso y sigue mostrando el 2026', async () => {
    const { pagina } = app;
    await abrirEl(app, new Date('2027-01-05T09:00:00-06:00'));
    await ir(pagina, 'POA');
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2026' }).waitFor();
    await pagina
      .getByText('No existe el POA 2027, el del año en curso. Lo que se capture con fecha de 2027 se guarda y contará para sus metas en cuanto se cree el POA.')
      .waitFor();
    await pagina.getByRole('button', { name: 'Crear POA 2027' }).waitFor();
    await abrirEl(app, DICIEMBRE);
  });

  it('el «Autorizó» de Configuración → General se guarda para proponerlo al autorizar', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'General' }).click();
    await pagina.getByLabel('Nombre (Autorizó)').fill(AUTORIZA);
    await pagina.getByRole('button', { name: 'Guardar configuración' }).click();
    await pagina.getByText('Configuración guardada').waitFor();
  });

  it('«Crear POA 2027» desde el cronograma propone el POA 2026 con sus metas y reparte en vivo la meta cambiada', async () => {
    const { pagina } = app;
    await ir(pagina, 'Cronograma');
    await pagina.getByRole('button', { name: 'Crear POA 2027' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nuevo POA' });
    await dialogo.waitFor();
    expect(await dialogo.getByLabel('Año del POA nuevo').inputValue()).toBe('2027');
    await dialogo.getByRole('combobox', { name: 'Origen' }).getByText('A partir del POA 2026').waitFor();
    const metas = dialogo.getByRole('table', { name: 'Metas del POA 2027' });
    const uno = metas.getByRole('row', { name: 'Actividad 1' });
    const dos = metas.getByRole('row', { name: 'Actividad 2' });
    for (const n of [1, 2, 3, 4]) expect(await dialogo.getByLabel(`Meta anual de la actividad ${n}`).inputValue()).toBe('90');
    await expect.poll(() => mesesCon(uno, /programado 8$/), { timeout: 15_000 }).toBe(6);
    await uno.getByRole('cell', { name: 'Inicio / fin' }).getByText('02/01/2027 – 30/12/2027').waitFor();

    // A goal that is not a whole number is refused at its own field, and nothing is created.
    await dialogo.getByLabel('Meta anual de la actividad 1').fill('-5');
    await uno.getByRole('cell', { name: 'enero: sin calcular' }).waitFor();
    await dialogo.getByRole('button', { name: 'Crear POA 2027' }).click();
    await dialogo.getByText('Meta anual no puede ser menor que 0').waitFor();

    await dialogo.getByLabel('Meta anual de la actividad 1').fill('120');
    expect(await dialogo.getByText('Meta anual no puede ser menor que 0').count()).toBe(0);
    await expect.poll(() => mesesCon(uno, /^[a-z]+: programado 10$/), { timeout: 15_000 }).toBe(12);
    await expect.poll(() => mesesCon(dos, /programado 8$/), { timeout: 15_000 }).toBe(6);
    await expect.poll(() => mesesCon(dos, /programado 7$/), { timeout: 15_000 }).toBe(6);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-nuevo-poa.png` });

    await dialogo.getByRole('button', { name: 'Crear POA 2027' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2027' }).waitFor();
    expect(pagina.url()).toContain('anio=2027');
  });

  it('el POA 2027 queda como borrador con la meta 120 repartida de 10 en 10, las demás en 90 y las fechas en 2027', async () => {
    const { pagina } = app;
    await pagina.getByRole('region', { name: 'Estado del POA' }).getByText('Borrador (sin autorizar)', { exact: true }).waitFor();
    const tabla = cronogramaProgramado(pagina);
    await expect.poll(() => tabla.getByRole('cell', { name: 'Meta anual' }).allTextContents(), { timeout: 15_000 }).toEqual(['120', '90', '90', '90']);
    const uno = tabla.getByRole('row', { name: 'Actividad 1' });
    expect(await mesesCon(uno, /^[a-z]+: programado 10$/)).toBe(12);
    for (const n of [2, 3, 4]) {
      const fila = tabla.getByRole('row', { name: `Actividad ${n}` });
      expect(await mesesCon(fila, /^[a-z]+: programado 8$/)).toBe(6);
      expect(await mesesCon(fila, /^[a-z]+: programado 7$/)).toBe(6);
    }
    await uno.getByText('02/01/2027 – 30/12/2027').waitFor();
    await pagina.getByText('Atención directa a los ciudadanos en sus demandas y necesidades sociales').first().waitFor();
    // With the POA 2027 in place the turn-of-year notice is gone.
    expect(await pagina.getByText(AVISO_2027).count()).toBe(0);
    expect(await pagina.getByRole('button', { name: 'Crear POA 2027' }).count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-poa-2027-borrador.png`, fullPage: true });
  });

  it('el POA 2026 no cambió', async () => {
    const { pagina } = app;
    await elegirAnio(pagina, 2026);
    const tabla = cronogramaProgramado(pagina);
    await expect.poll(() => tabla.getByRole('cell', { name: 'Meta anual' }).allTextContents(), { timeout: 15_000 }).toEqual(['90', '90', '90', '90']);
    const uno = tabla.getByRole('row', { name: 'Actividad 1' });
    expect(await mesesCon(uno, /^[a-z]+: programado 8$/)).toBe(6);
    await uno.getByText('02/01/2026 – 30/12/2026').waitFor();
    await pagina.getByRole('region', { name: 'Estado del POA' }).getByText('Borrador (sin autorizar)', { exact: true }).waitFor();
  });

  it('«Nuevo POA» vacío pide el encabezado, con la Dirección y el Área del POA más reciente; un año que ya tiene POA se rechaza', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Nuevo POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nuevo POA' });
    expect(await dialogo.getByLabel('Año del POA nuevo').inputValue()).toBe('2028');
    await dialogo.getByRole('combobox', { name: 'Origen' }).getByText('A partir del POA 2027').waitFor();
    await dialogo.getByRole('combobox', { name: 'Origen' }).click();
    await pagina.getByRole('option', { name: 'Vacío' }).click();
    expect(await dialogo.getByLabel('Dirección').inputValue()).toBe('Presidencia Municipal');
    expect(await dialogo.getByLabel('Área').inputValue()).toBe('Gestión Social y Atención Ciudadana');
    expect(await dialogo.getByLabel('Objetivo General').inputValue()).toBe('');
    await dialogo.getByLabel('Año del POA nuevo').fill('2027');
    await dialogo.getByRole('button', { name: 'Crear POA 2027' }).click();
    await dialogo.getByText('Objetivo General es obligatorio').waitFor();
    await dialogo.getByText('Objetivos Específicos es obligatorio').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-nuevo-poa-vacio.png` });
    await dialogo.getByLabel('Objetivo General').fill('Atender a la ciudadanía');
    await dialogo.getByLabel('Objetivos Específicos').fill('Atender con oportunidad');
    await dialogo.getByRole('button', { name: 'Crear POA 2027' }).click();
    await dialogo.getByText('Ya existe el POA 2027').waitFor();
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2026' }).waitFor();
  });

  it('autorizar el POA 2027 propone el «Autorizó» de Configuración, explica qué significa y deja la línea de estado', async () => {
    const { pagina } = app;
    await elegirAnio(pagina, 2027);
    await pagina.getByRole('button', { name: 'Autorizar POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Autorizar POA 2027' });
    expect(await dialogo.getByLabel('Nombre de quien autoriza').inputValue()).toBe(AUTORIZA);
    await dialogo.getByText(/las metas programadas sólo cambian por reconducción, desde el cronograma/).waitFor();
    await dialogo.getByLabel('Nombre de quien autoriza').fill('');
    await dialogo.getByRole('button', { name: 'Autorizar POA' }).click();
    await dialogo.getByText('Nombre de quien autoriza es obligatorio').waitFor();
    await dialogo.getByLabel('Nombre de quien autoriza').fill(AUTORIZA);
    expect(await dialogo.getByText('Nombre de quien autoriza es obligatorio').count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-autorizar.png` });
    await dialogo.getByRole('button', { name: 'Autorizar POA' }).click();
    await dialogo.waitFor({ state: 'detached' });

    const estado = pagina.getByRole('region', { name: 'Estado del POA' });
    await estado.getByText(`Autorizado por ${AUTORIZA} el 15/12/2026`).waitFor();
    expect(await estado.getByRole('button', { name: 'Autorizar POA' }).count()).toBe(0);
    await pagina.getByText('Sin reconducciones: las metas del POA 2027 son las autorizadas.').waitFor();
    // The state chip fades to its new colour; the picture is of the settled screen.
    await pagina.waitForTimeout(500);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-poa-2027-autorizado.png` });
  });

  it('«Cerrar POA» dice por qué todavía no: diciembre y el 4to trimestre siguen abiertos', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Cerrar POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Cerrar POA 2027' });
    await dialogo.getByText('Para cerrar el POA 2027 cierre antes diciembre y el 4to trimestre en Cronograma → Cierre de periodos').waitFor();
    await expect.poll(() => dialogo.getByRole('button', { name: 'Cerrar POA' }).isDisabled(), { timeout: 15_000 }).toBe(true);
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await dialogo.waitFor({ state: 'detached' });
  });

  it('en Configuración el POA 2027 autorizado deja sus metas, su número y su año de sólo lectura', async () => {
    const { pagina } = app;
    await pagina.getByRole('link', { name: 'Editar POA' }).click();
    await pagina.getByText(/^El POA 2027 está autorizado: sus metas programadas sólo cambian con una reconducción, desde el cronograma\./).waitFor();
    const encabezado = pagina.getByRole('form', { name: 'Encabezado del POA' });
    expect(await encabezado.getByLabel('Año').inputValue()).toBe('2027');
    expect(await encabezado.getByLabel('Año').isDisabled()).toBe(true);
    expect(await pagina.getByRole('button', { name: 'Agregar actividad' }).isDisabled()).toBe(true);
    expect(await pagina.getByRole('button', { name: 'Quitar actividad 1' }).isDisabled()).toBe(true);

    await pagina.getByRole('button', { name: 'Editar actividad 1' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Editar actividad 1' });
    for (const campo of ['Número', 'Meta anual', 'Meta de enero', 'Meta de diciembre']) {
      expect(await dialogo.getByLabel(campo).isDisabled(), campo).toBe(true);
    }
    expect(await dialogo.getByRole('button', { name: 'Repartir la meta anual en los meses marcados' }).isDisabled()).toBe(true);
    expect(await dialogo.getByLabel('Responsable').isEnabled()).toBe(true);
    expect(await dialogo.getByLabel('Meta anual').inputValue()).toBe('120');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/anio-configuracion-autorizado.png` });
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await dialogo.waitFor({ state: 'detached' });
  });

  it('el 10/01/2028, con el 4to trimestre 2027 cerrado, el POA 2027 se cierra y queda de sólo lectura', async () => {
    const { pagina } = app;
    await abrirEl(app, new Date('2028-01-10T10:00:00-06:00'));
    await ir(pagina, 'Cronograma');
    await pagina.getByRole('heading', { name: 'Cronograma 2027' }).waitFor();
    await pagina.getByText(/^No existe el POA 2028, el del año en curso\./).waitFor();
    await pagina.getByRole('button', { name: 'Cierre de periodos' }).click();
    const cierres = pagina.getByRole('dialog', { name: 'Cierre de periodos 2027' });
    await cierres.getByRole('button', { name: 'Cerrar 4to trimestre (oct–dic) 2027' }).click();
    const confirmar = pagina.getByRole('dialog', { name: 'Cerrar 4to trimestre (oct–dic) 2027' });
    await confirmar.getByRole('button', { name: 'Cerrar periodo' }).click();
    await confirmar.waitFor({ state: 'detached' });
    await cierres.getByRole('button', { name: 'Listo' }).click();
    await cierres.waitFor({ state: 'detached' });

    await ir(pagina, 'POA');
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2027' }).waitFor();
    await pagina.getByRole('button', { name: 'Cerrar POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Cerrar POA 2027' });
    await expect.poll(() => dialogo.getByRole('button', { name: 'Cerrar POA' }).isEnabled(), { timeout: 15_000 }).toBe(true);
    await dialogo.getByRole('button', { name: 'Cerrar POA' }).click();
    await dialogo.waitFor({ state: 'detached' });
    const estado = pagina.getByRole('region', { name: 'Estado del POA' });
    await estado.getByText(`Cerrado el 10/01/2028 · autorizado por ${AUTORIZA} el 15/12/2026`).waitFor();
    await estado.getByRole('button', { name: 'Reabrir POA' }).waitFor();

    await pagina.getByRole('link', { name: 'Ver configuración' }).click();
    await pagina.getByText('El POA 2027 está cerrado: reábralo para hacer cambios (en la pantalla del POA). Aquí sólo se consulta.').waitFor();
    const encabezado = pagina.getByRole('form', { name: 'Encabezado del POA' });
    expect(await encabezado.getByLabel('Dirección').isDisabled()).toBe(true);
    expect(await encabezado.getByRole('button', { name: 'Guardar encabezado' }).count()).toBe(0);
    await pagina.getByRole('button', { name: 'Ver actividad 1' }).click();
    const actividad = pagina.getByRole('dialog', { name: 'Actividad 1' });
    expect(await actividad.getByLabel('Responsable').isDisabled()).toBe(true);
    expect(await actividad.getByRole('button', { name: 'Guardar actividad' }).count()).toBe(0);
    await actividad.getByRole('button', { name: 'Cerrar' }).click();
    await actividad.waitFor({ state: 'detached' });
  });

  it('reabrir el POA 2027 pide el motivo y lo deja autorizado otra vez', async () => {
    const { pagina } = app;
    await ir(pagina, 'POA');
    await pagina.getByRole('button', { name: 'Reabrir POA' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Reabrir POA 2027' });
    await dialogo.getByLabel('Motivo de la reapertura').fill('Falta');
    await dialogo.getByRole('button', { name: 'Reabrir POA' }).click();
    await dialogo.getByText('Explique por qué se reabre (al menos 10 caracteres)').waitFor();
    await dialogo.getByLabel('Motivo de la reapertura').fill(MOTIVO_REAPERTURA);
    await dialogo.getByRole('button', { name: 'Reabrir POA' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('region', { name: 'Estado del POA' }).getByText(`Autorizado por ${AUTORIZA} el 15/12/2026`).waitFor();
  });

  it('la bitácora guarda la creación, la autorización, el cierre y la reapertura', async () => {
    const { pagina } = app;
    await ir(pagina, 'Bitácora');
    await pagina.getByText('POA 2027 creado a partir del POA 2026 con 4 actividad(es) (borrador); metas anuales: 1: 120, 2: 90, 3: 90, 4: 90').waitFor();
    await pagina.getByText(`POA 2027 autorizado por ${AUTORIZA}`).waitFor();
    await pagina.getByText('POA 2027 cerrado: su año ya no cambia hasta reabrirlo').waitFor();
    await pagina.getByText(`POA 2027 reabierto. Motivo: ${MOTIVO_REAPERTURA}`).waitFor();
  });
});
