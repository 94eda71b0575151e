import type { DBCoreKeyRange, DBCoreMutateResponse, DBCoreTransaction } from 'dexie';

/**
 * What the middlewares that keep a derived table in step with the records share (busquedaSolicitudes.ts,
 * conteosMensuales.ts): each writes its table in the same transaction as the records, and keeps what that transaction
 * already knows apart from any other.
 */

type Fila = Record<string, unknown>;

/** The key range of a whole table: a clear() arrives as a deleteRange of this type. */
export const RANGO_TODO = 3 as DBCoreKeyRange['type'];

/** Whether this transaction can reach `tabla` (not the upgrades of the versions before it existed). */
export function alcanzaTabla(trans: DBCoreTransaction, tabla: string): boolean {
  const nombres = (trans as Partial<IDBTransaction>).objectStoreNames;
  return nombres !== undefined && nombres.contains(tabla);
}

/** The rows of a write that were stored (a bulk write may fail for some and not others). */
export const exitosas = (valores: readonly unknown[], res: DBCoreMutateResponse) => valores.filter((_, i) => !(i in res.failures)) as Fila[];

/** Each transaction's own state, made with `nuevo` the first time it is asked for, gone with the transaction. */
export function estadoPorTransaccion<E>(nuevo: () => E): (trans: DBCoreTransaction) => E {
  const estados = new WeakMap<DBCoreTransaction, E>();
  return (trans) => {
    let e = estados.get(trans);
    if (e === undefined) {
      e = nuevo();
      estados.set(trans, e);
    }
    return e;
  };
}
