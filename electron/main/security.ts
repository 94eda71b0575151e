/**
 * The window's security rules as pure functions, so they are tested without Electron: which origin is ours,
 * which navigations and permissions are allowed, and which links may go to the operating system.
 */
import { ORIGEN_APP } from '../../shared/aplicacion/identidad';
import { HOSTS_EXTERNOS, PROTOCOLOS_EXTERNOS } from '../../shared/ipc/canales';

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

/**
 * A link that may be handed to the operating system: http(s) or mailto, to one of the allowed hosts (for mailto, the
 * address's domain). Returns the normalized URL, or null for anything else (javascript:, file:, data:, app:, any
 * other host…).
 */
export function urlExternaPermitida(url: string, hosts: readonly string[] = HOSTS_EXTERNOS): string | null {
  let analizada: URL;
  try {
    analizada = new URL(url);
  } catch {
    return null;
  }
  if (!PROTOCOLOS_EXTERNOS.includes(analizada.protocol)) return null;
  if (analizada.protocol !== 'mailto:' && !analizada.hostname) return null;
  if (analizada.username || analizada.password) return null;
  const host = analizada.protocol === 'mailto:' ? dominioCorreo(analizada.pathname) : analizada.hostname;
  if (host === null || !hosts.includes(host)) return null;
  return analizada.href;
}

/** The domain of a mailto: address, lower-cased; null unless the link holds exactly one plain address. */
function dominioCorreo(direccion: string): string | null {
  const coincide = /^[^@,;%\s]+@([a-z0-9.-]+)$/i.exec(direccion);
  return coincide ? coincide[1].toLowerCase() : null;
}

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
