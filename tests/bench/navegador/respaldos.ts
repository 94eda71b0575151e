/**
 * `npm run bench:respaldos [-- --anios 1,3,10 --semilla 1]`
 *
 * Backup and restore of a busy office in the built renderer (run `npx electron-vite build` first), in headless
 * Chromium with the browser bridge: for each history length, the generated office is loaded into IndexedDB, then
 * «Respaldar ahora» is timed from the click to the saved file, and «Restaurar» of that same file from the click to the
 * data replaced, each with the peak JS heap while it runs (CDP `Runtime.getHeapUsage` sampled every 100 ms), the file's
 * size and the longest task of the page during the backup. The office is loaded once per history length and measured
 * `--repeticiones` times (a restore of the same file leaves the same data); one JSON line per figure with its median,
 * minimum and maximum. `--perfil` also records a CPU profile of the page during the first round's backup and restore
 * (CDP `Profiler`) and prints the functions with the most time of their own.
 */
import { stat } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { ir } from '../../e2e/pasos';
import { abrirOficina, CARPETA_BENCH, esperarQuietud, estadoBench, iniciarSesion, marcasEnPagina, reabrir, resumir, type Oficina, type VentanaBench } from './oficina';

const opcionesSchema = z.object({
  anios: z
    .string()
    .transform((s) => s.split(',').map((a) => Number(a.trim())))
    .pipe(z.array(z.number().int('--anios: años enteros').min(1, '--anios: de 1 a 50').max(50, '--anios: de 1 a 50')).min(1)),
  semilla: z.coerce.number({ error: '--semilla debe ser un número' }).int().min(0),
  repeticiones: z.coerce.number({ error: '--repeticiones debe ser un número' }).int().min(1, '--repeticiones: al menos 1'),
  perfil: z.boolean(),
});

interface NodoPerfil {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The functions with the most time of their own in a CPU profile, in ms. */
function masCostosas(perfil: { nodes: NodoPerfil[]; samples?: number[]; timeDeltas?: number[] }, cuantas = 15): { funcion: string; ms: number }[] {
  const porNodo = new Map(perfil.nodes.map((n) => [n.id, n]));
  const tiempo = new Map<string, number>();
  (perfil.samples ?? []).forEach((id, i) => {
    const n = porNodo.get(id)!;
    const archivo = n.callFrame.url.split('/').pop() ?? '';
    const clave = `${n.callFrame.functionName || '(anónima)'} ${archivo}:${n.callFrame.lineNumber}`;
    tiempo.set(clave, (tiempo.get(clave) ?? 0) + (perfil.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...tiempo.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, cuantas)
    .map(([funcion, ms]) => ({ funcion, ms: Math.round(ms) }));
}

/** `accion` under the CPU profiler of the page when `perfilar`, with the profile's costliest functions printed. */
async function conPerfil<T>(cdp: CDPSession, perfilar: boolean, nombre: string, accion: () => Promise<T>): Promise<T> {
  if (!perfilar) return accion();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const r = await accion();
  const { profile } = await cdp.send('Profiler.stop');
  console.log(JSON.stringify({ perfil: nombre, masCostosas: masCostosas(profile as never) }));
  return r;
}

/** The largest JS heap in use while `accion` runs, sampled by CDP. */
async function medirConHeap<T>(cdp: CDPSession, accion: () => Promise<T>): Promise<{ resultado: T; picoMb: number }> {
  let pico = 0;
  let seguir = true;
  const muestreo = (async () => {
    while (seguir) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      pico = Math.max(pico, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const resultado = await accion().finally(() => (seguir = false));
  await muestreo;
  return { resultado, picoMb: pico / 1024 / 1024 };
}

/** The page's clock when a text matching `re` shows, waiting up to 10 minutes. */
function cuandoAparece(pagina: Page, re: RegExp): Promise<number> {
  return pagina.evaluate(
    ({ fuente }) =>
      new Promise<number>((listo, fallo) => {
        const ahora = (window as unknown as VentanaBench).__bench.ahora;
        const re = new RegExp(fuente);
        // A refusal on screen ends the wait with its text.
        const fallido = /No se pudo respaldar: .*|No se restauró nada: .*/;
        const mirar = () => {
          // textContent, not innerText: innerText lays the whole page out on every change of the progress bar, work
          // the page would do only for the benchmark.
          const texto = document.body.textContent ?? '';
          const mal = fallido.exec(texto);
          if (mal) fallo(new Error(mal[0]));
          return re.test(texto);
        };
        if (mirar()) return listo(ahora());
        const o = new MutationObserver(() => {
          if (mirar()) {
            o.disconnect();
            listo(ahora());
          }
        });
        o.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => fallo(new Error(`No apareció ${fuente}`)), 600_000);
      }),
    { fuente: re.source },
  );
}

/** What the benchmark is doing, on stderr, so a long run shows where it is. */
const paso = (texto: string) => console.error(`${new Date().toISOString()} ${texto}`);

async function medirRespaldos(o: Oficina, anios: number, perfilar: boolean): Promise<Record<string, number>> {
  await reabrir(o, '#/configuracion');
  await iniciarSesion(o.pagina);
  const { pagina } = o;
  o.pagina.on('pageerror', (e) => paso(`error en la página: ${e.message}`));
  o.pagina.on('console', (m) => m.type() === 'error' && paso(`consola: ${m.text()}`));
  await ir(pagina, 'Configuración');
  await pagina.getByRole('tab', { name: 'Respaldos' }).click();
  paso('respaldos abiertos');
  await esperarQuietud(pagina);
  await o.cdp.send('HeapProfiler.collectGarbage');

  // Backup: from the click to the checked file handed to the browser as a download.
  const descarga = pagina.waitForEvent('download', { timeout: 600_000 });
  const listo = cuandoAparece(pagina, /Respaldo descargado/);
  // The moment of the click, read at once: the browser bridge's download is a click of its own at the end.
  let inicioRespaldo = 0;
  const respaldo = await conPerfil(o.cdp, perfilar, 'respaldo', () =>
    medirConHeap(o.cdp, async () => {
      await pagina.getByRole('button', { name: 'Respaldar ahora' }).click();
      inicioRespaldo = (await estadoBench(pagina)).ultimoClic;
      return listo;
    }),
  );
  paso('respaldo hecho');
  const archivo = `${CARPETA_BENCH}/respaldo-${anios}-anios.poa.gz`;
  await (await descarga).saveAs(archivo);
  const { tareasLargas } = await estadoBench(pagina);
  const durante = tareasLargas.filter((t) => t.inicio >= inicioRespaldo && t.inicio <= respaldo.resultado);
  const tamano = (await stat(archivo)).size;

  // Restore of that file: from the click on «Restaurar» to the data replaced.
  await esperarQuietud(pagina);
  await o.cdp.send('HeapProfiler.collectGarbage');
  await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles(archivo);
  const restaurado = cuandoAparece(pagina, /Restaurado «/);
  const restauracion = await conPerfil(o.cdp, perfilar, 'restauración', () =>
    medirConHeap(o.cdp, async () => {
      await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
      return restaurado;
    }),
  );
  paso('restauración hecha');
  const inicioRestauracion = (await estadoBench(pagina)).ultimoClic;
  const durante2 = (await estadoBench(pagina)).tareasLargas.filter((t) => t.inicio >= inicioRestauracion && t.inicio <= restauracion.resultado);
  await pagina.screenshot({ path: `${CARPETA_BENCH}/restaurado-${anios}-anios.png` });
  // The restore's phases, from the marks it leaves on the page's timeline.
  const marcas = await marcasEnPagina(pagina, 'restauracion:');
  return {
    'respaldo: de la clic al archivo (ms)': respaldo.resultado - inicioRespaldo,
    'respaldo: heap de JS máximo (MB)': respaldo.picoMb,
    'respaldo: tamaño del archivo (MB)': tamano / 1024 / 1024,
    'respaldo: la tarea larga mayor (ms)': durante.reduce((m, t) => Math.max(m, t.duracion), 0),
    'restauración: de la clic a los datos reemplazados (ms)': restauracion.resultado - inicioRestauracion,
    'restauración: heap de JS máximo (MB)': restauracion.picoMb,
    'restauración: la tarea larga mayor (ms)': durante2.reduce((m, t) => Math.max(m, t.duracion), 0),
    'restauración: leer y revisar el archivo en la preparación (ms)': marcas['restauracion:preparada'] - marcas['restauracion:inicio'],
    'restauración: escribir las tablas (ms)': marcas['restauracion:tablas-escritas'] - marcas['restauracion:preparada'],
    'restauración: bitácora, catálogos y fin (ms)': marcas['restauracion:aplicada'] - marcas['restauracion:tablas-escritas'],
  };
}

async function principal() {
  const { values } = parseArgs({
    options: {
      anios: { type: 'string', default: '1,3,10' },
      semilla: { type: 'string', default: '1' },
      repeticiones: { type: 'string', default: '3' },
      perfil: { type: 'boolean', default: false },
    },
  });
  const r = opcionesSchema.safeParse(values);
  if (!r.success) {
    console.error(`Opciones inválidas: ${r.error.issues.map((i) => i.message).join('; ')}`);
    process.exit(2);
  }
  const maquina = `${cpus().length} núcleos, ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`;
  for (const anios of r.data.anios) {
    const oficina = await abrirOficina({ anios, semilla: r.data.semilla });
    try {
      const filas = Object.values(oficina.cargadas).reduce((s, n) => s + n, 0);
      console.log(JSON.stringify({ anios, figura: 'carga de la oficina generada en IndexedDB (ms)', valor: Math.round(oficina.cargaMs), filas, maquina }));
      const rondas: Record<string, number>[] = [];
      for (let i = 0; i < r.data.repeticiones; i++) {
        const ronda = await medirRespaldos(oficina, anios, r.data.perfil && i === 0);
        paso(`ronda ${i + 1}: ${JSON.stringify(ronda)}`);
        rondas.push(ronda);
      }
      // A figure some round could not take (the restore's phases under a page clock that keeps no marks) is left out.
      for (const figura of Object.keys(rondas[0]).filter((f) => rondas.every((ronda) => Number.isFinite(ronda[f])))) {
        const { mediana, min, max, muestras } = resumir(rondas.map((ronda) => ronda[figura]));
        const redondo = (v: number) => Math.round(v * 10) / 10;
        console.log(JSON.stringify({ anios, figura, mediana: redondo(mediana), min: redondo(min), max: redondo(max), muestras: muestras.map(redondo) }));
      }
    } finally {
      await oficina.cerrar();
    }
  }
}

principal().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
