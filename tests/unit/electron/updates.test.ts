import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ARGUMENTOS_INSTALADOR,
  crearActualizador,
  crearDescarga,
  crearLeerPublicado,
  impedimentoActualizar,
  programarBusquedas,
  sha512Base64,
  type LeerPublicado,
} from '../../../electron/main/updates';
import { compararVersiones, leerPublicacion, origenActualizacionesSchema, TAMANO_MAXIMO_LATEST } from '../../../shared/ipc/actualizaciones';
import { validarSolicitud } from '../../../shared/ipc/validacion';

const INSTALADOR = 'POA-Gestion-Social-Instalador-0.2.0.exe';

/** What electron-builder writes next to the installer (electron-updater's format). */
function latestYml(version: string, archivo: string, bytes: Uint8Array, extra = ''): string {
  const sha512 = sha512Base64(bytes);
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${archivo}`,
    `    sha512: ${sha512}`,
    `    size: ${bytes.byteLength}`,
    `path: ${archivo}`,
    `sha512: ${sha512}`,
    `releaseDate: '2026-12-04T06:00:00.000Z'`,
    extra,
  ].join('\n');
}

describe('lo publicado por TI', () => {
  it('lee el latest.yml de electron-builder: versión, instalador, huella y tamaño', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(leerPublicacion(latestYml('0.2.0', INSTALADOR, bytes))).toEqual({
      version: '0.2.0',
      path: INSTALADOR,
      sha512: sha512Base64(bytes),
      size: 3,
      releaseDate: '2026-12-04T06:00:00.000Z',
    });
  });

  it('rechaza un instalador fuera de la carpeta, una versión que no es y una huella que falta, en español', () => {
    const bytes = new Uint8Array([1]);
    expect(() => leerPublicacion(latestYml('0.2.0', '..\\..\\Windows\\calc.exe', bytes))).toThrow('El nombre del instalador publicado no es válido');
    expect(() => leerPublicacion(latestYml('0.2.0', 'instalador.bat', bytes))).toThrow('El nombre del instalador publicado no es válido');
    expect(() => leerPublicacion(latestYml('dos', INSTALADOR, bytes))).toThrow('La versión publicada no es válida.');
    expect(() => leerPublicacion(`version: 0.2.0\npath: ${INSTALADOR}\n`)).toThrow('El archivo latest.yml publicado no dice «sha512».');
    expect(() => leerPublicacion('<html>Not Found</html>')).toThrow('El archivo latest.yml publicado no dice «version».');
  });

  it('compara versiones como electron-builder las numera', () => {
    expect(compararVersiones('0.2.0', '0.1.9')).toBeGreaterThan(0);
    expect(compararVersiones('0.10.0', '0.9.0')).toBeGreaterThan(0);
    expect(compararVersiones('1.0.0', '1.0.0')).toBe(0);
    expect(compararVersiones('1.0.0-beta.1', '1.0.0')).toBeLessThan(0);
    expect(compararVersiones('0.1.0', '0.2.0')).toBeLessThan(0);
  });

  it('acepta una carpeta de la red, de la PC o una dirección http(s), y nada más', () => {
    for (const bueno of ['\\\\servidor\\poa\\actualizaciones', 'C:\\Actualizaciones POA', '/srv/poa', 'https://intranet.municipio.gob.mx/poa/', 'http://192.168.1.10/poa'])
      expect(origenActualizacionesSchema.safeParse(bueno).success).toBe(true);
    for (const malo of ['actualizaciones', '..\\poa', 'file:///C:/poa', 'ftp://servidor/poa', 'https://usuario:clave@servidor/poa', 'C:\\poa\u202e', ''])
      expect(origenActualizacionesSchema.safeParse(malo).success).toBe(false);
    const r = validarSolicitud('actualizaciones:configurar', { origen: 'poa' });
    expect(r).toEqual({ exito: false, mensaje: expect.stringContaining('Escriba una carpeta completa') });
  });

  it('solo la aplicación instalada en Windows se actualiza sola', () => {
    expect(impedimentoActualizar({ empaquetada: true, portable: false, plataforma: 'win32' })).toBeNull();
    expect(impedimentoActualizar({ empaquetada: true, portable: true, plataforma: 'win32' })).toContain('La versión portátil no se actualiza sola');
    expect(impedimentoActualizar({ empaquetada: false, portable: false, plataforma: 'win32' })).toContain('código fuente');
    expect(impedimentoActualizar({ empaquetada: true, portable: false, plataforma: 'linux' })).toContain('solo en Windows');
  });
});

describe('actualizaciones desde una carpeta de la red', () => {
  let raiz: string;
  let publicada: string;
  let datos: string;
  const registrar = vi.fn();

  beforeEach(async () => {
    raiz = await fs.mkdtemp(path.join(os.tmpdir(), 'poa-actualizaciones-'));
    publicada = path.join(raiz, 'red', 'poa');
    datos = path.join(raiz, 'datos', 'actualizaciones');
    await fs.mkdir(publicada, { recursive: true });
    registrar.mockClear();
  });
  afterEach(async () => {
    await fs.rm(raiz, { recursive: true, force: true });
  });

  const leerCarpeta = crearLeerPublicado({
    fs,
    descargar: async () => {
      throw new Error('no es una dirección');
    },
  });

  function actualizador(versionActual: string, leer: LeerPublicado = leerCarpeta, impedimento: string | null = null) {
    return crearActualizador({ fs, carpeta: datos, versionActual, impedimento, leerPublicado: leer, ahora: () => new Date('2026-12-04T12:00:00Z'), registrar });
  }

  async function publicar(version: string, bytes: Uint8Array, yml = latestYml(version, INSTALADOR.replace('0.2.0', version), bytes)) {
    await fs.writeFile(path.join(publicada, INSTALADOR.replace('0.2.0', version)), bytes);
    await fs.writeFile(path.join(publicada, 'latest.yml'), yml);
  }

  it('sin carpeta configurada no lee nada de ningún lado, ni al iniciar ni al buscar', async () => {
    const leer = vi.fn<LeerPublicado>();
    const a = actualizador('0.1.0', leer);
    await expect(a.buscar()).rejects.toThrow('No hay carpeta ni dirección de actualizaciones configurada');
    expect(await a.alIniciar()).toBeNull();
    vi.useFakeTimers();
    try {
      programarBusquedas(a, { setTimeout, setInterval }, registrar);
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    } finally {
      vi.useRealTimers();
    }
    expect(leer).not.toHaveBeenCalled();
    expect((await a.estado()).origen).toBeNull();
  });

  it('copia la versión nueva comprobada, la instala al siguiente inicio y, ya abierta, lo dice y limpia', async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    await publicar('0.2.0', bytes);
    const a = actualizador('0.1.0');
    await a.configurar(publicada);
    const estado = await a.buscar();
    expect(estado).toMatchObject({
      soportadas: true,
      origen: publicada,
      versionActual: '0.1.0',
      pendiente: { version: '0.2.0', fecha: '2026-12-04T12:00:00.000Z' },
      resultado: 'La versión 0.2.0 está lista: se instala la próxima vez que se abra la aplicación.',
      error: false,
    });
    expect(new Uint8Array(await fs.readFile(path.join(datos, INSTALADOR)))).toEqual(bytes);

    // Next start: the installer runs silently as an update and reopens the app.
    expect(await actualizador('0.1.0').alIniciar()).toEqual({ instalador: path.join(datos, INSTALADOR), argumentos: ARGUMENTOS_INSTALADOR });
    expect(ARGUMENTOS_INSTALADOR).toEqual(['--updated', '/S', '--force-run']);

    // The new version starts: the update is done, the installer removed.
    const nueva = actualizador('0.2.0');
    expect(await nueva.alIniciar()).toBeNull();
    expect(await nueva.estado()).toMatchObject({ versionActual: '0.2.0', pendiente: null, instalada: { version: '0.2.0' }, resultado: 'Se instaló la versión 0.2.0.' });
    expect((await fs.readdir(datos)).filter((n) => n.endsWith('.exe'))).toEqual([]);
    // And the same publication is not new any more.
    expect((await nueva.buscar()).resultado).toBe('No hay una versión nueva: la publicada es la 0.2.0 y esta PC tiene la 0.2.0.');
  });

  it('un instalador que no terminó no se vuelve a lanzar solo en cada inicio', async () => {
    await publicar('0.2.0', new Uint8Array([7, 7, 7]));
    const a = actualizador('0.1.0');
    await a.configurar(publicada);
    await a.buscar();
    expect(await actualizador('0.1.0').alIniciar()).not.toBeNull();
    // It started once and the app is still 0.1.0.
    expect(await actualizador('0.1.0').alIniciar()).toBeNull();
    const estado = await actualizador('0.1.0').estado();
    expect(estado).toMatchObject({ pendiente: null, error: true });
    expect(estado.resultado).toContain('La versión 0.2.0 no se pudo instalar (la aplicación sigue en la 0.1.0)');
  });

  it('un instalador que no coincide con su huella, o que cambió en el disco, no se usa', async () => {
    await publicar('0.2.0', new Uint8Array([1, 2, 3]), latestYml('0.2.0', INSTALADOR, new Uint8Array([9, 9, 9])));
    const a = actualizador('0.1.0');
    await a.configurar(publicada);
    const estado = await a.buscar();
    expect(estado).toMatchObject({ pendiente: null, error: true, resultado: 'El instalador publicado no coincide con su huella SHA-512 de latest.yml: no se usará.' });
    expect((await fs.readdir(datos)).filter((n) => n.endsWith('.exe'))).toEqual([]);

    await publicar('0.2.0', new Uint8Array([1, 2, 3]));
    expect((await a.buscar()).pendiente?.version).toBe('0.2.0');
    await fs.writeFile(path.join(datos, INSTALADOR), new Uint8Array([6, 6, 6]));
    expect(await actualizador('0.1.0').alIniciar()).toBeNull();
    expect((await a.estado()).resultado).toBe('El instalador de la versión 0.2.0 cambió en esta PC después de copiarse: no se usó.');
  });

  it('una carpeta que no se alcanza o sin publicación lo dice en español, y la versión anterior no se ofrece', async () => {
    const a = actualizador('0.3.0');
    await a.configurar(path.join(raiz, 'no-existe'));
    expect((await a.buscar()).resultado).toBe(`No se encontró «latest.yml» en la carpeta de actualizaciones (${path.join(raiz, 'no-existe')}).`);
    await publicar('0.2.0', new Uint8Array([1]));
    await a.configurar(publicada);
    expect(await a.buscar()).toMatchObject({ pendiente: null, error: false, resultado: 'No hay una versión nueva: la publicada es la 0.2.0 y esta PC tiene la 0.3.0.' });
    await fs.writeFile(path.join(publicada, 'latest.yml'), 'x'.repeat(TAMANO_MAXIMO_LATEST + 1));
    expect((await a.buscar()).resultado).toBe('«latest.yml» es demasiado grande para ser lo publicado (65537 bytes).');
  });

  it('la versión portátil (o una copia del código fuente) no busca ni instala', async () => {
    await publicar('0.2.0', new Uint8Array([1]));
    const leer = vi.fn(leerCarpeta);
    const a = actualizador('0.1.0', leer, 'La versión portátil no se actualiza sola: reemplace el archivo .exe por el de la versión nueva.');
    await a.configurar(publicada);
    await expect(a.buscar()).rejects.toThrow('La versión portátil no se actualiza sola');
    expect(await a.alIniciar()).toBeNull();
    expect(leer).not.toHaveBeenCalled();
    expect((await a.estado()).soportadas).toBe(false);
  });

  it('quitar la carpeta deja de buscar y descarta la versión que esperaba', async () => {
    await publicar('0.2.0', new Uint8Array([1]));
    const a = actualizador('0.1.0');
    await a.configurar(publicada);
    await a.buscar();
    expect(await a.configurar(null)).toMatchObject({ origen: null, pendiente: null });
    expect(await actualizador('0.1.0').alIniciar()).toBeNull();
    expect((await fs.readdir(datos)).filter((n) => n.endsWith('.exe'))).toEqual([]);
  });

  it('dos búsquedas a la vez leen la carpeta una sola vez', async () => {
    await publicar('0.2.0', new Uint8Array([1]));
    const leer = vi.fn(leerCarpeta);
    const a = actualizador('0.1.0', leer);
    await a.configurar(publicada);
    const [x, y] = await Promise.all([a.buscar(), a.buscar()]);
    expect(x).toEqual(y);
    expect(leer).toHaveBeenCalledTimes(2); // latest.yml and the installer, once each
  });
});

describe('actualizaciones desde una dirección http(s)', () => {
  function respuesta(cuerpo: Uint8Array<ArrayBuffer>, cabeceras: Record<string, string> = {}, estado = 200): Response {
    return new Response(cuerpo, { status: estado, headers: cabeceras });
  }

  it('pide cada archivo bajo la dirección, sin seguir redirecciones', async () => {
    const fetchFalso = vi.fn(async () => respuesta(new TextEncoder().encode('hola')));
    const leer = crearLeerPublicado({ fs, descargar: crearDescarga(fetchFalso) });
    expect(new TextDecoder().decode(await leer('https://intranet.municipio.gob.mx/poa', 'latest.yml', 100))).toBe('hola');
    expect(fetchFalso).toHaveBeenCalledWith('https://intranet.municipio.gob.mx/poa/latest.yml', { redirect: 'error' });
    await expect(leer('https://intranet.municipio.gob.mx/poa', '../secreto.exe', 100)).rejects.toThrow('El nombre del archivo publicado no es válido.');
  });

  it('corta una respuesta más grande que el límite, diga o no su tamaño, y un error del servidor', async () => {
    const grande = new Uint8Array(1000);
    await expect(crearDescarga(async () => respuesta(grande, { 'content-length': '1000' }))('https://x.mx/latest.yml', 100)).rejects.toThrow(
      '«latest.yml» es demasiado grande para ser lo publicado (1000 bytes).',
    );
    await expect(crearDescarga(async () => respuesta(grande))('https://x.mx/latest.yml', 100)).rejects.toThrow('«latest.yml» es demasiado grande para ser lo publicado.');
    await expect(crearDescarga(async () => respuesta(new Uint8Array(), {}, 404))('https://x.mx/latest.yml', 100)).rejects.toThrow(
      'La dirección de actualizaciones respondió 404 al pedir «latest.yml».',
    );
    await expect(
      crearDescarga(async () => {
        throw new TypeError('fetch failed');
      })('https://x.mx/latest.yml', 100),
    ).rejects.toThrow('No se pudo conectar con x.mx para buscar actualizaciones.');
  });
});
