import { ErrorOperacion } from '../errors';
import { urlExternaPermitida } from '../security';
import type { Manejador } from './types';

export interface DependenciasEnlace {
  /** `shell.openExternal` in the app. */
  abrirExterno: (url: string) => Promise<void>;
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

/** `enlace:abrirExterno`: only http(s) and mailto links reach the operating system. */
export function crearManejadorEnlace(dep: DependenciasEnlace): Manejador<'enlace:abrirExterno'> {
  return async ({ url }) => {
    const segura = urlExternaPermitida(url);
    if (segura === null) throw new ErrorOperacion('Solo se pueden abrir enlaces http, https o mailto.');
    try {
      await dep.abrirExterno(segura);
      return { ok: true };
    } catch (error) {
      dep.registrar?.('No se pudo abrir el enlace externo', error);
      return { ok: false };
    }
  };
}
