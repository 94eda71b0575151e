import { describe, expect, it, vi } from 'vitest';
import { crearEscucha } from '../../../electron/main/ipc';
import { crearManejadoresRespaldos } from '../../../electron/main/handlers/backups';
import { origenesPermitidos } from '../../../electron/main/security';
import { MB, TAMANO_MAXIMO_MENSAJE, TAMANO_MAXIMO_RESPALDO, formatearTamano, tamanoDe } from '../../../shared/ipc/limites';
import { validarSolicitud } from '../../../shared/ipc/validacion';
import { eventoDesde, FsMemoria } from './fakes';

const ORIGENES = origenesPermitidos(undefined);
const DESDE_APP = eventoDesde('app://poa/index.html#/configuracion');
const CARPETA = '/datos/POA Gestión Social/respaldos';
const NOMBRE = 'respaldo-2026-06-15_09-00-00-000_manual.poa.gz';

/** A file system whose files can claim any size, as a huge file on disk would, without holding its bytes. */
class FsConTamanos extends FsMemoria {
  readonly tamanos = new Map<string, number>();
  leidos: string[] = [];
  override async stat(ruta: string) {
    const tamano = this.tamanos.get(ruta);
    return tamano === undefined ? super.stat(ruta) : { size: tamano, isFile: () => true };
  }
  override async open(ruta: string) {
    this.leidos.push(ruta);
    return super.open(ruta);
  }
}

describe('tamanoDe', () => {
  it('counts bytes, text and the parts of objects, each repeated object once', () => {
    const ciclo: Record<string, unknown> = { a: 'xyz' };
    ciclo.yo = ciclo;
    expect(tamanoDe(new Uint8Array(10))).toBe(10);
    expect(tamanoDe('hola')).toBe(4);
    expect(tamanoDe({ ab: 'c', n: [1, 2] })).toBe(2 + 1 + 1 + 16);
    expect(tamanoDe(ciclo)).toBe(1 + 3 + 2);
  });

  it('stops counting once past the limit', () => {
    const muchos = Array.from({ length: 100_000 }, () => 'x'.repeat(100));
    const tamano = tamanoDe(muchos, 1000);
    expect(tamano).toBeGreaterThan(1000);
    expect(tamano).toBeLessThan(1200);
  });

  it('says sizes in megabytes or kilobytes', () => {
    expect(formatearTamano(TAMANO_MAXIMO_RESPALDO)).toBe('512 MB');
    expect(formatearTamano(1.5 * MB)).toBe('1.5 MB');
    expect(formatearTamano(800 * 1024)).toBe('800 KB');
  });
});

describe('the size of the messages between the processes', () => {
  it('refuses a request over its channel limit before parsing it, in Spanish, without running the handler', async () => {
    const manejador = vi.fn(async () => ({ ok: true }));
    const escucha = crearEscucha('enlace:abrirExterno', manejador, { origenes: ORIGENES });
    const resultado = await escucha(DESDE_APP, { url: `https://example.org/?q=${'a'.repeat(TAMANO_MAXIMO_MENSAJE)}` });
    expect(resultado).toEqual({ exito: false, mensaje: 'No se pudo abrir el enlace: el mensaje pasa del máximo de 4 MB.' });
    expect(manejador).not.toHaveBeenCalled();
  });

  it('refuses a file to save larger than a backup, and takes one just under the limit of a small channel', async () => {
    const grande = new Uint8Array(TAMANO_MAXIMO_RESPALDO + 1);
    expect(validarSolicitud('archivo:guardar', { nombreSugerido: 'POA.xlsx', filtros: [], datos: grande })).toEqual({
      exito: false,
      mensaje: 'No se pudo guardar el archivo: el mensaje pasa del máximo de 512 MB.',
    });
    const ruta = `/imprimir/${'a'.repeat(TAMANO_MAXIMO_MENSAJE)}`;
    expect(validarSolicitud('impresion:imprimir', { ruta, modo: 'pdf', horizontal: false })).toEqual({
      exito: false,
      mensaje: 'No se pudo imprimir: el mensaje pasa del máximo de 4 MB.',
    });
    const pequena = validarSolicitud('archivo:guardar', { nombreSugerido: 'POA.xlsx', filtros: [], datos: new Uint8Array(5 * MB) });
    expect(pequena.exito).toBe(true);
  });

  it('does not send an answer over the channel limit', async () => {
    const registrar = vi.fn();
    const lista = Array.from({ length: 50_000 }, (_, i) => ({ nombre: `${'x'.repeat(80)}-${i}`, tamano: 1, fecha: new Date(0).toISOString() }));
    const escucha = crearEscucha('respaldos:listar', async () => lista, { origenes: ORIGENES, registrar });
    expect(await escucha(DESDE_APP, undefined)).toEqual({ exito: false, mensaje: 'No se pudo listar los respaldos: el mensaje pasa del máximo de 4 MB.' });
    expect(registrar).toHaveBeenCalledWith('Respuesta demasiado grande en respaldos:listar');
  });
});

describe('reading a backup file in the main process', () => {
  it('refuses a file larger than a backup by its size, without reading it', async () => {
    const fs = new FsConTamanos();
    const ruta = `${CARPETA}/${NOMBRE}`;
    fs.archivos.set(ruta, '{}');
    fs.tamanos.set(ruta, 600 * MB);
    const respaldos = crearManejadoresRespaldos({ fs, carpeta: CARPETA, ahora: () => new Date(2026, 5, 15) });
    await expect(respaldos.leerTrozo({ nombre: NOMBRE, desde: 0, cantidad: 100 })).rejects.toThrow(`El respaldo «${NOMBRE}» mide 600 MB y el máximo es 512 MB.`);
    expect(fs.leidos).toEqual([]);
    fs.tamanos.set(ruta, TAMANO_MAXIMO_RESPALDO);
    expect(await respaldos.leerTrozo({ nombre: NOMBRE, desde: 0, cantidad: 100 })).toEqual({ bytes: new Uint8Array(Buffer.from('{}')), tamano: TAMANO_MAXIMO_RESPALDO });
    expect(fs.leidos).toEqual([ruta]);
  });
});
