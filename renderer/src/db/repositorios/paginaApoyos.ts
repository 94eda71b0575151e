import { normalizarTexto, palabrasDeTexto } from '../../../../shared/domain/texto';
import { ESTATUS_APOYO, type Apoyo, type EstatusApoyo } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { clavesDistintas, idsConValores } from './lecturaDirecta';
import { filasDeApoyos, type FilaApoyo } from './apoyos';
import { conConteo, cruzar, idsPorNombreDePersona, mezclar, recorrer, type Consulta, type Flujo, type Pagina, type PaginaSinConteo, type Segmento } from './paginas';
import { nombresDeCatalogos } from './solicitudes';

/**
 * The apoyos list one page at a time, asked of the database through its indexes (schema version 13), as the
 * Atención Ciudadana list is (paginaSolicitudes.ts): each filter gives the ids that match it from an index, key-only;
 * the page is walked along the indexes of the chosen order and only its rows (and their beneficiaries) are read.
 *
 * The date that places an apoyo is its fecha de entrega once delivered, else its fecha de gestión; the workflow keeps
 * a fecha de entrega only on a delivered apoyo (capturaApoyoSchema), so the delivered are the range of
 * `[eliminado+fechaEntrega]` and the others one range of `[eliminado+estatus+fechaGestion]` per status.
 */

/** 'fecha' is the list's own order (the newest first) when no column is sorted. */
export const CAMPOS_ORDEN_APOYOS = ['fecha', 'beneficiario', 'estatus', 'fechaEntrega', 'fechaGestion', 'valorEstimado'] as const;
export type CampoOrdenApoyos = (typeof CAMPOS_ORDEN_APOYOS)[number];

/** The filters of the list's bar ('' is "all"): the search, a status, a tipo de apoyo, a year. */
export interface FiltrosApoyos {
  texto: string;
  estatus: string;
  tipoApoyoId: string;
  anio: string;
}

export const FILTROS_APOYOS_VACIOS: FiltrosApoyos = { texto: '', estatus: '', tipoApoyoId: '', anio: '' };

export type ConsultaApoyos = Consulta<FiltrosApoyos, CampoOrdenApoyos>;
export type PaginaApoyos = Pagina<FilaApoyo>;

export const ORDEN_INICIAL_APOYOS: ConsultaApoyos['orden'] = { campo: 'fecha', direccion: 'desc' };

/** Below this many matches, they are read and ordered in memory; above, the order's indexes are walked key-only. */
const EN_MEMORIA = 3000;

const SIN_ENTREGA = ESTATUS_APOYO.filter((e): e is Exclude<EstatusApoyo, 'entregado'> => e !== 'entregado');
const ULTIMO = '\uffff';

/** The live apoyos delivered (by fecha de entrega), and those of a status not delivered (by fecha de gestión). */
const entregados = (db: BaseDatosPoa, desde = '', hasta = ULTIMO) => db.apoyos.where('[eliminado+fechaEntrega]').between([0, desde], [0, hasta], true, true);
const sinEntrega = (db: BaseDatosPoa, estatus: EstatusApoyo, desde = '', hasta = ULTIMO) =>
  db.apoyos.where('[eliminado+estatus+fechaGestion]').between([0, estatus, desde], [0, estatus, hasta], true, true);
const porGestion = (db: BaseDatosPoa, eliminado: 0 | 1) => db.apoyos.where('[eliminado+fechaGestion]').between([eliminado, ''], [eliminado, ULTIMO]);

/** The range of one status in the order of the date that places it. */
const deEstatus = (db: BaseDatosPoa, e: EstatusApoyo) => (e === 'entregado' ? entregados(db) : sinEntrega(db, e));

/** The ids of what the text names, word by word: every word begins a word of the beneficiary, CURP, colonia, tipo, dependencia or folio. */
async function idsDelTexto(db: BaseDatosPoa, texto: string): Promise<Iterable<string>> {
  const palabras = palabrasDeTexto(texto).sort((a, b) => b.length - a.length);
  const [catalogos, lugares] = await Promise.all([
    nombresDeCatalogos(db),
    clavesDistintas(db, 'personas', '[colonia+localidad]') as unknown as Promise<[string, string][]>,
  ]);
  const empieza = (t: string, w: string) => palabrasDeTexto(t).some((p) => p.startsWith(w));
  const consultas = palabras.map((w) => async () => {
    const personas = new Set(await db.personas.where('palabras').startsWith(w).primaryKeys());
    for (const id of await db.personas.where('curp').startsWith(w).primaryKeys()) personas.add(id);
    const donde = lugares.filter(([colonia, localidad]) => empieza(colonia || localidad, w));
    if (donde.length > 0) for (const id of await db.personas.where('[colonia+localidad]').anyOf(donde).primaryKeys()) personas.add(id);
    const entradas = [...catalogos].filter(([, nombre]) => empieza(nombre, w)).map(([id]) => id);
    const solicitudes = await db.solicitudes.where('folio').startsWith(w).primaryKeys();
    const partes = await Promise.all([
      idsConValores(db, 'apoyos', 'personaId', [...personas]),
      entradas.length > 0 ? db.apoyos.where('tipoApoyoId').anyOf(entradas).primaryKeys() : [],
      entradas.length > 0 ? db.apoyos.where('dependenciaId').anyOf(entradas).primaryKeys() : [],
      solicitudes.length > 0 ? db.apoyos.where('solicitudId').anyOf(solicitudes).primaryKeys() : [],
    ]);
    return new Set(partes.flat());
  });
  return (await cruzar(consultas)) ?? [];
}

/** Ids matching every filter, or null when none is set (every live apoyo). */
async function idsFiltrados(db: BaseDatosPoa, f: FiltrosApoyos): Promise<Set<string> | null> {
  const consultas: (() => Promise<Iterable<string>>)[] = [];
  if (f.estatus) consultas.push(() => db.apoyos.where('estatus').equals(f.estatus).primaryKeys());
  if (f.tipoApoyoId) consultas.push(() => db.apoyos.where('tipoApoyoId').equals(f.tipoApoyoId).primaryKeys());
  if (f.anio) {
    // The year of the date that places it: delivered in it, or not delivered and gestionado in it.
    const [desde, hasta] = [f.anio, `${f.anio}${ULTIMO}`];
    consultas.push(async () =>
      (await Promise.all([entregados(db, desde, hasta).primaryKeys(), ...SIN_ENTREGA.map((e) => sinEntrega(db, e, desde, hasta).primaryKeys())])).flat(),
    );
  }
  if (normalizarTexto(f.texto)) consultas.push(() => idsDelTexto(db, f.texto));
  const ids = await cruzar(consultas);
  if (ids === null || ids.size === 0) return ids;
  for (const borrado of await porGestion(db, 1).primaryKeys()) ids.delete(borrado);
  return ids;
}

const porId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const fechaDe = (a: Pick<FilaApoyo, 'fechaEntrega' | 'fechaGestion'>) => a.fechaEntrega ?? a.fechaGestion;
const rangoEstatus = (a: FilaApoyo) => ESTATUS_APOYO.indexOf(a.estatus);

/** Each order as the rows compare in it (for the matches ordered in memory, and what the indexes must agree with). */
export const COMPARADORES_APOYOS: Record<CampoOrdenApoyos, (a: FilaApoyo, b: FilaApoyo, signo: 1 | -1) => number> = {
  fecha: (a, b, s) => s * (fechaDe(a).localeCompare(fechaDe(b)) || porId(a.id, b.id)),
  // As the name index orders it (code points, as IndexedDB compares keys).
  beneficiario: (a, b, s) => s * porId(a.nombreNormalizado, b.nombreNormalizado),
  estatus: (a, b, s) => s * (rangoEstatus(a) - rangoEstatus(b)) || COMPARADORES_APOYOS.fecha(a, b, s),
  // The delivered by their date; those not delivered after them, by status and gestión.
  fechaEntrega: (a, b, s) =>
    (a.fechaEntrega === null ? 1 + rangoEstatus(a) : 0) - (b.fechaEntrega === null ? 1 + rangoEstatus(b) : 0) || COMPARADORES_APOYOS.fecha(a, b, s),
  fechaGestion: (a, b, s) => s * (a.fechaGestion.localeCompare(b.fechaGestion) || porId(a.id, b.id)),
  valorEstimado: (a, b, s) => s * (a.valorEstimado - b.valorEstimado || porId(a.id, b.id)),
};

/** Ids of one page in the order asked, walked along its indexes (`aceptar` null: every live apoyo). */
async function idsDePagina(db: BaseDatosPoa, orden: ConsultaApoyos['orden'], desde: number, cuantas: number, filtradas: Set<string> | null): Promise<string[]> {
  const aceptar = filtradas === null ? null : (id: string) => filtradas.has(id);
  const { campo, direccion } = orden;
  const enDireccion = (s: Segmento): Segmento => (direccion === 'desc' ? () => s().reverse() : s);
  if (campo === 'beneficiario') {
    const ordenados = await idsPorNombreDePersona(db, db.apoyos, await porGestion(db, 1).primaryKeys(), direccion);
    return (aceptar === null ? ordenados : ordenados.filter(aceptar)).slice(desde, desde + cuantas);
  }
  if (campo === 'fecha') {
    const ultimo = (clave: unknown) => (clave as string[])[(clave as string[]).length - 1];
    const flujos: Flujo[] = [entregados, ...SIN_ENTREGA.map((e) => (d: BaseDatosPoa) => sinEntrega(d, e))].map((r) => ({
      rango: enDireccion(() => r(db)),
      valor: ultimo,
    }));
    return mezclar(flujos, direccion, desde, cuantas, aceptar);
  }
  let partes: Segmento[];
  if (campo === 'fechaGestion') partes = [() => porGestion(db, 0)];
  else if (campo === 'valorEstimado') partes = [() => db.apoyos.where('[eliminado+valorEstimado]').between([0, -Infinity], [0, Infinity], true, true)];
  else if (campo === 'fechaEntrega') partes = [() => entregados(db), ...SIN_ENTREGA.map((e) => () => sinEntrega(db, e))];
  else partes = (direccion === 'asc' ? ESTATUS_APOYO : [...ESTATUS_APOYO].reverse()).map((e) => () => deEstatus(db, e));
  return recorrer(partes.map(enDireccion), desde, cuantas, aceptar);
}

/** How many live apoyos there are (the list's count, asked on its own), as `contarSolicitudes` counts. */
export async function contarApoyos(db: BaseDatosPoa): Promise<number> {
  const [guardados, eliminados] = await Promise.all([db.apoyos.count(), porGestion(db, 1).count()]);
  return guardados - eliminados;
}

/** One page of the list with how many match and how many there are (`enMemoria`: see EN_MEMORIA). */
export function paginaApoyos(db: BaseDatosPoa, consulta: ConsultaApoyos, enMemoria = EN_MEMORIA): Promise<PaginaApoyos> {
  return conConteo(filasApoyos(db, consulta, enMemoria), contarApoyos(db));
}

/** One page of the list and how many match the filters, without counting every live apoyo. */
export async function filasApoyos(db: BaseDatosPoa, consulta: ConsultaApoyos, enMemoria = EN_MEMORIA): Promise<PaginaSinConteo<FilaApoyo>> {
  const { filtros, orden, tamano } = consulta;
  const desde = Math.max(0, consulta.pagina) * tamano;
  const filtradas = await idsFiltrados(db, filtros);
  const total = filtradas?.size ?? null;
  if (filtradas !== null && desde >= filtradas.size) return { filas: [], total };
  const signo = orden.direccion === 'asc' ? 1 : -1;
  if (filtradas !== null && filtradas.size <= enMemoria) {
    const filas = await filasDeApoyos(db, await leer(db, [...filtradas]));
    return { filas: filas.sort((a, b) => COMPARADORES_APOYOS[orden.campo](a, b, signo)).slice(desde, desde + tamano), total };
  }
  const ids = await idsDePagina(db, orden, desde, tamano, filtradas);
  return { filas: await filasDeApoyos(db, await leer(db, ids)), total };
}

async function leer(db: BaseDatosPoa, ids: string[]): Promise<Apoyo[]> {
  return (await db.apoyos.bulkGet(ids)).filter((a): a is Apoyo => a !== undefined);
}

/**
 * The estimated value of the apoyos matching the filters, shown under the count: summed from the value index
 * key-only (`[eliminado+valorEstimado]`, one key per live apoyo, no record read); with a filter that leaves few, from
 * those records.
 */
export async function valorEstimadoApoyos(db: BaseDatosPoa, filtros: FiltrosApoyos, enMemoria = EN_MEMORIA): Promise<number> {
  const filtradas = await idsFiltrados(db, filtros);
  if (filtradas !== null && filtradas.size <= enMemoria) return (await leer(db, [...filtradas])).reduce((s, a) => s + a.valorEstimado, 0);
  let suma = 0;
  await db.apoyos
    .where('[eliminado+valorEstimado]')
    .between([0, -Infinity], [0, Infinity], true, true)
    .eachKey((clave, cursor) => {
      if (filtradas === null || filtradas.has(cursor.primaryKey as string)) suma += (clave as [number, number])[1];
    });
  return suma;
}

/** The years of the date that places each live apoyo, newest first (the «Año» filter), from the indexes' distinct keys. */
export async function aniosDeApoyos(db: BaseDatosPoa): Promise<string[]> {
  const claves = (await Promise.all([entregados(db).uniqueKeys(), ...SIN_ENTREGA.map((e) => sinEntrega(db, e).uniqueKeys())])).flat();
  return [...new Set(claves.map((k) => String((k as unknown[])[(k as unknown[]).length - 1]).slice(0, 4)))].sort().reverse();
}
