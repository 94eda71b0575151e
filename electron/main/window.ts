/**
 * Window options and the guards every web page of the app gets. The decisions themselves live in
 * security.ts as pure functions; this file attaches them to Electron objects.
 */
import type { BaseWindow, BrowserWindowConstructorOptions, WebContents, WebPreferences } from 'electron';
import { decidirNavegacion, urlExternaPermitida } from './security';

export const TITULO_APP = 'POA Gestión Social';

export interface OpcionesVentana {
  /** Developer tools: runs from the sources only (`!app.isPackaged`), never the installed app. */
  herramientasDesarrollo?: boolean;
}

/**
 * The same preferences for the main window and the hidden print window. The isolation flags (contextIsolation,
 * sandbox, no nodeIntegration, webSecurity…) are added where the window is made, `nuevaVentana` in index.ts.
 */
export function preferenciasSeguras(preload: string, opciones: OpcionesVentana = {}): WebPreferences {
  return {
    preload,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: opciones.herramientasDesarrollo === true,
  };
}

export function opcionesVentanaPrincipal(
  preload: string,
  opciones: OpcionesVentana & { icono?: string } = {},
): BrowserWindowConstructorOptions {
  const { icono, ...ventana } = opciones;
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
    webPreferences: preferenciasSeguras(preload, ventana),
  };
}

/**
 * Letter landscape at 96 dpi; the size matters little because printing lays the page out again. The main window is
 * its parent, so the system print dialog opens in front of it, and it is not throttled although hidden, so its
 * page gets ready at full speed.
 */
export function opcionesVentanaImpresion(
  preload: string,
  padre: BaseWindow | undefined,
  opciones: OpcionesVentana = {},
): BrowserWindowConstructorOptions {
  return {
    width: 1056,
    height: 816,
    show: false,
    title: TITULO_APP,
    ...(padre ? { parent: padre } : {}),
    webPreferences: { ...preferenciasSeguras(preload, opciones), backgroundThrottling: false },
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
  hosts?: readonly string[],
): void {
  contenido.on('will-frame-navigate', (evento) => {
    const decision = decidirNavegacion(evento.url, origenes, hosts);
    if (decision.permitir) return;
    evento.preventDefault();
    if (evento.isMainFrame && decision.abrirFuera) abrirExterno(decision.abrirFuera);
  });
  contenido.setWindowOpenHandler(({ url }) => {
    const externa = urlExternaPermitida(url, hosts);
    if (externa) abrirExterno(externa);
    return { action: 'deny' };
  });
  contenido.on('will-attach-webview', (evento) => evento.preventDefault());
}
