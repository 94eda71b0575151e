/**
 * The window's security rules as pure functions, so they are tested without Electron: which origin is ours,
 * which navigations and permissions are allowed, and which links may go to the operating system.
 */
import { ORIGEN_APP } from '../../shared/aplicacion/identidad';
import { HOSTS_EXTERNOS } from '../../shared/ipc/canales';
import { urlExternaPermitida } from '../../shared/ipc/enlaces';

/** Scheme and host never change once released: IndexedDB is keyed by origin, so users' data depends on them. */
export { ESQUEMA_APP, HOST_APP, ORIGEN_APP, URL_INICIO } from '../../shared/aplicacion/identidad';

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Built by hand because Node reports the origin
 * of a non-special scheme such as `app:` as "null".
 */
export function origenDe(url: string): string | null {
  let analizada: URL;
  try {
    analizada = new URL(url);
  } catch {
    return null;
  }
  if (!analizada.host) return null;
  return `${analizada.protocol}//${analizada.host}`;
}

/** The origins that may run the app's code: `app://poa`, plus the dev server while developing. */
export function origenesPermitidos(urlDesarrollo: string | undefined): string[] {
  const origenes = [ORIGEN_APP];
  if (urlDesarrollo) {
    const dev = origenDe(urlDesarrollo);
    if (dev) origenes.push(dev);
  }
  return origenes;
}

export function esOrigenPermitido(url: string, origenes: readonly string[]): boolean {
  const origen = origenDe(url);
  return origen !== null && origenes.includes(origen);
}

export { urlExternaPermitida };

export type DecisionNavegacion = { permitir: true } | { permitir: false; abrirFuera: string | null };

/**
 * Navigation inside our origin is allowed (reloads, the hash router). Anything else is stopped; if it is a valid
 * external link it is opened in the user's browser instead.
 */
export function decidirNavegacion(url: string, origenes: readonly string[], hosts: readonly string[] = HOSTS_EXTERNOS): DecisionNavegacion {
  if (esOrigenPermitido(url, origenes)) return { permitir: true };
  return { permitir: false, abrirFuera: urlExternaPermitida(url, hosts) };
}

/**
 * Permissions the app uses: writing to the clipboard (copy buttons) and persistent storage, so the browser
 * never evicts the database. Only our own origin gets them; everything else is denied.
 */
export const PERMISOS_PERMITIDOS: readonly string[] = ['clipboard-sanitized-write', 'persistent-storage'];

export function permisoPermitido(permiso: string, urlSolicitante: string, origenes: readonly string[]): boolean {
  return PERMISOS_PERMITIDOS.includes(permiso) && esOrigenPermitido(urlSolicitante, origenes);
}
