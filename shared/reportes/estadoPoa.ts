import { formatearFecha } from '../domain/formato';
import type { Poa } from '../schemas/poa';
import { mayuscula } from './justificaciones';

export type EstadoPoaReporte = Pick<Poa, 'estado' | 'autorizacion' | 'cierre'>;

/**
 * The POA's state as the workbook and the printed sheets state it, so a reader knows whether the goals on paper are
 * authorized: 'Autorizado por Ana Torres Vidal el 15/01/2026', 'Borrador (sin autorizar)', 'Cerrado el 08/01/2027 ·
 * autorizado por … el …'.
 */
export function textoEstadoPoa(poa: EstadoPoaReporte): string {
  if (poa.estado === 'borrador') return 'Borrador (sin autorizar)';
  const autorizado = poa.autorizacion
    ? `autorizado por ${poa.autorizacion.nombre} el ${formatearFecha(poa.autorizacion.fecha)}`
    : 'autorizado';
  if (poa.estado === 'autorizado') return mayuscula(autorizado);
  return `${poa.cierre ? `Cerrado el ${formatearFecha(poa.cierre.fecha)}` : 'Cerrado'} · ${autorizado}`;
}
