import type { Hoy } from '../../hooks/tiempo';

/** The POA's year as the head sees it: which year still lacks its POA, and what «Nuevo POA» proposes. */

export interface AnioSinPoa {
  /** The year that has no POA yet. */
  anio: number;
  /** The POA it would start from (the newest before it), or null when there is none. */
  desde: number | null;
  /** True when it is the year in progress (captures are already landing in it), false when it is next year. */
  enCurso: boolean;
}

/** The POA a new year starts from: the previous year's, else the newest before it; null when there is none. */
export function origenPropuesto(anios: readonly number[], anio: number): number | null {
  const anteriores = anios.filter((a) => a < anio);
  return anteriores.length ? Math.max(...anteriores) : null;
}

/** «Nuevo POA» proposes the year after the newest POA, or this year when there is none. */
export function anioPropuesto(anios: readonly number[], actual: number): number {
  return anios.length ? Math.max(...anios) + 1 : actual;
}

/**
 * The year the head should create now: the year in progress when it has no POA, or, from December on, next year
 * when it has none yet. Null when nothing is missing.
 */
export function anioSinPoa(anios: readonly number[], hoy: Hoy): AnioSinPoa | null {
  if (!anios.includes(hoy.anio)) return { anio: hoy.anio, desde: origenPropuesto(anios, hoy.anio), enCurso: true };
  if (hoy.mes === 12 && !anios.includes(hoy.anio + 1)) return { anio: hoy.anio + 1, desde: hoy.anio, enCurso: false };
  return null;
}

export function textoAnioSinPoa({ anio, enCurso }: AnioSinPoa): string {
  const captura = `Lo que se capture con fecha de ${anio} se guarda y contará para sus metas en cuanto se cree el POA.`;
  return enCurso ? `No existe el POA ${anio}, el del año en curso. ${captura}` : `Aún no existe el POA ${anio}. ${captura}`;
}
