import type { Sesion } from '../../../shared/seguridad/permisos';
import type { BaseDatosPoa } from './db';

/**
 * The account signed in at this PC, held in memory only. The repositories read it (`autorizar` in
 * `repositorios/base.ts`); only `db/sesion.ts` changes it, after checking a password.
 */

// One per database connection (the app has one; the tests open many), held in memory only.
const sesiones = new WeakMap<BaseDatosPoa, Sesion>();
const oyentes = new WeakMap<BaseDatosPoa, Set<(sesion: Sesion | null) => void>>();
/** Connections whose sign-in is locked: the account stays, but nothing may be read or written until it is unlocked. */
const bloqueadas = new WeakSet<BaseDatosPoa>();

/**
 * Who is signed in on this connection, or null; a locked sign-in still names its account (the lock screen shows it).
 * Sign-in, sign-out and the lock are in `db/sesion.ts`.
 */
export function sesionActual(db: BaseDatosPoa): Sesion | null {
  return sesiones.get(db) ?? null;
}

/** Whether the sign-in on this connection is locked (after inactivity or on demand). */
export function sesionBloqueada(db: BaseDatosPoa): boolean {
  return bloqueadas.has(db) && sesiones.has(db);
}

/** Calls `oyente` whenever someone signs in or out, the sign-in locks or unlocks (or the account changes); returns the unsubscribe. */
export function suscribirSesion(db: BaseDatosPoa, oyente: (sesion: Sesion | null) => void): () => void {
  const lista = oyentes.get(db) ?? new Set();
  oyentes.set(db, lista);
  lista.add(oyente);
  return () => lista.delete(oyente);
}

/**
 * Only `db/sesion.ts` (and the first-run setup, for the administrator it creates) calls this, once the password
 * (or the account, for a sign-in carried over) is checked, or to lock the sign-in (`bloqueada`). A new sign-in
 * starts unlocked.
 */
export function fijarSesion(db: BaseDatosPoa, sesion: Sesion | null, { bloqueada = false } = {}): void {
  if (sesion) sesiones.set(db, Object.freeze({ ...sesion }));
  else sesiones.delete(db);
  if (sesion && bloqueada) bloqueadas.add(db);
  else bloqueadas.delete(db);
  for (const oyente of oyentes.get(db) ?? []) oyente(sesionActual(db));
}
