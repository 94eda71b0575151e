/**
 * Main process entry: one instance, the app:// protocol, the permission and navigation guards, the IPC
 * handlers and the main window. Everything with a decision in it lives in a module tested on its own.
 */
import { spawn } from 'node:child_process';
import fsSincrono from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell, type BrowserWindowConstructorOptions } from 'electron';
import { ID_APLICACION } from '../../shared/aplicacion/identidad';
import { carpetaDatos, carpetaRegistros } from './datos';
import { crearManejadores } from './handlers';
import type { ElegirRutaGuardado } from './handlers/types';
import { registrarCanales } from './ipc';
import { plantillaMenu } from './menu';
import { crearManejadorProtocolo } from './protocol';
import { crearRegistro } from './registro';
import { ESQUEMA_APP, origenesPermitidos, permisoPermitido, URL_INICIO } from './security';
import { crearActualizador, crearDescarga, crearLeerPublicado, impedimentoActualizar, programarBusquedas } from './updates';
import { opcionesVentanaImpresion, opcionesVentanaPrincipal, protegerContenido, TITULO_APP } from './window';

// Tests and support staff point the app at another data folder (POA_USER_DATA), and a run from the sources gets
// its own; it must be set before anything reads it, including the single-instance lock, which is keyed by it.
const carpeta = carpetaDatos({ empaquetada: app.isPackaged, variable: process.env.POA_USER_DATA, carpetaAppData: app.getPath('appData') });
if (carpeta) app.setPath('userData', carpeta);

// electron-vite dev serves the renderer over http and sets this variable; a packaged app never uses it.
const urlDesarrollo = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origenes = origenesPermitidos(urlDesarrollo);
const urlInicio = urlDesarrollo ?? URL_INICIO;

const carpetaRenderer = path.join(__dirname, '../renderer');
const rutaPreload = path.join(__dirname, '../preload/index.cjs');

// Privileges can only be granted before 'ready'. A standard, secure scheme gives the renderer a stable origin
// with IndexedDB, fetch and a proper security context; codeCache keeps V8's compiled code between starts.
protocol.registerSchemesAsPrivileged([
  { scheme: ESQUEMA_APP, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();
// Native date inputs, number formats and the spell checker follow Mexican Spanish whatever the PC's language.
app.commandLine.appendSwitch('lang', 'es-MX');

let ventanaPrincipal: BrowserWindow | null = null;
/** Developer tools and reload: runs from the sources only, never the installed app. */
const herramientasDesarrollo = !app.isPackaged;

// The log file in the data folder (a Windows GUI program has no console); a run from the sources also prints it.
const registrar = crearRegistro({
  fs: fsSincrono,
  carpeta: carpetaRegistros(app.getPath('userData')),
  ahora: () => new Date(),
  consola: app.isPackaged ? undefined : (linea) => console.error(`[POA] ${linea}`),
});
process.on('uncaughtException', (error) => registrar('Error no atendido en el proceso principal', error));
process.on('unhandledRejection', (motivo) => registrar('Promesa rechazada sin atender en el proceso principal', motivo));

// Updates from the office network: nothing is read until IT configures where versions are published.
const actualizador = crearActualizador({
  fs,
  carpeta: path.join(app.getPath('userData'), 'actualizaciones'),
  versionActual: app.getVersion(),
  impedimento: impedimentoActualizar({ empaquetada: app.isPackaged, portable: Boolean(process.env.PORTABLE_EXECUTABLE_FILE), plataforma: process.platform }),
  leerPublicado: crearLeerPublicado({ fs, descargar: crearDescarga((url, init) => net.fetch(url, init)) }),
  ahora: () => new Date(),
  registrar,
});

/** The only door to the operating system's browser; every caller passes the URL through urlExternaPermitida first. */
const abrirEnSistema = (url: string): Promise<void> => shell.openExternal(url);

function abrirExterno(url: string): void {
  abrirEnSistema(url).catch((error: unknown) => registrar('No se pudo abrir el enlace externo', error));
}

/**
 * Every window of the app. window.ts gives the sizes and the rest of the preferences; the isolation flags are written
 * here, where the window is made, so they cannot be lost on the way and the security audit reads them.
 */
function nuevaVentana(opciones: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    ...opciones,
    webPreferences: {
      ...opciones.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click would otherwise ask for a new window (refused anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

const elegirRuta: ElegirRutaGuardado = async ({ titulo, rutaSugerida, filtros }) => {
  const opciones = { title: titulo, defaultPath: rutaSugerida, filters: filtros };
  const padre = BrowserWindow.getFocusedWindow() ?? ventanaPrincipal;
  const resultado = padre ? await dialog.showSaveDialog(padre, opciones) : await dialog.showSaveDialog(opciones);
  return resultado.canceled || !resultado.filePath ? undefined : resultado.filePath;
};

function mostrarAcercaDe(): void {
  const opciones = {
    type: 'info' as const,
    title: 'Acerca de',
    message: TITULO_APP,
    detail: `Versión ${app.getVersion()}\nGestión Social y Atención Ciudadana\n\nDatos: ${app.getPath('userData')}`,
    buttons: ['Aceptar'],
  };
  if (ventanaPrincipal) void dialog.showMessageBox(ventanaPrincipal, opciones);
  else void dialog.showMessageBox(opciones);
}

function crearVentanaPrincipal(): BrowserWindow {
  const ventana = nuevaVentana(opcionesVentanaPrincipal(rutaPreload, { herramientasDesarrollo }));
  ventana.once('ready-to-show', () => ventana.show());
  ventana.on('closed', () => {
    if (ventanaPrincipal === ventana) ventanaPrincipal = null;
  });
  ventana.webContents.on('render-process-gone', (_evento, detalles) => registrar('El proceso de la ventana terminó', detalles));
  ventana.loadURL(urlInicio).catch((error: unknown) => registrar('No se pudo cargar la aplicación', error));
  return ventana;
}

function configurarSesion(): void {
  const sesion = session.defaultSession;
  sesion.setPermissionRequestHandler((_contenido, permiso, responder, detalles) => {
    responder(permisoPermitido(permiso, detalles.requestingUrl, origenes));
  });
  sesion.setPermissionCheckHandler((_contenido, permiso, origenSolicitante) =>
    permisoPermitido(permiso, origenSolicitante, origenes),
  );
  protocol.handle(
    ESQUEMA_APP,
    crearManejadorProtocolo({ baseDir: carpetaRenderer, leerArchivo: (ruta) => fs.readFile(ruta) }),
  );
}

function registrarIpc(): void {
  const manejadores = crearManejadores({
    fs,
    elegirRuta,
    carpetaDocumentos: () => app.getPath('documents'),
    carpetaRespaldos: path.join(app.getPath('userData'), 'respaldos'),
    carpetaEvidencias: path.join(app.getPath('userData'), 'evidencias'),
    crearVentanaImpresion: () =>
      nuevaVentana(opcionesVentanaImpresion(rutaPreload, ventanaPrincipal ?? undefined, { herramientasDesarrollo })),
    urlInicio,
    abrirExterno: abrirEnSistema,
    info: {
      version: () => app.getVersion(),
      plataforma: process.platform,
      rutaDatos: () => app.getPath('userData'),
    },
    actualizador,
    ahora: () => new Date(),
    registrar,
  });
  registrarCanales(ipcMain, manejadores, { origenes, registrar });
}

function enfocarVentanaPrincipal(): void {
  if (!ventanaPrincipal) return;
  if (ventanaPrincipal.isMinimized()) ventanaPrincipal.restore();
  ventanaPrincipal.show();
  ventanaPrincipal.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data folder; it gets focused through 'second-instance'.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId(ID_APLICACION);

  app.on('second-instance', enfocarVentanaPrincipal);
  app.on('web-contents-created', (_evento, contenido) => protegerContenido(contenido, origenes, abrirExterno));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      // A version copied and checked earlier is installed now, before any window opens; the installer reopens the app.
      const instalar = await actualizador.alIniciar().catch((error: unknown) => {
        registrar('No se pudo revisar la actualización pendiente', error);
        return null;
      });
      if (instalar) {
        spawn(instalar.instalador, [...instalar.argumentos], { detached: true, stdio: 'ignore' }).unref();
        app.quit();
        return;
      }
      configurarSesion();
      registrarIpc();
      Menu.setApplicationMenu(Menu.buildFromTemplate(plantillaMenu({ desarrollo: herramientasDesarrollo, acercaDe: mostrarAcercaDe })));
      ventanaPrincipal = crearVentanaPrincipal();
      programarBusquedas(actualizador, { setTimeout, setInterval }, registrar);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) ventanaPrincipal = crearVentanaPrincipal();
      });
    })
    .catch((error: unknown) => {
      registrar('La aplicación no pudo iniciar', error);
      dialog.showErrorBox(TITULO_APP, 'La aplicación no pudo iniciar. Cierre y vuelva a abrirla.');
      app.quit();
    });
}
