import type { Actividad, Ajuste } from '../schemas/poa';
import { contarPorMesDe, conteosDe, logrosDelMes, type ConteoPorTipo, type FuenteConteo, type RegistroLogrado, type RegistrosConteo } from './conteo';
import { indiceEficiencia, semaforo, UMBRALES_POR_DEFECTO, type ColorSemaforo, type UmbralesSemaforo } from './eficiencia';
import { diferenciaProgramado } from './metas';
import { etiquetaPeriodo, mesesDelPeriodo, periodosDeFrecuencia, type Periodo } from './periodos';

/**
 * The POA's cronograma, alive: per activity and month what was programmed and what was achieved, the Índice de
 * Eficiencia and its semáforo, and the summaries per period. The grid, the tablero, the monthly sheet and the
 * workbook all read their figures from here, so they cannot disagree.
 *
 * A period's index is always the index of its sums (Σ logradas / Σ programadas × 100), never the mean of the
 * monthly indices: a month with 1 programmed must not weigh as much as one with 20.
 */

/** A period's figures: programmed and achieved sums, their index ("no aplica" = null) and semáforo. */
export interface ResumenPeriodo {
  periodo: Periodo;
  etiqueta: string;
  programado: number;
  logrado: number;
  indice: number | null;
  semaforo: ColorSemaforo;
}

export interface FilaCronograma {
  actividad: Actividad;
  programado: number[];
  /** Counted from the module's records. */
  logradoRegistros: number[];
  /** Sum of the manual adjustments of each month (may be negative), kept apart so the grid shows them as such. */
  ajustes: number[];
  /** logradoRegistros + ajustes. */
  logrado: number[];
  /** Meta Programada N°: the sum of the monthly programmed goals. */
  metaProgramadaN: number;
  /** Meta Programada %: metaProgramadaN / metaAnual × 100 (100 when the months add up); null if metaAnual is 0. */
  metaProgramadaPct: number | null;
  /** Meta Alcanzada N°: everything achieved in the year. */
  metaAlcanzadaN: number;
  /** Meta Alcanzada %: metaAlcanzadaN / metaAnual × 100; null if metaAnual is 0. */
  metaAlcanzadaPct: number | null;
  /** metaProgramadaN − metaAnual: anything but 0 is the POA's "the months do not add up" error. */
  diferenciaMeta: number;
  indiceMes: (number | null)[];
  semaforoMes: ColorSemaforo[];
  /** Year to date, January through mesCorte (no month before the year starts). */
  acumulado: ResumenPeriodo;
  anual: ResumenPeriodo;
  /** The row's own reporting periods by its frecuencia: 12 months, 6 bimesters or 4 quarters. */
  periodosFrecuencia: ResumenPeriodo[];
}

export interface TotalCronograma {
  programado: number[];
  logradoRegistros: number[];
  ajustes: number[];
  logrado: number[];
  indiceMes: (number | null)[];
  semaforoMes: ColorSemaforo[];
  metaAnual: number;
  metaProgramadaN: number;
  metaProgramadaPct: number | null;
  metaAlcanzadaN: number;
  metaAlcanzadaPct: number | null;
  diferenciaMeta: number;
  acumulado: ResumenPeriodo;
  anual: ResumenPeriodo;
}

export interface Cronograma {
  anio: number;
  /** Last month of the year to date, 0..12 (`mesDeCorte`). */
  mesCorte: number;
  filas: FilaCronograma[];
  total: TotalCronograma;
}

/** The adjustment fields the cronograma reads; full Ajuste records fit. */
export type AjusteCronograma = Pick<Ajuste, 'actividadId' | 'anio' | 'mes' | 'cantidad' | 'eliminado'>;

/** `conteos` (from the indexes) or `registros` (counted in memory): the same `cuentaEn` either way. */
export type EntradaCronograma = FuenteConteo & {
  anio: number;
  actividades: readonly Actividad[];
  ajustes: readonly AjusteCronograma[];
  umbrales: UmbralesSemaforo;
  /** Last month of the year to date, 0..12: 0 before the year starts (`mesDeCorte`). */
  mesCorte: number;
};

export type TipoResumen = 'mes' | 'bimestre' | 'trimestre';

const doce = (): number[] => Array.from({ length: 12 }, () => 0);

/**
 * The one sum of the cronograma's figures: every value of a series, or only those of the given months (1..12).
 * The grid, the sheets and the workbook add through it.
 */
export function sumar(valores: readonly number[], meses?: readonly number[]): number {
  return meses ? meses.reduce((s, mes) => s + (valores[mes - 1] ?? 0), 0) : valores.reduce((s, v) => s + v, 0);
}

/** Month by month, the sum of several 12-month series: the POA's total of its activities. */
export function sumarPorMes(series: readonly (readonly number[])[]): number[] {
  return doce().map((_, i) => sumar(series.map((serie) => serie[i] ?? 0)));
}

/** Drill-down helpers live with the counting rules; re-exported so the grid needs one import. */
export { logrosDelMes, registrosQueCuentan } from './conteo';

export function resumirPeriodo(
  programado: readonly number[],
  logrado: readonly number[],
  periodo: Periodo,
  umbrales: UmbralesSemaforo = UMBRALES_POR_DEFECTO,
): ResumenPeriodo {
  const meses = mesesDelPeriodo(periodo);
  const p = sumar(programado, meses);
  const l = sumar(logrado, meses);
  const indice = indiceEficiencia(l, p);
  return { periodo, etiqueta: etiquetaPeriodo(periodo), programado: p, logrado: l, indice, semaforo: semaforo(indice, umbrales) };
}

/** A row's (or the total's) programmed and achieved months, all a summary reads. */
export interface SerieCronograma {
  programado: readonly number[];
  logrado: readonly number[];
}

/** The POA total of several rows, month by month. */
export function serieTotal(series: readonly SerieCronograma[]): { programado: number[]; logrado: number[] } {
  return { programado: sumarPorMes(series.map((s) => s.programado)), logrado: sumarPorMes(series.map((s) => s.logrado)) };
}

/** Every summary a report of the year reads for one row or the total: months, quarters, year to date and year. */
export interface ResumenesSerie {
  meses: ResumenPeriodo[];
  trimestres: ResumenPeriodo[];
  acumulado: ResumenPeriodo;
  anual: ResumenPeriodo;
}

export function resumenesDeSerie(serie: SerieCronograma, mesCorte: number, umbrales: UmbralesSemaforo = UMBRALES_POR_DEFECTO): ResumenesSerie {
  return {
    meses: resumenesPorTipo(serie, 'mes', umbrales),
    trimestres: resumenesPorTipo(serie, 'trimestre', umbrales),
    ...resumenesDelCorte(serie, mesCorte, umbrales),
  };
}

/** The year to date (January through `mesCorte`) and the year. */
function resumenesDelCorte(serie: SerieCronograma, mesCorte: number, umbrales: UmbralesSemaforo) {
  return {
    acumulado: resumirPeriodo(serie.programado, serie.logrado, { tipo: 'acumulado', numero: mesCorte }, umbrales),
    anual: resumirPeriodo(serie.programado, serie.logrado, { tipo: 'anual', numero: 12 }, umbrales),
  };
}

/** The 12 months, 6 bimesters or 4 quarters of a row (or of the total) for the grid's period switch. */
export function resumenesPorTipo(
  fila: { programado: readonly number[]; logrado: readonly number[] },
  tipo: TipoResumen,
  umbrales: UmbralesSemaforo = UMBRALES_POR_DEFECTO,
): ResumenPeriodo[] {
  const frecuencia = tipo === 'mes' ? 'mensual' : tipo === 'bimestre' ? 'bimestral' : 'trimestral';
  return periodosDeFrecuencia(frecuencia).map((periodo) => resumirPeriodo(fila.programado, fila.logrado, periodo, umbrales));
}

function ajustesPorMes(ajustes: readonly AjusteCronograma[], actividadId: string, anio: number): number[] {
  const porMes = doce();
  for (const a of ajustes) {
    if (a.eliminado === 0 && a.actividadId === actividadId && a.anio === anio && a.mes >= 1 && a.mes <= 12) {
      porMes[a.mes - 1] += a.cantidad;
    }
  }
  return porMes;
}

function indices(programado: readonly number[], logrado: readonly number[], umbrales: UmbralesSemaforo) {
  const indiceMes = programado.map((p, i) => indiceEficiencia(logrado[i], p));
  return { indiceMes, semaforoMes: indiceMes.map((x) => semaforo(x, umbrales)) };
}

function calcularFila(
  actividad: Actividad,
  entrada: EntradaCronograma,
  conteos: ConteoPorTipo,
): FilaCronograma {
  const { anio, ajustes, umbrales, mesCorte } = entrada;
  const programado = [...actividad.programado];
  const logradoRegistros = contarPorMesDe(actividad.reglaConteo, conteos);
  const ajustesMes = ajustesPorMes(ajustes, actividad.id, anio);
  const logrado = logradoRegistros.map((n, i) => n + ajustesMes[i]);
  const metaProgramadaN = sumar(programado);
  const metaAlcanzadaN = sumar(logrado);
  return {
    actividad,
    programado,
    logradoRegistros,
    ajustes: ajustesMes,
    logrado,
    metaProgramadaN,
    metaProgramadaPct: indiceEficiencia(metaProgramadaN, actividad.metaAnual),
    metaAlcanzadaN,
    metaAlcanzadaPct: indiceEficiencia(metaAlcanzadaN, actividad.metaAnual),
    diferenciaMeta: diferenciaProgramado(actividad.metaAnual, programado),
    ...indices(programado, logrado, umbrales),
    ...resumenesDelCorte({ programado, logrado }, mesCorte, umbrales),
    periodosFrecuencia: periodosDeFrecuencia(actividad.frecuencia).map((periodo) =>
      resumirPeriodo(programado, logrado, periodo, umbrales),
    ),
  };
}

function sumarFilas(filas: readonly FilaCronograma[], campo: 'programado' | 'logradoRegistros' | 'ajustes' | 'logrado'): number[] {
  return sumarPorMes(filas.map((f) => f[campo]));
}

export function calcularCronograma(entrada: EntradaCronograma): Cronograma {
  const { anio, umbrales, mesCorte } = entrada;
  if (!Number.isInteger(mesCorte) || mesCorte < 0 || mesCorte > 12) {
    throw new RangeError(`El mes de corte debe ser de 0 a 12 (es ${mesCorte})`);
  }
  const conteos = conteosDe(entrada, anio);
  const filas = entrada.actividades
    .filter((a) => a.eliminado === 0)
    .sort((x, y) => x.numero - y.numero)
    .map((a) => calcularFila(a, entrada, conteos));

  const programado = sumarFilas(filas, 'programado');
  const logrado = sumarFilas(filas, 'logrado');
  const metaAnual = sumar(filas.map((f) => f.actividad.metaAnual));
  const metaProgramadaN = sumar(programado);
  const metaAlcanzadaN = sumar(logrado);
  return {
    anio,
    mesCorte,
    filas,
    total: {
      programado,
      logradoRegistros: sumarFilas(filas, 'logradoRegistros'),
      ajustes: sumarFilas(filas, 'ajustes'),
      logrado,
      ...indices(programado, logrado, umbrales),
      metaAnual,
      metaProgramadaN,
      metaProgramadaPct: indiceEficiencia(metaProgramadaN, metaAnual),
      metaAlcanzadaN,
      metaAlcanzadaPct: indiceEficiencia(metaAlcanzadaN, metaAnual),
      diferenciaMeta: metaProgramadaN - metaAnual,
      ...resumenesDelCorte({ programado, logrado }, mesCorte, umbrales),
    },
  };
}

/** The records behind an activity's achieved number in a month (adjustments are listed apart, by the caller). */
export function logrosDeActividadEnMes(
  actividad: Pick<Actividad, 'reglaConteo'>,
  registros: RegistrosConteo,
  anio: number,
  mes: number,
): RegistroLogrado[] {
  return logrosDelMes(actividad.reglaConteo, registros, anio, mes);
}
