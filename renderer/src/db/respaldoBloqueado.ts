import { cifrar, contrasenaRespaldoSchema, descifrar, ErrorCifrado, esCifrado, ITERACIONES_CIFRADO } from '../../../shared/seguridad/cifrado';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import type { BaseDatosPoa } from './db';
import { ErrorValidacion, validar } from './errores';
import { enTrozos, type FuenteBytes } from '../../../shared/schemas/respaldoComprimido';
import { EXTENSION_RESPALDO } from '../../../shared/ipc/respaldos';
import { escribirRespaldo, fusionarRespaldo, respaldoEnBytes, restaurarRespaldo, type AlAvanzar, type ResultadoFusion } from './respaldos';

/**
 * Copies of a backup that leave the PC (a folder, a USB drive, the package for another PC) may be locked with a
 * passphrase: the file is the backup's compressed file encrypted with AES-GCM-256 under a PBKDF2 key
 * (shared/seguridad/cifrado); older locked copies hold the plain JSON of version 1, and open the same way.
 * Restoring or incorporating a file tells a locked one by its header and opens it with the passphrase first; a wrong
 * one stops there, before anything is saved or changed. The passphrase is used and dropped: never stored or logged.
 */

/** The extension of a locked copy; a plain copy is .poa.gz (.json when an earlier version made it). */
export const EXTENSION_BLOQUEADA = 'cifrado';

/** `respaldo-poa-V1-2026-12-02.cifrado`: the station and the day, so copies from several PCs do not mix up. */
export function nombreCopia(estacion: string, fechaIso: string, bloqueada: boolean): string {
  return `respaldo-poa-${estacion}-${fechaIso}.${bloqueada ? EXTENSION_BLOQUEADA : EXTENSION_RESPALDO}`;
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
  // Compressed, the copy is a small fraction of the database: it is gathered in memory to be encrypted whole.
  const bytes = await respaldoEnBytes((destino) => escribirRespaldo(db, clave === null ? 'copia' : 'copia-bloqueada', destino));
  return clave === null ? bytes : cifrar(bytes, clave, iteraciones);
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
 * A backup file chosen to restore or incorporate, read where it is: a file picked from the computer, one of the
 * backups folder (read a piece at a time through the bridge), or bytes in memory. Its first bytes tell a locked copy.
 */
export interface ArchivoElegido {
  tamano: number;
  primeros(cantidad: number): Promise<Uint8Array>;
  leer(): FuenteBytes;
  /** The whole file, for a locked copy (decrypted whole). */
  bytes(): Promise<Uint8Array>;
}

export function archivoDeBytes(bytes: Uint8Array): ArchivoElegido {
  return {
    tamano: bytes.byteLength,
    primeros: async (cantidad) => bytes.subarray(0, cantidad),
    leer: () => enTrozos(bytes),
    bytes: async () => bytes,
  };
}

/** Enough of a file's start to tell a locked copy. */
const INICIO = 64;

export async function archivoBloqueado(archivo: ArchivoElegido): Promise<boolean> {
  return esCifrado(await archivo.primeros(INICIO));
}

/**
 * The bytes of a chosen file as they are read: a plain one as it is, a locked one opened with `contrasena` first. A
 * missing or wrong passphrase is an error at the field 'contrasena'; a damaged locked file at 'archivo'.
 */
export async function abrirArchivoRespaldo(archivo: ArchivoElegido | Uint8Array, contrasena: string | null): Promise<FuenteBytes> {
  const elegido = archivo instanceof Uint8Array ? archivoDeBytes(archivo) : archivo;
  exigirTamanoRespaldo(elegido.tamano);
  if (elegido.tamano === 0) throw new ErrorValidacion({ archivo: 'El archivo está vacío: no es un respaldo de POA Gestión Social' });
  if (!(await archivoBloqueado(elegido))) return elegido.leer();
  try {
    return enTrozos(await descifrar(await elegido.bytes(), contrasena ?? ''));
  } catch (e) {
    if (!(e instanceof ErrorCifrado)) throw e;
    throw new ErrorValidacion({ [e.motivo === 'contrasena' || e.motivo === 'sin-contrasena' ? 'contrasena' : 'archivo']: e.message });
  }
}

/**
 * Restores a chosen file (administrators). `antes` runs once the file is open and before the restore (the screen
 * saves the current state there), so a wrong passphrase leaves no trace: no backup made, no data changed.
 */
export async function restaurarArchivo(
  db: BaseDatosPoa,
  archivo: ArchivoElegido | Uint8Array,
  contrasena: string | null,
  antes: () => Promise<unknown> = async () => undefined,
  alAvanzar?: AlAvanzar,
) {
  const fuente = await abrirArchivoRespaldo(archivo, contrasena);
  await antes();
  return restaurarRespaldo(db, fuente, alAvanzar);
}

/** Incorporates the captures of another PC from a chosen file, locked or not. */
export async function incorporarArchivo(
  db: BaseDatosPoa,
  archivo: ArchivoElegido | Uint8Array,
  contrasena: string | null,
  alAvanzar?: AlAvanzar,
): Promise<ResultadoFusion> {
  return fusionarRespaldo(db, await abrirArchivoRespaldo(archivo, contrasena), alAvanzar);
}
