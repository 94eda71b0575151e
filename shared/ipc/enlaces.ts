import { HOSTS_EXTERNOS, PROTOCOLOS_EXTERNOS } from './canales';

/** The WHATWG URL parser, which Node and every browser have; shared code is compiled without either one's types. */
interface UrlAnalizada { readonly protocol: string; readonly hostname: string; readonly username: string; readonly password: string; readonly pathname: string; readonly href: string }
declare const URL: new (url: string) => UrlAnalizada;

/**
 * A link that may be handed to the operating system: http(s) or mailto, to one of the allowed hosts (for mailto, the
 * address's domain). Returns the normalized URL, or null for anything else (javascript:, file:, data:, app:, any
 * other host…).
 */
export function urlExternaPermitida(url: string, hosts: readonly string[] = HOSTS_EXTERNOS): string | null {
  let analizada: UrlAnalizada;
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
