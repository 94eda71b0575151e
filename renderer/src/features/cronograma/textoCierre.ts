import { etiquetaCierre, type EstadoPeriodoCierre } from '../../../../shared/domain/cierres';
import { formatearFechaHora } from '../../../../shared/domain/formato';

export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "cerrado desde el 24/11/2026 12:00 por Jefe", or "cerrado con el 4to trimestre (oct–dic) 2026 desde el …". */
export function detalleCierre(e: EstadoPeriodoCierre): string {
  if (!e.cierre) return '';
  const cuando = `desde el ${formatearFechaHora(e.cierre.fecha)} por ${e.cierre.usuario}`;
  return e.cierre.tipo !== e.periodo.tipo ? `cerrado con el ${etiquetaCierre(e.cierre)} ${cuando}` : `cerrado ${cuando}`;
}

/** What a closed month means for the cell dialog, in one sentence the head and the desk both understand. */
export function explicacionMesCerrado(e: EstadoPeriodoCierre): string {
  return `${capital(e.etiqueta)} está ${detalleCierre(e)}. Lo que cuenta en él (registros, ajustes manuales y meta programada) ya no se puede cambiar; para corregirlo, reabra el periodo en «Cierre de periodos» indicando el motivo.`;
}
