import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { alcanzaTabla, estadoPorTransaccion, exitosas, RANGO_TODO } from './derivadas';
import { normalizarTexto, palabrasDeTexto } from '../../../shared/domain/texto';

/**
 * What the Atención Ciudadana list searches a solicitud by that is its citizen's: the words of the name and the
 * colonia, normalised, kept beside each solicitud (same id) under their own indexes. The list's text and colonia
 * filters ask these indexes for solicitud ids directly; asking the personas first and then each one's solicitudes took
 * one request per persona («Hernández»: 6,166 at ten years, 230–500 ms).
 *
 * The store is derived and local: it is never in a backup or a package, and nothing writes it but this middleware,
 * which keeps it in step with every write of solicitudes and personas, in the same transaction (a readwrite
 * transaction on either also takes the other and this store). A solicitud written takes its persona's words; a
 * persona whose name or colonia changes gives them to its solicitudes; a solicitud deleted takes its row with it.
 */

export const TABLA_BUSQUEDA = 'busquedaSolicitudes';

/** A solicitud's citizen as the list searches it (`id` is the solicitud's). */
export interface BusquedaSolicitud {
  id: string;
  /** The words of the citizen's name, normalised (the persona's `palabras`). */
  palabras: string[];
  /** The citizen's colonia, normalised ('' when none). */
  colonia: string;
}

/** The stores and indexes of the search rows (schema version 18). */
export const INDICES_BUSQUEDA = 'id, *palabras, colonia';

type Ciudadano = Omit<BusquedaSolicitud, 'id'>;
type Fila = Record<string, unknown>;

const SIN_CIUDADANO: Ciudadano = { palabras: [], colonia: '' };

/** The words and colonia of a persona row, as the list searches them. */
export function ciudadanoDe(persona: Fila | undefined): Ciudadano {
  if (!persona) return SIN_CIUDADANO;
  const palabras = Array.isArray(persona.palabras)
    ? persona.palabras.filter((p): p is string => typeof p === 'string')
    : palabrasDeTexto(`${String(persona.apellidoPaterno ?? '')} ${String(persona.apellidoMaterno ?? '')} ${String(persona.nombres ?? '')}`);
  return { palabras, colonia: normalizarTexto(typeof persona.colonia === 'string' ? persona.colonia : '') };
}

const mismoCiudadano = (a: Ciudadano, b: Ciudadano) => a.colonia === b.colonia && a.palabras.length === b.palabras.length && a.palabras.every((p, i) => p === b.palabras[i]);

/** The search rows of every stored solicitud (the upgrade that creates the store, and the tests that check it). */
export function filasDeBusqueda(solicitudes: Iterable<Fila>, personas: Iterable<Fila>): BusquedaSolicitud[] {
  const porId = new Map<string, Ciudadano>();
  for (const p of personas) porId.set(String(p.id), ciudadanoDe(p));
  return [...solicitudes].map((s) => ({ id: String(s.id), ...(porId.get(String(s.personaId)) ?? SIN_CIUDADANO) }));
}

/** What one transaction has learnt of personas, so a restore's 100,000 solicitudes do not read their 60,000 personas back. */
interface Estado {
  personas: Map<string, Ciudadano>;
  /** Personas that solicitudes written in this transaction named before they existed: their rows wait for them. */
  esperadas: Set<string>;
  /**
   * Whether this transaction emptied the solicitudes (a restore): then every solicitud that names a persona not yet
   * stored was written in it, and `esperadas` holds them all.
   */
  solicitudesVaciadas: boolean;
}

const estadoDe = estadoPorTransaccion<Estado>(() => ({ personas: new Map(), esperadas: new Set(), solicitudesVaciadas: false }));

const igual = (clave: unknown): DBCoreKeyRange => ({ type: 1 as DBCoreKeyRange['type'], lower: clave, upper: clave });

/** Whether this transaction can reach the search store (not the upgrades of versions before it). */
const alcanza = (trans: DBCoreTransaction) => alcanzaTabla(trans, TABLA_BUSQUEDA);

function crear(down: DBCore): DBCore {
  if (!down.schema.tables.some((t) => t.name === TABLA_BUSQUEDA)) return down;
  const busqueda = () => down.table(TABLA_BUSQUEDA);
  const escribir = (trans: DBCoreTransaction, filas: BusquedaSolicitud[]): Promise<unknown> =>
    filas.length === 0 ? Promise.resolve() : busqueda().mutate({ type: 'put', trans, values: filas });

  // Written as chains of `then`, never `async`/`await`: Dexie follows a transaction's context through `then`, and the
  // native awaits of an async function here would lose it for the code that awaits the write (the restore did).
  function ciudadanosDe(trans: DBCoreTransaction, personaIds: string[]): Promise<Map<string, Ciudadano | undefined>> {
    const estado = estadoDe(trans);
    const resultado = new Map<string, Ciudadano | undefined>();
    const faltan = personaIds.filter((id) => {
      const conocido = estado.personas.get(id);
      if (conocido) resultado.set(id, conocido);
      return !conocido;
    });
    if (faltan.length === 0) return Promise.resolve(resultado);
    return down
      .table('personas')
      .getMany({ trans, keys: faltan })
      .then((leidas: (Fila | undefined)[]) => {
        faltan.forEach((id, i) => resultado.set(id, leidas[i] ? ciudadanoDe(leidas[i]) : undefined));
        return resultado;
      });
  }

  function solicitudes(tabla: DBCoreTable): DBCoreTable {
    const despues = (req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<unknown> => {
      if (req.type === 'add' || req.type === 'put') {
        const escritas = exitosas(req.values, res);
        return ciudadanosDe(req.trans, [...new Set(escritas.map((s) => String(s.personaId)))]).then((ciudadanos) => {
          const estado = estadoDe(req.trans);
          return escribir(
            req.trans,
            escritas.map((s) => {
              const personaId = String(s.personaId);
              const ciudadano = ciudadanos.get(personaId);
              if (!ciudadano) estado.esperadas.add(personaId);
              return { id: String(s.id), ...(ciudadano ?? SIN_CIUDADANO) };
            }),
          );
        });
      }
      if (req.type === 'delete') return busqueda().mutate({ type: 'delete', trans: req.trans, keys: req.keys });
      if (req.range.type === RANGO_TODO) estadoDe(req.trans).solicitudesVaciadas = true;
      // The same primary keys: a range of solicitudes deleted is the same range of their rows.
      return busqueda().mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
    };
    return {
      ...tabla,
      mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        if (!alcanza(req.trans)) return tabla.mutate(req);
        return tabla.mutate(req).then((res) => despues(req, res).then(() => res));
      },
    };
  }

  function personas(tabla: DBCoreTable): DBCoreTable {
    /** Gives these personas' words to every solicitud of theirs. */
    function repartir(trans: DBCoreTransaction, cambios: [string, Ciudadano][]): Promise<unknown> {
      const indice = down.table('solicitudes').schema.getIndexByKeyPath('personaId');
      if (!indice || cambios.length === 0) return Promise.resolve();
      return Promise.all(
        cambios.map(([personaId, ciudadano]) =>
          down
            .table('solicitudes')
            .query({ trans, values: false, query: { index: indice, range: igual(personaId) } })
            .then(({ result }) => result.map((id): BusquedaSolicitud => ({ id: String(id), ...ciudadano }))),
        ),
      ).then((filas) => escribir(trans, filas.flat()));
    }
    return {
      ...tabla,
      mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        if (!alcanza(req.trans)) return tabla.mutate(req);
        const estado = estadoDe(req.trans);
        if (req.type === 'add' || req.type === 'put') {
          const ids = req.values.map((p) => String((p as Fila).id));
          // A persona stored for the first time gives her words to the solicitudes that already name her: written
          // before her in this transaction, or in an earlier one (a package or file that brought them apart). Unless
          // this transaction emptied the solicitudes, those are looked for by index.
          const leerAntes: Promise<(Fila | undefined)[]> = req.type === 'put' ? tabla.getMany({ trans: req.trans, keys: ids }) : Promise.resolve([]);
          return leerAntes.then((antes) =>
            tabla.mutate(req).then((res) => {
              const cambios: [string, Ciudadano][] = [];
              exitosas(req.values, res).forEach((p) => {
                const id = String(p.id);
                const nuevo = ciudadanoDe(p);
                estado.personas.set(id, nuevo);
                const anterior = antes[ids.indexOf(id)];
                const esperada = estado.esperadas.delete(id);
                if (anterior ? !mismoCiudadano(ciudadanoDe(anterior), nuevo) : esperada || !estado.solicitudesVaciadas) cambios.push([id, nuevo]);
              });
              return repartir(req.trans, cambios).then(() => res);
            }),
          );
        }
        if (req.type === 'delete') {
          return tabla.mutate(req).then((res) => {
            for (const id of req.keys) estado.personas.delete(String(id));
            return repartir(
              req.trans,
              req.keys.map((id) => [String(id), SIN_CIUDADANO]),
            ).then(() => res);
          });
        }
        // A range of personas gone (a restore empties the table, and writes them again before their solicitudes).
        if (req.range.type === RANGO_TODO) estado.personas.clear();
        return tabla.mutate(req);
      },
    };
  }

  return {
    ...down,
    transaction(stores, mode, options) {
      const amplia = mode === 'readwrite' && (stores.includes('solicitudes') || stores.includes('personas'));
      return down.transaction(amplia ? [...new Set([...stores, 'solicitudes', 'personas', TABLA_BUSQUEDA])] : stores, mode, options);
    },
    table(nombre) {
      const tabla = down.table(nombre);
      if (nombre === 'solicitudes') return solicitudes(tabla);
      if (nombre === 'personas') return personas(tabla);
      return tabla;
    },
  };
}

/** The middleware that keeps the search rows (BaseDatosPoa uses it). */
export const busquedaSolicitudes: Middleware<DBCore> = { stack: 'dbcore', name: 'busquedaSolicitudes', create: crear };
