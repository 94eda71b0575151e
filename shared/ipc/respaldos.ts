/**
 * Backup file names. The main process names every backup it writes, so the folder holds only names it can
 * parse, sort and rotate; the browser bridge uses the same names for its downloads.
 *
 *   respaldo-2026-03-05_14-30-00-123_automatico.poa.gz
 *            local date and time (ms)  label
 *
 * `.poa.gz` is the compressed format (shared/schemas/respaldoComprimido.ts) every backup is written in; `.json` files,
 * written by earlier versions, still list, rotate and restore.
 */
import { tieneCaracteresDeControl } from './texto';

/** The label says why the backup was made, e.g. `automatico`, `manual`, `antes-de-restaurar`. */
export const PATRON_ETIQUETA_RESPALDO = /^[a-z0-9][a-z0-9-]{0,39}$/;

const PATRON_ARCHIVO_RESPALDO = /^respaldo-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3}_[a-z0-9][a-z0-9-]{0,39}\.(json|poa\.gz)$/;

/** The extension of every backup written now (the compressed format). */
export const EXTENSION_RESPALDO = 'poa.gz';

export function esEtiquetaRespaldo(etiqueta: string): boolean {
  return PATRON_ETIQUETA_RESPALDO.test(etiqueta);
}

export function esNombreArchivoRespaldo(nombre: string): boolean {
  return PATRON_ARCHIVO_RESPALDO.test(nombre);
}

/** True when a name tries to leave the backups folder (separators, `..`, drive letters, NUL). */
export function intentaSalirDeCarpeta(nombre: string): boolean {
  return /[\\/:]/.test(nombre) || nombre.includes('..') || tieneCaracteresDeControl(nombre);
}

function dosDigitos(n: number): string {
  return String(n).padStart(2, '0');
}

/** Uses the PC's local time: the names are read by people browsing the folder. */
export function nombreArchivoRespaldo(fecha: Date, etiqueta: string): string {
  if (!esEtiquetaRespaldo(etiqueta)) {
    throw new Error(`La etiqueta de respaldo «${etiqueta}» no es válida: use minúsculas, dígitos y guiones.`);
  }
  const dia = `${fecha.getFullYear()}-${dosDigitos(fecha.getMonth() + 1)}-${dosDigitos(fecha.getDate())}`;
  const hora = `${dosDigitos(fecha.getHours())}-${dosDigitos(fecha.getMinutes())}-${dosDigitos(fecha.getSeconds())}`;
  const ms = String(fecha.getMilliseconds()).padStart(3, '0');
  return `respaldo-${dia}_${hora}-${ms}_${etiqueta}.${EXTENSION_RESPALDO}`;
}

/** The local date and time written in a backup's name, or null when the name is not a backup's. */
export function fechaDeNombreRespaldo(nombre: string): Date | null {
  if (!esNombreArchivoRespaldo(nombre)) return null;
  const coincidencia = /^respaldo-(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})-(\d{3})_/.exec(nombre);
  if (!coincidencia) return null;
  const [anio, mes, dia, hora, minuto, segundo, ms] = coincidencia.slice(1).map(Number);
  const fecha = new Date(anio, mes - 1, dia, hora, minuto, segundo, ms);
  return Number.isNaN(fecha.getTime()) ? null : fecha;
}
