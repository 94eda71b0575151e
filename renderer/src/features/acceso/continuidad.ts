import type { BaseDatosPoa } from '../../db/db';
import { continuarSesion, sesionActual, sesionBloqueada, suscribirSesion } from '../../db/sesion';

/**
 * A sign-in lasts as long as its window: a reload keeps it (the account id sits in sessionStorage, which the browser
 * drops with the window, and the account is read again from the database), and the hidden window that prints for it
 * asks the signed-in window of the app which account it is. Nothing of the password is kept anywhere. A locked
 * sign-in stays locked over a reload, and its window answers no print window: a locked sign-in prints nothing.
 */

const CLAVE = 'poa-gestion-social/cuenta';
const CLAVE_BLOQUEO = 'poa-gestion-social/bloqueada';
const CANAL = 'poa-gestion-social/sesion';
/** How long a print window waits for the signed-in window's answer before showing nothing. */
export const ESPERA_RESPUESTA_MS = 3000;

type Mensaje = { tipo: 'pregunta' } | { tipo: 'respuesta'; cuentaId: string };

function almacen(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function abrirCanal(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CANAL) : null;
}

/** In the app's window: keeps the sign-in for a reload and answers the print windows. Returns the way to stop. */
export function recordarSesion(db: BaseDatosPoa): () => void {
  const guardar = () => {
    const sesion = sesionActual(db);
    if (sesion) almacen()?.setItem(CLAVE, sesion.cuentaId);
    else almacen()?.removeItem(CLAVE);
    if (sesion && sesionBloqueada(db)) almacen()?.setItem(CLAVE_BLOQUEO, '1');
    else almacen()?.removeItem(CLAVE_BLOQUEO);
  };
  const dejar = suscribirSesion(db, guardar);
  const canal = abrirCanal();
  canal?.addEventListener('message', (e: MessageEvent<Mensaje>) => {
    const sesion = sesionActual(db);
    if (e.data?.tipo === 'pregunta' && sesion && !sesionBloqueada(db)) canal.postMessage({ tipo: 'respuesta', cuentaId: sesion.cuentaId } satisfies Mensaje);
  });
  return () => {
    dejar();
    canal?.close();
  };
}

function preguntarCuenta(): Promise<string | null> {
  const canal = abrirCanal();
  if (!canal) return Promise.resolve(null);
  return new Promise((listo) => {
    const terminar = (cuentaId: string | null) => {
      clearTimeout(limite);
      canal.close();
      listo(cuentaId);
    };
    const limite = setTimeout(() => terminar(null), ESPERA_RESPUESTA_MS);
    canal.addEventListener('message', (e: MessageEvent<Mensaje>) => {
      if (e.data?.tipo === 'respuesta' && typeof e.data.cuentaId === 'string') terminar(e.data.cuentaId);
    });
    canal.postMessage({ tipo: 'pregunta' } satisfies Mensaje);
  });
}

/**
 * At start: the sign-in this window had before a reload; a print window without one asks the app's window. With no
 * answer nobody is signed in (a print route then shows nothing).
 */
export async function reanudarSesion(db: BaseDatosPoa, esImpresion: boolean): Promise<void> {
  const guardada = almacen()?.getItem(CLAVE);
  if (guardada && (await continuarSesion(db, guardada, { bloqueada: almacen()?.getItem(CLAVE_BLOQUEO) === '1' }))) return;
  if (!esImpresion) return;
  const cuentaId = await preguntarCuenta();
  if (cuentaId) await continuarSesion(db, cuentaId);
}
