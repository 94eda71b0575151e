import type { ColorSemaforo } from './eficiencia';
import { mesesDelPeriodo, type Periodo } from './periodos';

/**
 * A period that has not ended is not judged: the month in progress is «en curso», shown in a neutral colour with its
 * progress against the goal to date, never as red «Fuera de meta», and it asks for no justification until it ends.
 * The same rule for the grid, the tablero, the printed sheet and the workbook.
 */

/** Today on this PC: its year, month and (for the goal to date) day. */
export interface Hoy {
  anio: number;
  mes: number;
  /** Day of the month; without it the month in progress counts as just begun. */
  dia?: number;
}

export function hoyLocal(ahora: Date = new Date()): Hoy {
  return { anio: ahora.getFullYear(), mes: ahora.getMonth() + 1, dia: ahora.getDate() };
}

export type Momento = 'pasado' | 'actual' | 'por-venir';

/** Whether a period of a POA year has ended, is running or has not started. */
export function momentoDelPeriodo(anio: number, periodo: Periodo, hoy: Hoy): Momento {
  const meses = mesesDelPeriodo(periodo);
  const primero = anio * 12 + meses[0];
  const ultimo = anio * 12 + meses[meses.length - 1];
  const actual = hoy.anio * 12 + hoy.mes;
  if (ultimo < actual) return 'pasado';
  if (primero > actual) return 'por-venir';
  return 'actual';
}

/** What a period shows: its semáforo once it has ended, «en curso» while it runs, «por venir» before it starts. */
export type EstadoPeriodo = ColorSemaforo | 'en-curso' | 'por-venir';

export function estadoDelPeriodo(semaforo: ColorSemaforo, momento: Momento): EstadoPeriodo {
  if (momento === 'por-venir') return 'por-venir';
  if (momento === 'actual' && semaforo !== 'no-aplica') return 'en-curso';
  return semaforo;
}

export const ETIQUETA_EN_CURSO = 'En curso';

/** Whether the period asks for the justification the head signs: it has ended out of goal (amber or red). */
export function pideJustificacion(semaforo: ColorSemaforo, momento: Momento): boolean {
  return momento === 'pasado' && (semaforo === 'ambar' || semaforo === 'rojo');
}

function diasDelMes(anio: number, mes: number): number {
  return new Date(anio, mes, 0).getDate();
}

/**
 * The goal to date of a period of `anio`: the programmed goal of its months that have ended, plus the part of the
 * month in progress that has gone by (day by day), rounded down. A period that has ended gives its whole goal; one
 * that has not started, 0.
 */
export function metaALaFecha(programado: readonly number[], anio: number, periodo: Periodo, hoy: Hoy): number {
  let meta = 0;
  for (const mes of mesesDelPeriodo(periodo)) {
    const p = programado[mes - 1] ?? 0;
    const momento = momentoDelPeriodo(anio, { tipo: 'mes', numero: mes }, hoy);
    if (momento === 'pasado') meta += p;
    else if (momento === 'actual') meta += (p * (hoy.dia ?? 0)) / diasDelMes(anio, mes);
  }
  return Math.floor(meta + 1e-9);
}

/** «3 de 8, meta a la fecha 1»: the progress of a period in progress, in words. */
export function textoEnCurso(logrado: number, programado: number, meta: number): string {
  return `${ETIQUETA_EN_CURSO}: ${logrado} de ${programado}, meta a la fecha ${meta}`;
}
