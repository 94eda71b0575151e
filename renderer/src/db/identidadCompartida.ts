import type { Transaction } from 'dexie';
import {
  CAMPOS_CATALOGO,
  duplicadosCatalogo,
  equivalenciasCatalogo,
  nombrarEntradas,
  repuntarCatalogos,
} from '../../../shared/domain/unificarCatalogos';
import type { ArchivoRespaldo } from '../../../shared/schemas/respaldo';
import type { BaseDatosPoa } from './db';
import { registrarBitacora, type Autor } from './repositorios/base';

/**
 * What every PC creates alike is one record: a catalogue entry of the same tipo and name is the same entry at every
 * PC. This module matches the catalogue entries of another PC's file with this PC's (for «Incorporar») and merges the
 * duplicates a database already holds (for the upgrade), pointing the records at the entry kept.
 */

type Fila = Record<string, unknown>;
type Tablas = ArchivoRespaldo['tablas'];

export interface Alineacion {
  tablas: Tablas;
  /** The file's entries that are already here under another id, and so are not added. */
  unidas: Fila[];
  /** The file's records that now point at this PC's entries. */
  repuntados: number;
}

/**
 * The file's tables with its catalogue entries matched to this PC's by tipo and name: an entry already here under
 * another id is left out, and the file's records that pointed at it point at this PC's. To be called inside the
 * merge's transaction, which must include the catalogue table. Idempotent: the same file gives the same tables.
 */
export async function alinearCatalogosEntrantes(db: BaseDatosPoa, tablas: Tablas): Promise<Alineacion> {
  const locales = (await db.catalogos.toArray()) as unknown as Fila[];
  const mapa = equivalenciasCatalogo(locales, tablas.catalogos);
  if (mapa.size === 0) return { tablas, unidas: [], repuntados: 0 };
  const resultado: Tablas = { ...tablas, catalogos: tablas.catalogos.filter((c) => !mapa.has(String(c.id))) };
  let repuntados = 0;
  for (const tabla of Object.keys(CAMPOS_CATALOGO) as (keyof Tablas)[]) {
    const r = repuntarCatalogos(tabla, tablas[tabla], mapa);
    resultado[tabla] = r.filas;
    repuntados += r.cambiadas;
  }
  return { tablas: resultado, unidas: tablas.catalogos.filter((c) => mapa.has(String(c.id))), repuntados };
}

/** The bitácora's words for a merge's matched entries, or null when none matched. */
export function resumenAlineacion(a: Alineacion, estacion: string): string | null {
  if (a.unidas.length === 0) return null;
  return (
    `Catálogos de la estación ${estacion}: ${a.unidas.length} ${a.unidas.length === 1 ? 'elemento ya estaba' : 'elementos ya estaban'} ` +
    `en esta PC con el mismo nombre (${nombrarEntradas(a.unidas)}) y se tomaron como uno solo; ` +
    `${a.repuntados} ${a.repuntados === 1 ? 'registro apunta' : 'registros apuntan'} al de esta PC`
  );
}

/**
 * Merges the catalogue entries this database holds twice (same tipo and name, from PCs that exchanged captures
 * before the seed's ids came from the name): the one kept is the same at every PC (`antesQue`), the others are
 * removed and every record that pointed at them points at it, keeping its updatedAt so two PCs that both upgrade
 * still hold equal records. Logged as made by the system. Runs inside the upgrade's transaction.
 */
export async function unirCatalogosDuplicados(tx: Transaction, autor: Autor): Promise<void> {
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
      `Catálogos repetidos unidos al actualizar la aplicación: ${quitadas.length} ${quitadas.length === 1 ? 'elemento repetido' : 'elementos repetidos'} ` +
      `(${nombrarEntradas(quitadas)}) se quitaron y ${repuntados} ${repuntados === 1 ? 'registro apunta' : 'registros apuntan'} al que se conservó`,
  });
}
