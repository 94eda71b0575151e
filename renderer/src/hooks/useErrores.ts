import { useState } from 'react';
import { erroresParaFormulario, textoDeError } from '../db/errores';

/**
 * Field errors of the last save attempt, keyed by field path. `guardar` runs a repository call and turns an
 * ErrorValidacion into messages at the fields and a refusal for lack of permission into the general message; any
 * other failure becomes a general message too.
 */
export function useErrores() {
  const [errores, setErrores] = useState<Record<string, string>>({});
  async function guardar<T>(accion: () => Promise<T>): Promise<T | undefined> {
    try {
      const r = await accion();
      setErrores({});
      return r;
    } catch (e) {
      const errores = erroresParaFormulario(e);
      if (errores) setErrores(errores);
      else setErrores({ _: `No se pudo guardar: ${textoDeError(e)}` });
      return undefined;
    }
  }
  const campo = (clave: string) => ({ error: Boolean(errores[clave]), helperText: errores[clave] ?? ' ' });
  return { errores, setErrores, guardar, campo };
}
