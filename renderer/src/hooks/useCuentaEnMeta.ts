import { NOMBRES_MES } from '../../../shared/domain/periodos';
import { usePoaDelAnio } from './usePoa';

/** Where a record counts: the month of the date that makes it count, and whether that year has its POA yet. */
export interface CuentaEnMeta {
  anio: number;
  /** "enero 2027". */
  mes: string;
  /** False while the year has no POA: the record is kept and counts as soon as that POA is created. */
  hayPoa: boolean;
}

/** 'AAAA-MM-DD' → "marzo 2026": the month a record counts in, as the cronograma names it. */
function mesYAnio(fecha: string): string {
  return `${NOMBRES_MES[Number(fecha.slice(5, 7)) - 1]} ${fecha.slice(0, 4)}`;
}

/**
 * The cronograma loads each year's records by date, so a record dated in a year without a POA counts with no further
 * step once that POA exists. Null when the record does not count (no date yet), undefined while loading.
 */
export function useCuentaEnMeta(cuentaEn: string | null | false): CuentaEnMeta | null | undefined {
  const anio = cuentaEn ? Number(cuentaEn.slice(0, 4)) : undefined;
  const poa = usePoaDelAnio(anio);
  if (!cuentaEn || anio === undefined) return null;
  if (poa === undefined) return undefined;
  return { anio, mes: mesYAnio(cuentaEn), hayPoa: poa !== null };
}
