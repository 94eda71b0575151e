import { useState } from 'react';
import { ErrorValidacion } from '../db/errores';

/**
 * Field errors of the last save attempt, keyed by field path. `guardar` runs a repository call and turns an
 * ErrorValidacion into messages at the fields; any other failure becomes a general message.
 */
export function useErrores() {
  const [errores, setErrores] = useState<Record<string, string>>({});
  async function guardar<T>(accion: () => Promise<T>): Promise<T | undefined> {
    try {
      const r = await accion();
      setErrores({});
      return r;
    } catch (e) {
      if (e instanceof ErrorValidacion) setErrores(e.errores);
      else setErrores({ _: e instanceof Error ? `No se pudo guardar: ${e.message}` : 'No se pudo guardar' });
      return undefined;
    }
  }
  const campo = (clave: string) => ({ error: Boolean(errores[clave]), helperText: errores[clave] ?? ' ' });
  return { errores, setErrores, guardar, campo };
}
