import type { Transaction } from 'dexie';
import { nombreNormalizadoPersona, palabrasPersona, type NombrePersona } from '../../../shared/domain/personas';
import { filaConTextosLimpios } from '../../../shared/domain/limpiarTextos';
import { ESQUEMAS_CONFIGURACION, ESQUEMAS_TABLAS, TABLAS_DEL_INTERCAMBIO, type NombreTabla } from '../../../shared/schemas/respaldo';
import type { BaseDatosPoa } from './db';
import { registrarBitacora, type Autor } from './repositorios/base';

type Fila = Record<string, unknown>;

/**
 * The tables whose text is repaired: every table but the bitácora (its entries are sealed: changing one would break
 * its chain, and its text is never edited) and the folio counters (no text).
 */
const TABLAS: readonly NombreTabla[] = (Object.keys(ESQUEMAS_TABLAS) as NombreTabla[]).filter(
  (t) => t !== 'bitacora' && t !== 'folios' && !TABLAS_DEL_INTERCAMBIO.includes(t),
);

/** A configuración record is checked by the schema of its own kind, as a backup's is. */
function reparar(tabla: NombreTabla, fila: Fila): Fila | null {
  if (tabla !== 'configuracion') return filaConTextosLimpios(ESQUEMAS_TABLAS[tabla], fila);
  const esquema = Object.hasOwn(ESQUEMAS_CONFIGURACION, String(fila.clave)) ? ESQUEMAS_CONFIGURACION[String(fila.clave)] : null;
  if (!esquema || fila.valor === null || typeof fila.valor !== 'object') return null;
  const valor = filaConTextosLimpios(esquema, fila.valor as Fila);
  return valor ? { ...fila, valor } : null;
}

/**
 * Repairs, in every table, the single-line text fields that hold tabs, line breaks or other control characters (tabs
 * and line breaks become one space, the rest are removed, the ends trimmed), and the control characters of fields of
 * several lines, which keep their line breaks. A persona's search keys follow her repaired name. The rows keep their
 * updatedAt: every PC repairs its copy alike. One bitácora entry says how many rows of which tables. Inside the
 * upgrade's transaction.
 */
export async function limpiarTextosGuardados(tx: Transaction, autor: Autor): Promise<void> {
  const reparadas: string[] = [];
  // Only the tables of the version this upgrade belongs to: later ones were born with their text checked.
  for (const tabla of TABLAS.filter((t) => tx.idbtrans.db.objectStoreNames.contains(t))) {
    const cambiadas: Fila[] = [];
    await tx.table(tabla).each((fila: Fila) => {
      const limpia = reparar(tabla, fila);
      if (!limpia) return;
      cambiadas.push(tabla === 'personas' ? conClavesDeBusqueda(limpia) : limpia);
    });
    if (cambiadas.length === 0) continue;
    await tx.table(tabla).bulkPut(cambiadas);
    reparadas.push(`${tabla}: ${cambiadas.length}`);
  }
  if (reparadas.length === 0) return;
  await registrarBitacora(tx.db as BaseDatosPoa, autor, {
    accion: 'editar',
    entidad: 'respaldo',
    entidadId: null,
    resumen:
      'Textos reparados al actualizar la aplicación: los tabuladores y saltos de línea de los campos de un renglón se ' +
      `cambiaron por un espacio y se quitaron los caracteres de control (${reparadas.join(', ')})`,
  });
}

function conClavesDeBusqueda(p: Fila): Fila {
  const nombre = p as unknown as NombrePersona;
  return { ...p, nombreNormalizado: nombreNormalizadoPersona(nombre), palabras: palabrasPersona(nombre) };
}
