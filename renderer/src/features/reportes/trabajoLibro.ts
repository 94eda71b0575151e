import { z } from 'zod';
import type { LibroPoaEntrada } from '../../../../shared/workbook/tipos';

/**
 * The POA workbook is built in a module worker so the screen keeps answering while exceljs writes a busy year:
 * the page sends the workbook's plain data, the worker answers with the .xlsx bytes (their buffer transferred, not
 * copied) or with a message in Spanish. Both sides check what they receive.
 */

const pedidoSchema = z.looseObject({
  anio: z.number().int(),
  generado: z.date(),
  actividades: z.array(z.unknown()),
  anexos: z.array(z.unknown()),
});

export const respuestaLibroSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('libro'), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ tipo: z.literal('error'), mensaje: z.string().min(1) }),
]);

export type RespuestaLibro = z.infer<typeof respuestaLibroSchema>;

export const ERROR_TRABAJADOR_LIBRO = 'no se pudo iniciar la construcción del libro en segundo plano';
export const ERROR_ARMAR_LIBRO = 'no se pudieron escribir las hojas del libro de Excel';
export const ERROR_PEDIDO_LIBRO = 'los datos del libro llegaron incompletos a quien lo construye';
export const ERROR_RESPUESTA_LIBRO = 'el libro construido llegó dañado';

/** The worker's side: builds the workbook from the data received; never throws, never answers in English. */
export async function atenderPedidoLibro(pedido: unknown): Promise<{ respuesta: RespuestaLibro; transferir: ArrayBuffer[] }> {
  if (!pedidoSchema.safeParse(pedido).success) return { respuesta: { tipo: 'error', mensaje: ERROR_PEDIDO_LIBRO }, transferir: [] };
  try {
    const { construirLibroPoa } = await import('../../../../shared/workbook/libro');
    const bytes = await construirLibroPoa(pedido as LibroPoaEntrada);
    // The buffer moves to the page whole: exactly the workbook's bytes, copied only when they are a view into more.
    const entero = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const buffer = entero ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
    return { respuesta: { tipo: 'libro', bytes: buffer }, transferir: [buffer] };
  } catch (error) {
    // exceljs speaks English: the user reads the Spanish message; the original stays in the console for IT.
    console.error('Libro POA:', error);
    return { respuesta: { tipo: 'error', mensaje: ERROR_ARMAR_LIBRO }, transferir: [] };
  }
}

/** What the page needs of a worker (a `Worker`, or in tests one end of a message channel). */
export type TrabajadorLibro = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onmessageerror' | 'onerror'>;

/** The page's side: one worker per workbook, ended as soon as it answers; rejects with a Spanish message. */
export function construirLibroEnTrabajador(entrada: LibroPoaEntrada, crear: () => TrabajadorLibro): Promise<Uint8Array> {
  return new Promise<Uint8Array>((listo, falla) => {
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
      if (!r.success) terminar(() => falla(new Error(ERROR_RESPUESTA_LIBRO)));
      else if (r.data.tipo === 'error') terminar(() => falla(new Error((r.data as { mensaje: string }).mensaje)));
      else terminar(() => listo(new Uint8Array((r.data as { bytes: ArrayBuffer }).bytes)));
    };
    trabajador.onmessageerror = () => terminar(() => falla(new Error(ERROR_RESPUESTA_LIBRO)));
    trabajador.onerror = (evento) => {
      evento.preventDefault();
      terminar(() => falla(new Error(ERROR_TRABAJADOR_LIBRO)));
    };
    trabajador.postMessage(entrada);
  });
}
