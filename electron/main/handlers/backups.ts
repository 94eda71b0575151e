import nodePath from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  esNombreArchivoRespaldo,
  fechaDeNombreRespaldo,
  intentaSalirDeCarpeta,
  nombreArchivoRespaldo,
} from '../../../shared/ipc/respaldos';
import { formatearTamano, mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import { FORMATO_RESPALDO } from '../../../shared/schemas/respaldo';
import { ErrorArchivoRespaldo, verificarArchivoEscrito } from '../../../shared/schemas/respaldoComprimido';
import type { FsEscritura } from '../atomic-write';
import { respaldosAEliminar, type ReglaRotacion, type RespaldoFechado } from '../backup-rotation';
import { codigoError, ErrorOperacion } from '../errors';
import type { Manejador } from './types';

/** An open file, shaped like `node:fs/promises`' FileHandle (the part used). */
export interface ArchivoAbierto {
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** The file-system functions used, shaped like `node:fs/promises`. */
export interface FsRespaldos extends FsEscritura {
  mkdir(ruta: string, opciones: { recursive: true }): Promise<unknown>;
  readdir(ruta: string): Promise<string[]>;
  stat(ruta: string): Promise<{ size: number; isFile(): boolean }>;
  appendFile(ruta: string, datos: Uint8Array): Promise<void>;
  open(ruta: string, modo: 'r'): Promise<ArchivoAbierto>;
}

export interface DependenciasRespaldos {
  fs: FsRespaldos;
  /** `<userData>/respaldos`. */
  carpeta: string;
  ahora: () => Date;
  regla?: ReglaRotacion;
  registrar?: (mensaje: string, detalle?: unknown) => void;
  crearId?: () => string;
}

export interface ManejadoresRespaldos {
  iniciar: Manejador<'respaldos:iniciar'>;
  trozo: Manejador<'respaldos:trozo'>;
  terminar: Manejador<'respaldos:terminar'>;
  cancelar: Manejador<'respaldos:cancelar'>;
  listar: Manejador<'respaldos:listar'>;
  leerTrozo: Manejador<'respaldos:leerTrozo'>;
}

/** A backup being written: its pieces go to a hidden file of the folder, never listed or rotated as a backup. */
const PREFIJO_EN_CURSO = '.en-curso-';
/** More at once is a defect of the caller; each open one holds a file. */
const MAXIMO_EN_CURSO = 4;
const LECTURA = 1024 * 1024;

interface EnCurso {
  etiqueta: string;
  temporal: string;
  bytes: number;
}

async function nombresEnCarpeta(dep: DependenciasRespaldos): Promise<string[]> {
  try {
    return await dep.fs.readdir(dep.carpeta);
  } catch (error) {
    if (codigoError(error) === 'ENOENT') return [];
    throw error;
  }
}

async function respaldosEnCarpeta(dep: DependenciasRespaldos): Promise<RespaldoFechado[]> {
  const respaldos: RespaldoFechado[] = [];
  for (const nombre of await nombresEnCarpeta(dep)) {
    const fecha = fechaDeNombreRespaldo(nombre);
    if (fecha) respaldos.push({ nombre, fecha });
  }
  return respaldos.sort((a, b) => b.fecha.getTime() - a.fecha.getTime() || b.nombre.localeCompare(a.nombre));
}

/** The bytes of a file from `desde`, a piece at a time. */
async function* leerArchivo(fs: FsRespaldos, ruta: string, desde = 0): AsyncGenerator<Uint8Array> {
  const archivo = await fs.open(ruta, 'r');
  try {
    for (let posicion = desde; ; ) {
      const buffer = new Uint8Array(LECTURA);
      const { bytesRead } = await archivo.read(buffer, 0, LECTURA, posicion);
      if (bytesRead === 0) return;
      posicion += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await archivo.close();
  }
}

/**
 * Backups live in one folder under userData, named by the main process (see shared/ipc/respaldos.ts). A backup
 * arrives in pieces: `iniciar` gives it an id and a hidden file, each `trozo` is appended to that file as it comes,
 * and `terminar` reads the whole file back (decompressing it and checking every line's SHA-256 against its last
 * line, which must be the one the renderer computed) before renaming it into place and thinning the old ones.
 * `cancelar`, a failed check, or a restart of the app leave no file: hidden files no write in progress owns are
 * removed whenever a write starts or the folder is listed. A backup is read back the same way, a piece at a time.
 */
export function crearManejadoresRespaldos(dep: DependenciasRespaldos): ManejadoresRespaldos {
  const registrar = dep.registrar ?? (() => undefined);
  const crearId = dep.crearId ?? randomUUID;
  const enCurso = new Map<string, EnCurso>();

  async function rotar(): Promise<void> {
    const respaldos = await respaldosEnCarpeta(dep);
    for (const nombre of respaldosAEliminar(respaldos, dep.ahora(), dep.regla)) {
      await dep.fs.rm(nodePath.join(dep.carpeta, nombre), { force: true });
    }
  }

  /** Hidden files of writes that no longer exist (the app closed, or crashed, half-way through one). */
  async function limpiarAbandonados(): Promise<void> {
    const propios = new Set([...enCurso.values()].map((e) => nodePath.basename(e.temporal)));
    for (const nombre of await nombresEnCarpeta(dep)) {
      if (nombre.startsWith(PREFIJO_EN_CURSO) && !propios.has(nombre)) {
        await dep.fs.rm(nodePath.join(dep.carpeta, nombre), { force: true }).catch((e: unknown) => registrar(`No se pudo quitar ${nombre}`, e));
      }
    }
  }

  function deId(id: string): EnCurso {
    const e = enCurso.get(id);
    if (!e) throw new ErrorOperacion('El respaldo en curso ya no existe: vuelva a hacer el respaldo.');
    return e;
  }

  async function descartar(id: string): Promise<void> {
    const e = enCurso.get(id);
    enCurso.delete(id);
    if (e) await dep.fs.rm(e.temporal, { force: true }).catch((error: unknown) => registrar(`No se pudo quitar ${e.temporal}`, error));
  }

  const iniciar: Manejador<'respaldos:iniciar'> = async ({ nombre }) => {
    if (enCurso.size >= MAXIMO_EN_CURSO) throw new ErrorOperacion('Hay demasiados respaldos en curso; espere a que terminen.');
    await dep.fs.mkdir(dep.carpeta, { recursive: true });
    await limpiarAbandonados();
    const id = crearId();
    const temporal = nodePath.join(dep.carpeta, `${PREFIJO_EN_CURSO}${id}`);
    await dep.fs.writeFile(temporal, new Uint8Array(0), { flush: false });
    enCurso.set(id, { etiqueta: nombre, temporal, bytes: 0 });
    return { id };
  };

  const trozo: Manejador<'respaldos:trozo'> = async ({ id, bytes }) => {
    const e = deId(id);
    if (e.bytes + bytes.byteLength > TAMANO_MAXIMO_RESPALDO) {
      await descartar(id);
      throw new ErrorOperacion(`No se guardó el respaldo: ${mensajeTamanoExcedido('el archivo', TAMANO_MAXIMO_RESPALDO)}`);
    }
    try {
      await dep.fs.appendFile(e.temporal, bytes);
    } catch (error) {
      await descartar(id);
      throw new ErrorOperacion('No se guardó el respaldo: no se pudo escribir en la carpeta de respaldos (¿disco lleno?).', { cause: error });
    }
    e.bytes += bytes.byteLength;
    return { recibidos: e.bytes };
  };

  const terminar: Manejador<'respaldos:terminar'> = async ({ id, sha256 }) => {
    const e = deId(id);
    try {
      // The whole file read back from disk, every line against the SHA-256 the renderer computed as it wrote them.
      const { encabezado } = await verificarArchivoEscrito(leerArchivo(dep.fs, e.temporal), sha256);
      if (encabezado.formato !== FORMATO_RESPALDO) throw new ErrorArchivoRespaldo('El archivo no es un respaldo de POA Gestión Social');
    } catch (error) {
      await descartar(id);
      if (error instanceof ErrorArchivoRespaldo) throw new ErrorOperacion(`No se guardó el respaldo: ${error.message}.`, { cause: error });
      throw error;
    }
    const ruta = nodePath.join(dep.carpeta, nombreArchivoRespaldo(dep.ahora(), e.etiqueta));
    try {
      await dep.fs.rename(e.temporal, ruta);
    } catch (error) {
      await descartar(id);
      throw new ErrorOperacion('No se guardó el respaldo: no se pudo dejar el archivo en la carpeta de respaldos.', { cause: error });
    }
    enCurso.delete(id);
    registrar(`Respaldo guardado en ${ruta} (${formatearTamano(e.bytes)})`);
    // The new backup is safe on disk; failing to thin old ones must not turn it into an error.
    await rotar().catch((error: unknown) => registrar('No se pudo rotar los respaldos', error));
    return { ruta };
  };

  const cancelar: Manejador<'respaldos:cancelar'> = async ({ id }) => {
    const habia = enCurso.has(id);
    await descartar(id);
    return { ok: habia };
  };

  const listar: Manejador<'respaldos:listar'> = async () => {
    await limpiarAbandonados().catch((error: unknown) => registrar('No se pudo limpiar la carpeta de respaldos', error));
    const lista = [];
    for (const { nombre, fecha } of await respaldosEnCarpeta(dep)) {
      try {
        const info = await dep.fs.stat(nodePath.join(dep.carpeta, nombre));
        if (info.isFile()) lista.push({ nombre, tamano: info.size, fecha: fecha.toISOString() });
      } catch (error) {
        // Deleted between listing and stat (e.g. by a rotation in progress): leave it out.
        registrar(`No se pudo leer la información de ${nombre}`, error);
      }
    }
    return lista;
  };

  const leerTrozo: Manejador<'respaldos:leerTrozo'> = async ({ nombre, desde, cantidad }) => {
    // The contract already refused these names; checked again because this is the door to the disk.
    if (intentaSalirDeCarpeta(nombre) || !esNombreArchivoRespaldo(nombre)) {
      throw new ErrorOperacion('El nombre del respaldo no es válido.');
    }
    const ruta = nodePath.join(dep.carpeta, nombre);
    try {
      // The size first: a file larger than any backup is never read.
      const { size } = await dep.fs.stat(ruta);
      if (size > TAMANO_MAXIMO_RESPALDO) throw new ErrorOperacion(mensajeTamanoExcedido(`El respaldo «${nombre}»`, TAMANO_MAXIMO_RESPALDO, size));
      const archivo = await dep.fs.open(ruta, 'r');
      try {
        const buffer = new Uint8Array(Math.max(0, Math.min(cantidad, size - desde)));
        const { bytesRead } = buffer.length ? await archivo.read(buffer, 0, buffer.length, desde) : { bytesRead: 0 };
        return { bytes: buffer.subarray(0, bytesRead), tamano: size };
      } finally {
        await archivo.close();
      }
    } catch (error) {
      if (codigoError(error) === 'ENOENT') throw new ErrorOperacion(`No existe el respaldo «${nombre}».`, { cause: error });
      throw error;
    }
  };

  return { iniciar, trozo, terminar, cancelar, listar, leerTrozo };
}
