import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { elegirOpcion, ir, menu } from '../../e2e/pasos';
import {
  CARPETA_BENCH,
  esperarEnPagina,
  esperarQuietud,
  estadoBench,
  iniciarSesion,
  medirClic,
  medirEntrada,
  medidasEnPagina,
  medirHeap,
  reabrir,
  tareasLargasEnVentana,
  type Oficina,
  type VentanaBench,
} from './oficina';

/**
 * The figures of issue 12's table, each measured as a user meets it: from the click (or the typed text) to what the
 * user waits for on screen, on the page's own clock.
 */

export interface Medicion {
  figura: string;
  unidad: 'ms' | 'MB' | 'kB';
  valor: number;
}

const LISTA_SOLICITUDES = '[role="grid"][aria-label="Solicitudes"] a';
const FOLIO = /^AC-\d{4}-/;
const LISTA_APOYOS = '[role="grid"][aria-label="Apoyos"] a';
const LISTA_JORNADAS = '[role="grid"][aria-label="Jornadas comunitarias"] a';
const LISTA_EVENTOS = '[role="grid"][aria-label="Talleres, capacitaciones y programas"] a';
const LISTA_MESAS = '[role="grid"][aria-label="Mesas interinstitucionales"] a';
const CELDA_CRONOGRAMA = '[role="grid"][aria-label^="Cronograma 2026"] [aria-label^="Actividad 1, "]';
const COLUMNA_BIMESTRE = '[role="grid"][aria-label^="Cronograma 2026"] th[aria-label*=" bimestre ("]';
const COLUMNA_TRIMESTRE = '[role="grid"][aria-label^="Cronograma 2026"] th[aria-label*=" trimestre ("]';
const COLUMNA_MES = '[role="grid"][aria-label^="Cronograma 2026"] th[aria-label^="enero"]';
const TABLERO_KPI = '[aria-label^="Solicitudes 2026: "]';
const TABLERO_GRAFICA = 'section[aria-label="Programado contra logrado por mes"] canvas';
const OPCION_PERSONA = '[role="option"]';

/** One round of every figure: a fresh start of the app (reload), sign-in to the tablero, then the screens in turn. */
export async function medirRonda(o: Oficina, ronda: number): Promise<Medicion[]> {
  const m: Medicion[] = [];
  const anotar = (figura: string, valor: number, unidad: Medicion['unidad'] = 'ms') => m.push({ figura, unidad, valor });

  // Start: from the navigation to the sign-in screen, then from «Entrar» to the tablero drawn.
  await reabrir(o, '#/tablero');
  const { pagina } = o;
  // The page's clock starts at the navigation: the moment the form shows is the wait.
  const aSesion = await esperarEnPagina(pagina, 'form[aria-label="Inicio de sesión"] button[type="submit"]');
  // Sign-in lands on «Hoy»; the tablero is one click away from there.
  const hoy = esperarEnPagina(pagina, 'h1, h2, h3, h4, h5, h6', /^Hoy$/);
  await iniciarSesion(pagina);
  const enHoy = (await hoy) - (await estadoBench(pagina)).ultimoClic;
  anotar('inicio: de abrir la app a la pantalla de acceso', aSesion);
  if (ronda === 0) {
    anotar('JavaScript inicial: la entrada y lo que precarga (gzip)', javascriptInicial(), 'kB');
    // Includes what the app fetches while idle for the front desk's next screen (the Atención Ciudadana list).
    anotar('JavaScript cargado al mostrar la pantalla de acceso, con la precarga en reposo (gzip)', await javascriptCargado(pagina), 'kB');
  }
  anotar('inicio: de «Entrar» a la pantalla Hoy', enHoy);
  await esperarQuietud(pagina);
  const tablero = esperarEnPagina(pagina, `${TABLERO_KPI}`).then(() => esperarEnPagina(pagina, TABLERO_GRAFICA));
  await ir(pagina, 'Tablero');
  anotar('Tablero: de la clic al tablero dibujado', (await tablero) - (await estadoBench(pagina)).ultimoClic);
  await esperarQuietud(pagina);
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/tablero.png` });
  const heap = await medirHeap(o.cdp);
  anotar('heap de JS tras el tablero', heap.enUso, 'MB');
  anotar('heap de JS tras el tablero, después de recolectar basura', heap.trasRecolectar, 'MB');

  // The solicitudes list, from a quiet screen, and what keeps running after the clerk moves on.
  await ir(pagina, 'POA');
  await esperarQuietud(pagina);
  anotar(
    'Atención Ciudadana: de la clic a la primera página de la lista',
    await medirClic(pagina, () => ir(pagina, '1. Atención Ciudadana'), LISTA_SOLICITUDES, FOLIO),
  );
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/solicitudes.png` });

  // The list filtered, each from a quiet screen and from the last change to the first page of what it leaves.
  const filtros = pagina.getByRole('search', { name: 'Filtros de solicitudes' });
  const conteo = 'search[aria-label="Filtros de solicitudes"] [role="status"]';
  // The count of the filtered list: «N de M solicitudes», other than the one on screen.
  const otroConteo = async () => new RegExp(`^(?!${escaparRe((await filtros.getByRole('status').textContent()) ?? '')}$).+ de [\\d,]+ solicitud`);
  const sinFiltros = async () => {
    await filtros.getByRole('button', { name: 'Limpiar filtros' }).click();
    await esperarEnPagina(pagina, conteo, /^[\d,]+ solicitudes$/);
    await esperarQuietud(pagina);
  };
  await esperarEnPagina(pagina, conteo, /^[\d,]+ solicitudes$/);
  await elegirOpcion(pagina, filtros.getByRole('combobox', { name: 'Estatus' }), 'Recibida');
  await filtros.getByLabel('Recibidas desde').fill('01/03/2026');
  await esperarQuietud(pagina);
  anotar(
    'Atención Ciudadana filtrada por estatus y un mes: de teclear a la primera página',
    await medirEntrada(pagina, () => filtros.getByLabel('Recibidas hasta').fill('31/03/2026'), conteo, await otroConteo()),
  );
  await sinFiltros();
  anotar(
    'Atención Ciudadana filtrada por colonia: de teclear a la primera página',
    await medirEntrada(pagina, () => filtros.getByLabel('Colonia').fill('Colonia Morelos'), conteo, await otroConteo()),
  );
  await sinFiltros();
  // A frequent surname's first page shows before its matches are counted; the count, when it says them all.
  const contadas = esperarEnPagina(pagina, conteo, /^[\d,]+ de [\d,]+ solicitudes?$/);
  anotar(
    'Atención Ciudadana filtrada por texto: de teclear a la primera página',
    await medirEntrada(pagina, () => filtros.getByLabel('Buscar por folio, nombre o CURP').fill('Hernández'), conteo, await otroConteo()),
  );
  anotar('Atención Ciudadana filtrada por texto: de teclear al conteo de sus coincidencias', (await contadas) - (await estadoBench(pagina)).ultimaEntrada);
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/solicitudes-filtradas.png` });
  await sinFiltros();
  await ir(pagina, 'POA');
  const salida = (await estadoBench(pagina)).ultimoClic;
  const tras = await tareasLargasEnVentana(pagina, salida);
  anotar('tras salir de la lista: tareas largas en 15 s (suma)', tras.total);
  anotar('tras salir de la lista: la tarea larga mayor', tras.mayor);

  // A clerk who opens the list and moves on before its first page shows: what the abandoned list keeps running.
  await esperarQuietud(pagina);
  await ir(pagina, '1. Atención Ciudadana');
  await pagina.waitForTimeout(300);
  await ir(pagina, 'POA');
  const abandono = await tareasLargasEnVentana(pagina, (await estadoBench(pagina)).ultimoClic);
  anotar('salir de la lista a los 300 ms: tareas largas en 15 s (suma)', abandono.total);
  anotar('salir de la lista a los 300 ms: la tarea larga mayor después', abandono.mayor);

  // The apoyos list, from a quiet screen: its first page of beneficiaries.
  await ir(pagina, 'POA');
  await esperarQuietud(pagina);
  anotar('Apoyos: de la clic a la primera página de la lista', await medirClic(pagina, () => ir(pagina, '2. Apoyos y Jornadas'), LISTA_APOYOS, /\S/));
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/apoyos.png` });

  // The lists of jornadas, talleres y programas and mesas, from a quiet screen: their first page.
  await esperarQuietud(pagina);
  anotar('Jornadas: de la clic a la primera página de la lista', await medirClic(pagina, () => pagina.getByRole('tab', { name: 'Jornadas' }).click(), LISTA_JORNADAS, /\S/));
  await ir(pagina, 'POA');
  await esperarQuietud(pagina);
  anotar('Programas: de la clic a la primera página de la lista', await medirClic(pagina, () => ir(pagina, '3. Programas Sociales'), LISTA_EVENTOS, /\S/));
  await ir(pagina, 'POA');
  await esperarQuietud(pagina);
  anotar('Mesas: de la clic a la primera página de la lista', await medirClic(pagina, () => ir(pagina, '4. Vinculación Institucional'), LISTA_MESAS, /\S/));
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/mesas.png` });
  await ir(pagina, 'POA');

  // The cronograma of the year: from the click to the figures on screen, and the computation alone (the screen's
  // query of the year's POA, counts and adjustments, as the app times it: `medirCalculo`).
  await esperarQuietud(pagina);
  anotar('Cronograma 2026: de la clic a las cifras', await medirClic(pagina, () => ir(pagina, 'Cronograma'), CELDA_CRONOGRAMA));
  const clicCronograma = (await estadoBench(pagina)).ultimoClic;
  const calculo = (await medidasEnPagina(pagina, 'cronograma:2026')).find((m) => m.inicio >= clicCronograma);
  if (!calculo) throw new Error('El cronograma no dejó la medida de su cálculo (cronograma:2026)');
  anotar('Cronograma 2026: calculado (la consulta del año, sin dibujar)', calculo.duracion);
  if (ronda === 0) await pagina.screenshot({ path: `${CARPETA_BENCH}/cronograma.png` });
  // The period switch: the same figures summed by bimester, by quarter, back by month, and by quarter from the month.
  const periodos = pagina.getByRole('group', { name: 'Periodos de las columnas' });
  const cambios: [string, string, string][] = [
    ['Mensual', 'Bimestral', COLUMNA_BIMESTRE],
    ['Bimestral', 'Trimestral', COLUMNA_TRIMESTRE],
    ['Trimestral', 'Mensual', COLUMNA_MES],
    ['Mensual', 'Trimestral', COLUMNA_TRIMESTRE],
  ];
  for (const [de, a, columna] of cambios) {
    await esperarQuietud(pagina);
    anotar(`Cronograma: de ${de} a ${a}`, await medirClic(pagina, () => periodos.getByRole('button', { name: a }).click(), columna));
  }

  // A persona search by surname in the capture form, on a quiet screen; then saving the solicitud for that persona.
  await ir(pagina, '1. Atención Ciudadana');
  await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
  const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
  const buscar = form.getByLabel('Buscar ciudadano por CURP o nombre');
  await buscar.waitFor();
  await esperarQuietud(pagina);
  const apellido = ['Hernán', 'Garcí', 'Martín', 'Lópe', 'Gonzál', 'Ramír', 'Sánch'][ronda % 7];
  anotar(
    'búsqueda de persona por apellido: de teclear a las sugerencias',
    await medirEntrada(pagina, () => buscar.fill(apellido), OPCION_PERSONA, new RegExp(apellido, 'i')),
  );
  await pagina.getByRole('option', { name: new RegExp(apellido, 'i') }).first().click();
  await form.getByLabel('Fecha y hora de recepción').fill('01/12/2026 09:30');
  await form.getByLabel('Tipo de apoyo solicitado').fill('Despensa');
  await pagina.getByRole('option', { name: 'Despensa', exact: true }).click();
  await form.getByLabel('Descripción de la solicitud').fill('Solicita despensa para su familia; medición del guardado');
  await form.getByRole('checkbox', { name: /Se informó el aviso de privacidad/ }).check();
  await esperarQuietud(pagina);
  anotar(
    'guardar una solicitud: de la clic al folio en pantalla',
    await medirClic(pagina, () => form.getByRole('button', { name: 'Guardar solicitud' }).click(), 'h1, h2, h3, h4, h5, h6', /^Solicitud AC-\d{4}-/),
  );
  await menu(pagina).waitFor();

  // The POA workbook of the year with its annexes: from the click to the message that it is saved, and the longest
  // task the page ran meanwhile (while it runs, the screen does not answer).
  await ir(pagina, 'Reportes');
  const exportar = pagina.getByRole('region', { name: 'Libro POA 2026 para Tesorería (Excel)' }).getByRole('button', { name: 'Exportar libro POA (Excel)' });
  await exportar.waitFor();
  await esperarQuietud(pagina);
  // The click is read right after it: the browser's download is a click too, on the link the bridge makes at the end.
  const guardado = esperarEnPagina(pagina, '[role="alert"]', /^(Libro POA 2026 (descargado|guardado)|No se pudo)/);
  await exportar.click();
  const clic = (await estadoBench(pagina)).ultimoClic;
  const libro = (await guardado) - clic;
  const alerta = (await pagina.getByRole('alert').last().textContent()) ?? '';
  if (!alerta.startsWith('Libro POA 2026')) throw new Error(`El libro no se exportó: ${alerta}`);
  anotar('libro POA 2026 con sus anexos: de la clic a guardado', libro);
  const { tareasLargas } = await estadoBench(pagina);
  const durante = tareasLargas.filter((t) => t.inicio >= clic && t.inicio < clic + libro);
  anotar('libro POA 2026: la tarea larga mayor mientras se construye', durante.reduce((x, t) => Math.max(x, t.duracion), 0));
  return m;
}

const escaparRe = (texto: string) => texto.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const gzipKb = (rutas: readonly string[]) => rutas.reduce((s, r) => s + gzipSync(readFileSync(resolve('out/renderer', `.${r}`)), { level: 9 }).byteLength, 0) / 1000;

/** The gzip size, in kB, of the entry script of the built renderer and the chunks index.html preloads. */
function javascriptInicial(): number {
  const html = readFileSync(resolve('out/renderer/index.html'), 'utf8');
  return gzipKb([...html.matchAll(/(?:src|href)="\.(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]));
}

/** The gzip size, in kB, of the JavaScript files the page loaded so far (the built renderer's, read from out/). */
async function javascriptCargado(pagina: Page): Promise<number> {
  const rutas = await pagina.evaluate(() =>
    (window as unknown as VentanaBench).__bench
      .recursos()
      .map((nombre) => new URL(nombre).pathname)
      .filter((r) => r.endsWith('.js')),
  );
  return gzipKb([...new Set(rutas)]);
}
