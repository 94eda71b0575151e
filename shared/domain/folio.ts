/**
 * Folios of the form MODULO-AÑO-ESTACION-CONSECUTIVO, e.g. AC-2026-V1-0001.
 *
 * The station code of the PC is part of the series, so PCs capturing offline at the same time never produce
 * the same folio; the consecutive runs per series (module, year, station) and is padded to 4 digits, growing
 * beyond 9999 without wrapping (AC-2026-V1-10000) so a folio is never reused.
 */

/** Modules that issue folios: AC = Atención Ciudadana (solicitudes). */
export const MODULOS_FOLIO = ['AC'] as const;
export type ModuloFolio = (typeof MODULOS_FOLIO)[number];

/** Same rule as the station code in the settings (configuracionSchema). */
const RE_ESTACION = /^[A-Z0-9]{1,4}$/;
const RE_FOLIO = /^(AC)-(\d{4})-([A-Z0-9]{1,4})-(\d{4,})$/;

export interface FolioPartes {
  modulo: ModuloFolio;
  anio: number;
  estacion: string;
  consecutivo: number;
}

export function serieFolio(modulo: ModuloFolio, anio: number, estacion: string): string {
  if (!MODULOS_FOLIO.includes(modulo)) throw new RangeError(`Módulo de folio desconocido: ${modulo}`);
  if (!Number.isInteger(anio) || anio < 1000 || anio > 9999) throw new RangeError(`Año de folio inválido: ${anio}`);
  if (!RE_ESTACION.test(estacion)) {
    throw new RangeError(`Clave de estación inválida para el folio: «${estacion}» (de 1 a 4 letras mayúsculas o números)`);
  }
  return `${modulo}-${anio}-${estacion}`;
}

export function formatearFolio(serie: string, consecutivo: number): string {
  if (!Number.isSafeInteger(consecutivo) || consecutivo < 1) {
    throw new RangeError(`El consecutivo del folio debe ser un entero mayor que 0 (es ${consecutivo})`);
  }
  return `${serie}-${String(consecutivo).padStart(4, '0')}`;
}

/**
 * Reads a folio back into its parts; null when the text is not a folio. Spaces around it and lower case are
 * accepted, so a folio typed into the search box is recognised.
 */
export function parsearFolio(folio: string): FolioPartes | null {
  const m = RE_FOLIO.exec(folio.trim().toUpperCase());
  if (!m) return null;
  const consecutivo = Number(m[4]);
  if (!Number.isSafeInteger(consecutivo) || consecutivo < 1) return null;
  return { modulo: m[1] as ModuloFolio, anio: Number(m[2]), estacion: m[3], consecutivo };
}
