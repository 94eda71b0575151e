import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
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
  it('isolate, sandbox and keep Node out of every page', () => {
    const preferencias = preferenciasSeguras('/app/out/preload/index.cjs');
    expect(preferencias).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    const principal = opcionesVentanaPrincipal('/p.cjs');
    expect(principal).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, title: 'POA Gestión Social' });
    expect(principal.webPreferences).toEqual(preferenciasSeguras('/p.cjs'));
    expect(opcionesVentanaImpresion('/p.cjs')).toMatchObject({ show: false, webPreferences: preferenciasSeguras('/p.cjs') });
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

  it('stops other navigations and hands valid links to the system browser', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno);

    expect(navegar(contenido, 'https://www.gob.mx/').preventDefault).toHaveBeenCalled();
    expect(navegar(contenido, 'file:///C:/Windows/win.ini').preventDefault).toHaveBeenCalled();
    expect(navegar(contenido, 'https://publicidad.example/', false).preventDefault).toHaveBeenCalled();
    expect(abrirExterno.mock.calls).toEqual([['https://www.gob.mx/']]);
  });

  it('denies every new window, opening only valid links outside', () => {
    const contenido = new ContenidoFalso();
    const abrirExterno = vi.fn();
    protegerContenido(contenido as unknown as WebContents, ORIGENES, abrirExterno);
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
