import { EventEmitter } from 'node:events';
import type { BaseWindow, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { plantillaMenu } from '../../../electron/main/menu';
import { origenesPermitidos } from '../../../electron/main/security';
import {
  opcionesVentanaImpresion,
  opcionesVentanaPrincipal,
  preferenciasSeguras,
  protegerContenido,
} from '../../../electron/main/window';

const ORIGENES = origenesPermitidos(undefined);
/** A host allowed for these tests; the app itself allows none (shared/ipc/canales.ts). */
const HOSTS = ['www.gob.mx', 'www.inegi.org.mx'];

class ContenidoFalso extends EventEmitter {
  manejadorVentanas: ((detalles: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(manejador: (detalles: { url: string }) => { action: string }): void {
    this.manejadorVentanas = manejador;
  }
}

function navegar(contenido: ContenidoFalso, url: string, isMainFrame = true) {
  const evento = { url, isMainFrame, preventDefault: vi.fn() };
  contenido.emit('will-frame-navigate', evento);
  return evento;
}

describe('window options', () => {
  it('give every page the preload, no drag-and-drop navigation and no developer tools', () => {
    const preferencias = preferenciasSeguras('/app/out/preload/index.cjs');
    expect(preferencias).toEqual({
      preload: '/app/out/preload/index.cjs',
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
    const principal = opcionesVentanaPrincipal('/p.cjs');
    expect(principal).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, title: 'POA Gestión Social' });
    expect(principal.webPreferences).toEqual(preferenciasSeguras('/p.cjs'));
  });

  it('give developer tools only to a run from the sources', () => {
    expect(opcionesVentanaPrincipal('/p.cjs').webPreferences?.devTools).toBe(false);
    expect(opcionesVentanaPrincipal('/p.cjs', { herramientasDesarrollo: true }).webPreferences?.devTools).toBe(true);
    expect(opcionesVentanaImpresion('/p.cjs', undefined).webPreferences?.devTools).toBe(false);
  });

  it('make the print window a child of the main one, never throttled, with the same secure preferences', () => {
    const principal = { id: 1 } as unknown as BaseWindow;
    const impresion = opcionesVentanaImpresion('/p.cjs', principal);
    expect(impresion.parent).toBe(principal);
    expect(impresion).toMatchObject({ show: false });
    expect(impresion.webPreferences).toEqual({ ...preferenciasSeguras('/p.cjs'), backgroundThrottling: false });
    expect(opcionesVentanaImpresion('/p.cjs', undefined)).not.toHaveProperty('parent');
  });
});

describe('protegerContenido', () => {
  it('lets the app navigate inside its origin', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno);
    expect(navegar(contenido, 'app://poa/index.html#/solicitudes').preventDefault).not.toHaveBeenCalled();
    expect(abrirExterno).not.toHaveBeenCalled();
  });

  it('stops other navigations and hands links to an allowed host to the system browser', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno, HOSTS);

    expect(navegar(contenido, 'https://www.gob.mx/').preventDefault).toHaveBeenCalled();
    expect(navegar(contenido, 'file:///C:/Windows/win.ini').preventDefault).toHaveBeenCalled();
    expect(navegar(contenido, 'https://publicidad.example/', false).preventDefault).toHaveBeenCalled();
    expect(navegar(contenido, 'https://publicidad.example/').preventDefault).toHaveBeenCalled();
    expect(abrirExterno.mock.calls).toEqual([['https://www.gob.mx/']]);
  });

  it('with the list of the app, no navigation away reaches the browser', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno);
    for (const url of ['https://www.gob.mx/', 'http://10.0.0.5/', 'mailto:x@municipio.gob.mx', 'app://otro/index.html']) {
      expect(navegar(contenido, url).preventDefault, url).toHaveBeenCalled();
    }
    expect(contenido.manejadorVentanas?.({ url: 'https://www.gob.mx/' })).toEqual({ action: 'deny' });
    expect(abrirExterno).not.toHaveBeenCalled();
  });

  it('denies every new window, opening only links to an allowed host outside', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno, HOSTS);
    expect(contenido.manejadorVentanas?.({ url: 'https://www.inegi.org.mx/' })).toEqual({ action: 'deny' });
    expect(contenido.manejadorVentanas?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contenido.manejadorVentanas?.({ url: 'app://poa/index.html' })).toEqual({ action: 'deny' });
    expect(abrirExterno.mock.calls).toEqual([['https://www.inegi.org.mx/']]);
  });

  it('never attaches a <webview>', () => {
    const contenido = new ContenidoFalso();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, vi.fn());
    const evento = { preventDefault: vi.fn() };
    contenido.emit('will-attach-webview', evento);
    expect(evento.preventDefault).toHaveBeenCalled();
  });
});

describe('plantillaMenu', () => {
  it('is in Spanish and shows developer tools only while developing', () => {
    const etiquetas = (desarrollo: boolean) =>
      JSON.stringify(plantillaMenu({ desarrollo, acercaDe: () => undefined }).map((m) => [m.label, m.submenu]));
    expect(etiquetas(false)).toContain('Archivo');
    expect(etiquetas(false)).toContain('Seleccionar todo');
    expect(etiquetas(false)).not.toContain('Herramientas de desarrollo');
    expect(etiquetas(true)).toContain('Herramientas de desarrollo');
  });
});
