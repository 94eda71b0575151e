import { describe, expect, it, vi } from 'vitest';
import { estadoSinRevisar } from '../../../shared/ipc/actualizaciones';
import { contrato, type Canal } from '../../../shared/ipc/contract';
import { ErrorOperacion } from '../../../electron/main/errors';
import type { Manejadores } from '../../../electron/main/handlers/types';
import { crearEscucha, registrarCanales, remitenteValido, type EventoIpc } from '../../../electron/main/ipc';
import { origenesPermitidos } from '../../../electron/main/security';
import { eventoDesde } from './fakes';

const ORIGENES = origenesPermitidos(undefined);
const DESDE_APP = eventoDesde('app://poa/index.html#/poa');

const ESTADO_ACTUALIZACIONES = estadoSinRevisar('0.1.0', null);

function manejadoresFalsos(): Manejadores {
  return {
    'archivo:guardar': vi.fn(async () => ({ guardado: true, ruta: 'C:\\Documentos\\POA.xlsx' })),
    'impresion:imprimir': vi.fn(async () => ({ ok: true })),
    'respaldos:iniciar': vi.fn(async () => ({ id: '00000000-0000-4000-8000-000000000001' })),
    'respaldos:trozo': vi.fn(async () => ({ recibidos: 1 })),
    'respaldos:terminar': vi.fn(async () => ({ ruta: 'x' })),
    'respaldos:cancelar': vi.fn(async () => ({ ok: true })),
    'respaldos:listar': vi.fn(async () => []),
    'respaldos:leerTrozo': vi.fn(async () => ({ bytes: new Uint8Array(), tamano: 0 })),
    'app:info': vi.fn(async () => ({ version: '0.1.0', plataforma: 'win32', rutaDatos: 'C:\\datos', electron: true })),
    'enlace:abrirExterno': vi.fn(async () => ({ ok: true })),
    'evidencias:guardar': vi.fn(async () => ({ nuevo: true })),
    'evidencias:leer': vi.fn(async () => ({ bytes: new Uint8Array([1]) })),
    'actualizaciones:estado': vi.fn(async () => ESTADO_ACTUALIZACIONES),
    'actualizaciones:configurar': vi.fn(async () => ESTADO_ACTUALIZACIONES),
    'actualizaciones:buscar': vi.fn(async () => ESTADO_ACTUALIZACIONES),
  };
}

describe('remitenteValido', () => {
  it('accepts only the main frame of our origin', () => {
    expect(remitenteValido(DESDE_APP, ORIGENES)).toBe(true);
    expect(remitenteValido(eventoDesde('https://malicioso.example/'), ORIGENES)).toBe(false);
    expect(remitenteValido(eventoDesde('app://poa/index.html', { subframe: true }), ORIGENES)).toBe(false);
    expect(remitenteValido({ senderFrame: null }, ORIGENES)).toBe(false);
  });
});

describe('crearEscucha', () => {
  const guardar = { nombreSugerido: 'POA 2026.xlsx', filtros: [{ name: 'Excel', extensions: ['xlsx'] }], datos: new Uint8Array([1, 2]) };

  it('runs the handler with the parsed request for our main frame', async () => {
    const manejador = vi.fn(async () => ({ guardado: true, ruta: 'C:\\POA 2026.xlsx' }));
    const escucha = crearEscucha('archivo:guardar', manejador, { origenes: ORIGENES });
    const resultado = await escucha(DESDE_APP, { ...guardar, nombreSugerido: '  POA 2026.xlsx  ' });
    expect(resultado).toEqual({ exito: true, datos: { guardado: true, ruta: 'C:\\POA 2026.xlsx' } });
    expect(manejador).toHaveBeenCalledWith(expect.objectContaining({ nombreSugerido: 'POA 2026.xlsx' }));
  });

  it('refuses a foreign origin and a subframe without running the handler', async () => {
    const manejador = vi.fn(async () => ({ guardado: true }));
    const escucha = crearEscucha('archivo:guardar', manejador, { origenes: ORIGENES });
    for (const evento of [
      eventoDesde('https://malicioso.example/'),
      eventoDesde('app://poa/index.html', { subframe: true }),
      { senderFrame: null } as EventoIpc,
    ]) {
      const resultado = await escucha(evento, guardar);
      expect(resultado).toEqual({
        exito: false,
        mensaje: 'Se rechazó la solicitud para guardar el archivo: no proviene de la ventana de la aplicación.',
      });
    }
    expect(manejador).not.toHaveBeenCalled();
  });

  it('refuses a malformed payload with a Spanish message', async () => {
    const manejador = vi.fn(async () => ({ guardado: true }));
    const escucha = crearEscucha('archivo:guardar', manejador, { origenes: ORIGENES });

    const sinDatos = await escucha(DESDE_APP, { nombreSugerido: 'POA.xlsx', filtros: [] });
    expect(sinDatos.exito).toBe(false);
    if (!sinDatos.exito) {
      expect(sinDatos.mensaje).toMatch(/^Datos inválidos para guardar el archivo: /);
      expect(sinDatos.mensaje).toContain('Los datos del archivo deben ser bytes (Uint8Array).');
    }

    const tipoErroneo = await escucha(DESDE_APP, { ...guardar, nombreSugerido: 42 });
    expect(tipoErroneo.exito).toBe(false);
    if (!tipoErroneo.exito) expect(tipoErroneo.mensaje).toContain('se esperaba texto, recibido número (campo nombreSugerido)');

    expect((await escucha(DESDE_APP, 'texto')).exito).toBe(false);
    expect((await escucha(DESDE_APP, guardar, 'de más')).exito).toBe(false);
    expect(manejador).not.toHaveBeenCalled();
  });

  it('refuses print routes outside /imprimir/', async () => {
    const escucha = crearEscucha('impresion:imprimir', vi.fn(async () => ({ ok: true })), { origenes: ORIGENES });
    const resultado = await escucha(DESDE_APP, { ruta: '/configuracion', modo: 'pdf', horizontal: true });
    expect(resultado).toEqual({
      exito: false,
      mensaje: 'Datos inválidos para imprimir: La ruta de impresión debe empezar con /imprimir/. (campo ruta)',
    });
  });

  it('refuses respaldos:leerTrozo with ../x', async () => {
    const manejador = vi.fn(async () => ({ bytes: new Uint8Array(), tamano: 0 }));
    const escucha = crearEscucha('respaldos:leerTrozo', manejador, { origenes: ORIGENES });
    const resultado = await escucha(DESDE_APP, { nombre: '../x', desde: 0, cantidad: 10 });
    expect(resultado.exito).toBe(false);
    if (!resultado.exito) expect(resultado.mensaje).toContain('no puede contener rutas');
    expect(manejador).not.toHaveBeenCalled();
  });

  it('refuses a piece of a backup larger than 2 MB, or with an id the main process did not give', async () => {
    const manejador = vi.fn(async () => ({ recibidos: 0 }));
    const escucha = crearEscucha('respaldos:trozo', manejador, { origenes: ORIGENES });
    const id = '00000000-0000-4000-8000-000000000001';
    const grande = await escucha(DESDE_APP, { id, bytes: new Uint8Array(2 * 1024 * 1024 + 1) });
    expect(grande).toEqual({ exito: false, mensaje: expect.stringContaining('Un trozo del respaldo mide a lo más 2097152 bytes.') });
    const sinId = await escucha(DESDE_APP, { id: '../x', bytes: new Uint8Array(1) });
    expect(sinId).toEqual({ exito: false, mensaje: expect.stringContaining('El identificador del respaldo en curso no es válido.') });
    const texto = await escucha(DESDE_APP, { id, bytes: '{"a":1}' });
    expect(texto).toEqual({ exito: false, mensaje: expect.stringContaining('Los datos del respaldo deben ser bytes (Uint8Array).') });
    expect(manejador).not.toHaveBeenCalled();
  });

  it('passes user-facing errors through and hides unexpected ones', async () => {
    const registrar = vi.fn();
    const conocido = crearEscucha('respaldos:listar', async () => {
      throw new ErrorOperacion('No hay espacio en el disco.');
    }, { origenes: ORIGENES, registrar });
    expect(await conocido(DESDE_APP)).toEqual({ exito: false, mensaje: 'No hay espacio en el disco.' });

    const inesperado = crearEscucha('respaldos:listar', async () => {
      throw new Error('EIO: i/o error, open C:\\Users\\ana\\secreto');
    }, { origenes: ORIGENES, registrar });
    const resultado = await inesperado(DESDE_APP);
    expect(resultado.exito).toBe(false);
    if (!resultado.exito) {
      expect(resultado.mensaje).toMatch(/^No se pudo listar los respaldos\./);
      expect(resultado.mensaje).not.toContain('secreto');
    }
    expect(registrar).toHaveBeenCalled();
  });

  it('does not let a handler answer outside the contract', async () => {
    const escucha = crearEscucha('app:info', async () => ({ version: 1 }) as never, { origenes: ORIGENES });
    expect((await escucha(DESDE_APP)).exito).toBe(false);
  });
});

describe('registrarCanales', () => {
  it('registers one handler per channel of the contract', async () => {
    const registrados = new Map<string, (evento: EventoIpc, ...argumentos: unknown[]) => Promise<unknown>>();
    const manejadores = manejadoresFalsos();
    registrarCanales({ handle: (canal, escucha) => registrados.set(canal, escucha) }, manejadores, { origenes: ORIGENES });
    expect([...registrados.keys()].sort()).toEqual((Object.keys(contrato) as Canal[]).sort());

    const info = registrados.get('app:info');
    expect(await info?.(DESDE_APP)).toEqual({
      exito: true,
      datos: { version: '0.1.0', plataforma: 'win32', rutaDatos: 'C:\\datos', electron: true },
    });
    expect(await info?.(eventoDesde('https://otro.example/'))).toMatchObject({ exito: false });
  });
});
