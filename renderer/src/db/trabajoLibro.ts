import { z } from 'zod';
import { entradaLibroPoa } from '../../../shared/reportes/libro';
import type { LibroPoaEntrada } from '../../../shared/workbook/tipos';
import { BaseDatosPoa } from './db';
import { leerConPermiso } from './repositorios/base';
import { reunirDatosLibro, resumenDelLibro, type ResumenLibro } from './repositorios/reportes';

/**
 * The POA workbook is made in a module worker so the screen keeps answering while a busy year is read and exceljs
 * writes it: the page asks permission and sends which database and year; the worker opens the same IndexedDB
 * database, reads the year in one transaction (tens of thousands of records and the personas they name), arranges
 * the workbook's data, builds the .xlsx and answers with its bytes (their buffer transferred, not copied) and how
 * many rows of each kind it holds, or with a message in Spanish. Both sides check what they receive.
 */

const pedidoSchema = z.object({
  tipo: z.literal('libro'),
  /** The database's name: the worker opens the page's own. */
  base: z.string().min(1),
  anio: z.number().int(),
  /** When, by the page's clock: the workbook is dated by it and counts up to its month. */
  generado: z.date(),
});

export type PedidoLibro = z.infer<typeof pedidoSchema>;

const resumenSchema = z.object({
  anio: z.number().int(),
  actividades: z.number().int().nonnegative(),
  solicitudes: z.number().int().nonnegative(),
  apoyos: z.number().int().nonnegative(),
  jornadas: z.number().int().nonnegative(),
  eventos: z.number().int().nonnegative(),
  mesas: z.number().int().nonnegative(),
  convenios: z.number().int().nonnegative(),
  padron: z.number().int().nonnegative(),
}) satisfies z.ZodType<ResumenLibro>;

export const respuestaLibroSchema = z.discriminatedUnion('tipo', [
  /** The year is read: the workbook is being built. */
  z.object({ tipo: z.literal('construyendo') }),
  z.object({ tipo: z.literal('libro'), bytes: z.instanceof(ArrayBuffer), poaId: z.string().min(1), resumen: resumenSchema }),
  z.object({ tipo: z.literal('sinPoa') }),
  z.object({ tipo: z.literal('error'), mensaje: z.string().min(1) }),
]);

export type RespuestaLibro = z.infer<typeof respuestaLibroSchema>;

export const ERROR_TRABAJADOR_LIBRO = 'no se pudo iniciar la construcción del libro en segundo plano';
export const ERROR_LEER_LIBRO = 'no se pudieron leer los datos del libro';
export const ERROR_ARMAR_LIBRO = 'no se pudieron escribir las hojas del libro de Excel';
export const ERROR_PEDIDO_LIBRO = 'el pedido del libro llegó incompleto a quien lo construye';
export const ERROR_RESPUESTA_LIBRO = 'el libro construido llegó dañado';

/** What the worker's side uses: how it opens the database and builds the .xlsx (both real unless a test says). */
export interface ApoyoLibro {
  abrir: (nombre: string) => BaseDatosPoa;
  construir: (entrada: LibroPoaEntrada) => Promise<Uint8Array>;
}

const APOYO_REAL: ApoyoLibro = {
  abrir: (nombre) => new BaseDatosPoa(nombre),
  construir: async (entrada) => (await import('../../../shared/workbook/libro')).construirLibroPoa(entrada),
};

/**
 * The worker's side: reads the year and builds its workbook; `avisar` hears when the reading is done. Never throws,
 * never answers in English (exceljs and IndexedDB speak English: their messages stay in the console for IT).
 */
export async function atenderPedidoLibro(
  pedido: unknown,
  avisar: (r: RespuestaLibro) => void = () => {},
  apoyo: ApoyoLibro = APOYO_REAL,
): Promise<{ respuesta: RespuestaLibro; transferir: ArrayBuffer[] }> {
  const p = pedidoSchema.safeParse(pedido);
  if (!p.success) return { respuesta: { tipo: 'error', mensaje: ERROR_PEDIDO_LIBRO }, transferir: [] };
  const { base, anio, generado } = p.data;
  let entrada: LibroPoaEntrada;
  let poaId: string;
  let db: BaseDatosPoa | null = null;
  try {
    db = apoyo.abrir(base);
    const datos = await reunirDatosLibro(db, anio, generado);
    if (!datos) return { respuesta: { tipo: 'sinPoa' }, transferir: [] };
    poaId = datos.poaId;
    entrada = entradaLibroPoa(datos);
  } catch (error) {
    console.error('Libro POA, al leer:', error);
    return { respuesta: { tipo: 'error', mensaje: ERROR_LEER_LIBRO }, transferir: [] };
  } finally {
    db?.close();
  }
  avisar({ tipo: 'construyendo' });
  try {
    const bytes = await apoyo.construir(entrada);
    // The buffer moves to the page whole: exactly the workbook's bytes, copied only when they are a view into more.
    const entero = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const buffer = entero ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
    return { respuesta: { tipo: 'libro', bytes: buffer, poaId, resumen: resumenDelLibro(entrada) }, transferir: [buffer] };
  } catch (error) {
    console.error('Libro POA:', error);
    return { respuesta: { tipo: 'error', mensaje: ERROR_ARMAR_LIBRO }, transferir: [] };
  }
}

/** What the page needs of a worker (a `Worker`, or in tests one end of a message channel). */
export type TrabajadorLibro = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onmessageerror' | 'onerror'>;

/** A workbook built: its bytes, the POA it is of and how many rows of each kind it holds. */
export interface LibroConstruido {
  bytes: Uint8Array;
  poaId: string;
  resumen: ResumenLibro;
}

/**
 * The page's side: one worker per workbook, ended as soon as it answers; null when the year has no POA; rejects with
 * a Spanish message. `alConstruir` runs when the worker has read the year and starts building.
 */
export function construirLibroEnTrabajador(
  pedido: PedidoLibro,
  crear: () => TrabajadorLibro,
  alConstruir: () => void = () => {},
): Promise<LibroConstruido | null> {
  return new Promise<LibroConstruido | null>((listo, falla) => {
    let trabajador: TrabajadorLibro;
    try {
      trabajador = crear();
    } catch {
      falla(new Error(ERROR_TRABAJADOR_LIBRO));
      return;
    }
    const terminar = (accion: () => void) => {
      trabajador.onmessage = trabajador.onmessageerror = trabajador.onerror = null;
      trabajador.terminate();
      accion();
    };
    trabajador.onmessage = (evento) => {
      const r = respuestaLibroSchema.safeParse(evento.data);
      if (!r.success) return terminar(() => falla(new Error(ERROR_RESPUESTA_LIBRO)));
      const m = r.data;
      if (m.tipo === 'construyendo') alConstruir();
      else if (m.tipo === 'sinPoa') terminar(() => listo(null));
      else if (m.tipo === 'error') terminar(() => falla(new Error(m.mensaje)));
      else terminar(() => listo({ bytes: new Uint8Array(m.bytes), poaId: m.poaId, resumen: m.resumen }));
    };
    trabajador.onmessageerror = () => terminar(() => falla(new Error(ERROR_RESPUESTA_LIBRO)));
    trabajador.onerror = (evento) => {
      evento.preventDefault();
      terminar(() => falla(new Error(ERROR_TRABAJADOR_LIBRO)));
    };
    trabajador.postMessage(pedido);
  });
}

/** The workbook's module worker (exceljs loads there, never on the page). */
export function crearTrabajadorLibro(): TrabajadorLibro {
  return new Worker(new URL('./libroPoa.worker.ts', import.meta.url), { type: 'module', name: 'Libro POA' });
}

/**
 * The year's POA workbook of this database, once the session may export it (a refusal is logged and rejects, as any
 * read the session may not make): read and built in the worker `crear` makes. Null when the year has no POA.
 */
export function exportarLibroEnTrabajador(
  db: BaseDatosPoa,
  anio: number,
  generado: Date,
  alConstruir: () => void,
  crear: () => TrabajadorLibro = crearTrabajadorLibro,
): Promise<LibroConstruido | null> {
  return leerConPermiso(db, 'exportar-libro', () => construirLibroEnTrabajador({ tipo: 'libro', base: db.name, anio, generado }, crear, alConstruir));
}
