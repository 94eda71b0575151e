import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { pedirSalida } from './salidaProtegida';
import { useSesionBloqueada } from './useSesion';

/** The key that opens a new solicitud from any screen, as the buttons show it and as `aria-keyshortcuts` names it. */
export const ATAJO_NUEVA_SOLICITUD = { texto: 'F2', aria: 'F2' } as const;

/** The address of a new capture; each opening is a fresh form, also when one was already open. */
export const RUTA_NUEVA_SOLICITUD = '/atencion/nueva';

/**
 * F2 opens a new solicitud from anywhere in the app (asking first when the open form has unsaved changes): the
 * window's next citizen is one key away.
 */
export function useAtajoCaptura(): void {
  const navegar = useNavigate();
  const bloqueada = useSesionBloqueada();
  useEffect(() => {
    if (bloqueada) return;
    const tecla = (e: KeyboardEvent) => {
      if (e.key !== 'F2' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
      e.preventDefault();
      pedirSalida(() => navegar(RUTA_NUEVA_SOLICITUD, { state: { nueva: Date.now() } }));
    };
    window.addEventListener('keydown', tecla);
    return () => window.removeEventListener('keydown', tecla);
  }, [navegar, bloqueada]);
}
