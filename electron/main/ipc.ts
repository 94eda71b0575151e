/**
 * Registers one `ipcMain.handle` per channel of the contract. Before a handler runs, the listener checks who
 * sent the message (the main frame of a page of our origin) and parses the payload with the channel's schema.
 * Handlers never throw across IPC: the renderer receives a `ResultadoIpc` with a Spanish message.
 */
import { contrato, type Canal, type Respuesta, type ResultadoIpc } from '../../shared/ipc/contract';
import { ACCIONES, excedeTamano, validarSolicitud } from '../../shared/ipc/validacion';
import { ErrorOperacion } from './errors';
import type { Manejadores, SolicitudValidada } from './handlers/types';
import { esOrigenPermitido } from './security';

/** The part of Electron's `IpcMainInvokeEvent` that is checked. */
export interface EventoIpc {
  readonly senderFrame: { readonly parent: unknown; readonly url: string } | null;
}

/** The part of `ipcMain` used; tests pass a recorder. */
export interface RegistroIpc {
  handle(canal: string, escucha: (evento: EventoIpc, ...argumentos: unknown[]) => Promise<unknown>): void;
}

export interface OpcionesIpc {
  origenes: readonly string[];
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

/** Only the top frame of a page served from one of our origins may call the main process. */
export function remitenteValido(evento: EventoIpc, origenes: readonly string[]): boolean {
  const marco = evento.senderFrame;
  if (!marco) return false;
  if (marco.parent !== null) return false;
  return esOrigenPermitido(marco.url, origenes);
}

export function crearEscucha<C extends Canal>(
  canal: C,
  manejador: (solicitud: SolicitudValidada<C>) => Promise<Respuesta<C>>,
  opciones: OpcionesIpc,
): (evento: EventoIpc, ...argumentos: unknown[]) => Promise<ResultadoIpc<Respuesta<C>>> {
  const registrar = opciones.registrar ?? (() => undefined);
  const accion = ACCIONES[canal];
  const esquemaRespuesta = contrato[canal].respuesta;

  return async (evento, ...argumentos) => {
    if (!remitenteValido(evento, opciones.origenes)) {
      registrar(`Rechazado ${canal} desde ${evento.senderFrame?.url ?? 'un marco desconocido'}`);
      return { exito: false, mensaje: `Se rechazó la solicitud para ${accion}: no proviene de la ventana de la aplicación.` };
    }
    if (argumentos.length > 1) {
      return { exito: false, mensaje: `Datos inválidos para ${accion}: se esperaba un solo argumento.` };
    }
    const analizada = validarSolicitud(canal, argumentos[0]);
    if (!analizada.exito) return { exito: false, mensaje: analizada.mensaje };

    let valor: Respuesta<C>;
    try {
      valor = await manejador(analizada.datos);
    } catch (error) {
      if (error instanceof ErrorOperacion) return { exito: false, mensaje: error.message };
      registrar(`Falló ${canal}`, error);
      return { exito: false, mensaje: `No se pudo ${accion}. Intente de nuevo; si el problema sigue, reinicie la aplicación.` };
    }

    // An answer over the channel's limit is not sent (the handlers check the files they read before reading them).
    const excedido = excedeTamano(canal, valor);
    if (excedido) {
      registrar(`Respuesta demasiado grande en ${canal}`);
      return { exito: false, mensaje: excedido };
    }
    // A handler answering outside the contract is a defect; the renderer must not receive it.
    const respuesta = esquemaRespuesta.safeParse(valor);
    if (!respuesta.success) {
      registrar(`Respuesta fuera del contrato en ${canal}`, respuesta.error);
      return { exito: false, mensaje: `No se pudo ${accion}: respuesta inesperada del sistema.` };
    }
    return { exito: true, datos: respuesta.data as Respuesta<C> };
  };
}

export function registrarCanales(ipc: RegistroIpc, manejadores: Manejadores, opciones: OpcionesIpc): void {
  for (const canal of Object.keys(contrato) as Canal[]) {
    registrarCanal(ipc, canal, manejadores[canal], opciones);
  }
}

function registrarCanal<C extends Canal>(
  ipc: RegistroIpc,
  canal: C,
  manejador: Manejadores[C],
  opciones: OpcionesIpc,
): void {
  ipc.handle(canal, crearEscucha(canal, manejador, opciones));
}
