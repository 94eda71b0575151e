import { bimestreDeMes, etiquetaPeriodo, mesesDelPeriodo, trimestreDeMes, type Periodo } from '../domain/periodos';
import type { Justificacion } from '../schemas/poa';

/**
 * The justifications the head wrote for periods that ended off target, placed where a report shows them. They are
 * stored per month, bimester, quarter or year; a report for another period shows every stored text that touches it,
 * each labelled with the period it was written for.
 */
export type JustificacionReporte = Pick<Justificacion, 'actividadId' | 'anio' | 'tipoPeriodo' | 'numero' | 'texto' | 'eliminado'>;

export interface JustificacionEtiquetada {
  /** 'noviembre', '4to trimestre (oct–dic)', 'año 2026'. */
  periodo: string;
  texto: string;
  tipoPeriodo: Justificacion['tipoPeriodo'];
}

const ORDEN_TIPO: Record<Justificacion['tipoPeriodo'], number> = { mes: 0, bimestre: 1, trimestre: 2, anual: 3 };

function mesesDe(j: Pick<Justificacion, 'tipoPeriodo' | 'numero'>): number[] {
  return mesesDelPeriodo(j.tipoPeriodo === 'anual' ? { tipo: 'anual', numero: 12 } : { tipo: j.tipoPeriodo, numero: j.numero });
}

export function etiquetaJustificacion(j: Pick<Justificacion, 'tipoPeriodo' | 'numero' | 'anio'>): string {
  return j.tipoPeriodo === 'anual' ? `año ${j.anio}` : etiquetaPeriodo({ tipo: j.tipoPeriodo, numero: j.numero });
}

function vigentes(justificaciones: readonly JustificacionReporte[], actividadId: string | null, anio: number) {
  return justificaciones.filter((j) => j.eliminado === 0 && j.anio === anio && j.actividadId === actividadId);
}

function ordenar(a: JustificacionReporte, b: JustificacionReporte): number {
  return ORDEN_TIPO[a.tipoPeriodo] - ORDEN_TIPO[b.tipoPeriodo] || a.numero - b.numero;
}

/**
 * Whether a stored justification belongs on the sheet of `periodo` (a month or a quarter): a month shows its own
 * text and those of its bimester and quarter; a quarter shows its own and those of its months and of the bimesters
 * that overlap it. The year's text goes on December's and the fourth quarter's sheets.
 */
function tocaPeriodo(j: JustificacionReporte, periodo: Periodo): boolean {
  if (j.tipoPeriodo === 'anual') return mesesDelPeriodo(periodo).includes(12);
  if (periodo.tipo === 'mes') {
    const mes = periodo.numero;
    return (
      (j.tipoPeriodo === 'mes' && j.numero === mes) ||
      (j.tipoPeriodo === 'bimestre' && j.numero === bimestreDeMes(mes)) ||
      (j.tipoPeriodo === 'trimestre' && j.numero === trimestreDeMes(mes))
    );
  }
  const meses = new Set<number>(mesesDelPeriodo(periodo));
  return mesesDe(j).some((m) => meses.has(m));
}

/** The texts to print with an activity (or the POA total, `actividadId` null) on a month's or a quarter's sheet. */
export function justificacionesDelPeriodo(
  justificaciones: readonly JustificacionReporte[],
  actividadId: string | null,
  anio: number,
  periodo: Periodo,
): JustificacionEtiquetada[] {
  return vigentes(justificaciones, actividadId, anio)
    .filter((j) => tocaPeriodo(j, periodo))
    .sort(ordenar)
    .map((j) => ({ periodo: etiquetaJustificacion(j), texto: j.texto.trim(), tipoPeriodo: j.tipoPeriodo }));
}

/**
 * An activity's justifications by quarter, for the workbook's "Avance trimestral": a quarter's own text as written,
 * and a month's or bimester's text in the quarter where that period ends, prefixed with its period.
 */
export function justificacionesPorTrimestre(
  justificaciones: readonly JustificacionReporte[],
  actividadId: string,
  anio: number,
): { trimestre: number; texto: string }[] {
  return vigentes(justificaciones, actividadId, anio)
    .map((j) => {
      const meses = mesesDe(j);
      const trimestre = trimestreDeMes(meses[meses.length - 1]);
      const texto = j.tipoPeriodo === 'trimestre' ? j.texto.trim() : `${mayuscula(etiquetaJustificacion(j))}: ${j.texto.trim()}`;
      return { j, trimestre, texto };
    })
    .sort((a, b) => a.trimestre - b.trimestre || ordenar(a.j, b.j))
    .map(({ trimestre, texto }) => ({ trimestre, texto }));
}

export function mayuscula(texto: string): string {
  return texto.charAt(0).toLocaleUpperCase('es-MX') + texto.slice(1);
}
