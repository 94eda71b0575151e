import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDesarrollo, relajarCsp } from '../../../electron/vite/cspDesarrollo';
import { POLITICA_CONTENIDO } from '../../../electron/main/protocol';

const PAGINA = fs.readFileSync('renderer/index.html', 'utf8');
const politicaDe = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('CSP of the development server', () => {
  it('allows the inline fast-refresh preamble on the served page only', () => {
    expect(politicaDe(PAGINA)).toContain("script-src 'self';");
    const servida = politicaDe(relajarCsp(PAGINA));
    expect(servida).toContain("script-src 'self' 'unsafe-inline';");
    // Everything else stays as strict as the built page's.
    expect(servida.replace("script-src 'self' 'unsafe-inline';", "script-src 'self';")).toBe(politicaDe(PAGINA));
    expect(servida).toContain("object-src 'none'");
  });

  it('runs only under the dev server; the built page and the app:// header keep script-src \'self\'', () => {
    expect(cspDesarrollo().apply).toBe('serve');
    expect(POLITICA_CONTENIDO).toContain("script-src 'self';");
    expect(POLITICA_CONTENIDO).not.toContain('unsafe-eval');
    expect(relajarCsp('<html><head></head></html>')).toBe('<html><head></head></html>');
  });
});
