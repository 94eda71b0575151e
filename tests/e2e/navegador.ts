import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { servirRenderer } from './servidor';

export const CARPETA_EVIDENCIAS = 'test-results/e2e';

/**
 * The day the scenarios are written for (a Tuesday in late November 2026: October closed, November running). The
 * browser's clock is pinned to it so the suite gives the same result any day it runs.
 */
export const HOY_PRUEBAS = new Date('2026-11-24T10:00:00-06:00');

/** Debian's Chromium, the engine Electron embeds, driven headless. */
export async function abrirNavegador(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=es-MX',
    ],
  });
}

export interface Entorno {
  navegador: Browser;
  contexto: BrowserContext;
  pagina: Page;
  url: string;
  cerrar: () => Promise<void>;
}

/** A fresh profile (empty IndexedDB) on the built renderer, as a first start of the app on a new PC. */
export async function abrirApp(): Promise<Entorno> {
  mkdirSync(CARPETA_EVIDENCIAS, { recursive: true });
  const servidor = await servirRenderer();
  const navegador = await abrirNavegador();
  const contexto = await navegador.newContext({
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
    viewport: { width: 1366, height: 768 },
  });
  await contexto.clock.setFixedTime(HOY_PRUEBAS);
  const pagina = await contexto.newPage();
  const errores: string[] = [];
  pagina.on('pageerror', (e) => errores.push(e.message));
  await pagina.goto(servidor.url + 'index.html');
  return {
    navegador,
    contexto,
    pagina,
    url: servidor.url + 'index.html',
    cerrar: async () => {
      await navegador.close();
      await servidor.cerrar();
      if (errores.length) throw new Error(`Errores en la página: ${errores.join(' | ')}`);
    },
  };
}
