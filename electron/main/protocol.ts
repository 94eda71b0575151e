/**
 * Serves the built renderer (out/renderer) on app://poa/. Pure pieces (path resolution, MIME types, headers)
 * plus a handler factory that takes its file reader, so it is tested without Electron.
 */
import nodePath from 'node:path';
import { tieneCaracteresDeControl } from '../../shared/ipc/texto';
import { codigoError } from './errors';
import { ESQUEMA_APP, HOST_APP } from './security';

/** The subset of `node:path` used here; tests pass `path.win32` to check Windows separators. */
export type ModuloRuta = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'join'>;

/**
 * The file a request URL points to, or null when the URL is not ours or would leave `baseDir`
 * (`..`, encoded `%2e%2e`, `%2f`, backslashes, NUL). `/` means index.html.
 */
export function resolverRuta(baseDir: string, url: string, ruta: ModuloRuta = nodePath): string | null {
  let analizada: URL;
  try {
    analizada = new URL(url);
  } catch {
    return null;
  }
  if (analizada.protocol !== `${ESQUEMA_APP}:` || analizada.host !== HOST_APP) return null;

  let camino: string;
  try {
    camino = decodeURIComponent(analizada.pathname);
  } catch {
    return null;
  }
  // Backslashes, colons and control characters have no business in a web path; on Windows a backslash is a separator and
  // `D:` a drive.
  if (/[\\:]/.test(camino) || tieneCaracteresDeControl(camino)) return null;
  if (camino === '' || camino === '/') camino = '/index.html';

  const partes = camino.split('/').filter((parte) => parte.length > 0);
  if (partes.some((parte) => parte === '..' || parte === '.')) return null;

  const base = ruta.resolve(baseDir);
  const destino = ruta.resolve(base, ...partes);
  const relativa = ruta.relative(base, destino);
  if (relativa === '' || relativa.startsWith('..') || ruta.isAbsolute(relativa)) return null;
  return destino;
}

const TIPOS_MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function tipoMime(archivo: string): string {
  const punto = archivo.lastIndexOf('.');
  const extension = punto >= 0 ? archivo.slice(punto).toLowerCase() : '';
  return TIPOS_MIME[extension] ?? 'application/octet-stream';
}

/** 'unsafe-inline' styles are required by MUI/emotion, which inject <style> elements at run time. */
export const POLITICA_CONTENIDO = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The POA workbook is built in a module worker loaded from the app itself.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function cabeceras(tipo: string): Record<string, string> {
  return {
    'Content-Type': tipo,
    'Content-Security-Policy': POLITICA_CONTENIDO,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function respuestaTexto(estado: number, texto: string): Response {
  return new Response(texto, { status: estado, headers: cabeceras('text/plain; charset=utf-8') });
}

export interface OpcionesProtocolo {
  /** Absolute folder of the built renderer. */
  baseDir: string;
  /** Reads a whole file; rejects with a Node error (`ENOENT`, `EISDIR`…) when it cannot. */
  leerArchivo: (ruta: string) => Promise<Uint8Array>;
  ruta?: ModuloRuta;
}

/** The function given to `protocol.handle('app', …)`. */
export function crearManejadorProtocolo(opciones: OpcionesProtocolo): (solicitud: Request) => Promise<Response> {
  const { baseDir, leerArchivo, ruta = nodePath } = opciones;
  return async (solicitud) => {
    if (solicitud.method !== 'GET' && solicitud.method !== 'HEAD') {
      return respuestaTexto(405, 'Método no permitido');
    }
    const archivo = resolverRuta(baseDir, solicitud.url, ruta);
    if (archivo === null) return respuestaTexto(404, 'No encontrado');
    let contenido: Uint8Array;
    try {
      contenido = await leerArchivo(archivo);
    } catch (error) {
      const codigo = codigoError(error);
      if (codigo === 'ENOENT' || codigo === 'EISDIR' || codigo === 'ENOTDIR') return respuestaTexto(404, 'No encontrado');
      return respuestaTexto(500, 'No se pudo leer el archivo');
    }
    const cuerpo = solicitud.method === 'HEAD' ? null : new Uint8Array(contenido);
    return new Response(cuerpo, { status: 200, headers: cabeceras(tipoMime(archivo)) });
  };
}
