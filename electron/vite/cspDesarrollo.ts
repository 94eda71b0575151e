/**
 * The development server's page (`npm run dev`, `npm run dev:web`) gets a looser Content-Security-Policy: the React
 * plugin injects an inline module (the fast-refresh preamble) that `script-src 'self'` would block, leaving a blank
 * window. Only the served page is changed (`apply: 'serve'`); the built page and the app:// protocol's header keep
 * the strict policy.
 */
import type { Plugin } from 'vite';

const SCRIPT_ESTRICTO = "script-src 'self'";
const SCRIPT_DESARROLLO = "script-src 'self' 'unsafe-inline'";

/** The page with its CSP meta tag's `script-src 'self'` allowing inline scripts; anything else unchanged. */
export function relajarCsp(html: string): string {
  return html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i, (_todo, antes: string, politica: string, despues: string) =>
    `${antes}${politica.replace(SCRIPT_ESTRICTO, SCRIPT_DESARROLLO)}${despues}`,
  );
}

export function cspDesarrollo(): Plugin {
  return {
    name: 'poa-csp-desarrollo',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: relajarCsp },
  };
}
