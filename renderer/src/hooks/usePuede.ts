import { PERMISOS, puede, quienPuede, type Accion, type Sesion } from '../../../shared/seguridad/permisos';
import { useSesion } from './useSesion';

/**
 * What a screen may offer the signed-in account, from the one permission table (shared/seguridad/permisos): the
 * repositories refuse a forbidden call anyway; this is so the screen hides or disables the control first and says who
 * may use it.
 */
export type Permiso = { permitido: true } | { permitido: false; motivo: string };

/** Whether `sesion` may do `accion`, and if not, the sentence a disabled control's tooltip says. */
export function permisoPara(sesion: Sesion | null, accion: Accion): Permiso {
  if (sesion === null) return { permitido: false, motivo: `Inicie sesión para ${PERMISOS[accion].texto}.` };
  return puede(sesion.rol, accion) ? { permitido: true } : { permitido: false, motivo: quienPuede(accion) };
}

/** The entries (menu links, tabs) the signed-in account may use: those without an action, or whose action it may do. */
export function permitidas<E extends { accion?: Accion }>(entradas: readonly E[], sesion: Sesion | null): E[] {
  return entradas.filter((e) => e.accion === undefined || permisoPara(sesion, e.accion).permitido);
}

/**
 * Why a control is off, or null when it is on: the role may not (the sentence says who may), or else the action
 * cannot be taken now (`impedimento`, such as the last active administrator, who cannot be disabled).
 */
export function motivoBloqueo(sesion: Sesion | null, accion: Accion, impedimento?: string | null): string | null {
  const permiso = permisoPara(sesion, accion);
  if (!permiso.permitido) return permiso.motivo;
  return impedimento ? impedimento : null;
}

export function usePermiso(accion: Accion): Permiso {
  return permisoPara(useSesion(), accion);
}

export function usePuede(accion: Accion): boolean {
  return usePermiso(accion).permitido;
}

export function useMotivoBloqueo(accion: Accion, impedimento?: string | null): string | null {
  return motivoBloqueo(useSesion(), accion, impedimento);
}
