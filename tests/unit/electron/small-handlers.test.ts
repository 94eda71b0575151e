import { describe, expect, it, vi } from 'vitest';
import { crearActualizador } from '../../../electron/main/updates';
import { crearManejadorInfoApp } from '../../../electron/main/handlers/app-info';
import { crearManejadorEnlace } from '../../../electron/main/handlers/external-link';
import { crearManejadores } from '../../../electron/main/handlers';
import { contrato } from '../../../shared/ipc/contract';
import { FsMemoria } from './fakes';

const HOSTS = ['www.gob.mx', 'municipio.gob.mx'];

describe('enlace:abrirExterno', () => {
  it('opens http, https and mailto links to an allowed host in the operating system', async () => {
    const abrirExterno = vi.fn(async () => undefined);
    const abrir = crearManejadorEnlace({ abrirExterno, hosts: HOSTS });
    expect(await abrir({ url: 'https://www.gob.mx/curp/' })).toEqual({ ok: true });
    expect(await abrir({ url: 'mailto:atencion@municipio.gob.mx' })).toEqual({ ok: true });
    expect(abrirExterno.mock.calls).toEqual([['https://www.gob.mx/curp/'], ['mailto:atencion@municipio.gob.mx']]);
  });

  it('refuses javascript:, file: and other hosts before they reach the system', async () => {
    const abrirExterno = vi.fn(async () => undefined);
    const abrir = crearManejadorEnlace({ abrirExterno, hosts: HOSTS });
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/cmd.exe',
      'https://www.gob.mx.evil.example/',
      'https://evil.example/?https://www.gob.mx/',
      'mailto:otro@evil.example',
      'mailto:a@municipio.gob.mx,b@evil.example',
    ]) {
      await expect(abrir({ url }), url).rejects.toThrow('Ese enlace no se puede abrir desde la aplicación.');
    }
    expect(abrirExterno).not.toHaveBeenCalled();
  });

  it('with the list of the app (no host), opens nothing at all', async () => {
    const abrirExterno = vi.fn(async () => undefined);
    const abrir = crearManejadorEnlace({ abrirExterno });
    await expect(abrir({ url: 'https://www.gob.mx/' })).rejects.toThrow('Ese enlace no se puede abrir desde la aplicación.');
    expect(abrirExterno).not.toHaveBeenCalled();
  });

  it('the contract refuses them too', () => {
    const esquema = contrato['enlace:abrirExterno'].solicitud;
    expect(esquema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
    expect(esquema.safeParse({ url: 'file:///etc/passwd' }).success).toBe(false);
    expect(esquema.safeParse({ url: 'https://www.inegi.org.mx/' }).success).toBe(true);
  });

  it('answers ok:false when the system cannot open it', async () => {
    const abrir = crearManejadorEnlace({ abrirExterno: async () => Promise.reject(new Error('sin navegador')), hosts: HOSTS });
    expect(await abrir({ url: 'https://www.gob.mx/' })).toEqual({ ok: false });
  });
});

describe('app:info', () => {
  it('reports version, platform and data folder', async () => {
    const info = crearManejadorInfoApp({ version: () => '0.1.0', plataforma: 'win32', rutaDatos: () => 'C:\\Users\\ana\\AppData\\Roaming\\POA Gestión Social' });
    expect(await info(undefined)).toEqual({
      version: '0.1.0',
      plataforma: 'win32',
      rutaDatos: 'C:\\Users\\ana\\AppData\\Roaming\\POA Gestión Social',
      electron: true,
    });
  });
});

describe('crearManejadores', () => {
  it('wires one handler per channel', () => {
    const manejadores = crearManejadores({
      fs: new FsMemoria(),
      elegirRuta: async () => undefined,
      carpetaDocumentos: () => '/docs',
      carpetaRespaldos: '/datos/respaldos',
      carpetaEvidencias: '/datos/evidencias',
      crearVentanaImpresion: () => {
        throw new Error('no se usa');
      },
      urlInicio: 'app://poa/index.html',
      abrirExterno: async () => undefined,
      info: { version: () => '0.1.0', plataforma: 'linux', rutaDatos: () => '/datos' },
      actualizador: crearActualizador({
        fs: new FsMemoria(),
        carpeta: '/datos/actualizaciones',
        versionActual: '0.1.0',
        impedimento: null,
        leerPublicado: async () => {
          throw new Error('no se usa');
        },
        ahora: () => new Date(2026, 0, 1),
        registrar: () => undefined,
      }),
      ahora: () => new Date(2026, 0, 1),
      registrar: () => undefined,
    });
    expect(Object.keys(manejadores).sort()).toEqual(Object.keys(contrato).sort());
  });
});
