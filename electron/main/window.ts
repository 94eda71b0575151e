/**
 * Window options and the guards every web page of the app gets. The decisions themselves live in
 * security.ts as pure functions; this file attaches them to Electron objects.
 */
import type { BrowserWindowConstructorOptions, WebContents, WebPreferences } from 'electron';
import { decidirNavegacion, urlExternaPermitida } from './security';

export const TITULO_APP = 'POA Gestión Social';

/** The same preferences for the main window and the hidden print window. */
export function preferenciasSeguras(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function opcionesVentanaPrincipal(preload: string, icono?: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    title: TITULO_APP,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(icono ? { icon: icono } : {}),
    webPreferences: preferenciasSeguras(preload),
  };
}

/** Letter landscape at 96 dpi; the size matters little because printing lays the page out again. */
export function opcionesVentanaImpresion(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1056,
    height: 816,
    show: false,
    title: TITULO_APP,
    webPreferences: preferenciasSeguras(preload),
  };
}

/**
 * Attached to every web contents the app creates: navigation leaves our origin never (valid external links go
 * to the user's browser instead), new windows are never opened, and <webview> is never attached.
 */
export function protegerContenido(
  contenido: WebContents,
  origenes: readonly string[],
  abrirExterno: (url: string) => void,
): void {
  contenido.on('will-frame-navigate', (evento) => {
    const decision = decidirNavegacion(evento.url, origenes);
    if (decision.permitir) return;
    evento.preventDefault();
    if (evento.isMainFrame && decision.abrirFuera) abrirExterno(decision.abrirFuera);
  });
  contenido.setWindowOpenHandler(({ url }) => {
    const externa = urlExternaPermitida(url);
    if (externa) abrirExterno(externa);
    return { action: 'deny' };
  });
  contenido.on('will-attach-webview', (evento) => evento.preventDefault());
}
