import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';

const MOTIVO_AJUSTE = 'Oficios de gestión atendidos en la presidencia, sin captura';
const MOTIVO_REAPERTURA = 'Faltó registrar oficios de gestión recibidos el 30 de octubre';

async function ir(pagina: Page, seccion: string): Promise<void> {
  await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: seccion, exact: true }).click();
}

function grid(pagina: Page): Locator {
  return pagina.getByRole('grid', { name: /^Cronograma 2026/ });
}

function celda(pagina: Page, nombre: string | RegExp): Locator {
  return grid(pagina).getByRole('button', { name: nombre });
}

async function abrirCierres(pagina: Page): Promise<Locator> {
  await pagina.getByRole('button', { name: 'Cierre de periodos' }).click();
  const dialogo = pagina.getByRole('dialog', { name: 'Cierre de periodos 2026' });
  await dialogo.waitFor();
  return dialogo;
}

async function abrirOctubre(pagina: Page): Promise<Locator> {
  await celda(pagina, /^Actividad 1, octubre: /).click();
  const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · octubre 2026/ });
  await dialogo.waitFor();
  return dialogo;
}

describe('Cierre de periodos desde el cronograma', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
    await ir(app.pagina, 'Cronograma');
    await app.pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('sólo ofrece cerrar periodos terminados, y cierra octubre 2026', async () => {
    const { pagina } = app;
    const cierres = await abrirCierres(pagina);
    const meses = cierres.getByRole('table', { name: 'Meses' });
    // November is still running and December has not started: neither can be closed yet, nor the 4th quarter.
    await meses.getByRole('row', { name: 'Noviembre 2026' }).getByText('En curso').waitFor();
    await meses.getByRole('row', { name: 'Diciembre 2026' }).getByText('Por venir').waitFor();
    await expect.poll(() => cierres.getByRole('button', { name: /^Cerrar (noviembre|diciembre) 2026$/ }).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => cierres.getByRole('button', { name: 'Cerrar 4to trimestre (oct–dic) 2026' }).count(), { timeout: 15_000 }).toBe(0);
    await cierres.getByRole('button', { name: 'Cerrar 3er trimestre (jul–sep) 2026' }).waitFor();

    await cierres.getByRole('button', { name: 'Cerrar octubre 2026' }).click();
    const confirmar = pagina.getByRole('dialog', { name: 'Cerrar octubre 2026' });
    await confirmar.getByText(/^Total POA en octubre 2026: logrado 0 de 28 programado/).waitFor();
    await confirmar.getByRole('button', { name: 'Cerrar periodo' }).click();
    await confirmar.waitFor({ state: 'detached' });

    const octubre = meses.getByRole('row', { name: 'Octubre 2026' });
    await octubre.getByText('Cerrado', { exact: true }).waitFor();
    await octubre.getByText(/^Cerrado desde el \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} por Ventanilla 1$/).waitFor();
    await octubre.getByRole('button', { name: 'Reabrir octubre 2026' }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cierre-de-periodos.png` });
    await cierres.getByRole('button', { name: 'Listo' }).click();
    await cierres.waitFor({ state: 'detached' });
  });

  it('octubre lleva el candado en su columna y en sus celdas; noviembre no', async () => {
    const { pagina } = app;
    const encabezado = grid(pagina).getByRole('columnheader', { name: 'octubre, cerrado' });
    await encabezado.getByRole('img', { name: 'cerrado' }).waitFor();
    await grid(pagina).getByRole('columnheader', { name: 'noviembre (periodo en curso)' }).waitFor();
    await celda(pagina, 'Actividad 1, octubre: programado 7, logrado 0, índice 0 %, Fuera de meta, cerrado').waitFor();
    await celda(pagina, 'Actividad 1, septiembre: programado 7, logrado 0, índice 0 %, Fuera de meta').waitFor();
    await grid(pagina).getByRole('row', { name: 'Total POA' }).getByRole('gridcell', { name: /^Total POA, octubre: .*, cerrado$/ }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cronograma-octubre-cerrado.png` });
  });

  it('en octubre cerrado un ajuste manual se rechaza con el motivo, y la meta del mes no se edita', async () => {
    const { pagina } = app;
    const dialogo = await abrirOctubre(pagina);
    await dialogo.getByText(/^Octubre 2026 está cerrado desde el .* por Ventanilla 1\. Lo que cuenta en él \(registros, ajustes manuales y meta programada\) ya no se puede cambiar/).waitFor();

    await dialogo.getByRole('tab', { name: /Ajuste manual/ }).click();
    await dialogo
      .getByText('El periodo de octubre 2026 está cerrado: no se pueden agregar ni retirar ajustes hasta reabrirlo en «Cierre de periodos».')
      .waitFor();
    await expect.poll(() => dialogo.getByLabel('Cantidad').isDisabled(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => dialogo.getByLabel('Motivo del ajuste').isDisabled(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => dialogo.getByRole('button', { name: 'Agregar ajuste' }).isDisabled(), { timeout: 15_000 }).toBe(true);
    await dialogo.getByText('No hay ajustes manuales en este mes.').waitFor();

    await dialogo.getByRole('tab', { name: 'Meta programada' }).click();
    await dialogo.getByText(/^El periodo de octubre está cerrado: su meta programada no se puede cambiar hasta reabrirlo\. Mes cerrado: octubre\./).waitFor();
    await expect.poll(() => dialogo.getByLabel('Meta de octubre').isDisabled(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => dialogo.getByLabel('Meta de noviembre').isEnabled(), { timeout: 15_000 }).toBe(true);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/celda-octubre-cerrado.png` });
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await dialogo.waitFor({ state: 'detached' });
  });

  it('reabrir pide el motivo; reabierto, el ajuste de octubre se agrega', async () => {
    const { pagina } = app;
    const cierres = await abrirCierres(pagina);
    await cierres.getByRole('button', { name: 'Reabrir octubre 2026' }).click();
    const reabrir = pagina.getByRole('dialog', { name: 'Reabrir octubre 2026' });
    await reabrir.getByLabel('Motivo de la reapertura').fill('Falta');
    await reabrir.getByRole('button', { name: 'Reabrir periodo' }).click();
    await reabrir.getByText('Explique el motivo de la reapertura (al menos 10 caracteres)').waitFor();
    await reabrir.getByLabel('Motivo de la reapertura').fill(MOTIVO_REAPERTURA);
    await reabrir.getByRole('button', { name: 'Reabrir periodo' }).click();
    await reabrir.waitFor({ state: 'detached' });

    const octubre = cierres.getByRole('table', { name: 'Meses' }).getByRole('row', { name: 'Octubre 2026' });
    await octubre.getByText('Abierto', { exact: true }).waitFor();
    await octubre.getByText(/^Reabierto el .* por Ventanilla 1$/).waitFor();
    await octubre.getByRole('button', { name: 'Cerrar octubre 2026' }).waitFor();
    await cierres.getByRole('button', { name: 'Listo' }).click();
    await cierres.waitFor({ state: 'detached' });
    await grid(pagina).getByRole('columnheader', { name: 'octubre', exact: true }).waitFor();

    const dialogo = await abrirOctubre(pagina);
    await expect.poll(() => dialogo.getByText(/^Octubre 2026 está cerrado/).count(), { timeout: 15_000 }).toBe(0);
    await dialogo.getByRole('tab', { name: /Ajuste manual/ }).click();
    await dialogo.getByLabel('Cantidad').fill('2');
    await dialogo.getByLabel('Motivo del ajuste').fill(MOTIVO_AJUSTE);
    await dialogo.getByRole('button', { name: 'Agregar ajuste' }).click();
    await dialogo.getByRole('list', { name: 'Ajustes de octubre' }).getByText(MOTIVO_AJUSTE).waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await celda(pagina, 'Actividad 1, octubre: programado 7, logrado 2 (0 de registros y +2 de ajuste manual), índice 28.6 %, Fuera de meta').waitFor();
  });

  it('la bitácora guarda el cierre y la reapertura con su motivo', async () => {
    const { pagina } = app;
    await ir(pagina, 'Bitácora');
    await pagina.getByRole('heading', { name: 'Bitácora' }).waitFor();
    await pagina.getByText('Periodo octubre 2026 cerrado: lo que cuenta en él ya no cambia hasta reabrirlo').waitFor();
    await pagina.getByText(`Periodo octubre 2026 reabierto. Motivo: ${MOTIVO_REAPERTURA}`).waitFor();
    await pagina.getByText(`Ajuste manual +2 a la actividad 1 en octubre 2026: ${MOTIVO_AJUSTE}`).waitFor();
  });
});
