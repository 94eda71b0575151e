import Dexie from 'dexie';
import type { BaseDatosPoa } from '../db';

/**
 * Reads of thousands of keys or records that a live query does not note one by one.
 *
 * Dexie's live queries write down every key a query returns, to tell later which changes touch it; for the ten
 * thousands of personas of a tablero, that bookkeeping cost more than the
 * reading itself (at ten years, a fifth of the cronograma's time and a quarter of the tablero's). These functions read
 * with IndexedDB's own API, and note for the live query only the range or the table they read, with one query of a
 * single entry: any change inside it answers the live query again, as before. They resolve in Dexie's own promise,
 * so a live query that awaits them keeps its context. Inside a transaction (the workbook reads a year in one) they
 * read through Dexie: a read of IndexedDB's own would let that transaction end while it waits.
 */

/**
 * The smallest key after every entry of `clave` in an index, where there is one to name: after a text, that text and
 * U+0000; after a compound key, the same parts and -Infinity (the lowest key of all). Otherwise null.
 */
function claveSiguiente(clave: IDBValidKey): IDBValidKey | null {
  if (typeof clave === 'string') return `${clave}\u0000`;
  if (Array.isArray(clave)) return [...clave, -Infinity];
  return null;
}

/**
 * The distinct keys of an index, in its order («the colonias the personas live in»). Dexie's `uniqueKeys` steps over
 * every entry of the index (at ten years, the 60,000 personas' colonias: 500–700 ms for 30 colonias); here the cursor
 * jumps from each key straight past its last entry (4–23 ms).
 */
export function clavesDistintas(db: BaseDatosPoa, tabla: string, indice: string): Promise<IDBValidKey[]> {
  return directa(db, tabla, {
    porDexie: () => db.table(tabla).orderBy(indice).uniqueKeys() as Promise<IDBValidKey[]>,
    // Any change to the index answers the live query again.
    observar: () => db.table(tabla).where(indice).between(Dexie.minKey, Dexie.maxKey).limit(1).primaryKeys(),
    leer: (almacen, listo) => {
      const claves: IDBValidKey[] = [];
      const cursor = almacen.index(indice).openKeyCursor(null, 'nextunique');
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return listo(claves);
        claves.push(c.key);
        const siguiente = claveSiguiente(c.key);
        if (siguiente === null) c.continue();
        else c.continue(siguiente);
      };
    },
  });
}

/** The records with these primary keys that exist, in the same order (a missing one is left out). */
export function registrosPorId<T>(db: BaseDatosPoa, tabla: string, ids: readonly string[]): Promise<T[]> {
  const existentes = (leidos: readonly (T | undefined)[]) => leidos.filter((x): x is T => x !== undefined);
  return directa(db, tabla, {
    porDexie: () => db.table(tabla).bulkGet([...ids]).then(existentes),
    // Any change to the table answers the live query again: it reads one record of its whole range.
    observar: () => db.table(tabla).limit(1).toArray(),
    leer: (almacen, listo) => cadaUna(ids.map((id) => almacen.get(id) as IDBRequest<T | undefined>), (leidos) => listo(existentes(leidos))),
  });
}

/**
 * Notes for the live query that runs it any change to these tables, reading one record of each over the whole table:
 * for what is read elsewhere (a worker's connection, which the live query cannot see). A record, not its key: a query
 * of keys alone is answered again only when a record is added or deleted, not when one changes.
 */
export function observarTablas(db: BaseDatosPoa, tablas: readonly string[]): Promise<void> {
  return Dexie.Promise.all(tablas.map((t) => db.table(t).limit(1).toArray())).then(() => undefined);
}

/**
 * The primary keys of the records whose index holds any of these values («the solicitudes of these 6,000 personas»),
 * without repeats. Dexie's `anyOf` walks a cursor that jumps from value to value, one answer per step (at ten years,
 * the solicitudes of the personas named «Hernández»: 2.3 s); here one request per value goes out at once in a
 * single transaction.
 */
export function idsConValores(db: BaseDatosPoa, tabla: string, indice: string, valores: readonly string[]): Promise<string[]> {
  if (valores.length === 0) return Dexie.Promise.resolve([]);
  return directa(db, tabla, {
    porDexie: () => db.table(tabla).where(indice).anyOf([...valores]).primaryKeys() as Promise<string[]>,
    // Any change to the index answers the live query again.
    observar: () => db.table(tabla).where(indice).between(Dexie.minKey, Dexie.maxKey).limit(1).primaryKeys(),
    leer: (almacen, listo) => {
      const porValor = almacen.index(indice);
      cadaUna(
        valores.map((v) => porValor.getAllKeys(IDBKeyRange.only(v))),
        (listas) => listo([...new Set(listas.flat() as string[])]),
      );
    },
  });
}

/**
 * A read with IndexedDB's own API in a read-only transaction of its own (the database opened first), beside the
 * single-entry query that notes its range for a live query, answered in a Dexie promise; inside a transaction, the
 * same read through Dexie.
 */
function directa<R>(
  db: BaseDatosPoa,
  tabla: string,
  lectura: { porDexie: () => Promise<R>; observar: () => Promise<unknown>; leer: (almacen: IDBObjectStore, listo: (r: R) => void) => void },
): Promise<R> {
  if (Dexie.currentTransaction) return lectura.porDexie();
  const observada = lectura.observar();
  const abierta = db.isOpen() ? Dexie.Promise.resolve() : db.open();
  const leida = abierta.then(
    () =>
      new Dexie.Promise<R>((listo, fallo) => {
        const tx = db.backendDB().transaction(tabla, 'readonly');
        tx.onerror = () => fallo(tx.error);
        tx.onabort = () => fallo(tx.error ?? new Error('La lectura se interrumpió'));
        lectura.leer(tx.objectStore(tabla), listo);
      }),
  );
  return Dexie.Promise.all([leida, observada]).then(([r]) => r);
}

/** The answers of requests sent at once, in their order, when the last one has come (at once for none). */
function cadaUna<T>(pedidos: readonly IDBRequest<T>[], listo: (respuestas: T[]) => void): void {
  const respuestas: T[] = new Array(pedidos.length);
  let faltan = pedidos.length;
  if (faltan === 0) listo(respuestas);
  pedidos.forEach((pedido, i) => {
    pedido.onsuccess = () => {
      respuestas[i] = pedido.result;
      if (--faltan === 0) listo(respuestas);
    };
  });
}
