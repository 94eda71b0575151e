import { describe, expect, it, vi } from 'vitest';
import { crearManejadorGuardarArchivo } from '../../../electron/main/handlers/save-file';
import { crearManejadoresRespaldos } from '../../../electron/main/handlers/backups';
import { crearEscucha } from '../../../electron/main/ipc';
import { origenesPermitidos } from '../../../electron/main/security';
import { cifrar, descifrar } from '../../../shared/seguridad/cifrado';
import { eventoDesde, FsMemoria } from './fakes';

/**
 * A locked backup copy is binary (a JSON header line, then AES-GCM bytes): it goes out through `archivo:guardar`,
 * whose contract takes raw bytes with no size limit, and reaches the disk byte for byte. The backups folder keeps
 * only the compressed backups the app writes itself: the main process reads each one back before keeping it.
 */
describe('copias de respaldo protegidas en el proceso principal', () => {
  const ORIGENES = origenesPermitidos(undefined);
  const DESDE_APP = eventoDesde('app://poa/index.html#/configuracion/respaldos');

  async function copiaBloqueada(tamano: number): Promise<Uint8Array<ArrayBuffer>> {
    const datos = new Uint8Array(tamano);
    for (let i = 0; i < tamano; i++) datos[i] = (i * 31) % 251;
    return cifrar(datos, 'Frase de la memoria USB 2026', 1000);
  }

  it('archivo:guardar acepta los bytes cifrados, también de megabytes, y los escribe tal cual', async () => {
    const fs = new FsMemoria();
    const guardar = crearManejadorGuardarArchivo({ fs, elegirRuta: vi.fn(async () => 'E:\\respaldo-poa-V1-2026-12-02.cifrado'), carpetaSugerida: () => 'C:\\Documentos' });
    const escucha = crearEscucha('archivo:guardar', guardar, { origenes: ORIGENES });
    const bytes = await copiaBloqueada(2 * 1024 * 1024);
    const r = await escucha(DESDE_APP, {
      nombreSugerido: 'respaldo-poa-V1-2026-12-02.cifrado',
      filtros: [{ name: 'Respaldo POA protegido', extensions: ['cifrado'] }],
      datos: bytes,
    });
    expect(r).toEqual({ exito: true, datos: { guardado: true, ruta: 'E:\\respaldo-poa-V1-2026-12-02.cifrado' } });
    const escrito = fs.archivos.get('E:\\respaldo-poa-V1-2026-12-02.cifrado') as Uint8Array;
    expect(escrito.length).toBe(bytes.length);
    expect(Buffer.compare(escrito, bytes)).toBe(0);
    expect((await descifrar(escrito, 'Frase de la memoria USB 2026')).length).toBe(2 * 1024 * 1024);
  });

  it('la carpeta de respaldos no guarda un archivo que no es un respaldo comprimido, y lo dice en español', async () => {
    const fs = new FsMemoria();
    const respaldos = crearManejadoresRespaldos({ fs, carpeta: '/datos/respaldos', ahora: () => new Date(2026, 11, 2, 10) });
    const llamar = <C extends 'respaldos:iniciar' | 'respaldos:trozo' | 'respaldos:terminar'>(canal: C, manejador: Parameters<typeof crearEscucha<C>>[1], datos: unknown) =>
      crearEscucha(canal, manejador, { origenes: ORIGENES })(DESDE_APP, datos);
    const inicio = await llamar('respaldos:iniciar', respaldos.iniciar, { nombre: 'manual' });
    if (!inicio.exito) throw new Error(inicio.mensaje);
    const { id } = inicio.datos;
    expect(await llamar('respaldos:trozo', respaldos.trozo, { id, bytes: await copiaBloqueada(100) })).toMatchObject({ exito: true });
    expect(await llamar('respaldos:terminar', respaldos.terminar, { id, sha256: 'a'.repeat(64) })).toEqual({
      exito: false,
      mensaje: expect.stringMatching(/^No se guardó el respaldo: El archivo está dañado/),
    });
    expect(fs.archivos.size).toBe(0);
  });
});
