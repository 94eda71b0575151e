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
 * only plain JSON written by the app itself, so `respaldos:escribir` never receives one.
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

  it('respaldos:escribir rechaza un archivo que no es el JSON del respaldo, en español', async () => {
    const fs = new FsMemoria();
    const { escribir } = crearManejadoresRespaldos({ fs, carpeta: '/datos/respaldos', ahora: () => new Date(2026, 11, 2, 10) });
    const escucha = crearEscucha('respaldos:escribir', escribir, { origenes: ORIGENES });
    const texto = new TextDecoder('latin1').decode(await copiaBloqueada(100));
    const r = await escucha(DESDE_APP, { nombre: 'manual', contenido: texto });
    expect(r).toEqual({ exito: false, mensaje: expect.stringContaining('El contenido del respaldo no es JSON válido.') });
    expect(fs.archivos.size).toBe(0);
  });
});
