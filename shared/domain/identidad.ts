/**
 * One POA per year in the whole office: its id comes from its year, and each activity's from its year and número,
 * so two PCs that both create the 2027 POA (or both loaded the 2026 seed) hold the same records and merging their
 * captures leaves one POA with its activities, not two.
 *
 * The ids are RFC 9562 version-8 UUIDs (custom layout), readable at a glance:
 *   POA 2027        504f4100-2027-8000-8000-000000000000
 *   actividad 2027-3 504f4100-2027-8000-8001-000000000003
 * ("504f41" is "POA" in ASCII.)
 */

const PREFIJO = '504f4100';

function exigirAnio(anio: number): void {
  if (!Number.isInteger(anio) || anio < 1000 || anio > 9999) throw new RangeError(`Año de POA inválido: ${anio}`);
}

export function idPoa(anio: number): string {
  exigirAnio(anio);
  return `${PREFIJO}-${anio}-8000-8000-000000000000`;
}

export function idActividad(anio: number, numero: number): string {
  exigirAnio(anio);
  if (!Number.isInteger(numero) || numero < 1 || numero > 99) throw new RangeError(`Número de actividad inválido: ${numero}`);
  return `${PREFIJO}-${anio}-8000-8001-${String(numero).padStart(12, '0')}`;
}
