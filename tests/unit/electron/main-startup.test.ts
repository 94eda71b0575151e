/**
 * The startup wiring of electron/main/index.ts against a recorded fake of the 'electron' module: what must
 * happen before 'ready', what is registered after it, and the single-instance behaviour.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Llamada = [string, ...unknown[]];

const falso = vi.hoisted(() => {
  const estado = {
    llamadas: [] as [string, ...unknown[]][],
    bloqueoConcedido: true,
    empaquetada: true,
    eventosApp: new Map<string, (...argumentos: unknown[]) => void>(),
    ventanas: [] as { opciones: unknown; url?: string; enfocada: number; restaurada: number; minimizada: boolean }[],
    resolverListo: (() => undefined) as () => void,
  };
  return estado;
});

vi.mock('electron', () => {
  const registrar = (nombre: string) => (...argumentos: unknown[]) => {
    falso.llamadas.push([nombre, ...argumentos]);
  };
  class BrowserWindow {
    static getFocusedWindow = () => null;
    static getAllWindows = () => falso.ventanas;
    registro: (typeof falso.ventanas)[number];
    webContents = { on: vi.fn() };
    constructor(opciones: unknown) {
      this.registro = { opciones, enfocada: 0, restaurada: 0, minimizada: true };
      falso.ventanas.push(this.registro);
      falso.llamadas.push(['new BrowserWindow', opciones]);
    }
    loadURL(url: string) {
      this.registro.url = url;
      return Promise.resolve();
    }
    once = vi.fn();
    on = vi.fn();
    isMinimized = () => this.registro.minimizada;
    restore = () => {
      this.registro.restaurada += 1;
    };
    show = vi.fn();
    focus = () => {
      this.registro.enfocada += 1;
    };
  }
  return {
    app: {
      get isPackaged() {
        return falso.empaquetada;
      },
      setPath: registrar('app.setPath'),
      getPath: (nombre: string) => (nombre === 'userData' ? '/tmp/poa-prueba' : `/ruta/${nombre}`),
      getVersion: () => '0.1.0',
      enableSandbox: registrar('app.enableSandbox'),
      commandLine: { appendSwitch: registrar('app.commandLine.appendSwitch') },
      requestSingleInstanceLock: () => {
        falso.llamadas.push(['app.requestSingleInstanceLock']);
        return falso.bloqueoConcedido;
      },
      quit: registrar('app.quit'),
      setAppUserModelId: registrar('app.setAppUserModelId'),
      on: (evento: string, escucha: (...argumentos: unknown[]) => void) => {
        falso.eventosApp.set(evento, escucha);
      },
      // A fresh promise per start, so each test's module instance waits for its own 'ready'.
      whenReady: () =>
        new Promise<void>((resolve) => {
          falso.resolverListo = resolve;
        }),
    },
    BrowserWindow,
    dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    ipcMain: { handle: registrar('ipcMain.handle') },
    Menu: { buildFromTemplate: (plantilla: unknown) => plantilla, setApplicationMenu: registrar('Menu.setApplicationMenu') },
    protocol: {
      registerSchemesAsPrivileged: registrar('protocol.registerSchemesAsPrivileged'),
      handle: registrar('protocol.handle'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: registrar('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: registrar('session.setPermissionCheckHandler'),
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
});

function nombres(): string[] {
  return falso.llamadas.map(([nombre]) => nombre);
}

function llamada(nombre: string): Llamada | undefined {
  return falso.llamadas.find(([n]) => n === nombre) as Llamada | undefined;
}

async function arrancar(): Promise<void> {
  await import('../../../electron/main/index');
}

beforeEach(() => {
  vi.resetModules();
  falso.llamadas.length = 0;
  falso.ventanas.length = 0;
  falso.eventosApp.clear();
  falso.bloqueoConcedido = true;
  falso.empaquetada = true;
  vi.stubEnv('POA_USER_DATA', '/tmp/poa-prueba');
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('main process startup', () => {
  it('sets userData and the privileged scheme before taking the single-instance lock and before ready', async () => {
    await arrancar();
    expect(llamada('app.setPath')).toEqual(['app.setPath', 'userData', '/tmp/poa-prueba']);
    expect(llamada('protocol.registerSchemesAsPrivileged')).toEqual([
      'protocol.registerSchemesAsPrivileged',
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }],
    ]);
    const orden = nombres();
    expect(orden.indexOf('app.setPath')).toBeLessThan(orden.indexOf('app.requestSingleInstanceLock'));
    expect(orden).toContain('app.enableSandbox');
    expect(falso.llamadas).toContainEqual(['app.commandLine.appendSwitch', 'lang', 'es-MX']);
    expect(orden).not.toContain('protocol.handle');
    expect(orden).not.toContain('new BrowserWindow');
  });

  it('after ready serves app://, guards permissions, registers every channel and opens app://poa', async () => {
    await arrancar();
    falso.resolverListo();
    await vi.waitFor(() => expect(falso.ventanas).toHaveLength(1));

    expect(llamada('protocol.handle')?.[1]).toBe('app');
    expect(nombres()).toContain('session.setPermissionRequestHandler');
    expect(nombres()).toContain('session.setPermissionCheckHandler');
    const canales = falso.llamadas.filter(([n]) => n === 'ipcMain.handle').map(([, canal]) => canal);
    expect(canales.sort()).toEqual(
      [
        'actualizaciones:buscar',
        'actualizaciones:configurar',
        'actualizaciones:estado',
        'app:info',
        'archivo:guardar',
        'enlace:abrirExterno',
        'evidencias:guardar',
        'evidencias:leer',
        'impresion:imprimir',
        'respaldos:cancelar',
        'respaldos:iniciar',
        'respaldos:leerTrozo',
        'respaldos:listar',
        'respaldos:terminar',
        'respaldos:trozo',
      ],
    );

    const [ventana] = falso.ventanas;
    expect(ventana.opciones).toMatchObject({
      width: 1366,
      height: 768,
      title: 'POA Gestión Social',
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    // A packaged app ignores ELECTRON_RENDERER_URL.
    expect(ventana.url).toBe('app://poa/index.html');

    falso.eventosApp.get('second-instance')?.();
    expect(ventana.restaurada).toBe(1);
    expect(ventana.enfocada).toBe(1);
  });

  it('every window is isolated and sandboxed; the print window is the main one\'s child and never throttled', async () => {
    await arrancar();
    falso.resolverListo();
    await vi.waitFor(() => expect(falso.ventanas).toHaveLength(1));
    const imprimir = falso.llamadas.find(([n, canal]) => n === 'ipcMain.handle' && canal === 'impresion:imprimir')?.[2] as (
      evento: unknown,
      solicitud: unknown,
    ) => Promise<unknown>;
    // The fake window cannot load a page: the answer is an error, but the window was made.
    await imprimir({ senderFrame: { url: 'app://poa/index.html', parent: null } }, { ruta: '/imprimir/poa', modo: 'dialogo', horizontal: true });
    expect(falso.ventanas).toHaveLength(2);
    const aislada = {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    };
    for (const { opciones } of falso.ventanas) expect(opciones).toMatchObject({ webPreferences: aislada });
    const impresion = falso.ventanas[1].opciones as { parent: { registro: unknown }; show: boolean; webPreferences: object };
    expect(impresion.parent.registro).toBe(falso.ventanas[0]);
    expect(impresion).toMatchObject({ show: false, webPreferences: { backgroundThrottling: false } });
  });

  it('a run from the sources keeps its own data folder, unless POA_USER_DATA says otherwise', async () => {
    falso.empaquetada = false;
    vi.stubEnv('POA_USER_DATA', '');
    await arrancar();
    expect(llamada('app.setPath')).toEqual(['app.setPath', 'userData', '/ruta/appData/POA Gestión Social (desarrollo)']);
    const orden = nombres();
    expect(orden.indexOf('app.setPath')).toBeLessThan(orden.indexOf('app.requestSingleInstanceLock'));

    falso.llamadas.length = 0;
    vi.resetModules();
    vi.stubEnv('POA_USER_DATA', '/tmp/otra');
    await arrancar();
    expect(llamada('app.setPath')).toEqual(['app.setPath', 'userData', '/tmp/otra']);
  });

  it('the installed app keeps Electron\'s folder and offers no developer tools; a run from the sources does', async () => {
    vi.stubEnv('POA_USER_DATA', '');
    await arrancar();
    expect(llamada('app.setPath')).toBeUndefined();
    falso.resolverListo();
    await vi.waitFor(() => expect(falso.ventanas).toHaveLength(1));
    expect(falso.ventanas[0].opciones).toMatchObject({ webPreferences: { devTools: false } });
    expect(JSON.stringify(llamada('Menu.setApplicationMenu'))).not.toContain('toggleDevTools');

    falso.llamadas.length = 0;
    falso.ventanas.length = 0;
    falso.empaquetada = false;
    vi.resetModules();
    await arrancar();
    falso.resolverListo();
    await vi.waitFor(() => expect(falso.ventanas).toHaveLength(1));
    expect(falso.ventanas[0].opciones).toMatchObject({ webPreferences: { devTools: true } });
    expect(JSON.stringify(llamada('Menu.setApplicationMenu'))).toContain('toggleDevTools');
  });

  it('quits at once when another instance holds the lock', async () => {
    falso.bloqueoConcedido = false;
    await arrancar();
    expect(nombres()).toContain('app.quit');
    expect(falso.eventosApp.has('second-instance')).toBe(false);
  });
});
