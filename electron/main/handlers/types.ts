import type { Canal, Respuesta, SolicitudValidada } from '../../../shared/ipc/contract';

export type { SolicitudValidada };

export type Manejador<C extends Canal> = (solicitud: SolicitudValidada<C>) => Promise<Respuesta<C>>;

/** One handler per channel of the contract; the compiler checks that none is missing. */
export type Manejadores = { [C in Canal]: Manejador<C> };

export interface FiltroDialogo {
  name: string;
  extensions: string[];
}

/**
 * The operating system's save dialog. Resolves to the chosen path, or undefined when the user cancels.
 * In the app it is `dialog.showSaveDialog` bound to the main window.
 */
export type ElegirRutaGuardado = (opciones: {
  titulo: string;
  rutaSugerida: string;
  filtros: FiltroDialogo[];
}) => Promise<string | undefined>;
