import { ESTATUS_CERRADOS } from '../../../../shared/domain/estatusSolicitud';
import { parsearFolio } from '../../../../shared/domain/folio';
import type { FilaSolicitud, FiltrosSolicitudes } from '../../../../shared/domain/filtroSolicitudes';
import { curpDeConsulta } from '../../../../shared/domain/personas';
import { normalizarTexto, palabrasDeTexto } from '../../../../shared/domain/texto';
import { ESTATUS_SOLICITUD, type Solicitud } from '../../../../shared/schemas/solicitudes';
import type { Persona } from '../../../../shared/schemas/personas';
import type { BaseDatosPoa } from '../db';
import type { BusquedaSolicitud } from '../busquedaSolicitudes';
import { clavesDistintas, idsConValores } from './lecturaDirecta';
import { conConteo, cruzar, idsPorNombreDePersona, interseccion, recorrer, type Consulta, type Pagina, type PaginaSinConteo, type Segmento } from './paginas';
import { aFila, nombresDeCatalogos } from './solicitudes';

/**
 * The Atención Ciudadana list one page at a time, asked of the database through its indexes (schema version 10):
 * every filter gives the ids that match it from an index, key-only (the citizen's name and colonia from each
 * solicitud's search row, busquedaSolicitudes.ts); the page is walked along the index of the
 * chosen order and only its rows (and their citizens) are read. Nothing loads the whole history.
 */

export const CAMPOS_ORDEN_SOLICITUDES = ['fechaRecepcion', 'folio', 'estatus', 'fechaCompromiso', 'ciudadano'] as const;
export type CampoOrdenSolicitudes = (typeof CAMPOS_ORDEN_SOLICITUDES)[number];

export interface ConsultaSolicitudes extends Consulta<FiltrosSolicitudes, CampoOrdenSolicitudes> {
  /** Today, 'AAAA-MM-DD': what is overdue. */
  hoy: string;
}

export type PaginaSolicitudes = Pagina<FilaSolicitud>;

export const ORDEN_INICIAL: ConsultaSolicitudes['orden'] = { campo: 'fechaRecepcion', direccion: 'desc' };

/**
 * Below this many matches, they are read and ordered in memory; above, the order's index is walked key-only. A few
 * hundred whole rows cost about what a batch of index keys does; thousands cost more (a colonia's 3,000 solicitudes
 * at ten years: over a second), and the walk fills a page from its first batch.
 */
const EN_MEMORIA = 400;

/**
 * A typed word that begins more than this many citizens' names is frequent («Hernández»: 10,407 solicitudes at ten
 * years). Reading all of its keys before the first page cost a third of a second; instead the page is walked along
 * the order's index and each solicitud's search row is checked, a few hundred rows for a full page, and the list
 * counts the matches after the page shows.
 */
const FRECUENTE = 2000;

/** Keys a walk that checks search rows reads at first (each batch reads its rows; later batches are larger). */
const LOTE_CON_FILAS = 250;

const ABIERTOS = ESTATUS_SOLICITUD.filter((e) => !ESTATUS_CERRADOS.includes(e));

/** The order as index ranges of live solicitudes, one after the other (the status order is the workflow's). */
function segmentos(db: BaseDatosPoa, campo: Exclude<CampoOrdenSolicitudes, 'ciudadano'>, direccion: 'asc' | 'desc'): Segmento[] {
  const rango = (indice: string, prefijo: unknown[], resto: number): Segmento => () => {
    // The rest of the key is text (dates, folios): from the empty string to the highest character.
    const c = db.solicitudes.where(indice).between([...prefijo, ...Array<string>(resto).fill('')], [...prefijo, ...Array<string>(resto).fill('\uffff')]);
    return direccion === 'desc' ? c.reverse() : c;
  };
  if (campo === 'fechaRecepcion') return [rango('[eliminado+fechaRecepcion+folio]', [0], 2)];
  if (campo === 'folio') return [rango('[eliminado+folio]', [0], 1)];
  if (campo === 'fechaCompromiso') return [rango('[eliminado+fechaCompromiso+folio]', [0], 2)];
  const estatus = direccion === 'asc' ? ESTATUS_SOLICITUD : [...ESTATUS_SOLICITUD].reverse();
  return estatus.map((e) => rango('[eliminado+estatus+fechaRecepcion+folio]', [0, e], 2));
}

/** A text condition checked on each solicitud's search row: every word the beginning of one of the name's. */
interface PorPalabras {
  /** The solicitudes the text names otherwise (folio, folio anterior, CURP). */
  exactas: Set<string>;
  palabras: string[];
}

const nombraA = (fila: BusquedaSolicitud | undefined, palabras: readonly string[]) =>
  fila !== undefined && palabras.every((p) => fila.palabras.some((q) => q.startsWith(p)));

/** Of these ids, those whose search row has every word (one read of their rows). */
async function conPalabras(db: BaseDatosPoa, ids: readonly string[], palabras: readonly string[]): Promise<string[]> {
  const filas = await db.busquedaSolicitudes.bulkGet([...ids]);
  return ids.filter((_, i) => nombraA(filas[i], palabras));
}

/** Of these ids, in their order, those the text names: otherwise (folio, CURP) or by their search rows' words. */
async function nombradasPor(db: BaseDatosPoa, { exactas, palabras }: PorPalabras, ids: readonly string[]): Promise<string[]> {
  const porNombre = new Set(await conPalabras(db, ids.filter((id) => !exactas.has(id)), palabras));
  return ids.filter((id) => exactas.has(id) || porNombre.has(id));
}

/**
 * Ids of the solicitudes whose citizen the text names: by CURP (or its beginning) through the personas, and by the
 * words of the name through each solicitud's search row (busquedaSolicitudes.ts), every word the beginning of one of
 * the name's. With `frecuente` (null: never), when every word is frequent, the words are given back to be checked on the rows of the
 * page instead (the CURP's matches in `ids`).
 */
async function solicitudesDelCiudadano(db: BaseDatosPoa, texto: string, frecuente: number | null): Promise<{ ids: Set<string>; palabras?: string[] }> {
  const ids = new Set<string>();
  const curp = curpDeConsulta(texto);
  if (curp) {
    const personas = await db.personas.where('curp').startsWith(curp).primaryKeys();
    for (const id of await idsConValores(db, 'solicitudes', 'personaId', personas)) ids.add(id);
  }
  const palabras = palabrasDeTexto(texto).sort((a, b) => b.length - a.length);
  if (palabras.length === 0) return { ids };
  if (frecuente !== null) {
    // The first word with fewer matches than `frecuente` gives them all; the other words are checked on their rows.
    for (const p of palabras) {
      const claves = await db.busquedaSolicitudes.where('palabras').startsWith(p).limit(frecuente).primaryKeys();
      if (claves.length < frecuente) {
        const otras = palabras.filter((q) => q !== p);
        for (const id of otras.length === 0 ? new Set(claves) : await conPalabras(db, [...new Set(claves)], otras)) ids.add(id);
        return { ids };
      }
    }
    return { ids, palabras };
  }
  let porNombre: Set<string> | null = null;
  for (const p of palabras) {
    porNombre = interseccion(porNombre, await db.busquedaSolicitudes.where('palabras').startsWith(p).primaryKeys());
    if (porNombre.size === 0) break;
  }
  for (const id of porNombre ?? []) ids.add(id);
  return { ids };
}

/**
 * What can be the end of a folio (AC-2026-V1-0003): it ends in digits, and any letter in it comes before a dash
 * ("0003", "V1-0003", "2026-V1-0003"). Other text (a name, a CURP) cannot end any folio and never reads the folio
 * index, which holds every solicitud of every year.
 */
const FIN_DE_FOLIO = /^(?:[A-Z0-9-]*-)?\d+$/;

/** The solicitudes the typed text points at: a whole folio, the end of one, a CURP or the citizen's name. */
async function idsDelTexto(db: BaseDatosPoa, textoEscrito: string, frecuente: number | null): Promise<Set<string> | PorPalabras> {
  const t = textoEscrito.trim().toUpperCase();
  if (parsearFolio(t)) return new Set(await db.solicitudes.where('folio').equals(t).primaryKeys());
  const ids = new Set<string>();
  if (FIN_DE_FOLIO.test(t)) {
    // The end of a folio ("0003", "V1-0003"): the folio index read key-only.
    await db.solicitudes.orderBy('folio').eachKey((folio, cursor) => {
      const f = String(folio);
      if (f.endsWith(t) || f.endsWith(`-${t}`)) ids.add(cursor.primaryKey as string);
    });
  }
  // The folio an imported solicitud had in the office's spreadsheet («folio anterior»), as typed.
  for (const id of await db.solicitudes.where('folioAnterior').equalsIgnoreCase(textoEscrito.trim()).primaryKeys()) ids.add(id);
  const delCiudadano = await solicitudesDelCiudadano(db, textoEscrito, frecuente);
  for (const id of delCiudadano.ids) ids.add(id);
  return delCiudadano.palabras ? { exactas: ids, palabras: delCiudadano.palabras } : ids;
}

/**
 * Ids matching every filter, or null when none is set (every live solicitud). With `frecuente` (null: never), a
 * text of frequent words comes back apart (`texto`): `ids` are then those of the other filters (null: none), and the
 * text is checked on the rows of the page.
 */
async function idsFiltrados(db: BaseDatosPoa, f: FiltrosSolicitudes, hoy: string, frecuente: number | null): Promise<{ ids: Set<string> | null; texto?: PorPalabras }> {
  const fecha = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  const consultas: (() => Promise<Iterable<string>>)[] = [];
  if (f.estatus) consultas.push(() => db.solicitudes.where('estatus').equals(f.estatus).primaryKeys());
  if (f.tipoApoyoId) consultas.push(() => db.solicitudes.where('tipoApoyoId').equals(f.tipoApoyoId).primaryKeys());
  if (f.dependenciaId) consultas.push(() => db.solicitudes.where('dependenciaId').equals(f.dependenciaId).primaryKeys());
  if (fecha(f.desde) || fecha(f.hasta)) {
    const desde = fecha(f.desde) ? f.desde : '';
    const hasta = `${fecha(f.hasta) ? f.hasta : '9999-12-31'}T99`;
    consultas.push(() => db.solicitudes.where('fechaRecepcion').between(desde, hasta, true, true).primaryKeys());
  }
  if (f.soloVencidas) {
    // Open and due before today: one range of [estatus+fechaCompromiso] per open status.
    consultas.push(async () =>
      (await Promise.all(ABIERTOS.map((e) => db.solicitudes.where('[estatus+fechaCompromiso]').between([e, ''], [e, hoy], true, false).primaryKeys()))).flat(),
    );
  }
  const colonia = normalizarTexto(f.colonia);
  if (colonia) {
    // Every spelling of the colonia (accents, case) is one in the search rows.
    consultas.push(() => db.busquedaSolicitudes.where('colonia').equals(colonia).primaryKeys());
  }
  let texto: PorPalabras | undefined;
  if (f.texto.trim()) {
    const r = await idsDelTexto(db, f.texto, frecuente);
    if (r instanceof Set) consultas.push(() => Promise.resolve(r));
    else texto = r;
  }
  const ids = await cruzar(consultas);
  if (texto && ids !== null && ids.size <= (frecuente ?? 0)) {
    // The other filters leave few: their rows are checked now, and the count is exact.
    const nombradas = new Set(await nombradasPor(db, texto, [...ids]));
    for (const id of ids) if (!nombradas.has(id)) ids.delete(id);
    texto = undefined;
  }
  if (ids !== null && ids.size === 0) return { ids };
  if (ids !== null) for (const borrada of await db.solicitudes.where('eliminado').equals(1).primaryKeys()) ids.delete(borrada);
  return { ids, texto };
}

const comparadores: Record<CampoOrdenSolicitudes, (a: FilaSolicitud, b: FilaSolicitud) => number> = {
  fechaRecepcion: (a, b) => a.fechaRecepcion.localeCompare(b.fechaRecepcion) || a.folio.localeCompare(b.folio),
  folio: (a, b) => a.folio.localeCompare(b.folio),
  estatus: (a, b) => ESTATUS_SOLICITUD.indexOf(a.estatus) - ESTATUS_SOLICITUD.indexOf(b.estatus) || comparadores.fechaRecepcion(a, b),
  fechaCompromiso: (a, b) => a.fechaCompromiso.localeCompare(b.fechaCompromiso) || a.folio.localeCompare(b.folio),
  ciudadano: (a, b) => a.nombreNormalizado.localeCompare(b.nombreNormalizado),
};

/** The rows of these ids, in this order, with their citizens and catalogue names. */
async function filasDe(db: BaseDatosPoa, ids: string[]): Promise<FilaSolicitud[]> {
  const solicitudes = (await db.solicitudes.bulkGet(ids)).filter((s): s is Solicitud => s !== undefined);
  const [personas, nombres] = await Promise.all([db.personas.bulkGet([...new Set(solicitudes.map((s) => s.personaId))]), nombresDeCatalogos(db)]);
  const porId = new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, p]));
  return solicitudes.map((s) => aFila(s, porId.get(s.personaId), nombres));
}

/**
 * How many live solicitudes there are (the list's count, asked on its own): every stored one less the deleted ones.
 * IndexedDB counts entry by entry; the table's own count is about twice as fast as counting the live range of an
 * index (100,000 solicitudes: 140–235 ms against 340–600 ms), and the deleted ones are few.
 */
export async function contarSolicitudes(db: BaseDatosPoa): Promise<number> {
  const [guardadas, eliminadas] = await Promise.all([db.solicitudes.count(), db.solicitudes.where('eliminado').equals(1).count()]);
  return guardadas - eliminadas;
}

/**
 * How many live solicitudes match the filters, null with none (the count a page of frequent words leaves for later,
 * `porContar`): every match's id, read key-only.
 */
export async function contarFiltradas(db: BaseDatosPoa, filtros: FiltrosSolicitudes, hoy: string): Promise<number | null> {
  return (await idsFiltrados(db, filtros, hoy, null)).ids?.size ?? null;
}

/** One page of the list with how many match and how many there are (`enMemoria`: see EN_MEMORIA; `frecuente`: FRECUENTE). */
export async function paginaSolicitudes(db: BaseDatosPoa, consulta: ConsultaSolicitudes, enMemoria = EN_MEMORIA, frecuente = FRECUENTE): Promise<PaginaSolicitudes> {
  const pagina = await conConteo(filasSolicitudes(db, consulta, enMemoria, frecuente), contarSolicitudes(db));
  if (!pagina.porContar) return pagina;
  return { ...pagina, total: (await contarFiltradas(db, consulta.filtros, consulta.hoy)) ?? pagina.todas };
}

/**
 * One page of the list and how many match the filters, without counting every live solicitud. A text of frequent
 * words (see FRECUENTE) checks the search rows along the order's index as the page fills, and the page comes without
 * its count (`porContar`, unless it is the last one) for the list to ask `contarFiltradas` once it shows.
 */
export async function filasSolicitudes(
  db: BaseDatosPoa,
  consulta: ConsultaSolicitudes,
  enMemoria = EN_MEMORIA,
  frecuente = FRECUENTE,
): Promise<PaginaSinConteo<FilaSolicitud>> {
  const { filtros, orden, tamano, hoy } = consulta;
  const desde = Math.max(0, consulta.pagina) * tamano;
  // Ordered by citizen, the whole order is read anyway: the matches are taken whole.
  const { ids: filtradas, texto } = await idsFiltrados(db, filtros, hoy, orden.campo === 'ciudadano' ? null : frecuente);
  if (texto && orden.campo !== 'ciudadano') {
    const aceptar = filtradas === null ? null : (id: string) => filtradas.has(id);
    const ids = await recorrer(segmentos(db, orden.campo, orden.direccion), desde, tamano, aceptar, LOTE_CON_FILAS, (lote) => nombradasPor(db, texto, lote));
    const filas = await filasDe(db, ids);
    // A page that is not full is the last: the count is known.
    if (ids.length < tamano && (ids.length > 0 || desde === 0)) return { filas, total: desde + ids.length };
    return { filas, total: null, porContar: true };
  }
  const total = filtradas?.size ?? null;
  if (filtradas !== null && desde >= filtradas.size) return { filas: [], total };
  if (filtradas !== null && filtradas.size <= enMemoria) {
    const todasFilas = await filasDe(db, [...filtradas]);
    const signo = orden.direccion === 'asc' ? 1 : -1;
    return { filas: todasFilas.sort((a, b) => signo * comparadores[orden.campo](a, b)).slice(desde, desde + tamano), total };
  }
  let ids: string[];
  if (orden.campo === 'ciudadano') {
    const borradas = await db.solicitudes.where('eliminado').equals(1).primaryKeys();
    const ordenados = await idsPorNombreDePersona(db, db.solicitudes, borradas, orden.direccion);
    ids = (filtradas === null ? ordenados : ordenados.filter((id) => filtradas.has(id))).slice(desde, desde + tamano);
  } else {
    ids = await recorrer(segmentos(db, orden.campo, orden.direccion), desde, tamano, filtradas === null ? null : (id) => filtradas.has(id));
  }
  return { filas: await filasDe(db, ids), total };
}

/** The colonias the citizens were registered with, one per accent-insensitive spelling, from the index key-only. */
export async function coloniasDePersonas(db: BaseDatosPoa): Promise<string[]> {
  const unicas = new Map<string, string>();
  for (const c of await clavesDistintas(db, 'personas', 'colonia')) {
    const colonia = String(c);
    if (colonia.trim()) unicas.set(normalizarTexto(colonia), colonia);
  }
  return [...unicas.values()].sort((a, b) => a.localeCompare(b, 'es-MX'));
}
