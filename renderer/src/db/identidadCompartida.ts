import type { Table, Transaction } from 'dexie';
import {
  CAMPOS_CATALOGO,
  duplicadosCatalogo,
  equivalenciasCatalogo,
  nombrarEntradas,
  repuntarCatalogos,
} from '../../../shared/domain/unificarCatalogos';
import {
  CAMPOS_PERSONA,
  clavePersona,
  destinosDeUnion,
  duplicadosPersona,
  repuntarPersonas,
} from '../../../shared/domain/unificarPersonas';
import { nombreCompleto, type Persona } from '../../../shared/schemas/personas';
import type { ArchivoRespaldo } from '../../../shared/schemas/respaldo';
import type { BaseDatosPoa } from './db';
import { registrarBitacora, type Autor } from './repositorios/base';

/**
 * What every PC creates alike is one record: a catalogue entry of the same tipo and name is the same entry at every
 * PC, and a citizen with a CURP is the same persona at every PC. This module matches the catalogue entries and personas
 * of another PC's file with this PC's (for «Incorporar») and merges the catalogue duplicates a database already holds
 * (for the upgrade), pointing the records at the one kept.
 */

type Fila = Record<string, unknown>;
type Tablas = ArchivoRespaldo['tablas'];

/** What matching one kind of record by natural key did to a file. */
export interface Union {
  /** The file's records that are already here under another id, and so are not added. */
  unidas: Fila[];
  /** The file's records that now point at this PC's. */
  repuntados: number;
}

export interface Alineacion {
  tablas: Tablas;
  catalogos: Union;
  personas: Union;
  /** The file's records that pointed at a persona merged into another (here or there) and now point at the one kept. */
  seguidos: number;
}

type Repuntar = (tabla: string, filas: readonly Fila[], mapa: ReadonlyMap<string, string>) => { filas: Fila[]; cambiadas: number };

/** The file's `tabla` without the records `mapa` makes this PC's, and the records pointing at them re-pointed. */
function aplicar(tablas: Tablas, tabla: 'catalogos' | 'personas', mapa: ReadonlyMap<string, string>, campos: Readonly<Record<string, readonly string[]>>, repuntar: Repuntar) {
  if (mapa.size === 0) return { tablas, union: { unidas: [], repuntados: 0 } };
  const resultado: Tablas = { ...tablas, [tabla]: tablas[tabla].filter((c) => !mapa.has(String(c.id))) };
  let repuntados = 0;
  for (const t of Object.keys(campos) as (keyof Tablas)[]) {
    const r = repuntar(t, resultado[t], mapa);
    resultado[t] = r.filas;
    repuntados += r.cambiadas;
  }
  return { tablas: resultado, union: { unidas: tablas[tabla].filter((c) => mapa.has(String(c.id))), repuntados } };
}

/**
 * The file's tables with its catalogue entries matched to this PC's by natural key: an entry already here under
 * another id (same tipo and name) is left out, and the file's records that pointed at it point at this PC's; the
 * file's records that point at a persona merged into another point at the one kept. Personas with the same CURP are
 * joined after the file is written (`unirPersonasDelArchivo`), so both PCs keep the same one. To be called inside the
 * merge's transaction, which must include the catalogue and persona tables. Idempotent: the same file gives the same
 * tables.
 */
export async function alinearEntrantes(db: BaseDatosPoa, tablas: Tablas): Promise<Alineacion> {
  const catalogosLocales = (await db.catalogos.toArray()) as unknown as Fila[];
  const c = aplicar(tablas, 'catalogos', equivalenciasCatalogo(catalogosLocales, tablas.catalogos), CAMPOS_CATALOGO, repuntarCatalogos);
  const s = await seguirUniones(db, c.tablas);
  return { tablas: s.tablas, catalogos: c.union, personas: { unidas: [], repuntados: 0 }, seguidos: s.seguidos };
}

/**
 * The stored records that point at a persona `mapa` merges into another point at the one kept, keeping their
 * updatedAt; how many changed.
 */
async function repuntarGuardados(tabla: (nombre: string) => Table, mapa: ReadonlyMap<string, string>): Promise<number> {
  let repuntados = 0;
  for (const nombre of Object.keys(CAMPOS_PERSONA)) {
    const filas = (await tabla(nombre).where('personaId').anyOf([...mapa.keys()]).toArray()) as Fila[];
    const r = repuntarPersonas(nombre, filas, mapa);
    await tabla(nombre).bulkPut(r.filas.filter((f, i) => f !== filas[i]));
    repuntados += r.cambiadas;
  }
  return repuntados;
}

/**
 * After a merge has written the file's records: the live personas that now share a CURP with one of the file's
 * become one, the same at every PC (the one registered first, `antesPorAlta`). The others are kept merged into it
 * (`eliminado`, `unidaCon`) in a version one millisecond after their own, so the PC that merges first and the PC
 * that merges later write the same record, and every record that pointed at them points at the one kept, keeping
 * its updatedAt (the other PC re-points its own copies when the merged persona reaches it). Inside the merge's
 * transaction.
 */
export async function unirPersonasDelArchivo(db: BaseDatosPoa, personasDelArchivo: readonly Fila[]): Promise<Union> {
  const curps = [...new Set(personasDelArchivo.filter((p) => p.eliminado === 0).map(clavePersona).filter((k): k is string => k !== null))];
  if (curps.length === 0) return { unidas: [], repuntados: 0 };
  const vivas = ((await db.personas.where('curp').anyOf(curps).toArray()) as unknown as Fila[]).filter((p) => p.eliminado === 0);
  const mapa = duplicadosPersona(vivas);
  if (mapa.size === 0) return { unidas: [], repuntados: 0 };
  const unidas = vivas.filter((p) => mapa.has(String(p.id)));
  await db.personas.bulkPut(
    unidas.map((p) => ({ ...p, eliminado: 1, unidaCon: mapa.get(String(p.id)), updatedAt: new Date(Date.parse(String(p.updatedAt)) + 1).toISOString() })) as never[],
  );
  return { unidas, repuntados: await repuntarGuardados((t) => db.table(t), mapa) };
}

/** Each persona's `unidaCon`, for the merged ones among `filas`. */
function unidasDe(filas: readonly Fila[]): Map<string, string> {
  return new Map(filas.filter((p) => typeof p.unidaCon === 'string').map((p) => [String(p.id), String(p.unidaCon)]));
}

/**
 * The file's records that point at a persona merged into another («Unir personas», here or at the other PC) point at
 * the one kept, following the chain through this PC's personas and the file's.
 */
async function seguirUniones(db: BaseDatosPoa, tablas: Tablas): Promise<{ tablas: Tablas; seguidos: number }> {
  const unidas = unidasDe(tablas.personas);
  let pendientes = new Set<string>();
  for (const t of Object.keys(CAMPOS_PERSONA) as (keyof Tablas)[]) {
    for (const f of tablas[t]) if (typeof f.personaId === 'string' && !unidas.has(f.personaId)) pendientes.add(f.personaId);
  }
  for (const id of unidas.values()) if (!unidas.has(id)) pendientes.add(id);
  // Each round reads the personas a chain reaches here; a chain is as long as the merges made one after another.
  for (let ronda = 0; pendientes.size > 0 && ronda < 20; ronda++) {
    const locales = (await db.personas.bulkGet([...pendientes])).filter((x): x is NonNullable<typeof x> => x !== undefined);
    pendientes = new Set();
    for (const [id, destino] of unidasDe(locales as unknown as Fila[])) {
      if (unidas.has(id)) continue;
      unidas.set(id, destino);
      if (!unidas.has(destino)) pendientes.add(destino);
    }
  }
  const destinos = destinosDeUnion(unidas);
  if (destinos.size === 0) return { tablas, seguidos: 0 };
  const resultado: Tablas = { ...tablas };
  let seguidos = 0;
  for (const t of Object.keys(CAMPOS_PERSONA) as (keyof Tablas)[]) {
    const r = repuntarPersonas(t, resultado[t], destinos);
    resultado[t] = r.filas;
    seguidos += r.cambiadas;
  }
  return { tablas: resultado, seguidos };
}

/**
 * After a merge has written the file's records: this PC's records that point at a persona the other PC merged into
 * another (and whose merge is now here) point at the one kept. They keep their updatedAt, as any record re-pointed by
 * identity: the other PC re-pointed its own copies when it merged. Inside the merge's transaction.
 */
export async function seguirUnionesLocales(db: BaseDatosPoa, personasDelArchivo: readonly Fila[]): Promise<number> {
  const ids = [...unidasDe(personasDelArchivo).keys()];
  if (ids.length === 0) return 0;
  const unidas = new Map<string, string>();
  for (const p of (await db.personas.where('unidaCon').notEqual('').toArray()) as unknown as Fila[]) unidas.set(String(p.id), String(p.unidaCon));
  const destinos = destinosDeUnion(unidas);
  let seguidos = 0;
  for (const tabla of Object.keys(CAMPOS_PERSONA)) {
    const filas = (await db.table(tabla).where('personaId').anyOf(ids).toArray()) as Fila[];
    const r = repuntarPersonas(tabla, filas, destinos);
    await db.table(tabla).bulkPut(r.filas.filter((f, i) => f !== filas[i]));
    seguidos += r.cambiadas;
  }
  return seguidos;
}

const registros = (n: number) => `${n} ${n === 1 ? 'registro apunta' : 'registros apuntan'}`;

/** The bitácora's words for what a merge matched, one per kind that matched anything. */
export function resumenesAlineacion(a: Alineacion, estacion: string): { entidad: 'catalogo' | 'persona'; resumen: string }[] {
  const resumenes: { entidad: 'catalogo' | 'persona'; resumen: string }[] = [];
  const { catalogos: c, personas: p } = a;
  if (c.unidas.length > 0) {
    resumenes.push({
      entidad: 'catalogo',
      resumen:
        `Catálogos de la estación ${estacion}: ${c.unidas.length} ${c.unidas.length === 1 ? 'elemento ya estaba' : 'elementos ya estaban'} ` +
        `en esta PC con el mismo nombre (${nombrarEntradas(c.unidas)}) y se tomaron como uno solo; ${registros(c.repuntados)} al de esta PC`,
    });
  }
  if (p.unidas.length > 0) {
    const nombres = p.unidas.slice(0, 5).map((x) => nombreCompleto(x as unknown as Persona));
    resumenes.push({
      entidad: 'persona',
      resumen:
        `Personas de la estación ${estacion} con la CURP de otra: ${p.unidas.length} ${p.unidas.length === 1 ? 'registro se unió' : 'registros se unieron'} ` +
        `con la persona registrada primero (${nombres.join(', ')}${p.unidas.length > 5 ? ` y ${p.unidas.length - 5} más` : ''}); ` +
        `${registros(p.repuntados)} a la que se conservó`,
    });
  }
  if (a.seguidos > 0) {
    resumenes.push({
      entidad: 'persona',
      resumen: `Capturas de la estación ${estacion}: ${registros(a.seguidos)} a una persona que se unió con otra, y ahora a la que se conservó`,
    });
  }
  return resumenes;
}

/**
 * Merges the catalogue entries this database holds twice (same tipo and name, from PCs that exchanged captures
 * before the seed's ids came from the name): the one kept is the same at every PC (`antesQue`), the others are
 * removed and every record that pointed at them points at it, keeping its updatedAt so two PCs that both upgrade
 * still hold equal records. Logged by `autor` (the system, in the upgrade). Runs inside the upgrade's or the
 * restore's transaction.
 */
export async function unirCatalogosDuplicados(tx: Transaction, autor: Autor, motivo = 'al actualizar la aplicación'): Promise<void> {
  const catalogos = (await tx.table('catalogos').toArray()) as Fila[];
  const mapa = duplicadosCatalogo(catalogos);
  if (mapa.size === 0) return;
  let repuntados = 0;
  for (const tabla of Object.keys(CAMPOS_CATALOGO)) {
    const filas = (await tx.table(tabla).toArray()) as Fila[];
    const r = repuntarCatalogos(tabla, filas, mapa);
    const cambiadas = r.filas.filter((f, i) => f !== filas[i]);
    await tx.table(tabla).bulkPut(cambiadas);
    repuntados += r.cambiadas;
  }
  await tx.table('catalogos').bulkDelete([...mapa.keys()]);
  const quitadas = catalogos.filter((c) => mapa.has(String(c.id)));
  await registrarBitacora(tx.db as BaseDatosPoa, autor, {
    accion: 'editar',
    entidad: 'catalogo',
    entidadId: null,
    resumen:
      `Catálogos repetidos unidos ${motivo}: ${quitadas.length} ${quitadas.length === 1 ? 'elemento repetido' : 'elementos repetidos'} ` +
      `(${nombrarEntradas(quitadas)}) se quitaron y ${registros(repuntados)} al que se conservó`,
  });
}

/**
 * Merges the personas this database holds twice with the same CURP (PCs that exchanged captures before personas were
 * matched by CURP): the one registered first stays, the others are soft-deleted with `unidaCon` naming it (so copies
 * at other PCs follow it when they meet), and every record that pointed at them points at it. The records re-pointed
 * keep their updatedAt, as with the catalogue entries, so two PCs that both upgrade still hold equal records; the
 * personas removed take a new one, so their removal reaches the PCs that still hold them live. Logged by `autor`
 * (the system, in the upgrade). Runs inside the upgrade's transaction.
 */
export async function unirPersonasDuplicadas(tx: Transaction, autor: Autor): Promise<void> {
  const personas = (await tx.table('personas').where('curp').notEqual('').toArray()) as Fila[];
  const mapa = duplicadosPersona(personas);
  if (mapa.size === 0) return;
  const repuntados = await repuntarGuardados((t) => tx.table(t), mapa);
  const ahora = new Date().toISOString();
  const quitadas = personas.filter((p) => mapa.has(String(p.id)));
  await tx.table('personas').bulkPut(quitadas.map((p) => ({ ...p, eliminado: 1, unidaCon: mapa.get(String(p.id)), updatedAt: ahora })));
  const nombres = quitadas.slice(0, 5).map((x) => nombreCompleto(x as unknown as Persona));
  await registrarBitacora(tx.db as BaseDatosPoa, autor, {
    accion: 'editar',
    entidad: 'persona',
    entidadId: null,
    resumen:
      `Personas repetidas unidas al actualizar la aplicación: ${quitadas.length} ${quitadas.length === 1 ? 'registro tenía' : 'registros tenían'} ` +
      `la CURP de otra persona (${nombres.join(', ')}${quitadas.length > 5 ? ` y ${quitadas.length - 5} más` : ''}) y se unieron con la registrada ` +
      `primero; ${registros(repuntados)} a la que se conservó`,
  });
}
