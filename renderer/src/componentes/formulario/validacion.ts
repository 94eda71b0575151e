import type { FieldErrors, FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import { textoDeError, ErrorValidacion, erroresParaFormulario } from '../../db/errores';

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
      form.setError('root', { message: `No se pudo guardar: ${textoDeError(e)}` });
      return false;
    }
    const claves = Object.keys(errores);
    for (const clave of claves) form.setError(clave === '_' ? 'root' : (clave as Path<T>), { message: errores[clave] });
    enfocarPrimerError(form, claves.filter((c) => c !== '_'));
    return false;
  }
}

/** The paths of the fields that have an error, as react-hook-form nests them ('persona.curp'); the root error is not a field. */
export function camposConError(errores: object, prefijo = ''): string[] {
  return Object.entries(errores).flatMap(([clave, valor]: [string, unknown]) => {
    if (clave === 'root' || clave === 'ref' || typeof valor !== 'object' || valor === null) return [];
    const ruta = prefijo + clave;
    return typeof (valor as { message?: unknown }).message === 'string' ? [ruta] : camposConError(valor, `${ruta}.`);
  });
}

/** The box of a field on screen, found by its name; what a radio group or a tick box names is its first input. */
const cajaDe = (campo: string) => document.getElementsByName(campo)[0] as HTMLElement | undefined;

/** The fields in the order they appear on screen; those not on screen go last, in the order given. */
export function enOrdenDePantalla(campos: readonly string[]): string[] {
  const posicion = (campo: string) => cajaDe(campo);
  return [...campos].sort((a, b) => {
    const [ea, eb] = [posicion(a), posicion(b)];
    if (!ea || !eb) return Number(!ea) - Number(!eb);
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * Takes the focus to a field and brings its whole box (label, box and message) to the middle of the window, clear of
 * the app bar above and of the bar with «Guardar» below.
 */
export function irACampo<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'setFocus'>, campo: string): void {
  form.setFocus(campo as Path<T>);
  const enfocado = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : cajaDe(campo);
  const caja = enfocado?.closest('.MuiFormControl-root, .MuiFormControlLabel-root') ?? enfocado;
  // Once the errors the save just raised are drawn, since they change the height of what is above and below.
  requestAnimationFrame(() => caja?.scrollIntoView({ block: 'center' }));
}

/** After a failed save: the first field with an error, as the form shows them, has the focus and is in view. */
export function enfocarPrimerError<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'setFocus'>, campos: readonly string[]): void {
  const [primero] = enOrdenDePantalla(campos);
  if (primero) irACampo(form, primero);
}
