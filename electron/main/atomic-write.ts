/**
 * Writes a file so that a reader never sees half of it: the bytes go to a temporary file in the same folder
 * (same volume, so the rename is atomic), are flushed to disk, and only then replace the target.
 */
import nodePath from 'node:path';
import { randomUUID } from 'node:crypto';
import { sinCaracteresDeControl } from '../../shared/ipc/texto';
import { codigoError, ErrorOperacion } from './errors';

/** The file-system functions used, shaped like `node:fs/promises` so the real module can be passed. */
export interface FsEscritura {
  writeFile(ruta: string, datos: Uint8Array | string, opciones: { flush: boolean }): Promise<void>;
  rename(origen: string, destino: string): Promise<void>;
  rm(ruta: string, opciones: { force: boolean }): Promise<void>;
}

export function rutaTemporal(destino: string, sufijo: string = randomUUID()): string {
  return nodePath.join(nodePath.dirname(destino), `.${nodePath.basename(destino)}.${sufijo}.tmp`);
}

export async function escribirAtomico(fs: FsEscritura, destino: string, datos: Uint8Array | string): Promise<void> {
  const temporal = rutaTemporal(destino);
  try {
    await fs.writeFile(temporal, datos, { flush: true });
    await fs.rename(temporal, destino);
  } catch (error) {
    await fs.rm(temporal, { force: true }).catch(() => undefined);
    throw new ErrorOperacion(mensajeErrorEscritura(destino, error), { cause: error });
  }
}

function mensajeErrorEscritura(destino: string, error: unknown): string {
  const archivo = nodePath.basename(destino);
  switch (codigoError(error)) {
    // Windows refuses to replace a file another program holds open (typically Excel with the workbook).
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return `No se pudo guardar «${archivo}»: el archivo está abierto en otro programa o la carpeta no permite escribir. Ciérrelo o elija otra carpeta.`;
    case 'ENOSPC':
      return `No se pudo guardar «${archivo}»: no hay espacio suficiente en el disco.`;
    case 'ENOENT':
      return `No se pudo guardar «${archivo}»: la carpeta ya no existe.`;
    default:
      return `No se pudo guardar «${archivo}».`;
  }
}

/**
 * A file name safe on Windows: no separators, reserved characters or control characters, no trailing dots or
 * spaces, and not a reserved device name. Used for the name suggested in save dialogs.
 */
export function nombreArchivoSeguro(nombre: string, predeterminado = 'archivo'): string {
  let limpio = sinCaracteresDeControl(nombre, '_')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/[. ]+$/g, '')
    .trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(limpio)) limpio = `_${limpio}`;
  return limpio.length > 0 ? limpio : predeterminado;
}

/** Adds the extension when the suggested name lacks it (`Informe` + `pdf` -> `Informe.pdf`). */
export function conExtension(nombre: string, extension: string): string {
  return nombre.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? nombre : `${nombre}.${extension}`;
}
