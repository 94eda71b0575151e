import type { Collection, Table } from 'dexie';
import type { BaseDatosPoa } from '../db';

/**
 * What the lists paged by the database share (Atención Ciudadana, apoyos, padrón): the ids of each filter crossed,
 * and a page walked along the index ranges of the chosen order, key-only, one after the other or merged by their key.
 */

/** What a list asks for one page: its filters, the order, the page (from 0) and how many rows a page has. */
export interface Consulta<Filtros, Campo extends string> {
  filtros: Filtros;
  orden: { campo: Campo; direccion: 'asc' | 'desc' };
  pagina: number;
  tamano: number;
}

/** One page of a list: its rows, how many rows match the filters, and how many live records there are in all. */
export interface Pagina<F> {
  filas: F[];
  total: number;
  todas: number;
}

/**
 * One page's rows without the count of every live record, which the list asks for on its own: IndexedDB counts an
 * index range entry by entry (100,000 solicitudes take a third of a second), so the rows show first. `total` is how
 * many match the filters, or null with no filter (every live record: the count).
 */
export interface PaginaSinConteo<F> {
  filas: F[];
  total: number | null;
  /** Filtered, and not counted yet: the list asks for the count once the page shows (`total` is then null). */
  porContar?: true;
}

/** The page with both counts, from its two queries at once. */
export async function conConteo<F>(pagina: Promise<PaginaSinConteo<F>>, contar: Promise<number>): Promise<Pagina<F> & { porContar?: true }> {
  const [p, todas] = await Promise.all([pagina, contar]);
  return { filas: p.filas, total: p.total ?? todas, todas, ...(p.porContar ? { porContar: p.porContar } : {}) };
}

/** An index range in the list's order, asked anew each time it is read (a Dexie collection is read once). */
export type Segmento = () => Collection<unknown, string>;

/** Ids in both; `a` null is "no filter yet" (every one). */
export function interseccion(a: Set<string> | null, b: Iterable<string>): Set<string> {
  if (a === null) return new Set(b);
  const r = new Set<string>();
  for (const x of b) if (a.has(x)) r.add(x);
  return r;
}

/** Ids matching every query, crossed from the most selective answer on; null when there is none (no filter). */
export async function cruzar(consultas: readonly (() => Promise<Iterable<string>>)[]): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  for (const consulta of consultas) {
    ids = interseccion(ids, await consulta());
    if (ids.size === 0) return ids;
  }
  return ids;
}

/** How many keys a filtered walk reads at a time: a filter that keeps one in a hundred fills a page in the first. */
const LOTE_RECORRIDO = 2000;

/**
 * Ids of one page walked along ordered index ranges, skipping `desde` and keeping those `aceptar` lets through. A
 * filtered walk reads the keys in batches and stops when the page is full, so the page costs what it reaches and
 * not the whole history. `filtrarLote` is a check that reads the database (the ids of a batch that `aceptar` let
 * through, in order, answered with those that stay); its batches are smaller, as each one reads rows.
 */
export async function recorrer(
  partes: Segmento[],
  desde: number,
  cuantas: number,
  aceptar: ((id: string) => boolean) | null,
  lote = LOTE_RECORRIDO,
  filtrarLote?: (ids: string[]) => Promise<string[]>,
): Promise<string[]> {
  const ids: string[] = [];
  let saltar = desde;
  for (const parte of partes) {
    if (ids.length >= cuantas) break;
    if (aceptar === null && !filtrarLote) {
      if (partes.length > 1) {
        const n = await parte().count();
        if (saltar >= n) {
          saltar -= n;
          continue;
        }
      }
      ids.push(...(await parte().offset(saltar).limit(cuantas - ids.length).primaryKeys()));
      saltar = 0;
    } else {
      // A walk that reads rows starts small and doubles its batches up to the usual one.
      for (let leidas = 0, tamano = lote; ids.length < cuantas; leidas += tamano, tamano = filtrarLote ? Math.min(tamano * 2, LOTE_RECORRIDO) : tamano) {
        const claves = await parte().offset(leidas).limit(tamano).primaryKeys();
        const pasan = aceptar === null ? claves : claves.filter(aceptar);
        for (const id of filtrarLote && pasan.length > 0 ? await filtrarLote(pasan) : pasan) {
          if (saltar > 0) saltar--;
          else if (ids.push(id) >= cuantas) break;
        }
        if (claves.length < tamano) break;
      }
    }
  }
  return ids;
}

/** An index range whose keys end with the value the list is ordered by (a date, an amount). */
export interface Flujo {
  rango: Segmento;
  /** The value to merge by, from the index key. */
  valor: (clave: unknown) => string | number;
}

const LOTE = 500;

/**
 * The first `n` entries of a range that `aceptar` lets through, as [value, id], read key-only: with no filter, those
 * `n` (the apoyos' first page read 500 keys of each of its seven ranges for 25 rows: 200 ms at ten years); with one,
 * in batches until `n` pass.
 */
async function primeras(flujo: Flujo, n: number, aceptar: ((id: string) => boolean) | null): Promise<[string | number, string][]> {
  const r: [string | number, string][] = [];
  for (let desde = 0; r.length < n; ) {
    const lote = aceptar === null ? n - r.length : LOTE;
    let leidas = 0;
    await flujo
      .rango()
      .offset(desde)
      .limit(lote)
      .eachKey((clave, cursor) => {
        leidas++;
        const id = cursor.primaryKey as string;
        if (r.length < n && (aceptar === null || aceptar(id))) r.push([flujo.valor(clave), id]);
      });
    desde += lote;
    if (leidas < lote) break;
  }
  return r;
}

/**
 * One page of several ordered ranges merged as one order (by value, then id; all ascending or all descending, as the
 * ranges are read): each range gives at most as many entries as the page reaches, key-only, so the cost grows with
 * how deep the page is and not with the history.
 */
export async function mezclar(flujos: Flujo[], direccion: 'asc' | 'desc', desde: number, cuantas: number, aceptar: ((id: string) => boolean) | null): Promise<string[]> {
  const hasta = desde + cuantas;
  const todas = (await Promise.all(flujos.map((f) => primeras(f, hasta, aceptar)))).flat();
  const signo = direccion === 'asc' ? 1 : -1;
  todas.sort(([va, a], [vb, b]) => signo * (va < vb ? -1 : va > vb ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return todas.slice(desde, hasta).map(([, id]) => id);
}

/**
 * The live ids of a table of records of a persona (solicitudes, apoyos) in the alphabetical order of their personas'
 * names (surnames first): the persona name index and the table's personaId index, key-only.
 */
export async function idsPorNombreDePersona(
  db: BaseDatosPoa,
  tabla: Table<{ personaId: string }, string>,
  borrados: Iterable<string>,
  direccion: 'asc' | 'desc',
): Promise<string[]> {
  const porPersona = new Map<string, string[]>();
  await tabla.orderBy('personaId').eachKey((personaId, cursor) => {
    const lista = porPersona.get(String(personaId));
    if (lista) lista.push(cursor.primaryKey as string);
    else porPersona.set(String(personaId), [cursor.primaryKey as string]);
  });
  const fuera = new Set(borrados);
  const ids: string[] = [];
  for (const personaId of await db.personas.orderBy('nombreNormalizado').primaryKeys()) {
    for (const id of porPersona.get(personaId) ?? []) if (!fuera.has(id)) ids.push(id);
    porPersona.delete(personaId);
  }
  for (const resto of porPersona.values()) ids.push(...resto.filter((id) => !fuera.has(id)));
  return direccion === 'desc' ? ids.reverse() : ids;
}
