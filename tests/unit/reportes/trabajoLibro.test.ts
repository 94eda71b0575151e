import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { cargarDatosLibro, resumenDelLibro } from '../../../renderer/src/db/repositorios/reportes';
import {
  atenderPedidoLibro,
  construirLibroEnTrabajador,
  ERROR_ARMAR_LIBRO,
  ERROR_LEER_LIBRO,
  ERROR_PEDIDO_LIBRO,
  ERROR_RESPUESTA_LIBRO,
  ERROR_TRABAJADOR_LIBRO,
  exportarLibroEnTrabajador,
  type ApoyoLibro,
  type PedidoLibro,
  type RespuestaLibro,
  type TrabajadorLibro,
} from '../../../renderer/src/db/trabajoLibro';
import { construirLibroPoa } from '../../../shared/workbook/libro';
import { idPoa } from '../../../shared/domain/identidad';
import { entradaLibroPoa } from '../../../shared/reportes/libro';
import { conSesion } from '../db/sesionPrueba';
import { apoyo, persona, solicitud, uuid } from '../shared/registros';
import { hoja, leerLibro } from '../workbook/leer';

/**
 * The worker's two ends joined by a real message channel (structured clone and transfer as between a page and its
 * worker); the far end answers with `responder`, by default the worker's own handler, whose notices go back too.
 */
function trabajadorEnCanal(
  responder: (pedido: unknown, avisar: (r: RespuestaLibro) => void) => Promise<{ respuesta: unknown; transferir: ArrayBuffer[] }> = atenderPedidoLibro,
) {
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = (e: MessageEvent) =>
    void responder(e.data, (aviso) => port2.postMessage(aviso)).then(({ respuesta, transferir }) => port2.postMessage(respuesta, transferir));
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

let db: BaseDatosPoa;
let n = 0;
const GENERADO = new Date(2026, 10, 24, 12, 0);
const pedido = (cambios: Partial<PedidoLibro> = {}): PedidoLibro => ({ tipo: 'libro', base: db.name, anio: 2026, generado: GENERADO, ...cambios });

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-trabajo-libro-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { rol: 'jefe' });
  const despensa = (await listarCatalogo(db, 'tipoApoyo')).find((c) => c.nombre === 'Despensa')!.id;
  const maria = persona({ id: uuid(7101), sexo: 'M', nombres: 'María', apellidoPaterno: 'Pérez' });
  await db.personas.add(maria);
  const noviembre = solicitud({ fechaRecepcion: '2026-11-03T09:10', personaId: maria.id, tipoApoyoId: despensa });
  await db.solicitudes.bulkAdd([noviembre, solicitud({ fechaRecepcion: '2026-10-14T12:00', personaId: maria.id, tipoApoyoId: despensa })]);
  await db.apoyos.add(apoyo({ personaId: maria.id, solicitudId: noviembre.id, tipoApoyoId: despensa, estatus: 'entregado', fechaEntrega: '2026-11-12' }));
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

describe('el libro POA leído y construido fuera de la página', () => {
  it('el trabajador abre la misma base sin sesión, lee el año y devuelve los bytes del libro en un buffer transferido', async () => {
    const avisos: RespuestaLibro[] = [];
    const { respuesta, transferir } = await atenderPedidoLibro(pedido(), (a) => avisos.push(a));
    expect(avisos).toEqual([{ tipo: 'construyendo' }]);
    if (respuesta.tipo !== 'libro') throw new Error(`Se esperaba el libro: ${JSON.stringify(respuesta)}`);
    expect(transferir).toEqual([respuesta.bytes]);
    expect(respuesta.poaId).toBe(idPoa(2026));
    expect(respuesta.resumen).toEqual({ anio: 2026, actividades: 4, solicitudes: 2, apoyos: 1, jornadas: 0, eventos: 0, mesas: 0, convenios: 0, padron: 1 });
    const libro = await leerLibro(new Uint8Array(respuesta.bytes));
    expect(libro.worksheets.map((h) => h.name).slice(0, 3)).toEqual(['POA', 'Cronograma', 'Metas']);
    const folios = hoja(libro, 'Solicitudes').getColumn(1).values.filter((v) => typeof v === 'string' && v.startsWith('AC-'));
    expect(folios).toHaveLength(2);
  });

  it('lo que arma el trabajador es lo mismo que la página armaría con los datos leídos con su sesión', async () => {
    const { respuesta } = await atenderPedidoLibro(pedido());
    const entrada = entradaLibroPoa((await cargarDatosLibro(db, 2026, GENERADO))!);
    expect((respuesta as { resumen: unknown }).resumen).toEqual(resumenDelLibro(entrada));
    const delTrabajador = await leerLibro(new Uint8Array((respuesta as { bytes: ArrayBuffer }).bytes));
    const enPagina = await leerLibro(await construirLibroPoa(entrada));
    for (const nombre of ['Cronograma', 'Solicitudes', 'Apoyos']) {
      const valores = (l: typeof enPagina) => hoja(l, nombre).getSheetValues().map((f) => JSON.stringify(f));
      expect(valores(delTrabajador)).toEqual(valores(enPagina));
    }
  });

  it('la página recibe el libro por el canal, sabe cuándo empezó a construirse y termina al trabajador', async () => {
    const { trabajador, estado } = trabajadorEnCanal();
    const alConstruir = vi.fn();
    const libro = await construirLibroEnTrabajador(pedido(), () => trabajador, alConstruir);
    expect(estado).toEqual({ terminado: true, pedidos: 1 });
    expect(alConstruir).toHaveBeenCalledTimes(1);
    expect(libro!.poaId).toBe(idPoa(2026));
    expect(libro!.resumen.solicitudes).toBe(2);
    expect((await leerLibro(libro!.bytes)).getWorksheet('Cronograma')!.getCell('A1').value).not.toBeNull();
  });

  it('la página pide el libro sólo si la sesión puede exportarlo: a una capturista se le niega, queda en la bitácora y no se crea el trabajador', async () => {
    await conSesion(db, { rol: 'capturista', usuario: 'ana' });
    const crear = vi.fn(() => trabajadorEnCanal().trabajador);
    await expect(exportarLibroEnTrabajador(db, 2026, GENERADO, () => {}, crear)).rejects.toThrow(/^Solo un jefe o un administrador puede/);
    expect(crear).not.toHaveBeenCalled();
    const [negado] = await db.bitacora.where('accion').equals('permiso-denegado').toArray();
    expect(negado).toMatchObject({ entidad: 'permiso', entidadId: 'exportar-libro' });
  });

  it('con un jefe, la página recibe el libro de su propia base', async () => {
    const { trabajador } = trabajadorEnCanal();
    const libro = await exportarLibroEnTrabajador(db, 2026, GENERADO, () => {}, () => trabajador);
    expect(libro!.resumen).toMatchObject({ anio: 2026, solicitudes: 2, apoyos: 1 });
  });

  it('un año sin POA no tiene libro: la página recibe null', async () => {
    const { trabajador, estado } = trabajadorEnCanal();
    await expect(construirLibroEnTrabajador(pedido({ anio: 2031 }), () => trabajador)).resolves.toBeNull();
    expect(estado.terminado).toBe(true);
  });

  it('un pedido sin la base o el año se rechaza con un mensaje en español', async () => {
    const { trabajador, estado } = trabajadorEnCanal();
    await expect(construirLibroEnTrabajador({ tipo: 'libro', anio: 2026 } as unknown as PedidoLibro, () => trabajador)).rejects.toThrow(ERROR_PEDIDO_LIBRO);
    expect(estado.terminado).toBe(true);
  });

  it('si la base no se puede leer, el mensaje es en español, no el de IndexedDB', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rota: ApoyoLibro = {
      abrir: () => {
        throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
      },
      construir: construirLibroPoa,
    };
    const { trabajador } = trabajadorEnCanal((p, avisar) => atenderPedidoLibro(p, avisar, rota));
    await expect(construirLibroEnTrabajador(pedido(), () => trabajador)).rejects.toThrow(new Error(ERROR_LEER_LIBRO));
  });

  it('un error de exceljs o de las hojas llega como mensaje en español, no el de la librería', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const sinHojas: ApoyoLibro = {
      abrir: (nombre) => new BaseDatosPoa(nombre),
      construir: () => Promise.reject(new Error('Worksheet name already exists: Cronograma')),
    };
    const { trabajador } = trabajadorEnCanal((p, avisar) => atenderPedidoLibro(p, avisar, sinHojas));
    const error = await construirLibroEnTrabajador(pedido(), () => trabajador).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(ERROR_ARMAR_LIBRO);
  });

  it('una respuesta que no es un libro ni un mensaje se rechaza', async () => {
    const { trabajador, estado } = trabajadorEnCanal(async () => ({ respuesta: { tipo: 'libro', bytes: 'no son bytes' }, transferir: [] }));
    await expect(construirLibroEnTrabajador(pedido(), () => trabajador)).rejects.toThrow(ERROR_RESPUESTA_LIBRO);
    expect(estado.terminado).toBe(true);
  });

  it('si el trabajador no puede crearse, el mensaje dice qué pasó en español', async () => {
    const sinTrabajador = () => {
      throw new Error('Failed to construct Worker');
    };
    await expect(construirLibroEnTrabajador(pedido(), sinTrabajador)).rejects.toThrow(ERROR_TRABAJADOR_LIBRO);
  });
});
