import nodePath from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { crearManejadorProtocolo, POLITICA_CONTENIDO, resolverRuta, tipoMime } from '../../../electron/main/protocol';

const BASE = '/opt/poa/out/renderer';

function errorNode(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('resolverRuta', () => {
  it('maps the root and plain files inside the renderer folder', () => {
    expect(resolverRuta(BASE, 'app://poa/')).toBe(`${BASE}/index.html`);
    expect(resolverRuta(BASE, 'app://poa/index.html#/imprimir/poa')).toBe(`${BASE}/index.html`);
    expect(resolverRuta(BASE, 'app://poa/assets/index-3f2a.js?v=1')).toBe(`${BASE}/assets/index-3f2a.js`);
    expect(resolverRuta(BASE, 'app://poa/assets/Fuente%20Roboto.woff2')).toBe(`${BASE}/assets/Fuente Roboto.woff2`);
  });

  it('never leaves the renderer folder', () => {
    const intentos = [
      'app://poa/../../etc/passwd',
      'app://poa/%2e%2e/%2e%2e/etc/passwd',
      'app://poa/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://poa/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://poa/..%5c..%5cwindows%5cwin.ini',
      'app://poa/index.html%00.png',
      'app://poa/%E0%A4%A',
    ];
    for (const url of intentos) {
      const ruta = resolverRuta(BASE, url);
      // The URL parser may already fold `..` away; whatever remains must stay inside the folder.
      if (ruta !== null) expect(ruta.startsWith(`${BASE}/`)).toBe(true);
    }
    expect(resolverRuta(BASE, 'app://poa/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd')).toBeNull();
    expect(resolverRuta(BASE, 'app://poa/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolverRuta(BASE, 'app://poa/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolverRuta(BASE, 'app://poa/index.html%00.png')).toBeNull();
    expect(resolverRuta(BASE, 'app://poa/%E0%A4%A')).toBeNull();
    expect(resolverRuta(BASE, 'app://poa/../../etc/passwd')).toBe(`${BASE}/etc/passwd`);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolverRuta(BASE, 'app://otro/index.html')).toBeNull();
    expect(resolverRuta(BASE, 'file:///etc/passwd')).toBeNull();
    expect(resolverRuta(BASE, 'no es url')).toBeNull();
  });

  it('holds with Windows paths too', () => {
    const base = 'C:\\Programas\\POA\\resources\\app.asar\\out\\renderer';
    expect(resolverRuta(base, 'app://poa/assets/app.js', nodePath.win32)).toBe(`${base}\\assets\\app.js`);
    expect(resolverRuta(base, 'app://poa/..%5C..%5Cpasswd', nodePath.win32)).toBeNull();
    expect(resolverRuta(base, 'app://poa/C:%2FWindows%2Fwin.ini', nodePath.win32)).toBeNull();
    expect(resolverRuta(base, 'app://poa/D:/secreto.txt', nodePath.win32)).toBeNull();
    expect(resolverRuta(base, 'app://poa/%2e%2e/%2e%2e/x', nodePath.win32)).toBe(`${base}\\x`);
  });
});

describe('tipoMime', () => {
  it('names the types the renderer ships', () => {
    expect(tipoMime('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(tipoMime('/a/assets/index.JS')).toBe('text/javascript; charset=utf-8');
    expect(tipoMime('/a/assets/x.css')).toBe('text/css; charset=utf-8');
    expect(tipoMime('/a/logo.svg')).toBe('image/svg+xml');
    expect(tipoMime('/a/roboto.woff2')).toBe('font/woff2');
    expect(tipoMime('/a/seed.json')).toBe('application/json; charset=utf-8');
    expect(tipoMime('/a/sin-extension')).toBe('application/octet-stream');
  });
});

describe('crearManejadorProtocolo', () => {
  const archivos = new Map<string, string>([
    [`${BASE}/index.html`, '<!doctype html><title>POA</title>'],
    [`${BASE}/assets/app.js`, 'console.log(1)'],
  ]);
  const leerArchivo = vi.fn(async (ruta: string) => {
    const texto = archivos.get(ruta);
    if (texto === undefined) throw errorNode(ruta.endsWith('assets') ? 'EISDIR' : 'ENOENT');
    return new TextEncoder().encode(texto);
  });
  const manejar = crearManejadorProtocolo({ baseDir: BASE, leerArchivo });

  it('serves files with their MIME type and the Content-Security-Policy', async () => {
    const respuesta = await manejar(new Request('app://poa/index.html'));
    expect(respuesta.status).toBe(200);
    expect(respuesta.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(respuesta.headers.get('content-security-policy')).toBe(POLITICA_CONTENIDO);
    expect(respuesta.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await respuesta.text()).toContain('<title>POA</title>');

    const js = await manejar(new Request('app://poa/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('uses a strict policy with only the inline styles emotion needs', () => {
    expect(POLITICA_CONTENIDO).toContain("default-src 'self'");
    expect(POLITICA_CONTENIDO).toContain("script-src 'self';");
    expect(POLITICA_CONTENIDO).toContain("style-src 'self' 'unsafe-inline'");
    expect(POLITICA_CONTENIDO).toContain("object-src 'none'");
    expect(POLITICA_CONTENIDO).toContain("base-uri 'none'");
    expect(POLITICA_CONTENIDO).toContain("frame-ancestors 'none'");
    expect(POLITICA_CONTENIDO).toContain("worker-src 'self';");
    expect(POLITICA_CONTENIDO).not.toMatch(/worker-src[^;]*(blob|data|\*|unsafe)/);
    expect(POLITICA_CONTENIDO).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('answers 404 for traversal and missing files without reading outside', async () => {
    leerArchivo.mockClear();
    const fuera = await manejar(new Request('app://poa/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'));
    expect(fuera.status).toBe(404);
    expect(fuera.headers.get('content-security-policy')).toBe(POLITICA_CONTENIDO);
    expect(leerArchivo).not.toHaveBeenCalled();

    expect((await manejar(new Request('app://poa/no-existe.js'))).status).toBe(404);
    expect((await manejar(new Request('app://poa/assets'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const respuesta = await manejar(new Request('app://poa/index.html', { method: 'POST', body: 'x' }));
    expect(respuesta.status).toBe(405);
  });
});
