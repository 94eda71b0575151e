import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generarOficina, type OpcionesOficina } from '../../../shared/demo/generador';
import { filasDeBusqueda, TABLA_BUSQUEDA } from '../../../renderer/src/db/busquedaSolicitudes';
import { ContadorMensual, TABLA_CONTEOS } from '../../../renderer/src/db/conteosMensuales';
import { completarConfiguracionInicial, INSTALACION_PRUEBAS, OPCIONES_CHROMIUM } from '../../e2e/navegador';
import { servirRenderer } from '../../e2e/servidor';

/**
 * The built renderer in headless Chromium with years of a busy office in its IndexedDB: the pieces every figure of
 * the browser benchmark is measured with (open the office, sign in, time from a click to what the user waits for,
 * long tasks, JS heap). Other figures (backup, restore) reuse them.
 */

export const CARPETA_BENCH = 'test-results/bench';

/**
 * The day the office is looked at: the Tuesday after the generated history's cut-off (30 November), so the newest
 * records are a day old and nothing is in the future.
 */
export const HOY_BENCH = new Date('2026-12-01T10:00:00-06:00');

const BASE = 'poa-gestion-social';

export interface Oficina {
  contexto: BrowserContext;
  pagina: Page;
  cdp: CDPSession;
  url: string;
  /** Rows loaded per table. */
  cargadas: Record<string, number>;
  cargaMs: number;
  cerrar: () => Promise<void>;
}

/** What `instrumentar` leaves in the page as `window.__bench`, for the measurements read from inside it. */
export interface BenchEnPagina {
  ahora: () => number;
  recursos: () => string[];
  medidas: (nombre: string) => { inicio: number; duracion: number }[];
  marcas: (prefijo: string) => { nombre: string; momento: number }[];
  real: Performance;
  tareasLargas: { inicio: number; duracion: number }[];
  ultimoClic: number;
  ultimaEntrada: number;
}

/** The page's window as the measurements see it (a type only: code run in the page cannot import). */
export type VentanaBench = { __bench: BenchEnPagina };

/**
 * What the page keeps for the measurements, installed before the app's own code runs: every long task, and the
 * moment of the last click or typed text (the start of what a user waits for).
 */
function instrumentar() {
  const w = window as unknown as { __bench: unknown };
  // The page's real clock, taken before the fixed date of the scenario replaces it (Playwright's clock fakes
  // performance.now too): long tasks are timed on this one.
  const ahora = performance.now.bind(performance);
  const real = performance;
  const estado: BenchEnPagina = {
    ahora,
    /** The files the page has loaded, from the real resource timing (the fake clock replaces `performance`). */
    recursos: () => real.getEntriesByType('resource').map((e) => e.name),
    /** The page's own measures of a name (`medirCalculo`, the restore's phases), on the real timeline. */
    medidas: (nombre: string) => real.getEntriesByName(nombre, 'measure').map((e) => ({ inicio: e.startTime, duracion: e.duration })),
    marcas: (prefijo: string) => real.getEntriesByType('mark').filter((m) => m.name.startsWith(prefijo)).map((m) => ({ nombre: m.name, momento: m.startTime })),
    real,
    tareasLargas: [],
    ultimoClic: 0,
    ultimaEntrada: 0,
  };
  w.__bench = estado;
  try {
    new PerformanceObserver((lista) => {
      for (const e of lista.getEntries()) estado.tareasLargas.push({ inicio: e.startTime, duracion: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing gives no such figures.
  }
  addEventListener('click', () => (estado.ultimoClic = ahora()), { capture: true });
  addEventListener('input', () => (estado.ultimaEntrada = ahora()), { capture: true });
}

/** After the fake clock is installed: User Timing (marks and measures) on the real `performance` kept by `instrumentar`. */
function conTiemposReales() {
  const real = (window as unknown as VentanaBench).__bench.real;
  const falso = performance as unknown as Record<string, unknown>;
  for (const f of ['mark', 'measure', 'getEntriesByName', 'getEntriesByType', 'clearMarks', 'clearMeasures'] as const) falso[f] = real[f].bind(real);
}

/**
 * A fresh profile of the built renderer, kept on disk as the desktop app keeps its data folder (a private browser
 * context keeps IndexedDB in memory, where writing is several times slower than on disk and no user ever works),
 * set up as a new PC (first-run screens, administrator signed in), then the
 * generated office written straight into its IndexedDB, chunk by chunk. This PC's own settings, accounts and
 * bitácora chain stay (it is station V1, as the office's main PC); the generated entries of other stations join.
 */
export async function abrirOficina(opciones: OpcionesOficina): Promise<Oficina> {
  mkdirSync(CARPETA_BENCH, { recursive: true });
  const servidor = await servirRenderer();
  const perfil = mkdtempSync(join(tmpdir(), 'poa-bench-'));
  const contexto = await chromium.launchPersistentContext(perfil, {
    ...OPCIONES_CHROMIUM,
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    viewport: { width: 1366, height: 768 },
  });
  // Before the clock is set, so the instruments read the real clock. The date starts at HOY_BENCH and runs on
  // (a fixed time would stop the charts' animations, which read Date.now, at their first frame).
  await contexto.addInitScript(instrumentar);
  await contexto.clock.install({ time: HOY_BENCH });
  // The fake clock's `performance` keeps no timeline: the app's marks and measures go to the real one, on its clock.
  await contexto.addInitScript(conTiemposReales);
  const pagina = await contexto.newPage();
  const cdp = await contexto.newCDPSession(pagina);
  await cdp.send('Performance.enable');
  const url = servidor.url + 'index.html';
  await pagina.goto(url);
  await completarConfiguracionInicial(pagina);
  const inicio = performance.now();
  const cargadas = await cargarOficina(pagina, opciones);
  const cargaMs = performance.now() - inicio;
  return {
    contexto,
    pagina,
    cdp,
    url,
    cargadas,
    cargaMs,
    cerrar: async () => {
      await contexto.close();
      await servidor.cerrar();
      rmSync(perfil, { recursive: true, force: true });
    },
  };
}

/** Tables that belong to this PC and are not replaced by the generated office's. */
const PROPIAS = new Set(['configuracion', 'cuentas']);

/**
 * Writes the generated office into the page's database with IndexedDB's own API, one transaction per chunk, and then
 * what the app would have written beside them, from the same rows: the solicitudes' search rows
 * (busquedaSolicitudes.ts) and the monthly counts (conteosMensuales.ts).
 */
export async function cargarOficina(pagina: Page, opciones: OpcionesOficina, estacionPropia = INSTALACION_PRUEBAS.estacion): Promise<Record<string, number>> {
  const cargadas: Record<string, number> = {};
  const personas: Record<string, unknown>[] = [];
  const solicitudes: Record<string, unknown>[] = [];
  const conteos = new ContadorMensual();
  const escribir = async (tabla: string, aCargar: unknown[]) => {
    // As one JSON text: Playwright hands a string over far faster than the same rows as objects.
    await pagina.evaluate(
      ({ base, tabla, json }) =>
        new Promise<void>((listo, fallo) => {
          const filas = JSON.parse(json) as unknown[];
          const abierta = indexedDB.open(base);
          abierta.onerror = () => fallo(abierta.error);
          abierta.onsuccess = () => {
            const tx = abierta.result.transaction(tabla, 'readwrite');
            const almacen = tx.objectStore(tabla);
            for (const f of filas) almacen.put(f);
            tx.oncomplete = () => {
              abierta.result.close();
              listo();
            };
            tx.onerror = () => fallo(tx.error);
          };
        }),
      { base: BASE, tabla, json: JSON.stringify(aCargar) },
    );
  };
  for (const { tabla, filas } of generarOficina(opciones)) {
    if (PROPIAS.has(tabla) || filas.length === 0) continue;
    // This PC's chain is its own; the generated entries of the same station would collide with it.
    const aCargar = tabla === 'bitacora' ? filas.filter((f) => f.estacion !== estacionPropia) : filas;
    await escribir(tabla, aCargar);
    if (tabla === 'personas') personas.push(...aCargar.map(({ id, palabras, colonia }) => ({ id, palabras, colonia })));
    if (tabla === 'solicitudes') solicitudes.push(...aCargar.map(({ id, personaId }) => ({ id, personaId })));
    for (const f of aCargar) conteos.sumar(tabla, f);
    cargadas[tabla] = (cargadas[tabla] ?? 0) + aCargar.length;
  }
  await escribir(TABLA_CONTEOS, conteos.filas());
  const busqueda = filasDeBusqueda(solicitudes, personas);
  for (let i = 0; i < busqueda.length; i += 5000) await escribir(TABLA_BUSQUEDA, busqueda.slice(i, i + 5000));
  return cargadas;
}

/**
 * Starts the app again as a user does: a new window (the sign-in of the old one, kept for its window only, goes with
 * it), on the database already loaded, at `ruta`. The page's clock starts at this navigation.
 */
export async function reabrir(o: Oficina, ruta = ''): Promise<void> {
  await o.pagina.close();
  o.pagina = await o.contexto.newPage();
  o.cdp = await o.contexto.newCDPSession(o.pagina);
  await o.cdp.send('Performance.enable');
  await o.pagina.goto(`${o.url}${ruta}`);
}

/** Signs in with the administrator of the installation, from the sign-in screen. */
export async function iniciarSesion(pagina: Page): Promise<void> {
  const form = pagina.getByRole('form', { name: 'Inicio de sesión' });
  await form.getByLabel('Usuario').fill(INSTALACION_PRUEBAS.administrador.usuario);
  await form.getByLabel('Contraseña').fill(INSTALACION_PRUEBAS.administrador.contrasena);
  await form.getByRole('button', { name: 'Entrar' }).click();
}

/**
 * The page's clock when something first shows: `selector` matches an element (whose text matches `texto`, if
 * given). Watched from inside the page, on every change of the document and every frame, so the figure is the
 * user's wait and not the benchmark's round trips. Start waiting before the action that causes it.
 */
export function esperarEnPagina(pagina: Page, selector: string, texto?: RegExp, limiteMs = 120_000): Promise<number> {
  return pagina.evaluate(
    ({ selector, fuente, limiteMs }) =>
      new Promise<number>((listo, fallo) => {
        const ahora = (window as unknown as VentanaBench).__bench.ahora;
        const re = fuente === null ? null : new RegExp(fuente);
        const hay = () => [...document.querySelectorAll(selector)].some((e) => re === null || re.test(e.textContent ?? ''));
        if (hay()) return listo(ahora());
        let hecho = false;
        const terminar = () => {
          if (hecho || !hay()) return;
          hecho = true;
          observador.disconnect();
          listo(ahora());
        };
        const observador = new MutationObserver(terminar);
        observador.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const cuadro = () => {
          terminar();
          if (!hecho) requestAnimationFrame(cuadro);
        };
        requestAnimationFrame(cuadro);
        setTimeout(() => {
          if (!hecho) fallo(new Error(`No apareció ${selector} ${fuente ?? ''} en ${limiteMs} ms`));
        }, limiteMs);
      }),
    { selector, fuente: texto?.source ?? null, limiteMs },
  );
}

type EstadoBench = Pick<BenchEnPagina, 'tareasLargas' | 'ultimoClic' | 'ultimaEntrada'>;

/** The page's own measures of `nombre` (User Timing, on the real clock), oldest first. */
export function medidasEnPagina(pagina: Page, nombre: string): Promise<{ inicio: number; duracion: number }[]> {
  return pagina.evaluate((n) => (window as unknown as VentanaBench).__bench.medidas(n), nombre);
}

/** The page's own marks whose name starts with `prefijo`, by name: the moment of each (the last of a name). */
export function marcasEnPagina(pagina: Page, prefijo: string): Promise<Record<string, number>> {
  return pagina.evaluate(
    (p) =>
      Object.fromEntries(
        (window as unknown as VentanaBench).__bench.marcas(p).map((m) => [m.nombre, m.momento]),
      ),
    prefijo,
  );
}

export function estadoBench(pagina: Page): Promise<EstadoBench> {
  return pagina.evaluate(() => {
    const { tareasLargas, ultimoClic, ultimaEntrada } = (window as unknown as VentanaBench).__bench;
    return { tareasLargas, ultimoClic, ultimaEntrada };
  });
}

/** The page's real clock now. */
export function ahoraEnPagina(pagina: Page): Promise<number> {
  return pagina.evaluate(() => (window as unknown as VentanaBench).__bench.ahora());
}

/**
 * Milliseconds from a click (`accion` clicks something) to `selector` showing, both on the page's clock. The click's
 * moment is the one the page saw, taken by a listener that runs before the app's own.
 */
export async function medirClic(pagina: Page, accion: () => Promise<void>, selector: string, texto?: RegExp): Promise<number> {
  const fin = esperarEnPagina(pagina, selector, texto);
  await accion();
  const visto = await fin;
  return visto - (await estadoBench(pagina)).ultimoClic;
}

/** The same from the last text typed (`accion` fills a field). */
export async function medirEntrada(pagina: Page, accion: () => Promise<void>, selector: string, texto?: RegExp): Promise<number> {
  const fin = esperarEnPagina(pagina, selector, texto);
  await accion();
  const visto = await fin;
  return visto - (await estadoBench(pagina)).ultimaEntrada;
}

export interface TareasLargas {
  /** How many ran, their total and the longest, in ms. */
  cuantas: number;
  total: number;
  mayor: number;
}

/** Long tasks that started at or after `desde` (page clock), waiting until `quietudMs` pass without a new one. */
export async function tareasLargasDesde(pagina: Page, desde: number, quietudMs = 2000, limiteMs = 30_000): Promise<TareasLargas> {
  const inicio = Date.now();
  for (;;) {
    const { tareasLargas } = await estadoBench(pagina);
    const ahora = await ahoraEnPagina(pagina);
    const ultima = tareasLargas.filter((t) => t.inicio >= desde).reduce((m, t) => Math.max(m, t.inicio + t.duracion), desde);
    if (ahora - ultima >= quietudMs || Date.now() - inicio > limiteMs) {
      const despues = tareasLargas.filter((t) => t.inicio >= desde);
      return {
        cuantas: despues.length,
        total: despues.reduce((s, t) => s + t.duracion, 0),
        mayor: despues.reduce((m, t) => Math.max(m, t.duracion), 0),
      };
    }
    await pagina.waitForTimeout(250);
  }
}

/**
 * Long tasks that start within `ventanaMs` after `desde` (page clock): what keeps the screen from answering while a
 * query left behind still runs, however long it waits on the database between its long tasks.
 */
export async function tareasLargasEnVentana(pagina: Page, desde: number, ventanaMs = 15_000): Promise<TareasLargas> {
  const ahora = await ahoraEnPagina(pagina);
  if (desde + ventanaMs > ahora) await pagina.waitForTimeout(desde + ventanaMs - ahora);
  const dentro = (await estadoBench(pagina)).tareasLargas.filter((t) => t.inicio >= desde && t.inicio < desde + ventanaMs);
  return { cuantas: dentro.length, total: dentro.reduce((s, t) => s + t.duracion, 0), mayor: dentro.reduce((m, t) => Math.max(m, t.duracion), 0) };
}

/** Waits until the page has had no long task for `quietudMs`: the screen a user finds when nothing is going on. */
export async function esperarQuietud(pagina: Page, quietudMs = 1500): Promise<void> {
  await tareasLargasDesde(pagina, await ahoraEnPagina(pagina), quietudMs, 60_000);
}

export interface Memoria {
  /** JS heap in use, in MB, as the page has it and after a full garbage collection. */
  enUso: number;
  trasRecolectar: number;
}

export async function medirHeap(cdp: CDPSession): Promise<Memoria> {
  const mb = (b: number) => b / 1024 / 1024;
  const antes = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const despues = await cdp.send('Runtime.getHeapUsage');
  return { enUso: mb(antes.usedSize), trasRecolectar: mb(despues.usedSize) };
}

/** The page's own counters (CDP Performance.getMetrics): JS heap, layouts, script time. */
export async function metricas(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export interface Resumen {
  mediana: number;
  min: number;
  max: number;
  muestras: number[];
}

export function resumir(muestras: number[]): Resumen {
  const orden = [...muestras].sort((a, b) => a - b);
  const m = orden.length >> 1;
  const mediana = orden.length % 2 ? orden[m] : (orden[m - 1] + orden[m]) / 2;
  return { mediana, min: orden[0], max: orden[orden.length - 1], muestras };
}
