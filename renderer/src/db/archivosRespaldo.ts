import { EXTENSION_EVIDENCIA, type ExtensionEvidencia } from '../../../shared/evidencias/contenido';
import type { ArchivoEvidenciaRespaldo } from '../../../shared/schemas/respaldo';
import { aBase64, deBase64 } from '../../../shared/seguridad/bytes';
import type { AlmacenArchivos } from './archivosEvidencia';
import { textoDeError, ErrorValidacion } from './errores';

/**
 * The evidence files in backups and packages: each content once, as a row of the file's `archivosEvidencia` table,
 * read from and written to the PC's store of files (the data folder, or the browser's database).
 */

/** The evidence files the records of `evidencias` name, once per content, with their extension. */
export function archivosNombrados(evidencias: Iterable<{ sha256: string; tipo: keyof typeof EXTENSION_EVIDENCIA }>): Map<string, ExtensionEvidencia> {
  const archivos = new Map<string, ExtensionEvidencia>();
  for (const e of evidencias) archivos.set(e.sha256, EXTENSION_EVIDENCIA[e.tipo]);
  return archivos;
}

/**
 * One evidence file as a row of a backup or a package, read from `almacen`. A file this PC does not have (or whose
 * bytes no longer match their SHA-256) goes without its bytes: the backup is never refused for it, and the record
 * still says what was attached.
 */
export async function filaDeArchivo(almacen: AlmacenArchivos, sha256: string, extension: ExtensionEvidencia): Promise<ArchivoEvidenciaRespaldo> {
  const bytes = await almacen.leer(sha256, extension).catch((e: unknown) => {
    console.error('Respaldo: archivo de evidencia sin sus datos', sha256, e);
    return null;
  });
  return { sha256, extension, datos: bytes ? aBase64(bytes) : null };
}

/**
 * Keeps the files of a backup or a package in `almacen`, each checked against its SHA-256 (the store refuses one whose
 * bytes do not match). They are kept before the records that name them are written: a file is named by its content,
 * so one kept by a restore that is then refused, or that nothing names, changes nothing. Returns how many were new here.
 */
export async function guardarArchivos(almacen: AlmacenArchivos, filas: readonly Record<string, unknown>[], alGuardar: (hechos: number) => void = () => undefined): Promise<number> {
  let nuevos = 0;
  let hechos = 0;
  for (const fila of filas as unknown as ArchivoEvidenciaRespaldo[]) {
    if (fila.datos !== null) {
      try {
        if (await almacen.guardar(fila.sha256, fila.extension, deBase64(fila.datos))) nuevos++;
      } catch (e) {
        throw new ErrorValidacion({ archivo: `El archivo de evidencia ${fila.sha256.slice(0, 12)}… del respaldo no se pudo guardar: ${textoDeError(e)}` });
      }
    }
    alGuardar(++hechos);
  }
  return nuevos;
}
