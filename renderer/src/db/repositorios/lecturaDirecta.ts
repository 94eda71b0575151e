import Dexie from 'dexie';
import type { BaseDatosPoa } from '../db';

/**
 * Reads of thousands of keys or records that a live query does not note one by one.
 *
 * Dexie's live queries write down every key a query returns, to tell later which changes touch it; for the ten
 * thousand keys of a year's count or the thousands of personas of a tablero, that bookkeeping cost more than the
 * reading itself (at ten years, a fifth of the cronograma's time and a quarter of the tablero's). These functions read
 * with IndexedDB's own API, and note for the live query only the range or the table they read, with one query of a
 * single entry: any change inside it answers the live query again, as before. They resolve in Dexie's own promise,
 * so a live query that awaits them keeps its context. Inside a transaction (the workbook reads a year in one) they
 * read through Dexie: a read of IndexedDB's own would let that transaction end while it waits.
 */

/** The keys of an index between two bounds (both included), in the index's order. */
export function clavesDeIndice(db: BaseDatosPoa, tabla: string, indice: string, desde: IDBValidKey, hasta: IDBValidKey): Promise<IDBValidKey[]> {
  if (Dexie.currentTransaction) return db.table(tabla).where(indice).between(desde, hasta, true, true).keys().then((k) => k as IDBValidKey[]);
  const observada = db.table(tabla).where(indice).between(desde, hasta, true, true).limit(1).primaryKeys();
  const claves = leer<IDBValidKey[]>(db, tabla, (almacen, listo) => {
    const claves: IDBValidKey[] = [];
    const cursor = almacen.index(indice).openKeyCursor(IDBKeyRange.bound(desde, hasta));
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return listo(claves);
      claves.push(c.key);
      c.continue();
    };
  });
  return Dexie.Promise.all([claves, observada]).then(([r]) => r);
}

/** The records with these primary keys that exist, in the same order (a missing one is left out). */
export function registrosPorId<T>(db: BaseDatosPoa, tabla: string, ids: readonly string[]): Promise<T[]> {
  if (Dexie.currentTransaction) return db.table(tabla).bulkGet([...ids]).then((r) => r.filter((x): x is T => x !== undefined));
  // Any change to the table answers the live query again: it reads one record of its whole range.
  const observada = db.table(tabla).limit(1).toArray();
  const registros = leer<T[]>(db, tabla, (almacen, listo) => {
    const leidos: (T | undefined)[] = new Array(ids.length);
    let faltan = ids.length;
    if (faltan === 0) listo([]);
    ids.forEach((id, i) => {
      const r = almacen.get(id);
      r.onsuccess = () => {
        leidos[i] = r.result as T | undefined;
        if (--faltan === 0) listo(leidos.filter((x): x is T => x !== undefined));
      };
    });
  });
  return Dexie.Promise.all([registros, observada]).then(([r]) => r);
}

/**
 * The primary keys of the records whose index holds any of these values («the solicitudes of these 6,000 personas»),
 * without repeats. Dexie's `anyOf` walks a cursor that jumps from value to value, one answer per step (at ten years,
 * the solicitudes of the personas named «Hernández»: 2.3 s); here one request per value goes out at once in a
 * single transaction.
 */
export function idsConValores(db: BaseDatosPoa, tabla: string, indice: string, valores: readonly string[]): Promise<string[]> {
  if (valores.length === 0) return Dexie.Promise.resolve([]);
  if (Dexie.currentTransaction) return db.table(tabla).where(indice).anyOf([...valores]).primaryKeys().then((k) => k as string[]);
  // Any change to the index answers the live query again.
  const observada = db.table(tabla).where(indice).between(Dexie.minKey, Dexie.maxKey).limit(1).primaryKeys();
  const ids = leer<string[]>(db, tabla, (almacen, listo) => {
    const porValor: IDBValidKey[][] = new Array(valores.length);
    let faltan = valores.length;
    const indiceIdb = almacen.index(indice);
    valores.forEach((valor, i) => {
      const r = indiceIdb.getAllKeys(IDBKeyRange.only(valor));
      r.onsuccess = () => {
        porValor[i] = r.result;
        if (--faltan === 0) listo([...new Set(porValor.flat() as string[])]);
      };
    });
  });
  return Dexie.Promise.all([ids, observada]).then(([r]) => r);
}

/** One read-only transaction of IndexedDB on a table (the database opened first), answered in a Dexie promise. */
function leer<R>(db: BaseDatosPoa, tabla: string, pedir: (almacen: IDBObjectStore, listo: (r: R) => void) => void): Promise<R> {
  const abierta = db.isOpen() ? Dexie.Promise.resolve() : db.open();
  return abierta.then(
    () =>
      new Dexie.Promise<R>((listo, fallo) => {
        const tx = db.backendDB().transaction(tabla, 'readonly');
        tx.onerror = () => fallo(tx.error);
        tx.onabort = () => fallo(tx.error ?? new Error('La lectura se interrumpió'));
        pedir(tx.objectStore(tabla), listo);
      }),
  );
}
