import type { Actividad, Poa } from '../schemas/poa';
import type { EstadoCierresAnio } from './cierres';

/**
 * The POA's states (borrador → autorizado → cerrado) and why a step cannot be taken now, in the words the head reads.
 */

/** A borrador's goals are edited freely; an authorized POA's change only by reconducción; a closed one not at all. */
export function metasLibres(poa: Pick<Poa, 'estado'>): boolean {
  return poa.estado === 'borrador';
}

export function impedimentoParaAutorizar(poa: Pick<Poa, 'anio' | 'estado'>, actividades: readonly Actividad[]): string | null {
  if (poa.estado !== 'borrador') return `El POA ${poa.anio} ya está ${poa.estado === 'autorizado' ? 'autorizado' : 'cerrado'}`;
  if (actividades.length === 0) return `El POA ${poa.anio} no tiene actividades: agréguelas antes de autorizarlo`;
  for (const a of actividades) {
    const suma = a.programado.reduce((s, v) => s + v, 0);
    if (suma !== a.metaAnual) {
      return `Actividad ${a.numero}: la suma mensual (${suma}) no coincide con la meta anual (${a.metaAnual}); corríjala antes de autorizar`;
    }
  }
  return null;
}

/** A POA closes at the end of its year, once December and the fourth quarter are closed. */
export function impedimentoParaCerrarPoa(poa: Pick<Poa, 'anio' | 'estado'>, cierres: EstadoCierresAnio): string | null {
  if (poa.estado === 'borrador') return `El POA ${poa.anio} es un borrador: autorícelo antes de cerrarlo`;
  if (poa.estado === 'cerrado') return `El POA ${poa.anio} ya está cerrado`;
  const faltan: string[] = [];
  if (!cierres.meses[11]?.cerrado) faltan.push('diciembre');
  if (!cierres.trimestres[3]?.cerrado) faltan.push('el 4to trimestre');
  if (faltan.length) return `Para cerrar el POA ${poa.anio} cierre antes ${faltan.join(' y ')} en Cronograma → Cierre de periodos`;
  return null;
}

export function impedimentoParaReabrirPoa(poa: Pick<Poa, 'anio' | 'estado'>): string | null {
  return poa.estado === 'cerrado' ? null : `El POA ${poa.anio} no está cerrado`;
}

/** Why the programmed goals of a POA cannot be edited directly; null for a borrador. */
export function impedimentoParaEditarMetas(poa: Pick<Poa, 'anio' | 'estado'>): string | null {
  if (poa.estado === 'autorizado') {
    return `El POA ${poa.anio} está autorizado: sus metas programadas sólo cambian con una reconducción`;
  }
  if (poa.estado === 'cerrado') return `El POA ${poa.anio} está cerrado: reábralo para hacer cambios`;
  return null;
}
