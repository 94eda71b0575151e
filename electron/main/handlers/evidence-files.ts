import nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { nombreArchivoEvidencia, TAMANO_MAXIMO_EVIDENCIA } from '../../../shared/evidencias/contenido';
import { escribirAtomico, type FsEscritura } from '../atomic-write';
import { codigoError, ErrorOperacion } from '../errors';
import type { Manejador } from './types';

/** The file-system functions used, shaped like `node:fs/promises`. */
export interface FsEvidencias extends FsEscritura {
  mkdir(ruta: string, opciones: { recursive: true }): Promise<unknown>;
  stat(ruta: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(ruta: string): Promise<Uint8Array>;
}

export interface DependenciasEvidencias {
  fs: FsEvidencias;
  /** `<userData>/evidencias`. */
  carpeta: string;
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

export interface ManejadoresEvidencias {
  guardar: Manejador<'evidencias:guardar'>;
  leer: Manejador<'evidencias:leer'>;
}

export function sha256De(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Evidence files live in one folder of the data folder, each named by its content's SHA-256 and its kind
 * (`<sha256>.pdf`): a name is never taken from the renderer as text, so no path can leave the folder. The bytes are
 * hashed again here and refused if they are not the named content; a file already there is the same content and is
 * not written again. Reading checks the size first and the content's SHA-256 before sending it.
 */
export function crearManejadoresEvidencias(dep: DependenciasEvidencias): ManejadoresEvidencias {
  const registrar = dep.registrar ?? (() => undefined);

  function rutaDe(sha256: string, extension: string): string {
    // The contract already refused anything else; checked again because this is the door to the disk.
    const nombre = nombreArchivoEvidencia(sha256, extension);
    if (nombre === null) throw new ErrorOperacion('El nombre del archivo de evidencia no es válido.');
    return nodePath.join(dep.carpeta, nombre);
  }

  async function existe(ruta: string): Promise<boolean> {
    try {
      return (await dep.fs.stat(ruta)).isFile();
    } catch (error) {
      if (codigoError(error) === 'ENOENT') return false;
      throw error;
    }
  }

  const guardar: Manejador<'evidencias:guardar'> = async ({ sha256, extension, bytes }) => {
    const ruta = rutaDe(sha256, extension);
    if (sha256De(bytes) !== sha256) {
      throw new ErrorOperacion('El archivo de evidencia llegó dañado (su contenido no coincide con su huella SHA-256). Intente adjuntarlo de nuevo.');
    }
    if (await existe(ruta)) return { nuevo: false };
    await dep.fs.mkdir(dep.carpeta, { recursive: true });
    await escribirAtomico(dep.fs, ruta, bytes);
    registrar(`Evidencia guardada en ${ruta}`);
    return { nuevo: true };
  };

  const leer: Manejador<'evidencias:leer'> = async ({ sha256, extension }) => {
    const ruta = rutaDe(sha256, extension);
    let tamano: number;
    try {
      tamano = (await dep.fs.stat(ruta)).size;
    } catch (error) {
      if (codigoError(error) === 'ENOENT') {
        throw new ErrorOperacion('El archivo de evidencia no está en la carpeta de datos de esta PC: restaure un respaldo que lo traiga.', { cause: error });
      }
      throw error;
    }
    if (tamano > TAMANO_MAXIMO_EVIDENCIA) throw new ErrorOperacion('El archivo de evidencia de la carpeta de datos pasa del máximo de 20 MB: no se abrirá.');
    const bytes = new Uint8Array(await dep.fs.readFile(ruta));
    if (sha256De(bytes) !== sha256) {
      registrar(`Evidencia alterada en ${ruta}`);
      throw new ErrorOperacion('El archivo de evidencia de la carpeta de datos fue alterado (su contenido ya no coincide con su huella SHA-256): no se abrirá.');
    }
    return { bytes };
  };

  return { guardar, leer };
}
