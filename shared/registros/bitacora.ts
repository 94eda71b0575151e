import { formatearFecha } from '../domain/formato';
import type { BitacoraRegistro } from './tipos';

/** "registrada" or "registrado". */
export function participio(raiz: string, femenino: boolean): string {
  return `${raiz}${femenino ? 'a' : 'o'}`;
}

/** " del 09/06/2026": the day of a dated record, after its description. */
export function delDia(fecha: string): string {
  return ` del ${formatearFecha(fecha)}`;
}

/**
 * The entries of a kind whose status is a field with labels: "Mesa: … del 09/06/2026: registrada, programada" and
 * "Mesa: … del 09/06/2026: Programada → Asistida".
 */
export function bitacoraConEstatus<R extends { estatus: E }, E extends string>(
  femenino: boolean,
  etiquetas: Readonly<Record<E, string>>,
  cuando?: (registro: R) => string,
): BitacoraRegistro<R> {
  return {
    femenino,
    ...(cuando ? { cuando } : {}),
    alta: (r) => `${participio('registrad', femenino)}, ${etiquetas[r.estatus].toLowerCase()}`,
    cambioEstatus: (antes, despues) => `${etiquetas[antes.estatus]} → ${etiquetas[despues.estatus]}`,
  };
}
