import type { FieldErrors, FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import { ErrorValidacion, erroresParaFormulario } from '../../db/errores';

/** The field errors a repository validation would raise, or none: forms show exactly what saving would say. */
export function erroresDe(validar: () => unknown): Record<string, string> {
  try {
    validar();
    return {};
  } catch (e) {
    if (e instanceof ErrorValidacion) return e.errores;
    throw e;
  }
}

/** Flat error keys ('persona.curp', '_') as react-hook-form's nested errors ('_' becomes the form's root error). */
export function aErroresFormulario<T extends FieldValues>(errores: Record<string, string>): FieldErrors<T> {
  const raiz: Record<string, unknown> = {};
  for (const [ruta, message] of Object.entries(errores)) {
    const partes = ruta === '_' ? ['root'] : ruta.split('.');
    let nodo = raiz;
    for (const parte of partes.slice(0, -1)) nodo = (nodo[parte] ??= {}) as Record<string, unknown>;
    nodo[partes[partes.length - 1]] = { type: 'validate', message };
  }
  return raiz as FieldErrors<T>;
}

/** A resolver from a function that lists errors by field path. */
export function resolverCon<T extends FieldValues>(errores: (valores: T) => Record<string, string>): Resolver<T> {
  return async (valores) => {
    const e = errores(valores);
    return Object.keys(e).length === 0 ? { values: valores, errors: {} } : { values: {}, errors: aErroresFormulario<T>(e) };
  };
}

/**
 * Runs a repository call for a form: its ErrorValidacion lands at the fields (the first one gets the focus), a
 * refusal for lack of permission and any other failure as the form's general error. True when it saved.
 */
export async function guardarFormulario<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'setError' | 'setFocus'>, accion: () => Promise<unknown>): Promise<boolean> {
  try {
    await accion();
    return true;
  } catch (e) {
    const errores = erroresParaFormulario(e);
    if (!errores) {
      form.setError('root', { message: `No se pudo guardar: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
    const claves = Object.keys(errores);
    for (const clave of claves) form.setError(clave === '_' ? 'root' : (clave as Path<T>), { message: errores[clave] });
    const primera = claves.find((c) => c !== '_');
    if (primera) form.setFocus(primera as Path<T>);
    return false;
  }
}
