/** Months are numbered 1..12 throughout the domain, as the POA writes them. */
export type Mes = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export const MESES: readonly Mes[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const NOMBRES_MES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;

export const NOMBRES_MES_CORTO = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'] as const;

export type TipoPeriodo = 'mes' | 'bimestre' | 'trimestre' | 'acumulado' | 'anual';

/**
 * A reporting period of the POA year. `numero` is the month (1..12), bimester (1..6) or quarter (1..4);
 * for `acumulado` (year to date) it is the last month included, 0 for a year not started (no month yet);
 * `anual` ignores it.
 */
export interface Periodo {
  tipo: TipoPeriodo;
  numero: number;
}

export type Frecuencia = 'mensual' | 'bimestral' | 'trimestral';

export function mesesDelPeriodo(periodo: Periodo): Mes[] {
  const { tipo, numero } = periodo;
  switch (tipo) {
    case 'mes':
      assertRango(numero, 1, 12, tipo);
      return [numero as Mes];
    case 'bimestre':
      assertRango(numero, 1, 6, tipo);
      return [(numero * 2 - 1) as Mes, (numero * 2) as Mes];
    case 'trimestre':
      assertRango(numero, 1, 4, tipo);
      return [(numero * 3 - 2) as Mes, (numero * 3 - 1) as Mes, (numero * 3) as Mes];
    case 'acumulado':
      assertRango(numero, 0, 12, tipo);
      return MESES.filter((m) => m <= numero);
    case 'anual':
      return [...MESES];
  }
}

function assertRango(n: number, min: number, max: number, tipo: TipoPeriodo): void {
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(`Periodo ${tipo} fuera de rango: ${n}`);
  }
}

export function bimestreDeMes(mes: number): number {
  return Math.ceil(mes / 2);
}

export function trimestreDeMes(mes: number): number {
  return Math.ceil(mes / 3);
}

/** The periods a frequency reports in, in order (12 months, 6 bimesters or 4 quarters). */
export function periodosDeFrecuencia(frecuencia: Frecuencia): Periodo[] {
  const tipo: TipoPeriodo = frecuencia === 'mensual' ? 'mes' : frecuencia === 'bimestral' ? 'bimestre' : 'trimestre';
  const cuantos = frecuencia === 'mensual' ? 12 : frecuencia === 'bimestral' ? 6 : 4;
  return Array.from({ length: cuantos }, (_, i) => ({ tipo, numero: i + 1 }));
}

const ORDINAL = ['1er', '2do', '3er', '4to', '5to', '6to'] as const;

/** Spanish label a user reads: "marzo", "2do bimestre (mar–abr)", "1er trimestre (ene–mar)", "acumulado a junio". */
export function etiquetaPeriodo(periodo: Periodo): string {
  if (periodo.tipo === 'acumulado' && periodo.numero === 0) return 'acumulado (el año no inicia)';
  const meses = mesesDelPeriodo(periodo);
  const rango = `${NOMBRES_MES_CORTO[meses[0] - 1]}–${NOMBRES_MES_CORTO[meses[meses.length - 1] - 1]}`;
  switch (periodo.tipo) {
    case 'mes':
      return NOMBRES_MES[periodo.numero - 1];
    case 'bimestre':
      return `${ORDINAL[periodo.numero - 1]} bimestre (${rango})`;
    case 'trimestre':
      return `${ORDINAL[periodo.numero - 1]} trimestre (${rango})`;
    case 'acumulado':
      return `acumulado a ${NOMBRES_MES[periodo.numero - 1]}`;
    case 'anual':
      return 'anual';
  }
}

/**
 * The cut-off month of `anio` on `hoy`: the last month of the year already reached. 0 before the year starts, the
 * month in course during it, 12 once it is over. The year to date runs January through it, and the months after it
 * are still to come: nothing of them is late, so they carry no semáforo. The cronograma, the tablero, the reports
 * page and the workbook all cut the year here.
 */
export function mesDeCorte(anio: number, hoy: Date = new Date()): number {
  const actual = hoy.getFullYear();
  if (anio < actual) return 12;
  if (anio > actual) return 0;
  return hoy.getMonth() + 1;
}

/** How a label says where the year to date stops: "a noviembre", or "sin meses transcurridos" before the year. */
export function hastaElCorte(mesCorte: number): string {
  return mesCorte > 0 ? `a ${NOMBRES_MES[mesCorte - 1]}` : 'sin meses transcurridos';
}

/**
 * The month a screen opens on for a cut-off: the cut-off month itself, or January while the year has not started
 * (something must be chosen; nothing of it is judged yet).
 */
export function mesDeReferencia(mesCorte: number): Mes {
  return Math.max(1, mesCorte) as Mes;
}

/** Month (1..12) of an ISO date or date-time string `YYYY-MM-DD...`, read from the text so no time zone shifts it. */
export function mesDeFechaIso(fecha: string): Mes {
  const mes = Number(fecha.slice(5, 7));
  if (!Number.isInteger(mes) || mes < 1 || mes > 12) throw new RangeError(`Fecha inválida: ${fecha}`);
  return mes as Mes;
}

export function anioDeFechaIso(fecha: string): number {
  return Number(fecha.slice(0, 4));
}
