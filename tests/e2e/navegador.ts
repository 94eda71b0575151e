import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { servirRenderer } from './servidor';

export const CARPETA_EVIDENCIAS = 'test-results/e2e';

/**
 * The day the scenarios are written for (a Tuesday in late November 2026: October closed, November running). The
 * browser's clock is pinned to it so the suite gives the same result any day it runs.
 */
export const HOY_PRUEBAS = new Date('2026-11-24T10:00:00-06:00');

/** How Debian's Chromium, the engine Electron embeds, is driven headless. */
export const OPCIONES_CHROMIUM = {
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
};

/** Debian's Chromium, the engine Electron embeds, driven headless (each context a private, in-memory profile). */
export async function abrirNavegador(): Promise<Browser> {
  return chromium.launch(OPCIONES_CHROMIUM);
}

export interface Entorno {
  navegador: Browser;
  contexto: BrowserContext;
  pagina: Page;
  url: string;
  cerrar: () => Promise<void>;
}

/** What the first start of every scenario is set up with; the administrator is named as the old desk setting was. */
export const INSTALACION_PRUEBAS = {
  municipio: 'San Pedro de las Flores',
  estacion: 'V1',
  firmantes: {
    elaboro: { nombre: 'Lucía Ramírez Ortega', cargo: 'Auxiliar de Gestión Social' },
    reviso: { nombre: 'Jorge Medina Salas', cargo: 'Jefe del Departamento de Gestión Social' },
    autorizo: { nombre: 'Ana Torres Vidal', cargo: 'Presidenta Municipal' },
  },
  administrador: { nombre: 'Ventanilla 1', cargo: 'Administración del sistema', usuario: 'admin', contrasena: 'Pruebas POA 2026' },
};
export type Instalacion = typeof INSTALACION_PRUEBAS;

const FIRMA = { elaboro: 'Elaboró', reviso: 'Revisó', autorizo: 'Autorizó' } as const;

/**
 * Goes through the first-run setup as the person installing the app does, step by step, and waits until the
 * administrator is signed in on the POA screen.
 */
export async function completarConfiguracionInicial(pagina: Page, i: Instalacion = INSTALACION_PRUEBAS): Promise<void> {
  const form = pagina.getByRole('form', { name: 'Configuración inicial' });
  const siguiente = () => form.getByRole('button', { name: 'Siguiente' }).click();
  await form.getByRole('textbox', { name: 'Municipio' }).fill(i.municipio);
  await siguiente();
  await form.getByLabel('Clave de estación de esta PC').fill(i.estacion);
  await siguiente();
  for (const quien of ['elaboro', 'reviso', 'autorizo'] as const) {
    await form.getByLabel(`Nombre (${FIRMA[quien]})`).fill(i.firmantes[quien].nombre);
    await form.getByLabel(`Cargo (${FIRMA[quien]})`).fill(i.firmantes[quien].cargo);
  }
  await siguiente();
  await form.getByLabel('Aviso de privacidad simplificado').waitFor();
  await siguiente();
  await form.getByLabel('Nombre completo').fill(i.administrador.nombre);
  await form.getByLabel(/^Cargo/).fill(i.administrador.cargo);
  await form.getByLabel('Usuario').fill(i.administrador.usuario);
  await form.getByLabel(/^Contraseña/).fill(i.administrador.contrasena);
  await form.getByLabel('Confirmar contraseña').fill(i.administrador.contrasena);
  await form.getByRole('button', { name: 'Terminar y entrar' }).click();
  await pagina.getByRole('navigation', { name: 'Navegación principal' }).waitFor({ timeout: 30_000 });
}

/**
 * A fresh profile (empty IndexedDB) on the built renderer, as a first start of the app on a new PC, set up through
 * its first-run screens and signed in as the administrator (`configurar: false` stops at the first screen).
 */
export async function abrirApp({ configurar = true }: { configurar?: boolean } = {}): Promise<Entorno> {
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
  if (configurar) await completarConfiguracionInicial(pagina);
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

/**
 * The app of a describe block: opened (first start done, on «Hoy») before its tests and closed after them. The tests
 * read it as they run (`const { pagina } = app;`).
 */
export function appDelBloque(): Entorno {
  const app = {} as Entorno;
  beforeAll(async () => {
    Object.assign(app, await abrirApp());
    await app.pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await app.cerrar?.();
  });
  return app;
}
