import { deUtf8, utf8 } from '../../../shared/seguridad/bytes';
import { cifrar, contrasenaRespaldoSchema, descifrar, ErrorCifrado, esCifrado, ITERACIONES_CIFRADO } from '../../../shared/seguridad/cifrado';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import type { BaseDatosPoa } from './db';
import { ErrorValidacion, validar } from './errores';
import { exportarRespaldo, fusionarRespaldo, restaurarRespaldo, type ResultadoFusion } from './respaldos';

/**
 * Copies of a backup that leave the PC (a folder, a USB drive, the package for another PC) may be locked with a
 * passphrase: the file is the backup's JSON encrypted with AES-GCM-256 under a PBKDF2 key (shared/seguridad/cifrado).
 * Restoring or incorporating a file tells a locked one by its header and opens it with the passphrase first; a wrong
 * one stops there, before anything is saved or changed. The passphrase is used and dropped: never stored or logged.
 */

/** The extension of a locked copy; a plain copy is .json. */
export const EXTENSION_BLOQUEADA = 'cifrado';

export function estaBloqueado(bytes: Uint8Array): boolean {
  return esCifrado(bytes);
}

/** `respaldo-poa-V1-2026-12-02.cifrado`: the station and the day, so copies from several PCs do not mix up. */
export function nombreCopia(estacion: string, fechaIso: string, bloqueada: boolean): string {
  return `respaldo-poa-${estacion}-${fechaIso}.${bloqueada ? EXTENSION_BLOQUEADA : 'json'}`;
}

/**
 * The copy's bytes, logged as a backup (with whether it is locked, never the passphrase). `proteccion` is the
 * dialog's passphrase typed twice, or null for a plain copy; its errors come keyed 'contrasena' and 'confirmacion',
 * before anything is read or logged. `iteraciones` is lowered only by tests.
 */
export async function copiaDeRespaldo(
  db: BaseDatosPoa,
  proteccion: { contrasena: unknown; confirmacion: unknown } | null,
  iteraciones: number = ITERACIONES_CIFRADO,
): Promise<Uint8Array<ArrayBuffer>> {
  const clave = proteccion === null ? null : validar(contrasenaRespaldoSchema, proteccion).contrasena;
  const texto = await exportarRespaldo(db, clave === null ? 'copia' : 'copia-bloqueada');
  return clave === null ? utf8(texto) : cifrar(utf8(texto), clave, iteraciones);
}

/**
 * A chosen file larger than a backup can be is refused by its size, before it is read into memory (the screen asks with
 * the file's size) and again before it is opened.
 */
export function exigirTamanoRespaldo(tamano: number): void {
  if (tamano > TAMANO_MAXIMO_RESPALDO) {
    throw new ErrorValidacion({ archivo: mensajeTamanoExcedido('El archivo', TAMANO_MAXIMO_RESPALDO, tamano) });
  }
}

/**
 * The backup text of a chosen file: a plain one as it is, a locked one opened with `contrasena`. A missing or wrong
 * passphrase is an error at the field 'contrasena'; a damaged file, or one that is not text, at 'archivo'.
 */
export async function abrirArchivoRespaldo(bytes: Uint8Array, contrasena: string | null): Promise<string> {
  exigirTamanoRespaldo(bytes.byteLength);
  if (bytes.byteLength === 0) throw new ErrorValidacion({ archivo: 'El archivo está vacío: no es un respaldo de POA Gestión Social' });
  let claro: Uint8Array = bytes;
  if (esCifrado(bytes)) {
    try {
      claro = await descifrar(bytes, contrasena ?? '');
    } catch (e) {
      if (!(e instanceof ErrorCifrado)) throw e;
      throw new ErrorValidacion({ [e.motivo === 'contrasena' || e.motivo === 'sin-contrasena' ? 'contrasena' : 'archivo']: e.message });
    }
  }
  try {
    return deUtf8(claro);
  } catch {
    throw new ErrorValidacion({ archivo: 'El archivo no es un respaldo de POA Gestión Social' });
  }
}

/**
 * Restores a chosen file (administrators). `antes` runs once the file is open and before the restore (the screen
 * saves the current state there), so a wrong passphrase leaves no trace: no backup made, no data changed.
 */
export async function restaurarArchivo(db: BaseDatosPoa, bytes: Uint8Array, contrasena: string | null, antes: () => Promise<unknown> = async () => undefined) {
  const texto = await abrirArchivoRespaldo(bytes, contrasena);
  await antes();
  return restaurarRespaldo(db, texto);
}

/** Incorporates the captures of another PC from a chosen file, locked or not. */
export async function incorporarArchivo(db: BaseDatosPoa, bytes: Uint8Array, contrasena: string | null): Promise<ResultadoFusion> {
  return fusionarRespaldo(db, await abrirArchivoRespaldo(bytes, contrasena));
}
