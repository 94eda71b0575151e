import { ErrorOperacion } from '../errors';
import { urlExternaPermitida } from '../security';
import type { Manejador } from './types';

export interface DependenciasEnlace {
  /** `shell.openExternal` in the app. */
  abrirExterno: (url: string) => Promise<void>;
  registrar?: (mensaje: string, detalle?: unknown) => void;
  /** The allowed hosts; the app's list (shared/ipc/canales.ts) unless a test gives one. */
  hosts?: readonly string[];
}

/** `enlace:abrirExterno`: only http(s) and mailto links to an allowed host reach the operating system. */
export function crearManejadorEnlace(dep: DependenciasEnlace): Manejador<'enlace:abrirExterno'> {
  return async ({ url }) => {
    const segura = urlExternaPermitida(url, dep.hosts);
    if (segura === null) throw new ErrorOperacion('Ese enlace no se puede abrir desde la aplicación.');
    try {
      await dep.abrirExterno(segura);
      return { ok: true };
    } catch (error) {
      dep.registrar?.('No se pudo abrir el enlace externo', error);
      return { ok: false };
    }
  };
}
