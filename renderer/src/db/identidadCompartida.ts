import type { Transaction } from 'dexie';
import {
  CAMPOS_CATALOGO,
  duplicadosCatalogo,
  equivalenciasCatalogo,
  nombrarEntradas,
  repuntarCatalogos,
} from '../../../shared/domain/unificarCatalogos';
import { CAMPOS_PERSONA, clavePersona, equivalenciasPersona, repuntarPersonas } from '../../../shared/domain/unificarPersonas';
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
 * The file's tables with its records matched to this PC's by natural key: a catalogue entry already here under
 * another id (same tipo and name) and a persona already here under another id (same CURP) are left out, and the
 * file's records that pointed at them point at this PC's. To be called inside the merge's transaction, which must
 * include the catalogue and persona tables. Idempotent: the same file gives the same tables.
 */
export async function alinearEntrantes(db: BaseDatosPoa, tablas: Tablas): Promise<Alineacion> {
  const catalogosLocales = (await db.catalogos.toArray()) as unknown as Fila[];
  const c = aplicar(tablas, 'catalogos', equivalenciasCatalogo(catalogosLocales, tablas.catalogos), CAMPOS_CATALOGO, repuntarCatalogos);
  const curps = [...new Set(c.tablas.personas.map(clavePersona).filter((k): k is string => k !== null))];
  const personasLocales = (await db.personas.where('curp').anyOf(curps).toArray()) as unknown as Fila[];
  const p = aplicar(c.tablas, 'personas', equivalenciasPersona(personasLocales, c.tablas.personas), CAMPOS_PERSONA, repuntarPersonas);
  return { tablas: p.tablas, catalogos: c.union, personas: p.union };
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
        `Personas de la estación ${estacion}: ${p.unidas.length} ${p.unidas.length === 1 ? 'ya estaba registrada' : 'ya estaban registradas'} ` +
        `en esta PC con la misma CURP (${nombres.join(', ')}${p.unidas.length > 5 ? ` y ${p.unidas.length - 5} más` : ''}) y se ` +
        `${p.unidas.length === 1 ? 'tomó como una sola' : 'tomaron como una sola cada una'}; ${registros(p.repuntados)} a la de esta PC`,
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
