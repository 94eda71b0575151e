import { useSyncExternalStore } from 'react';
import type { Sesion } from '../../../shared/seguridad/permisos';
import { db } from '../db';
import { sesionActual, sesionBloqueada, suscribirSesion } from '../db/sesion';

/** The account signed in at this PC, or null; the screen renders again when someone signs in or out. */
export function useSesion(): Sesion | null {
  return useSyncExternalStore(
    (avisar) => suscribirSesion(db, avisar),
    () => sesionActual(db),
  );
}

/** Whether the sign-in at this PC is locked; the screen renders again when it locks or unlocks. */
export function useSesionBloqueada(): boolean {
  return useSyncExternalStore(
    (avisar) => suscribirSesion(db, avisar),
    () => sesionBloqueada(db),
  );
}
