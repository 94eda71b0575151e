import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  atenderPedidoLibro,
  construirLibroEnTrabajador,
  ERROR_ARMAR_LIBRO,
  ERROR_PEDIDO_LIBRO,
  ERROR_RESPUESTA_LIBRO,
  ERROR_TRABAJADOR_LIBRO,
  type TrabajadorLibro,
} from '../../../renderer/src/features/reportes/trabajoLibro';
import type { LibroPoaEntrada } from '../../../shared/workbook/tipos';
import { entradaSemilla } from '../workbook/datos';
import { leerLibro } from '../workbook/leer';

/**
 * The worker's two ends joined by a real message channel (structured clone and transfer as between a page and its
 * worker); the far end answers with `responder`, by default the worker's own handler.
 */
function trabajadorEnCanal(responder: (pedido: unknown) => Promise<{ respuesta: unknown; transferir: ArrayBuffer[] }> = atenderPedidoLibro) {
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = (e: MessageEvent) => void responder(e.data).then(({ respuesta, transferir }) => port2.postMessage(respuesta, transferir));
  const estado = { terminado: false, pedidos: 0 };
  const trabajador = {
    onmessage: null,
    onmessageerror: null,
    onerror: null,
    postMessage(mensaje: unknown) {
      estado.pedidos++;
      port1.postMessage(mensaje);
    },
    terminate() {
      estado.terminado = true;
      port1.close();
      port2.close();
    },
  } as TrabajadorLibro;
  port1.onmessage = (e: MessageEvent) => (trabajador.onmessage as ((e: MessageEvent) => void) | null)?.(e);
  return { trabajador, estado };
}

afterEach(() => vi.restoreAllMocks());

describe('el libro POA construido fuera de la página', () => {
  it('el trabajador devuelve los bytes del libro en un buffer transferido, exactamente el libro', async () => {
    const { respuesta, transferir } = await atenderPedidoLibro(entradaSemilla());
    expect(respuesta.tipo).toBe('libro');
    const bytes = (respuesta as { bytes: ArrayBuffer }).bytes;
    expect(transferir).toEqual([bytes]);
    const libro = await leerLibro(new Uint8Array(bytes));
    expect(libro.worksheets.map((h) => h.name)).toContain('Cronograma');
  });

  it('la página recibe el libro por el canal y termina al trabajador', async () => {
    const { trabajador, estado } = trabajadorEnCanal();
    const bytes = await construirLibroEnTrabajador(entradaSemilla(), () => trabajador);
    expect(estado).toEqual({ terminado: true, pedidos: 1 });
    const libro = await leerLibro(bytes);
    expect(libro.worksheets.map((h) => h.name).slice(0, 3)).toEqual(['POA', 'Cronograma', 'Metas']);
    expect(libro.getWorksheet('Cronograma')!.getCell('A1').value).not.toBeNull();
  });

  it('un pedido sin los datos del libro se rechaza con un mensaje en español', async () => {
    const { trabajador, estado } = trabajadorEnCanal();
    await expect(construirLibroEnTrabajador({ anio: 2026 } as unknown as LibroPoaEntrada, () => trabajador)).rejects.toThrow(ERROR_PEDIDO_LIBRO);
    expect(estado.terminado).toBe(true);
  });

  it('un error de exceljs o de las hojas llega como mensaje en español, no el de la librería', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rota = { ...entradaSemilla(), actividades: [null] } as unknown as LibroPoaEntrada;
    const { trabajador } = trabajadorEnCanal();
    const error = await construirLibroEnTrabajador(rota, () => trabajador).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(ERROR_ARMAR_LIBRO);
  });

  it('una respuesta que no es un libro ni un mensaje se rechaza', async () => {
    const { trabajador, estado } = trabajadorEnCanal(async () => ({ respuesta: { tipo: 'libro', bytes: 'no son bytes' }, transferir: [] }));
    await expect(construirLibroEnTrabajador(entradaSemilla(), () => trabajador)).rejects.toThrow(ERROR_RESPUESTA_LIBRO);
    expect(estado.terminado).toBe(true);
  });

  it('si el trabajador no puede crearse, el mensaje dice qué pasó en español', async () => {
    const sinTrabajador = () => {
      throw new Error('Failed to construct Worker');
    };
    await expect(construirLibroEnTrabajador(entradaSemilla(), sinTrabajador)).rejects.toThrow(ERROR_TRABAJADOR_LIBRO);
  });
});
