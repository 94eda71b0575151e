import { sumar } from '../../../../shared/domain/cronograma';
import type { Mes } from '../../../../shared/domain/periodos';
import { listaDeMeses } from '../../../../shared/domain/reconduccion';
import type { Actividad, Reconduccion } from '../../../../shared/schemas/poa';

/**
 * Which cells of a row carry the reconducción mark: a period is marked when a reconducción changed the goal of any of
 * its months, and it tells the goal as authorized (Meta inicial) next to the current one.
 */
export interface MetaReconducida {
  /** The months of the period a reconducción changed. */
  meses: Mes[];
  /** The period's programmed goal as the POA was authorized. */
  inicial: number;
  /** The period's programmed goal now. */
  modificada: number;
}

export function metaReconducida(
  actividad: Pick<Actividad, 'id' | 'programado' | 'inicial'>,
  reconducciones: readonly Reconduccion[],
  meses: readonly Mes[],
): MetaReconducida | null {
  const propias = reconducciones.filter((r) => r.actividadId === actividad.id);
  const tocados = meses.filter((m) => propias.some((r) => r.meses.includes(m)));
  if (tocados.length === 0) return null;
  // The authorized goals are kept on the activity; the oldest reconducción's "before" is the same figures.
  const inicial = actividad.inicial?.programado ?? propias[0].antes.programado;
  return { meses: tocados, inicial: sumar(inicial, meses), modificada: sumar(actividad.programado, meses) };
}

/**
 * What a screen reader hears about the mark: "meta reconducida: inicial 7, modificada 10" for a month, and for a
 * bimester or quarter which of its months changed: "meta reconducida en diciembre: inicial 22, modificada 24".
 */
export function textoReconducida(r: MetaReconducida, mesesDelPeriodo: number): string {
  const cuales = mesesDelPeriodo > 1 ? ` en ${listaDeMeses(r.meses)}` : '';
  return `meta reconducida${cuales}: inicial ${r.inicial}, modificada ${r.modificada}`;
}

/** The annual goal as authorized when a reconducción changed it; null while it stands as authorized. */
export function metaAnualInicialCambiada(actividad: Pick<Actividad, 'metaAnual' | 'inicial'>): number | null {
  const inicial = actividad.inicial?.metaAnual;
  return inicial === undefined || inicial === actividad.metaAnual ? null : inicial;
}

/** The annual goal cell's name: "Meta anual", or "Meta anual: modificada 92, inicial 90" after a reconducción. */
export function textoMetaAnual(actividad: Pick<Actividad, 'metaAnual' | 'inicial'>): string {
  const inicial = metaAnualInicialCambiada(actividad);
  return inicial === null ? 'Meta anual' : `Meta anual: modificada ${actividad.metaAnual}, inicial ${inicial}`;
}
