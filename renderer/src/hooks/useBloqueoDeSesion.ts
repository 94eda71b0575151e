import { useEffect } from 'react';
import { db } from '../db';
import { bloquearSesion } from '../db/sesion';
import { useConfiguracion } from './usePoa';
import { useSesion, useSesionBloqueada } from './useSesion';

/**
 * The sign-in locks by itself after the minutes without activity set in Configuración → General, and on demand with
 * the keyboard shortcut (or the «Bloquear» button of the app bar). Activity is any key, mouse or touch in this window.
 */

/** The shortcut that locks the sign-in, as the tooltip says it and as `aria-keyshortcuts` names it. */
export const ATAJO_BLOQUEO = { texto: 'Ctrl+Mayús+B', aria: 'Control+Shift+B' } as const;

export const MINUTOS_INACTIVIDAD_POR_DEFECTO = 10;

/** What counts as activity: whatever a person at the keyboard, the mouse or the screen does. */
const EVENTOS_ACTIVIDAD = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'input'] as const;

/** The limit in milliseconds for a setting in minutes; one that is not a whole number from 1 to 120 takes the default. */
export function limiteInactividadMs(minutos: number | undefined): number {
  const validos = minutos !== undefined && Number.isInteger(minutos) && minutos >= 1 && minutos <= 120;
  return (validos ? minutos : MINUTOS_INACTIVIDAD_POR_DEFECTO) * 60_000;
}

/**
 * Milliseconds left before the sign-in locks, with the last activity at `ultimaActividad` and the clock at `ahora`
 * (both from the same monotonic clock); 0 once the limit is reached.
 */
export function restanteInactividad(ultimaActividad: number, ahora: number, limiteMs: number): number {
  return Math.max(0, ultimaActividad + limiteMs - ahora);
}

/** Whether a key press is the lock shortcut (Ctrl+Shift+B, whatever the keyboard layout or Caps Lock). */
export function esAtajoBloqueo(e: Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'code' | 'key'>): boolean {
  return e.ctrlKey && e.shiftKey && !e.altKey && !e.metaKey && (e.code === 'KeyB' || e.key.toLowerCase() === 'b');
}

/**
 * Watches the activity of the window while someone is signed in and the sign-in is not locked. One timer at a time:
 * activity only notes when it happened, and the timer, when due, either locks or waits for what is left. The timers
 * and `performance.now()` are the page's own, so a test can move them forward.
 */
export function useBloqueoDeSesion(): void {
  const sesion = useSesion();
  const bloqueada = useSesionBloqueada();
  const minutos = useConfiguracion()?.minutosInactividad;
  const vigilar = sesion !== null && !bloqueada;

  useEffect(() => {
    if (!vigilar) return;
    const limite = limiteInactividadMs(minutos);
    let ultima = performance.now();
    let temporizador: ReturnType<typeof setTimeout>;
    const revisar = () => {
      const restante = restanteInactividad(ultima, performance.now(), limite);
      if (restante > 0) temporizador = setTimeout(revisar, restante);
      else void bloquearSesion(db, { tipo: 'inactividad', minutos: limite / 60_000 });
    };
    const actividad = () => {
      ultima = performance.now();
    };
    const tecla = (e: KeyboardEvent) => {
      if (!esAtajoBloqueo(e)) return;
      e.preventDefault();
      void bloquearSesion(db, { tipo: 'manual' });
    };
    temporizador = setTimeout(revisar, limite);
    for (const evento of EVENTOS_ACTIVIDAD) window.addEventListener(evento, actividad, { capture: true, passive: true });
    window.addEventListener('keydown', tecla);
    return () => {
      clearTimeout(temporizador);
      for (const evento of EVENTOS_ACTIVIDAD) window.removeEventListener(evento, actividad, { capture: true });
      window.removeEventListener('keydown', tecla);
    };
  }, [vigilar, minutos]);
}
