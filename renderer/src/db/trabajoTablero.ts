import { z } from 'zod';
import { BaseDatosPoa } from './db';
import { resumirTablero, type ResumenTablero, type ResumirTablero } from './repositorios/tablero';

/**
 * The tablero's figures from a year's records are computed in a module worker (tablero.worker.ts): reading ten
 * thousand solicitudes, their apoyos and the thousands of citizens they name, and counting them, kept the page busy
 * for most of a second, in tasks of more than 100 ms. The page sends which database, year and day; the worker, which
 * stays for the next request and keeps its connection, opens the same IndexedDB database and answers with the
 * figures or a message in Spanish. Both sides check what they receive.
 */

const pedidoSchema = z.object({
  tipo: z.literal('tablero'),
  /** Which request an answer is for: several may be on their way when the data changes quickly. */
  id: z.number().int(),
  /** The database's name: the worker opens the page's own. */
  base: z.string().min(1),
  anio: z.number().int(),
  /** The page's day, 'AAAA-MM-DD': the open solicitudes past it are overdue. */
  hoy: z.iso.date(),
});

type PedidoTablero = z.infer<typeof pedidoSchema>;

/** Open the database ahead of the first request, so the tablero's first figures do not wait for it. Answered with nothing. */
const abrirSchema = z.object({ tipo: z.literal('abrir'), base: z.string().min(1) });

const datoSchema = z.object({ etiqueta: z.string(), valor: z.number() });

const resumenSchema = z.object({
  solicitudes: z.number().int().nonnegative(),
  abiertas: z.number().int().nonnegative(),
  vencidas: z.number().int().nonnegative(),
  atendidas: z.object({
    porSexo: z.array(datoSchema),
    total: z.number().int().nonnegative(),
    conSolicitudOApoyo: z.number().int().nonnegative(),
    enJornadas: z.number().int().nonnegative(),
    enTalleres: z.number().int().nonnegative(),
  }),
  porEstatus: z.array(datoSchema),
  porTipo: z.array(datoSchema),
  porColonia: z.array(datoSchema),
}) satisfies z.ZodType<ResumenTablero>;

const respuestaSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('tablero'), id: z.number().int(), resumen: resumenSchema }),
  z.object({ tipo: z.literal('error'), id: z.number().int().nullable(), mensaje: z.string().min(1) }),
]);

type RespuestaTablero = z.infer<typeof respuestaSchema>;

export const ERROR_TRABAJADOR_TABLERO = 'no se pudo iniciar el cálculo del tablero en segundo plano';
export const ERROR_LEER_TABLERO = 'no se pudieron leer los registros del año para el tablero';
export const ERROR_PEDIDO_TABLERO = 'el pedido del tablero llegó incompleto a quien lo calcula';
export const ERROR_RESPUESTA_TABLERO = 'las cifras del tablero llegaron dañadas';

/** One end of the worker's channel: the worker's global scope, or in tests one port of a MessageChannel. */
export interface CanalTablero {
  onmessage: ((evento: MessageEvent) => void) | null;
  postMessage: (mensaje: RespuestaTablero) => void;
}

/**
 * The worker's side: answers each request on `canal`, opening each database once with `abrir`. Never throws; what
 * fails is a Spanish message (the original stays in the console for IT).
 */
export function atenderTablero(canal: CanalTablero, abrir: (nombre: string) => BaseDatosPoa = (n) => new BaseDatosPoa(n)): void {
  const abiertas = new Map<string, BaseDatosPoa>();
  const conexion = (base: string) => {
    let db = abiertas.get(base);
    if (!db) abiertas.set(base, (db = abrir(base)));
    return db;
  };
  canal.onmessage = (evento) => {
    const a = abrirSchema.safeParse(evento.data);
    if (a.success) {
      // A database that does not open now is reported at the first request, which opens it again.
      void Promise.resolve()
        .then(() => conexion(a.data.base).open())
        .catch(() => abiertas.delete(a.data.base));
      return;
    }
    const p = pedidoSchema.safeParse(evento.data);
    if (!p.success) {
      const id = (evento.data as { id?: unknown } | null)?.id;
      canal.postMessage({ tipo: 'error', id: typeof id === 'number' && Number.isInteger(id) ? id : null, mensaje: ERROR_PEDIDO_TABLERO });
      return;
    }
    void responder(p.data);
  };

  const olvidar = (base: string) => {
    abiertas.get(base)?.close();
    abiertas.delete(base);
  };

  /** The figures, read again once on a new connection if the kept one failed (closed by the browser, for one). */
  async function responder({ id, base, anio, hoy }: PedidoTablero): Promise<void> {
    for (let intento = 1; ; intento++) {
      try {
        canal.postMessage({ tipo: 'tablero', id, resumen: await resumirTablero(conexion(base), anio, hoy) });
        return;
      } catch (error) {
        console.error('Tablero:', error);
        olvidar(base);
        if (intento === 2) {
          canal.postMessage({ tipo: 'error', id, mensaje: ERROR_LEER_TABLERO });
          return;
        }
      }
    }
  }
}

/** What the page needs of a worker (a `Worker`, or in tests one end of a message channel). */
export type TrabajadorTablero = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onmessageerror' | 'onerror'>;

/** How the page asks for the figures, and how it gets the worker ready before the first time. */
export interface ResumidorTablero extends ResumirTablero {
  /** Makes the worker and has it open `db`, in a quiet moment before the tablero is first opened. */
  preparar: (db: BaseDatosPoa) => void;
}

/**
 * The page's side: one worker, made at the first request (or by `preparar`) and kept for the next ones; each request
 * is answered by the answer with its id. If the worker fails, every request waiting is rejected in Spanish and the next
 * one makes a new worker. Where `crear` gives none (no workers: the unit tests in Node), the figures are computed here.
 */
export function resumidorEnTrabajador(crear: () => TrabajadorTablero | null = crearTrabajadorTablero): ResumidorTablero {
  let trabajador: TrabajadorTablero | null = null;
  let siguiente = 0;
  const esperando = new Map<number, { listo: (r: ResumenTablero) => void; falla: (e: Error) => void }>();
  const fallarTodos = (mensaje: string) => {
    trabajador?.terminate();
    trabajador = null;
    const pendientes = [...esperando.values()];
    esperando.clear();
    for (const p of pendientes) p.falla(new Error(mensaje));
  };
  const iniciar = (): TrabajadorTablero | null => {
    const t = crear();
    if (!t) return null;
    t.onmessage = (evento) => {
      const r = respuestaSchema.safeParse(evento.data);
      if (!r.success) return fallarTodos(ERROR_RESPUESTA_TABLERO);
      const m = r.data;
      if (m.id === null) return fallarTodos(m.tipo === 'error' ? m.mensaje : ERROR_RESPUESTA_TABLERO);
      const espera = esperando.get(m.id);
      esperando.delete(m.id);
      if (m.tipo === 'tablero') espera?.listo(m.resumen);
      else espera?.falla(new Error(m.mensaje));
    };
    t.onmessageerror = () => fallarTodos(ERROR_RESPUESTA_TABLERO);
    t.onerror = (evento) => {
      evento.preventDefault();
      fallarTodos(ERROR_TRABAJADOR_TABLERO);
    };
    return t;
  };
  let sinTrabajador = false;
  /** The worker, made if there is none yet; null where the platform has none. Throws if it cannot be made. */
  const elTrabajador = (): TrabajadorTablero | null => {
    if (!trabajador && !sinTrabajador) {
      trabajador = iniciar();
      sinTrabajador = trabajador === null;
    }
    return trabajador;
  };
  const resumir = (db: BaseDatosPoa, anio: number, hoy: string): Promise<ResumenTablero> => {
    let enviado: TrabajadorTablero | null;
    try {
      enviado = elTrabajador();
    } catch {
      return Promise.reject(new Error(ERROR_TRABAJADOR_TABLERO));
    }
    if (!enviado) return resumirTablero(db, anio, hoy);
    const id = ++siguiente;
    const destino = enviado;
    return new Promise<ResumenTablero>((listo, falla) => {
      esperando.set(id, { listo, falla });
      destino.postMessage({ tipo: 'tablero', id, base: db.name, anio, hoy } satisfies PedidoTablero);
    });
  };
  const preparar = (db: BaseDatosPoa) => {
    try {
      elTrabajador()?.postMessage({ tipo: 'abrir', base: db.name } satisfies z.infer<typeof abrirSchema>);
    } catch {
      // The first request says it, in Spanish, when the tablero opens.
    }
  };
  return Object.assign(resumir, { preparar });
}

/** The tablero's module worker, where the platform has workers (the app, Chromium); none in Node. */
export function crearTrabajadorTablero(): TrabajadorTablero | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./tablero.worker.ts', import.meta.url), { type: 'module', name: 'Tablero' });
}
