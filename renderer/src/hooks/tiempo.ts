import { mesesDelPeriodo, type Periodo } from '../../../shared/domain/periodos';

/** Today's year and month on this PC: what "current month" and "already ended" mean on screen. */
export interface Hoy {
  anio: number;
  mes: number;
}

export function hoyLocal(ahora: Date = new Date()): Hoy {
  return { anio: ahora.getFullYear(), mes: ahora.getMonth() + 1 };
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
