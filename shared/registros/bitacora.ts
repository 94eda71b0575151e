import type { BitacoraRegistro, NombresRegistro } from './tipos';

/** "registrada" or "registrado". */
export function participio(raiz: string, femenino: boolean): string {
  return `${raiz}${femenino ? 'a' : 'o'}`;
}

/**
 * The entries of a kind whose status is a field with labels: "Mesa «…» del 09/06/2026 registrada, programada" and
 * "Mesa «…» del 09/06/2026: Programada → Asistida".
 */
export function bitacoraConEstatus<R extends { estatus: E }, E extends string>(
  femenino: boolean,
  etiquetas: Readonly<Record<E, string>>,
  sujeto: (registro: R, nombres: NombresRegistro) => string,
): BitacoraRegistro<R> {
  return {
    femenino,
    sujeto,
    alta: (r, nombres) => `${sujeto(r, nombres)} ${participio('registrad', femenino)}, ${etiquetas[r.estatus].toLowerCase()}`,
    cambioEstatus: (antes, despues) => `: ${etiquetas[antes.estatus]} → ${etiquetas[despues.estatus]}`,
  };
}
