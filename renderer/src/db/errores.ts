import Dexie from 'dexie';
import type { z } from 'zod';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';

/** Bad input, with a Spanish message per field path ('programado.3', 'curp'), so forms show each at its field. */
export class ErrorValidacion extends Error {
  constructor(
    public readonly errores: Record<string, string>,
    mensaje?: string,
  ) {
    super(mensaje ?? Object.values(errores)[0] ?? 'Datos inválidos');
    this.name = 'ErrorValidacion';
  }
}

/** What every repository call answers while the sign-in is locked (after inactivity or on demand). */
export const MENSAJE_SESION_BLOQUEADA = 'La sesión está bloqueada: escriba su contraseña en la pantalla de bloqueo para continuar.';

export class SesionBloqueada extends Error {
  override readonly name = 'SesionBloqueada';
  constructor() {
    super(MENSAJE_SESION_BLOQUEADA);
  }
}

export function erroresDeZod(error: z.ZodError): Record<string, string> {
  const errores: Record<string, string> = {};
  for (const issue of error.issues) {
    const clave = issue.path.map(String).join('.') || '_';
    errores[clave] ??= issue.message;
  }
  return errores;
}

/** Parses with the schema or throws ErrorValidacion: nothing half-valid reaches a table. */
export function validar<S extends z.ZodType>(schema: S, datos: unknown): z.infer<S> {
  const r = schema.safeParse(datos);
  if (!r.success) throw new ErrorValidacion(erroresDeZod(r.error));
  return r.data;
}

/**
 * What a form shows of a failed repository call: a validation's messages at their fields, and a refusal for lack of
 * permission (PermisoDenegado, which says who can) or for a locked sign-in as the form's general message ('_'); null
 * for any other failure.
 */
export function erroresParaFormulario(e: unknown): Record<string, string> | null {
  if (e instanceof ErrorValidacion) return e.errores;
  if (e instanceof PermisoDenegado || e instanceof SesionBloqueada) return { _: e.message };
  return null;
}

/** The errors the browser, IndexedDB or a library raise, whose text is theirs (English) and not the app's. */
function esAjeno(e: Error): boolean {
  return e instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && e instanceof DOMException) || ERRORES_DEL_MOTOR.has(e.name);
}

// RangeError is left out: the app raises it with its own Spanish text (a folio's series, a consecutive).
const ERRORES_DEL_MOTOR = new Set(['TypeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AbortError']);

/**
 * What a user reads of an error: the app's own messages as they are (Spanish: a field, a permission, the bridge, a
 * file), and a Spanish sentence instead of the text of the browser, IndexedDB or a library, which stays in the
 * console for support («Transaction has already completed or failed» never reaches a user).
 */
export function textoDeError(e: unknown, siNoEsError = 'Ocurrió un error inesperado; intente de nuevo.'): string {
  if (!(e instanceof Error)) return typeof e === 'string' && e.trim() ? e : siNoEsError;
  if (!esAjeno(e)) return e.message;
  console.error(e);
  if (e.name === 'QuotaExceededError' || (e instanceof Dexie.DexieError && e.inner?.name === 'QuotaExceededError')) {
    return 'No queda espacio en el disco para la base de datos: libere espacio e intente de nuevo.';
  }
  return 'La base de datos o el navegador no respondieron como se esperaba; intente de nuevo. Si se repite, avise a soporte.';
}
