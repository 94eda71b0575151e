import type { EntityTable, IDType } from 'dexie';
import type { BaseDatosPoa } from '../db';

/**
 * The lists of a module's kinds placed by one date (jornadas, talleres y programas, mesas) one page at a time,
 * through the live records' date index `[eliminado+<fecha>]` (schema version 17):
 * - the list as it opens (no filter, newest first) and ordered by its date are key-only walks of that index: only the
 *   page's records are read and joined, whatever the history;
 * - a year narrows the range read to that year's keys;
 * - the search, the other filters and the other orders are decided on the rows of that range (these kinds grow by a
 *   few hundred records a year, so the range is read whole only when the user filters or sorts by another column).
 */

/** A kind of record placed by one date that every record has (`campoFecha` never null). */
export interface DefinicionPorFecha<R extends { id: string; eliminado: 0 | 1 }, F> {
  tabla: (db: BaseDatosPoa) => EntityTable<R, 'id'>;
  campoFecha: keyof R & string;
  /** The rows the list shows, from the records in the same order (the joins: names, counts). */
  filas: (db: BaseDatosPoa, registros: R[]) => Promise<F[]>;
}

/** What one page asks for. */
export interface ConsultaPorFecha<F> {
  /** 'AAAA', or '' for every year. */
  anio: string;
  /** What a row must meet besides the year (the search, the other filters); null when nothing more. */
  cumple: ((fila: F) => boolean) | null;
  /** The order: by the date (newest or oldest first), or by a comparison of rows (ties stay newest first). */
  orden: { fecha: 'asc' | 'desc' } | { comparar: (a: F, b: F) => number };
  pagina: number;
  tamano: number;
}

export interface PaginaPorFecha<F> {
  filas: F[];
  /** How many rows match. */
  total: number;
  /** How many live records there are. */
  todas: number;
}

/** A kind's pages, its matching rows whole (for a summary of all of them) and the years it has records in. */
export interface FuentePorFecha<F> {
  /** The field of the date that places a record (its column is ordered by the index). */
  campoFecha: string;
  pagina: (consulta: ConsultaPorFecha<F>) => Promise<PaginaPorFecha<F>>;
  todas: (consulta: Pick<ConsultaPorFecha<F>, 'anio' | 'cumple'>) => Promise<F[]>;
  anios: () => Promise<string[]>;
}

const ULTIMO = '\uffff';

export function fuentePorFecha<R extends { id: string; eliminado: 0 | 1 }, F>(db: BaseDatosPoa, d: DefinicionPorFecha<R, F>): FuentePorFecha<F> {
  const indice = `[eliminado+${d.campoFecha}]`;
  /** The live records of a year (or all of them), oldest first. */
  const rango = (anio: string) =>
    d
      .tabla(db)
      .where(indice)
      .between([0, anio], [0, anio ? `${anio}${ULTIMO}` : ULTIMO], true, true);

  async function leer(ids: string[]): Promise<F[]> {
    const registros = (await d.tabla(db).bulkGet(ids as IDType<R, 'id'>[])).filter((r): r is R => r !== undefined);
    return d.filas(db, registros);
  }

  /** The rows of the range that meet `cumple`, newest first. */
  async function todas({ anio, cumple }: Pick<ConsultaPorFecha<F>, 'anio' | 'cumple'>): Promise<F[]> {
    const filas = await d.filas(db, await rango(anio).reverse().toArray());
    return cumple ? filas.filter(cumple) : filas;
  }

  return {
    campoFecha: d.campoFecha,
    todas,
    async pagina(c) {
      const desde = Math.max(0, c.pagina) * c.tamano;
      const todasVivas = await rango('').count();
      if (c.cumple === null && 'fecha' in c.orden) {
        const total = c.anio ? await rango(c.anio).count() : todasVivas;
        const enOrden = c.orden.fecha === 'desc' ? rango(c.anio).reverse() : rango(c.anio);
        const ids = desde >= total ? [] : await enOrden.offset(desde).limit(c.tamano).primaryKeys();
        return { filas: await leer(ids), total, todas: todasVivas };
      }
      const filas = await todas(c);
      if ('comparar' in c.orden) filas.sort(c.orden.comparar);
      else if (c.orden.fecha === 'asc') filas.reverse();
      return { filas: filas.slice(desde, desde + c.tamano), total: filas.length, todas: todasVivas };
    },
    async anios() {
      const claves = (await rango('').uniqueKeys()) as unknown as [number, string][];
      return [...new Set(claves.map(([, fecha]) => fecha.slice(0, 4)))].sort().reverse();
    },
  };
}
