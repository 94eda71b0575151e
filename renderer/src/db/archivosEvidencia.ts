import { nombreArchivoEvidencia, type ExtensionEvidencia } from '../../../shared/evidencias/contenido';
import { aHex, subtle } from '../../../shared/seguridad/bytes';
import type { PuenteApi } from '../../../shared/ipc/contract';
import type { BaseDatosPoa } from './db';

/**
 * Where the bytes of the evidence files are kept, behind one interface: the desktop app's data folder (written by the
 * main process through the bridge) or, in the browser build, a table of the app's database. Either way a file is
 * named by its content's SHA-256, written once, and checked against it when read.
 */
export interface AlmacenArchivos {
  /** Where the bytes are: the browser's database (reachable from a worker that opens it) or the bridge (the page only). */
  readonly lugar: 'base' | 'puente';
  /** Keeps the bytes under their SHA-256; false when that content was already kept (nothing written). */
  guardar(sha256: string, extension: ExtensionEvidencia, bytes: Uint8Array): Promise<boolean>;
  /** The bytes of that content, checked against their SHA-256; rejects with a Spanish message when missing or altered. */
  leer(sha256: string, extension: ExtensionEvidencia): Promise<Uint8Array>;
}

export async function sha256De(bytes: Uint8Array): Promise<string> {
  return aHex(new Uint8Array(await subtle().digest('SHA-256', bytes)));
}

export const MENSAJE_ARCHIVO_AUSENTE = 'El archivo de evidencia no está en esta PC: restaure un respaldo que lo traiga.';
export const MENSAJE_ARCHIVO_ALTERADO = 'El archivo de evidencia fue alterado (su contenido ya no coincide con su huella SHA-256): no se abrirá.';

/** The desktop app's: the main process writes atomically to `<userData>/evidencias/<sha256>.<ext>` and checks the hash. */
export function almacenDelPuente(puente: Pick<PuenteApi, 'guardarEvidencia' | 'leerEvidencia'>): AlmacenArchivos {
  return {
    lugar: 'puente',
    async guardar(sha256, extension, bytes) {
      return (await puente.guardarEvidencia({ sha256, extension, bytes: new Uint8Array(bytes) })).nuevo;
    },
    async leer(sha256, extension) {
      return (await puente.leerEvidencia({ sha256, extension })).bytes;
    },
  };
}

/** The browser build's: the bytes in the `archivosEvidencia` table, checked on the way in and out. */
export function almacenEnBase(db: BaseDatosPoa): AlmacenArchivos {
  return {
    lugar: 'base',
    async guardar(sha256, extension, bytes) {
      if (nombreArchivoEvidencia(sha256, extension) === null) throw new Error('El nombre del archivo de evidencia no es válido.');
      if ((await sha256De(bytes)) !== sha256) throw new Error('El archivo de evidencia llegó dañado (su contenido no coincide con su huella SHA-256).');
      return db.transaction('rw', db.archivosEvidencia, async () => {
        if (await db.archivosEvidencia.get(sha256)) return false;
        await db.archivosEvidencia.add({ sha256, extension, bytes: new Uint8Array(bytes) });
        return true;
      });
    },
    async leer(sha256) {
      const guardado = await db.archivosEvidencia.get(sha256);
      if (!guardado) throw new Error(MENSAJE_ARCHIVO_AUSENTE);
      if ((await sha256De(guardado.bytes)) !== sha256) throw new Error(MENSAJE_ARCHIVO_ALTERADO);
      return guardado.bytes;
    },
  };
}

/** The store of evidence files `db` uses (screens reach it here, never through the database object). */
export function archivosDe(db: BaseDatosPoa): AlmacenArchivos {
  return db.archivos;
}

/** Gives `db` the store where this PC keeps its evidence files (the desktop app's data folder, at start). */
export function usarAlmacenArchivos(db: BaseDatosPoa, almacen: AlmacenArchivos): void {
  db.archivos = almacen;
}
