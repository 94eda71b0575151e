/**
 * Wrong passwords in a row make the next attempt wait, so guessing at a shared desk PC is slow while a clerk who
 * mistypes a few times is not bothered: five tries are free, then 30 seconds, doubling with each further failure up
 * to 15 minutes. The state lives in the account record; the clock is always passed in, so the rules are tested
 * without waiting.
 */

export const INTENTOS_LIBRES = 5;
export const ESPERA_INICIAL_MS = 30_000;
export const ESPERA_MAXIMA_MS = 15 * 60_000;

export interface EstadoIntentos {
  /** Wrong passwords since the last right one. */
  fallidos: number;
  /** ISO instant until which no attempt is accepted; null when none is pending. */
  bloqueadoHasta: string | null;
}

export const SIN_INTENTOS: EstadoIntentos = { fallidos: 0, bloqueadoHasta: null };

/** The wait that follows the n-th failure in a row: none for the first four, then 30 s, 60 s, … up to 15 min. */
export function esperaTrasFallos(fallidos: number): number {
  if (fallidos < INTENTOS_LIBRES) return 0;
  return Math.min(ESPERA_INICIAL_MS * 2 ** (fallidos - INTENTOS_LIBRES), ESPERA_MAXIMA_MS);
}

/** Milliseconds still to wait before the next attempt; 0 when one may be made now. */
export function esperaRestante(estado: EstadoIntentos, ahora: Date): number {
  if (estado.bloqueadoHasta === null) return 0;
  const hasta = Date.parse(estado.bloqueadoHasta);
  if (Number.isNaN(hasta)) return 0;
  return Math.max(0, hasta - ahora.getTime());
}

export function puedeIntentar(estado: EstadoIntentos, ahora: Date): boolean {
  return esperaRestante(estado, ahora) === 0;
}

/**
 * The state after a wrong password. Only called for an attempt that was allowed: one refused while waiting is not
 * checked against the password at all, so it neither counts nor extends the wait.
 */
export function registrarFallo(estado: EstadoIntentos, ahora: Date): EstadoIntentos {
  const fallidos = estado.fallidos + 1;
  const espera = esperaTrasFallos(fallidos);
  return { fallidos, bloqueadoHasta: espera > 0 ? new Date(ahora.getTime() + espera).toISOString() : null };
}

/** A right password clears the count. */
export function registrarAcierto(): EstadoIntentos {
  return { ...SIN_INTENTOS };
}

function unidad(cantidad: number, singular: string, plural: string): string {
  return `${cantidad} ${cantidad === 1 ? singular : plural}`;
}

/** «30 segundos», «1 minuto», «2 minutos y 5 segundos»; partial seconds round up, so the wait is never shown short. */
export function textoEspera(ms: number): string {
  const segundos = Math.max(1, Math.ceil(ms / 1000));
  if (segundos < 60) return unidad(segundos, 'segundo', 'segundos');
  const minutos = Math.floor(segundos / 60);
  const resto = segundos % 60;
  const textoMinutos = unidad(minutos, 'minuto', 'minutos');
  return resto === 0 ? textoMinutos : `${textoMinutos} y ${unidad(resto, 'segundo', 'segundos')}`;
}

export function mensajeEspera(ms: number): string {
  return `Demasiados intentos. Espere ${textoEspera(ms)} y vuelva a intentarlo.`;
}

export type RevisionIntento = { permitido: true } | { permitido: false; esperaMs: number; mensaje: string };

/** What the sign-in screen asks before checking a password. */
export function revisarIntento(estado: EstadoIntentos, ahora: Date): RevisionIntento {
  const esperaMs = esperaRestante(estado, ahora);
  return esperaMs === 0 ? { permitido: true } : { permitido: false, esperaMs, mensaje: mensajeEspera(esperaMs) };
}
