import { NOMBRES_MES } from '../../../../../shared/domain/periodos';

/** 'AAAA-MM-DD' → "marzo 2026": the month a record counts in, as the cronograma names it. */
export function mesYAnio(fecha: string): string {
  return `${NOMBRES_MES[Number(fecha.slice(5, 7)) - 1]} ${fecha.slice(0, 4)}`;
}
