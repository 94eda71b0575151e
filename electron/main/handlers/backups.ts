import nodePath from 'node:path';
import {
  esNombreArchivoRespaldo,
  fechaDeNombreRespaldo,
  intentaSalirDeCarpeta,
  nombreArchivoRespaldo,
} from '../../../shared/ipc/respaldos';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import { escribirAtomico, type FsEscritura } from '../atomic-write';
import { respaldosAEliminar, type ReglaRotacion, type RespaldoFechado } from '../backup-rotation';
import { codigoError, ErrorOperacion } from '../errors';
import type { Manejador } from './types';

/** The file-system functions used, shaped like `node:fs/promises`. */
export interface FsRespaldos extends FsEscritura {
  mkdir(ruta: string, opciones: { recursive: true }): Promise<unknown>;
  readdir(ruta: string): Promise<string[]>;
  stat(ruta: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(ruta: string, codificacion: 'utf8'): Promise<string>;
}

export interface DependenciasRespaldos {
  fs: FsRespaldos;
  /** `<userData>/respaldos`. */
  carpeta: string;
  ahora: () => Date;
  regla?: ReglaRotacion;
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

export interface ManejadoresRespaldos {
  escribir: Manejador<'respaldos:escribir'>;
  listar: Manejador<'respaldos:listar'>;
  leer: Manejador<'respaldos:leer'>;
}

async function nombresEnCarpeta(dep: DependenciasRespaldos): Promise<RespaldoFechado[]> {
  let nombres: string[];
  try {
    nombres = await dep.fs.readdir(dep.carpeta);
  } catch (error) {
    if (codigoError(error) === 'ENOENT') return [];
    throw error;
  }
  const respaldos: RespaldoFechado[] = [];
  for (const nombre of nombres) {
    const fecha = fechaDeNombreRespaldo(nombre);
    if (fecha) respaldos.push({ nombre, fecha });
  }
  return respaldos.sort((a, b) => b.fecha.getTime() - a.fecha.getTime() || b.nombre.localeCompare(a.nombre));
}

/** Backups live in one folder under userData, named by the main process (see shared/ipc/respaldos.ts). */
export function crearManejadoresRespaldos(dep: DependenciasRespaldos): ManejadoresRespaldos {
  const registrar = dep.registrar ?? (() => undefined);

  async function rotar(): Promise<void> {
    const respaldos = await nombresEnCarpeta(dep);
    for (const nombre of respaldosAEliminar(respaldos, dep.ahora(), dep.regla)) {
      await dep.fs.rm(nodePath.join(dep.carpeta, nombre), { force: true });
    }
  }

  const escribir: Manejador<'respaldos:escribir'> = async ({ nombre, contenido }) => {
    await dep.fs.mkdir(dep.carpeta, { recursive: true });
    const ruta = nodePath.join(dep.carpeta, nombreArchivoRespaldo(dep.ahora(), nombre));
    await escribirAtomico(dep.fs, ruta, contenido);
    // The new backup is safe on disk; failing to thin old ones must not turn it into an error.
    await rotar().catch((error: unknown) => registrar('No se pudo rotar los respaldos', error));
    return { ruta };
  };

  const listar: Manejador<'respaldos:listar'> = async () => {
    const lista = [];
    for (const { nombre, fecha } of await nombresEnCarpeta(dep)) {
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

  const leer: Manejador<'respaldos:leer'> = async ({ nombre }) => {
    // The contract already refused these names; checked again because this is the door to the disk.
    if (intentaSalirDeCarpeta(nombre) || !esNombreArchivoRespaldo(nombre)) {
      throw new ErrorOperacion('El nombre del respaldo no es válido.');
    }
    const ruta = nodePath.join(dep.carpeta, nombre);
    try {
      // The size first: a file larger than any backup is never read into memory.
      const { size } = await dep.fs.stat(ruta);
      if (size > TAMANO_MAXIMO_RESPALDO) throw new ErrorOperacion(mensajeTamanoExcedido(`El respaldo «${nombre}»`, TAMANO_MAXIMO_RESPALDO, size));
      return { contenido: await dep.fs.readFile(ruta, 'utf8') };
    } catch (error) {
      if (codigoError(error) === 'ENOENT') throw new ErrorOperacion(`No existe el respaldo «${nombre}».`, { cause: error });
      throw error;
    }
  };

  return { escribir, listar, leer };
}
