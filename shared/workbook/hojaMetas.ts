import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { sumar, sumarPorMes } from '../domain/cronograma';
import { NOMBRES_MES } from '../domain/periodos';
import { alturaTexto } from './altura';
import { COL_CRONOGRAMA, HOJA_CRONOGRAMA, columnaMes, filasActividadCronograma } from './disposicion';
import {
  ALINEAR_CENTRO,
  ALINEAR_TEXTO,
  FUENTE_NEGRITA,
  FUENTE_NORMAL,
  RELLENO_ETIQUETA,
  RELLENO_RECONDUCIDA,
  RELLENO_TOTAL,
} from './estilos';
import {
  absoluta,
  celda,
  cifra,
  columna,
  encabezadoCombinado,
  enmarcar,
  formula,
  marcarReconducida,
  nuevaHoja,
  pintarSemaforo,
  refHoja,
  titulos,
} from './hoja';
import type { ActividadLibro, LibroPoaEntrada } from './tipos';

export const HOJA_METAS = 'Metas';

export const COL_METAS = { numero: 1, actividad: 2, concepto: 3, primerMes: 4, suma: 16, metaAnual: 17, revision: 18 } as const;

export const FILAS_METAS = { estado: 4, leyenda: 5, encabezado: 7 } as const;

const CONCEPTO_INICIAL = 'Meta inicial';
const CONCEPTO_MODIFICADA = 'Meta modificada';

/** Each activity takes two rows, its Meta inicial and its Meta modificada; the POA total follows as one more pair. */
export function filasMetas(indice: number): { inicial: number; modificada: number } {
  const inicial = FILAS_METAS.encabezado + 1 + indice * 2;
  return { inicial, modificada: inicial + 1 };
}

/** Column widths A..R: N°, Actividad, Meta, the twelve months, Suma, Meta anual, the check. */
const ANCHOS = [5, 30, 15, ...Array.from({ length: 12 }, () => 10), 10, 10, 14];

const colMes = (mes: number) => COL_METAS.primerMes + mes - 1;

/**
 * Meta inicial (as authorized) against Meta modificada (as reconducciones left it) per activity and month, with the
 * annual goal and the check that the months still add up to it. The modified goals are the Cronograma's own cells,
 * so an edit there shows here; the initial ones are history and stay as written.
 */
export function hojaMetas(libro: Workbook, entrada: LibroPoaEntrada): Worksheet {
  const C = COL_METAS;
  const F = FILAS_METAS;
  const hoja = nuevaHoja(libro, HOJA_METAS, entrada, {
    filasTitulo: `${F.encabezado}:${F.encabezado}`,
    congelar: { filas: F.encabezado, columnas: C.concepto },
  });
  ANCHOS.forEach((ancho, i) => (hoja.getColumn(i + 1).width = ancho));

  titulos(hoja, entrada, C.revision, 'Metas inicial y modificada');
  estadoYLeyenda(hoja, entrada);

  const encabezados: [number, string][] = [
    [C.numero, 'N°'], [C.actividad, 'Actividad'], [C.concepto, 'Meta'], [C.suma, 'Suma de los meses'], [C.metaAnual, 'Meta anual'],
    [C.revision, 'Suma contra meta anual'],
  ];
  for (const [col, texto] of encabezados) encabezadoCombinado(hoja, F.encabezado, col, F.encabezado, col, texto);
  NOMBRES_MES.forEach((mes, i) => encabezadoCombinado(hoja, F.encabezado, colMes(i + 1), F.encabezado, colMes(i + 1), mes));
  hoja.getRow(F.encabezado).height = 30;

  entrada.actividades.forEach((a, i) => filasActividad(hoja, a, i));
  filasTotal(hoja, entrada);
  return hoja;
}

function estadoYLeyenda(hoja: Worksheet, entrada: LibroPoaEntrada): void {
  const { estado, leyenda } = FILAS_METAS;
  hoja.mergeCells(estado, 1, estado, COL_METAS.revision);
  const e = hoja.getCell(estado, 1);
  e.value = `Estado del POA: ${entrada.estado.texto}`;
  e.font = FUENTE_NEGRITA;

  hoja.mergeCells(leyenda, 1, leyenda, COL_METAS.concepto);
  const muestra = hoja.getCell(leyenda, 1);
  muestra.value = 'Meta reconducida';
  muestra.font = FUENTE_NEGRITA;
  muestra.fill = RELLENO_RECONDUCIDA;
  muestra.alignment = ALINEAR_CENTRO;
  enmarcar(hoja, leyenda, 1, leyenda, COL_METAS.concepto);
  hoja.mergeCells(leyenda, COL_METAS.primerMes, leyenda, COL_METAS.revision);
  const texto = hoja.getCell(leyenda, COL_METAS.primerMes);
  texto.value =
    entrada.estado.clave === 'borrador'
      ? 'El POA es un borrador: la Meta inicial es la vigente hasta que se autorice, y no hay reconducciones.'
      : 'Meta inicial: la autorizada. Meta modificada: la vigente, la que siguen el Cronograma, el Indicador y el Avance trimestral. Un mes resaltado cambió por reconducción (el detalle, en la hoja Reconducciones).';
  texto.font = FUENTE_NORMAL;
  texto.alignment = { ...ALINEAR_TEXTO, vertical: 'middle' };
  const ancho = sumar(ANCHOS.slice(COL_METAS.primerMes - 1));
  hoja.getRow(leyenda).height = alturaTexto([{ texto: String(texto.value), ancho }]);
}

function etiqueta(c: Cell, texto: string, total: boolean): void {
  c.value = texto;
  c.font = FUENTE_NEGRITA;
  c.fill = total ? RELLENO_TOTAL : RELLENO_ETIQUETA;
  c.alignment = { vertical: 'middle' };
}


/** The annual sum check of one row, live: 'Coincide' or the difference, in red. */
function revision(hoja: Worksheet, fila: number, suma: number, meta: number, total: boolean): void {
  const c = hoja.getCell(fila, COL_METAS.revision);
  const s = celda(COL_METAS.suma, fila);
  const m = celda(COL_METAS.metaAnual, fila);
  c.value = formula(`IF(${s}=${m},"Coincide","Diferencia "&(${s}-${m}))`, suma === meta ? 'Coincide' : `Diferencia ${suma - meta}`);
  c.alignment = ALINEAR_CENTRO;
  c.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
  if (suma !== meta) pintarSemaforo(c, 'rojo');
  else if (total) c.fill = RELLENO_TOTAL;
}

function sumaMeses(hoja: Worksheet, fila: number, valores: readonly number[], total: boolean): void {
  cifra(hoja.getCell(fila, COL_METAS.suma), formula(`SUM(${celda(colMes(1), fila)}:${celda(colMes(12), fila)})`, sumar(valores)), total);
}

function filasActividad(hoja: Worksheet, a: ActividadLibro, indice: number): void {
  const C = COL_METAS;
  const { inicial, modificada } = filasMetas(indice);
  const cronograma = filasActividadCronograma(indice);
  enmarcar(hoja, inicial, C.numero, modificada, C.revision);
  for (const [col, valor] of [[C.numero, a.numero], [C.actividad, a.nombre]] as const) {
    hoja.mergeCells(inicial, col, modificada, col);
    const c = hoja.getCell(inicial, col);
    c.value = valor;
    c.font = FUENTE_NORMAL;
    c.alignment = col === C.numero ? { horizontal: 'center', vertical: 'top' } : ALINEAR_TEXTO;
  }
  etiqueta(hoja.getCell(inicial, C.concepto), CONCEPTO_INICIAL, false);
  etiqueta(hoja.getCell(modificada, C.concepto), CONCEPTO_MODIFICADA, false);

  for (let m = 1; m <= 12; m++) {
    const antes = a.inicial.programado[m - 1] ?? 0;
    const ahora = a.programado[m - 1] ?? 0;
    cifra(hoja.getCell(inicial, colMes(m)), antes, false);
    const c = hoja.getCell(modificada, colMes(m));
    cifra(c, formula(refHoja(HOJA_CRONOGRAMA, celda(columnaMes(m), cronograma.programado)), ahora), false);
    if (antes !== ahora) marcarReconducida(c, antes, ahora);
  }
  sumaMeses(hoja, inicial, a.inicial.programado, false);
  sumaMeses(hoja, modificada, a.programado, false);
  cifra(hoja.getCell(inicial, C.metaAnual), a.inicial.metaAnual, false);
  const meta = hoja.getCell(modificada, C.metaAnual);
  cifra(meta, formula(refHoja(HOJA_CRONOGRAMA, celda(COL_CRONOGRAMA.metaAnual, cronograma.marcas)), a.metaAnual), false);
  if (a.inicial.metaAnual !== a.metaAnual) marcarReconducida(meta, a.inicial.metaAnual, a.metaAnual);
  revision(hoja, inicial, sumar(a.inicial.programado), a.inicial.metaAnual, false);
  revision(hoja, modificada, sumar(a.programado), a.metaAnual, false);
  hoja.getRow(inicial).height = 20;
  hoja.getRow(modificada).height = 20;
}

function filasTotal(hoja: Worksheet, entrada: LibroPoaEntrada): void {
  const C = COL_METAS;
  const n = entrada.actividades.length;
  const { inicial, modificada } = filasMetas(n);
  enmarcar(hoja, inicial, C.numero, modificada, C.revision);
  hoja.mergeCells(inicial, C.numero, modificada, C.actividad);
  const titulo = hoja.getCell(inicial, C.numero);
  titulo.value = 'TOTAL';
  titulo.font = FUENTE_NEGRITA;
  titulo.fill = RELLENO_TOTAL;
  titulo.alignment = ALINEAR_CENTRO;

  const desde = filasMetas(0).inicial;
  const hasta = desde + n * 2 - 1;
  const conceptos = `${absoluta(C.concepto, desde)}:${absoluta(C.concepto, hasta)}`;
  const filas: [number, string, (a: ActividadLibro) => { metaAnual: number; programado: readonly number[] }][] = [
    [inicial, CONCEPTO_INICIAL, (a) => a.inicial],
    [modificada, CONCEPTO_MODIFICADA, (a) => a],
  ];
  for (const [fila, concepto, metas] of filas) {
    etiqueta(hoja.getCell(fila, C.concepto), concepto, true);
    // Each column adds up the rows of its concept, as the Cronograma's total does.
    const sumaConcepto = (col: number, valor: number): CellValue =>
      n === 0 ? 0 : formula(`SUMIF(${conceptos},"${concepto}",${columna(col)}$${desde}:${columna(col)}$${hasta})`, valor);
    const programado = sumarPorMes(entrada.actividades.map((a) => metas(a).programado));
    for (let m = 1; m <= 12; m++) cifra(hoja.getCell(fila, colMes(m)), sumaConcepto(colMes(m), programado[m - 1]), true);
    sumaMeses(hoja, fila, programado, true);
    const meta = sumar(entrada.actividades.map((a) => metas(a).metaAnual));
    cifra(hoja.getCell(fila, C.metaAnual), sumaConcepto(C.metaAnual, meta), true);
    revision(hoja, fila, sumar(programado), meta, true);
    hoja.getRow(fila).height = 20;
  }
}
