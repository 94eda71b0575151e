/**
 * Where the Cronograma puts each figure. The Indicador and Avance trimestral sheets point their formulas at these
 * cells, so the three sheets stay one calculation when someone edits a month in Excel.
 */
export const HOJA_CRONOGRAMA = 'Cronograma';

export const COL_CRONOGRAMA = {
  numero: 1,
  actividad: 2,
  responsable: 3,
  unidad: 4,
  metaAnual: 5,
  programadaN: 6,
  programadaPct: 7,
  alcanzadaN: 8,
  alcanzadaPct: 9,
  concepto: 10,
  /** January; month m (1..12) is at primerMes + m - 1. */
  primerMes: 11,
  inicio: 23,
  fin: 24,
} as const;

export const FILAS_ENCABEZADO_CRONOGRAMA = { primera: 5, segunda: 6 } as const;

const PRIMERA_FILA_ACTIVIDAD = 7;
/** Each activity takes three rows: the X marks, the programmed numbers and the achieved numbers. */
export const FILAS_POR_ACTIVIDAD = 3;

export interface FilasActividadCronograma {
  marcas: number;
  programado: number;
  logrado: number;
}

export function filasActividadCronograma(indice: number): FilasActividadCronograma {
  const marcas = PRIMERA_FILA_ACTIVIDAD + indice * FILAS_POR_ACTIVIDAD;
  return { marcas, programado: marcas + 1, logrado: marcas + 2 };
}

export function filasTotalCronograma(cuantasActividades: number): { programado: number; logrado: number } {
  const programado = PRIMERA_FILA_ACTIVIDAD + cuantasActividades * FILAS_POR_ACTIVIDAD;
  return { programado, logrado: programado + 1 };
}

export function columnaMes(mes: number): number {
  return COL_CRONOGRAMA.primerMes + mes - 1;
}
