import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TIPOS: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves the built renderer as the app:// protocol does: same files, same CSP, nothing outside the folder. */
/** `puerto` 0 takes a free one; a fixed one keeps the origin, and so a browser profile's IndexedDB, across runs. */
export function servirRenderer(carpeta = resolve('out/renderer'), puerto = 0): Promise<{ url: string; cerrar: () => Promise<void> }> {
  if (!existsSync(join(carpeta, 'index.html'))) {
    throw new Error(`No existe ${carpeta}/index.html: ejecute "npm run build" antes de las pruebas de extremo a extremo`);
  }
  const servidor: Server = createServer((req, res) => {
    const ruta = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const archivo = resolve(carpeta, '.' + (ruta === '/' ? '/index.html' : ruta));
    if (!archivo.startsWith(carpeta + sep) || !existsSync(archivo) || !statSync(archivo).isFile()) {
      res.writeHead(404).end('No encontrado');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TIPOS[extname(archivo)] ?? 'application/octet-stream',
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'",
    });
    createReadStream(archivo).pipe(res);
  });
  return new Promise((ok) => {
    servidor.listen(puerto, '127.0.0.1', () => {
      const direccion = servidor.address();
      const elegido = typeof direccion === 'object' && direccion ? direccion.port : 0;
      ok({ url: `http://127.0.0.1:${elegido}/`, cerrar: () => new Promise((c) => servidor.close(() => c())) });
    });
  });
}
