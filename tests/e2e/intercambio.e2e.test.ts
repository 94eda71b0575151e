import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, completarConfiguracionInicial, HOY_PRUEBAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { capturarSolicitud } from './pasos';

async function abrirRespaldos(pagina: Page): Promise<void> {
  await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Configuración' }).click();
  await pagina.getByRole('tab', { name: 'Respaldos' }).click();
  await pagina.getByRole('heading', { name: 'Intercambio entre PCs' }).waitFor();
}

/** Writes a package for `destino` at this station and returns the downloaded file's bytes. */
async function escribirPaquete(pagina: Page, destino: string, nombre: string): Promise<Buffer> {
  await abrirRespaldos(pagina);
  await pagina.getByLabel('Estación de destino').fill(destino);
  const [descarga] = await Promise.all([pagina.waitForEvent('download'), pagina.getByRole('button', { name: 'Escribir paquete' }).click()]);
  const ruta = `${CARPETA_EVIDENCIAS}/${nombre}`;
  await descarga.saveAs(ruta);
  return readFileSync(ruta);
}

/** Incorporates a package at this station after its preview, and returns what the preview said. */
async function incorporar(pagina: Page, bytes: Buffer, desde: string, captura?: string): Promise<void> {
  await abrirRespaldos(pagina);
  await pagina.getByLabel('Paquete de otra PC para incorporar').setInputFiles({ name: 'paquete.gz', mimeType: 'application/gzip', buffer: bytes });
  const dialogo = pagina.getByRole('dialog', { name: `Incorporar el paquete de la estación ${desde}` });
  await dialogo.getByRole('table', { name: 'Registros del paquete' }).getByRole('row', { name: /^solicitudes 1$/ }).waitFor();
  if (captura) await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/${captura}` });
  await dialogo.getByRole('button', { name: 'Incorporar' }).click();
  await dialogo.waitFor({ state: 'detached' });
  await pagina.getByText(new RegExp(`^Paquete de la estación ${desde} incorporado: `)).waitFor();
}

async function cambiarEstatus(pagina: Page, folio: string, estatus: string, llenar: (d: ReturnType<Page['getByRole']>) => Promise<void>) {
  await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: '1. Atención Ciudadana' }).click();
  await pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: folio }).click();
  await pagina.getByRole('button', { name: 'Cambiar estatus' }).click();
  const dialogo = pagina.getByRole('dialog', { name: `Cambiar estatus de ${folio}` });
  await dialogo.getByRole('radio', { name: estatus }).check();
  await llenar(dialogo);
  await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
  await dialogo.waitFor({ state: 'detached' });
}

describe('Intercambio entre PCs con paquetes', () => {
  let v1: Entorno;
  let v2: Entorno;
  beforeAll(async () => {
    v1 = await abrirApp();
    v2 = await abrirApp({ configurar: false });
    await completarConfiguracionInicial(v2.pagina, { ...INSTALACION_PRUEBAS, estacion: 'V2' });
  });
  afterAll(async () => {
    await v1?.cerrar();
    await v2?.cerrar();
  });

  it('una estación escribe un paquete, la otra lo incorpora viendo antes qué trae, y un conflicto se resuelve en «Conflictos»', async () => {
    const folio = await capturarSolicitud(v1.pagina, { apellido: 'Luna', nombre: 'Carmen', sexo: 'Mujer', colonia: 'Centro', tipo: 'Despensa', recepcion: '2026-11-20T09:30' });
    await incorporar(v2.pagina, await escribirPaquete(v1.pagina, 'V2', 'paquete-v1-para-v2.gz'), 'V1', 'intercambio-vista-previa.png');

    // Both PCs change the same solicitud, each a little later (the browsers' clocks are pinned), before they exchange again.
    const despues = (minutos: number) => new Date(HOY_PRUEBAS.getTime() + minutos * 60_000);
    await v1.contexto.clock.setFixedTime(despues(5));
    await v2.contexto.clock.setFixedTime(despues(10));
    await cambiarEstatus(v1.pagina, folio, 'En seguimiento', async (d) => d.getByRole('textbox', { name: 'Nota de seguimiento' }).fill('Se llamó a la ciudadana'));
    await cambiarEstatus(v2.pagina, folio, 'Canalizada', async (d) => {
      await d.getByRole('textbox', { name: 'Número de oficio' }).fill('GS/099/2026');
      await d.getByLabel('Fecha de canalización').fill('21/11/2026');
    });
    const paquete = await escribirPaquete(v2.pagina, 'V1', 'paquete-v2-conflicto.gz');
    await abrirRespaldos(v1.pagina);
    await v1.pagina.getByLabel('Paquete de otra PC para incorporar').setInputFiles({ name: 'paquete.gz', mimeType: 'application/gzip', buffer: paquete });
    await v1.pagina.getByRole('dialog', { name: 'Incorporar el paquete de la estación V2' }).getByRole('button', { name: 'Incorporar' }).click();
    await v1.pagina.getByText(/^Paquete de la estación V2 incorporado: .*1 conflicto\./).waitFor();

    const conflicto = v1.pagina.getByRole('region', { name: 'Conflicto en solicitudes' });
    const versiones = conflicto.getByRole('table', { name: 'Versiones de solicitudes' });
    await versiones.getByRole('row', { name: /^Número de oficio — GS\/099\/2026$/ }).waitFor();
    await v1.pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/intercambio-conflictos.png` });
    await conflicto.getByRole('button', { name: 'Quedarse con la de la estación V2' }).click();
    await v1.pagina.getByText('Conflicto resuelto: se quedó la versión de la estación V2.').waitFor();
    await v1.pagina.getByText('No hay conflictos entre PCs por resolver.').waitFor();
    expect(await v1.pagina.getByRole('region', { name: 'Conflicto en solicitudes' }).count()).toBe(0);
  });
});
