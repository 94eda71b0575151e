import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leerRespaldoEntero } from '../../shared/schemas/lecturaRespaldo';
import { enTrozos } from '../../shared/schemas/respaldoComprimido';
import { cargarOficina } from '../bench/navegador/oficina';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { ir } from './pasos';

/** Long tasks of the page from now on, gathered by a PerformanceObserver, and how to read them. */
async function observarTareasLargas(pagina: Page): Promise<() => Promise<number[]>> {
  await pagina.evaluate(() => {
    const w = window as unknown as { __tareasLargas: number[] };
    w.__tareasLargas = [];
    new PerformanceObserver((lista) => {
      for (const e of lista.getEntries()) w.__tareasLargas.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => pagina.evaluate(() => (window as unknown as { __tareasLargas: number[] }).__tareasLargas);
}

describe('Respaldar no detiene la pantalla', () => {
  let app: Entorno;
  let cargadas: Record<string, number>;
  beforeAll(async () => {
    app = await abrirApp();
    // Six weeks of a busy office: a few thousand rows of every kind, straight into IndexedDB.
    cargadas = await cargarOficina(app.pagina, { anios: 1, semilla: 7, corte: '2026-02-15' });
  }, 120_000);
  afterAll(async () => {
    await app?.cerrar();
  });

  it('el respaldo se escribe en segundo plano: ninguna tarea de la página pasa de 200 ms y el archivo trae todo', { timeout: 180_000 }, async () => {
    const { pagina } = app;
    const total = Object.values(cargadas).reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThan(3000);
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByRole('button', { name: 'Respaldar ahora' }).waitFor();
    // The screen settled first: what is measured is the backup, not the tab being drawn.
    await pagina.waitForTimeout(3000);
    const trabajadores: string[] = [];
    pagina.on('worker', (w) => trabajadores.push(w.url()));
    const tareasLargas = await observarTareasLargas(pagina);

    const descarga = pagina.waitForEvent('download', { timeout: 120_000 });
    await pagina.getByRole('button', { name: 'Respaldar ahora' }).click();
    await pagina.getByText(/^Respaldo descargado \(respaldo-.*_manual\.poa\.gz\)\.$/).waitFor({ timeout: 120_000 });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/respaldo-en-segundo-plano.png` });
    const archivo = `${CARPETA_EVIDENCIAS}/respaldo-segundo-plano.poa.gz`;
    await (await descarga).saveAs(archivo);

    const duraciones = await tareasLargas();
    expect(Math.max(0, ...duraciones), `tareas largas: ${duraciones.join(', ')} ms`).toBeLessThanOrEqual(200);
    expect(trabajadores.some((u) => /respaldo\.worker/.test(u))).toBe(true);

    const { respaldo } = await leerRespaldoEntero(enTrozos(new Uint8Array(await readFile(archivo))));
    expect(respaldo.tablas.solicitudes.length).toBe(cargadas.solicitudes);
    expect(respaldo.tablas.personas.length).toBe(cargadas.personas);
    expect(respaldo.tablas.bitacora.some((e) => e.resumen === 'Respaldo de toda la base de datos hecho a mano')).toBe(true);
  });
});
