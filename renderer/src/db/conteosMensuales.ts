import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { alcanzaTabla, estadoPorTransaccion, exitosas, RANGO_TODO } from './derivadas';
import { DESCRIPTORES, type TipoRegistro } from '../../../shared/registros';

/**
 * How many records of each kind count in each month (by the kind's `cuentaEn`): what the cronograma's achieved
 * figures add, kept as one number per kind and month. Counting a year over indexes walked every entry of its ranges,
 * and each entry costs more as the database grows (the same 132 range counts took 181 ms at one year of history and
 * 298 ms at ten); twelve numbers per kind cost the same whatever the history.
 *
 * The store is derived and local, like the solicitudes' search rows: never in a backup or a package, and nothing
 * writes it but this middleware, which keeps it in step with every write of a counted kind, in the same transaction
 * (a readwrite transaction on any counted table also takes this store). A record added counts in its month; one
 * replaced stops counting where it counted before and counts where it counts now; one deleted stops counting; a table
 * emptied (a restore) counts nothing until its records are written again.
 */

export const TABLA_CONTEOS = 'conteosMensuales';

/** The records of one kind that count in one month. */
export interface ConteoMensual {
  tipo: TipoRegistro;
  /** 'AAAA-MM'. */
  mes: string;
  n: number;
}

/** The store's primary key: a kind's months are one range of it (schema version 21). */
export const INDICES_CONTEOS = '[tipo+mes]';

type Fila = Record<string, unknown>;
type Descriptor = (typeof DESCRIPTORES)[number];

const POR_TABLA = new Map<string, Descriptor>(DESCRIPTORES.map((d) => [d.tabla, d]));

/** The month ('AAAA-MM') a stored record counts in, or null; a record its rule cannot read does not count. */
function mesQueCuenta(d: Descriptor, registro: Fila): string | null {
  try {
    const fecha = (d.cuentaEn as (r: Fila) => string | null)(registro);
    return typeof fecha === 'string' && /^\d{4}-\d{2}/.test(fecha) ? fecha.slice(0, 7) : null;
  } catch {
    return null;
  }
}

const claveDe = (tipo: string, mes: string) => `${tipo}|${mes}`;

/** Changes to counts, by kind and month. */
class Cambios {
  readonly porClave = new Map<string, { tipo: TipoRegistro; mes: string; delta: number }>();

  sumar(d: Descriptor, registro: Fila | undefined, signo: 1 | -1): void {
    if (!registro) return;
    const mes = mesQueCuenta(d, registro);
    if (mes === null) return;
    const clave = claveDe(d.tipo, mes);
    const actual = this.porClave.get(clave);
    if (actual) actual.delta += signo;
    else this.porClave.set(clave, { tipo: d.tipo, mes, delta: signo });
  }
}

/**
 * The counts of records given one at a time, by table (the upgrade that creates the store walks the stored records;
 * the benchmark's office is written with IndexedDB's own API): rows for the store.
 */
export class ContadorMensual {
  private readonly cambios = new Cambios();

  sumar(tabla: string, fila: Fila): void {
    const d = POR_TABLA.get(tabla);
    if (d) this.cambios.sumar(d, fila, 1);
  }

  filas(): ConteoMensual[] {
    return [...this.cambios.porClave.values()].filter((c) => c.delta !== 0).map(({ tipo, mes, delta }) => ({ tipo, mes, n: delta }));
  }
}

/** The tables of the counted kinds. */
export const TABLAS_CONTADAS: readonly string[] = DESCRIPTORES.map((d) => d.tabla);

/** What one transaction knows of the counts, so its writes one after another add up without reading them back. */
interface Estado {
  /** The counts this transaction read or wrote, by `tipo|mes`. */
  conocidos: Map<string, number>;
  /** Kinds whose table this transaction emptied: a count not written since is 0. */
  vaciados: Set<TipoRegistro>;
  /** The count updates in order: each reads what the one before it wrote. */
  cola: Promise<unknown>;
}

const estadoDe = estadoPorTransaccion<Estado>(() => ({ conocidos: new Map(), vaciados: new Set(), cola: Promise.resolve() }));

/** Whether this transaction can reach the counts (not the upgrades of versions before the store). */
const alcanza = (trans: DBCoreTransaction) => alcanzaTabla(trans, TABLA_CONTEOS);

function crear(down: DBCore): DBCore {
  if (!down.schema.tables.some((t) => t.name === TABLA_CONTEOS)) return down;
  const conteos = () => down.table(TABLA_CONTEOS);

  // Written as chains of `then`, never `async`/`await`: Dexie follows a transaction's context through `then`, and the
  // native awaits of an async function here would lose it for the code that awaits the write.
  /** Adds the changes to the stored counts, after every update this transaction queued before. */
  function aplicar(trans: DBCoreTransaction, cambios: Cambios): Promise<unknown> {
    const estado = estadoDe(trans);
    const lista = [...cambios.porClave.entries()].filter(([, c]) => c.delta !== 0);
    if (lista.length === 0) return estado.cola;
    estado.cola = estado.cola.then(() => {
      const faltan = lista.filter(([clave, c]) => !estado.conocidos.has(clave) && !estado.vaciados.has(c.tipo));
      const leer: Promise<(Fila | undefined)[]> =
        faltan.length === 0 ? Promise.resolve([]) : conteos().getMany({ trans, keys: faltan.map(([, c]) => [c.tipo, c.mes]) });
      return leer.then((leidos) => {
        faltan.forEach(([clave], i) => estado.conocidos.set(clave, Number(leidos[i]?.n ?? 0)));
        const filas: ConteoMensual[] = lista.map(([clave, { tipo, mes, delta }]) => {
          const n = (estado.conocidos.get(clave) ?? 0) + delta;
          estado.conocidos.set(clave, n);
          return { tipo, mes, n };
        });
        return conteos().mutate({ type: 'put', trans, values: filas });
      });
    });
    return estado.cola;
  }

  /** Every count of a kind gone: its table was emptied. */
  function vaciar(trans: DBCoreTransaction, tipo: TipoRegistro): Promise<unknown> {
    const estado = estadoDe(trans);
    estado.cola = estado.cola.then(() => {
      estado.vaciados.add(tipo);
      for (const clave of [...estado.conocidos.keys()]) if (clave.startsWith(`${tipo}|`)) estado.conocidos.delete(clave);
      return conteos().mutate({ type: 'deleteRange', trans, range: { type: 2 as DBCoreKeyRange['type'], lower: [tipo, ''], upper: [tipo, '\uffff'] } });
    });
    return estado.cola;
  }

  function contada(tabla: DBCoreTable, d: Descriptor): DBCoreTable {
    const clavePrimaria = tabla.schema.primaryKey;
    const claveDeFila = (f: Fila): unknown => (clavePrimaria.extractKey ? clavePrimaria.extractKey(f) : f[String(clavePrimaria.keyPath)]);
    /** The stored records of these keys (undefined where none), read before the write replaces or deletes them. */
    const anteriores = (trans: DBCoreTransaction, claves: readonly unknown[]): Promise<(Fila | undefined)[]> =>
      claves.length === 0 ? Promise.resolve([]) : tabla.getMany({ trans, keys: [...claves] });

    function escribir(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const cambios = new Cambios();
      if (req.type === 'add') {
        return tabla.mutate(req).then((res) => {
          for (const f of exitosas(req.values, res)) cambios.sumar(d, f, 1);
          return aplicar(req.trans, cambios).then(() => res);
        });
      }
      if (req.type === 'put') {
        const claves = req.keys ?? req.values.map((v) => claveDeFila(v as Fila));
        return anteriores(req.trans, claves).then((antes) =>
          tabla.mutate(req).then((res) => {
            req.values.forEach((v, i) => {
              if (i in res.failures) return;
              cambios.sumar(d, antes[i], -1);
              cambios.sumar(d, v as Fila, 1);
            });
            return aplicar(req.trans, cambios).then(() => res);
          }),
        );
      }
      if (req.type === 'delete') {
        return anteriores(req.trans, req.keys).then((antes) =>
          tabla.mutate(req).then((res) => {
            req.keys.forEach((_, i) => {
              if (!(i in res.failures)) cambios.sumar(d, antes[i], -1);
            });
            return aplicar(req.trans, cambios).then(() => res);
          }),
        );
      }
      if (req.range.type === RANGO_TODO) return tabla.mutate(req).then((res) => vaciar(req.trans, d.tipo).then(() => res));
      // A part of the table: the records in it stop counting.
      return tabla
        .query({ trans: req.trans, values: true, query: { index: clavePrimaria, range: req.range } })
        .then(({ result }) =>
          tabla.mutate(req).then((res) => {
            for (const f of result as Fila[]) cambios.sumar(d, f, -1);
            return aplicar(req.trans, cambios).then(() => res);
          }),
        );
    }

    return {
      ...tabla,
      mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        return alcanza(req.trans) ? escribir(req) : tabla.mutate(req);
      },
    };
  }

  return {
    ...down,
    transaction(stores, mode, options) {
      const amplia = mode === 'readwrite' && stores.some((s) => POR_TABLA.has(s)) && !stores.includes(TABLA_CONTEOS);
      return down.transaction(amplia ? [...stores, TABLA_CONTEOS] : stores, mode, options);
    },
    table(nombre) {
      const tabla = down.table(nombre);
      const d = POR_TABLA.get(nombre);
      return d ? contada(tabla, d) : tabla;
    },
  };
}

/** The middleware that keeps the monthly counts (BaseDatosPoa uses it). */
export const conteosMensuales: Middleware<DBCore> = { stack: 'dbcore', name: 'conteosMensuales', create: crear };
