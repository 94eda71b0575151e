import { describe, expect, it, vi } from 'vitest';
import { crearManejadorInfoApp } from '../../../electron/main/handlers/app-info';
import { crearManejadorEnlace } from '../../../electron/main/handlers/external-link';
import { crearManejadores } from '../../../electron/main/handlers';
import { contrato } from '../../../shared/ipc/contract';
import { FsMemoria } from './fakes';

describe('enlace:abrirExterno', () => {
  it('opens http, https and mailto links in the operating system', async () => {
    const abrirExterno = vi.fn(async () => undefined);
    const abrir = crearManejadorEnlace({ abrirExterno });
    expect(await abrir({ url: 'https://www.gob.mx/curp/' })).toEqual({ ok: true });
    expect(await abrir({ url: 'mailto:atencion@municipio.gob.mx' })).toEqual({ ok: true });
    expect(abrirExterno.mock.calls).toEqual([['https://www.gob.mx/curp/'], ['mailto:atencion@municipio.gob.mx']]);
  });

  it('refuses javascript: and file: links before they reach the system', async () => {
    const abrirExterno = vi.fn(async () => undefined);
    const abrir = crearManejadorEnlace({ abrirExterno });
    await expect(abrir({ url: 'javascript:alert(1)' })).rejects.toThrow('Solo se pueden abrir enlaces http, https o mailto.');
    await expect(abrir({ url: 'file:///C:/Windows/System32/cmd.exe' })).rejects.toThrow('Solo se pueden abrir');
    expect(abrirExterno).not.toHaveBeenCalled();
  });

  it('the contract refuses them too', () => {
    const esquema = contrato['enlace:abrirExterno'].solicitud;
    expect(esquema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
    expect(esquema.safeParse({ url: 'file:///etc/passwd' }).success).toBe(false);
    expect(esquema.safeParse({ url: 'https://www.inegi.org.mx/' }).success).toBe(true);
  });

  it('answers ok:false when the system cannot open it', async () => {
    const abrir = crearManejadorEnlace({ abrirExterno: async () => Promise.reject(new Error('sin navegador')) });
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
      ahora: () => new Date(2026, 0, 1),
      registrar: () => undefined,
    });
    expect(Object.keys(manejadores).sort()).toEqual(Object.keys(contrato).sort());
  });
});
