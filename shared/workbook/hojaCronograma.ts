import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { resumenesPorTipo, resumirPeriodo, serieTotal, sumar } from '../domain/cronograma';
import { indiceEficiencia } from '../domain/eficiencia';
import { NOMBRES_MES } from '../domain/periodos';
import {
  COL_CRONOGRAMA as C,
  FILAS_ENCABEZADO_CRONOGRAMA,
  HOJA_CRONOGRAMA,
  columnaMes,
  filasActividadCronograma,
  filasTotalCronograma,
} from './disposicion';
import { ALINEAR_CENTRO, ALINEAR_TEXTO, BORDE, COLOR_EN_CURSO, FORMATO, FUENTE_NEGRITA, FUENTE_NORMAL, RELLENO_ETIQUETA, RELLENO_TOTAL, relleno } from './estilos';
import { hoyLocal, metaALaFecha, textoEnCurso } from '../domain/enCurso';
import { fechaExcel } from './fechas';
import {
  absoluta,
  celda,
  columna,
  encabezadoCombinado,
  enmarcar,
  formula,
  formulaIndice,
  marcarReconducida,
  nuevaHoja,
  pintarSemaforo,
  reglasSemaforo,
  titulos,
  valorIndice,
} from './hoja';
import type { ActividadLibro, LibroPoaEntrada } from './tipos';

const ANUAL = { tipo: 'anual', numero: 12 } as const;

/**
 * The seed's cronograma, with each activity's programmed (Meta modificada) and achieved numbers under its X marks; a
 * month a reconducción changed is marked, with its Meta inicial in a note.
 */
export function hojaCronograma(libro: Workbook, entrada: LibroPoaEntrada, corte: number): Worksheet {
  const { primera, segunda } = FILAS_ENCABEZADO_CRONOGRAMA;
  const hoja = nuevaHoja(libro, HOJA_CRONOGRAMA, entrada, {
    filasTitulo: `${primera}:${segunda}`,
    congelar: { filas: segunda, columnas: C.actividad },
  });
  const anchos: [number, number][] = [
    [C.numero, 5], [C.actividad, 30], [C.responsable, 24], [C.unidad, 14], [C.metaAnual, 9],
    [C.programadaN, 11], [C.programadaPct, 9], [C.alcanzadaN, 11], [C.alcanzadaPct, 9], [C.concepto, 12],
    [C.inicio, 12], [C.fin, 12],
  ];
  for (const [col, ancho] of anchos) hoja.getColumn(col).width = ancho;
  for (let m = 1; m <= 12; m++) hoja.getColumn(columnaMes(m)).width = 9.5;

  titulos(hoja, entrada, C.fin, 'Cronograma');
  encabezados(hoja, entrada.anio);

  entrada.actividades.forEach((actividad, i) => filaActividad(hoja, actividad, i, entrada, corte));
  filasTotal(hoja, entrada);
  return hoja;
}

function encabezados(hoja: Worksheet, anio: number): void {
  const { primera: f1, segunda: f2 } = FILAS_ENCABEZADO_CRONOGRAMA;
  const verticales: [number, string][] = [
    [C.numero, 'N°'], [C.actividad, 'Actividad'], [C.responsable, 'Responsable'], [C.unidad, 'Unidad de medida'],
    [C.metaAnual, 'Meta Anual'], [C.concepto, 'Concepto'],
  ];
  for (const [col, texto] of verticales) encabezadoCombinado(hoja, f1, col, f2, col, texto);
  encabezadoCombinado(hoja, f1, C.programadaN, f1, C.alcanzadaPct, String(anio));
  const metas: [number, string][] = [
    [C.programadaN, 'Meta Programada N°'], [C.programadaPct, '%'], [C.alcanzadaN, 'Meta Alcanzada N°'], [C.alcanzadaPct, '%'],
  ];
  for (const [col, texto] of metas) encabezadoCombinado(hoja, f2, col, f2, col, texto);
  encabezadoCombinado(hoja, f1, columnaMes(1), f1, columnaMes(12), `${anio} cronograma programado`);
  NOMBRES_MES.forEach((mes, i) => encabezadoCombinado(hoja, f2, columnaMes(i + 1), f2, columnaMes(i + 1), mes));
  encabezadoCombinado(hoja, f1, C.inicio, f1, C.fin, 'Fecha de inicio y fin');
  encabezadoCombinado(hoja, f2, C.inicio, f2, C.inicio, 'Inicio');
  encabezadoCombinado(hoja, f2, C.fin, f2, C.fin, 'Fin');
  hoja.getRow(f1).height = 20;
  hoja.getRow(f2).height = 40;
}

function filaActividad(hoja: Worksheet, a: ActividadLibro, indice: number, entrada: LibroPoaEntrada, corte: number): void {
  const filas = filasActividadCronograma(indice);
  const { marcas, programado, logrado } = filas;
  enmarcar(hoja, marcas, C.numero, logrado, C.fin);
  const enCurso = entrada.anio === entrada.generado.getFullYear() ? corte : 0;

  // The cronograma's own summaries of the row: the year (Meta Programada and Alcanzada N°) and each month.
  const { programado: totalProgramado, logrado: totalLogrado } = resumirPeriodo(a.programado, a.logrado, ANUAL, entrada.umbrales);
  const meses = resumenesPorTipo(a, 'mes', entrada.umbrales);
  const meta = celda(C.metaAnual, marcas);
  const combinada = (col: number, valor: CellValue, formato?: string, alinear = ALINEAR_CENTRO) => {
    hoja.mergeCells(marcas, col, logrado, col);
    const c = hoja.getCell(marcas, col);
    c.value = valor;
    c.alignment = alinear;
    c.font = FUENTE_NORMAL;
    if (formato) c.numFmt = formato;
    return c;
  };

  combinada(C.numero, a.numero, FORMATO.entero);
  combinada(C.actividad, a.nombre, undefined, ALINEAR_TEXTO);
  combinada(C.responsable, a.responsable, undefined, ALINEAR_TEXTO);
  combinada(C.unidad, a.unidadMedida);
  const celdaMeta = combinada(C.metaAnual, a.metaAnual, FORMATO.entero);
  if (a.inicial.metaAnual !== a.metaAnual) marcarReconducida(celdaMeta, a.inicial.metaAnual, a.metaAnual);
  const primerMes = (fila: number) => celda(columnaMes(1), fila);
  const ultimoMes = (fila: number) => celda(columnaMes(12), fila);
  combinada(C.programadaN, formula(`SUM(${primerMes(programado)}:${ultimoMes(programado)})`, totalProgramado), FORMATO.entero);
  const pctProgramado = indiceEficiencia(totalProgramado, a.metaAnual);
  const celdaPct = combinada(
    C.programadaPct,
    formula(formulaIndice(celda(C.programadaN, marcas), meta), valorIndice(pctProgramado)),
    FORMATO.indice,
  );
  if (pctProgramado !== 100) {
    // The domain asks the POA to show, not hide, a monthly plan that does not add up to the annual goal.
    pintarSemaforo(celdaPct, 'rojo');
    celdaPct.note = `La suma de la meta programada por mes (${totalProgramado}) no coincide con la Meta Anual (${a.metaAnual}).`;
  }
  combinada(C.alcanzadaN, formula(`SUM(${primerMes(logrado)}:${ultimoMes(logrado)})`, totalLogrado), FORMATO.entero);
  combinada(
    C.alcanzadaPct,
    formula(formulaIndice(celda(C.alcanzadaN, marcas), meta), valorIndice(indiceEficiencia(totalLogrado, a.metaAnual))),
    FORMATO.indice,
  );
  combinada(C.inicio, fechaOFrecuencia(a.fechaInicio, a), FORMATO.fecha);
  combinada(C.fin, fechaOFrecuencia(a.fechaFin, a), FORMATO.fecha);

  const conceptos: [number, string][] = [[marcas, 'Calendario'], [programado, 'Programado'], [logrado, 'Logrado']];
  for (const [fila, texto] of conceptos) {
    const c = hoja.getCell(fila, C.concepto);
    c.value = texto;
    c.font = FUENTE_NEGRITA;
    c.fill = RELLENO_ETIQUETA;
    c.alignment = { vertical: 'middle' };
  }
  for (let m = 1; m <= 12; m++) {
    const col = columnaMes(m);
    const x = hoja.getCell(marcas, col);
    x.value = a.meses[m - 1] ? 'X' : null;
    x.alignment = ALINEAR_CENTRO;
    x.font = FUENTE_NEGRITA;
    const p = hoja.getCell(programado, col);
    p.value = a.programado[m - 1] ?? 0;
    p.numFmt = FORMATO.entero;
    p.alignment = ALINEAR_CENTRO;
    p.font = FUENTE_NORMAL;
    const inicial = a.inicial.programado[m - 1] ?? 0;
    if (inicial !== (a.programado[m - 1] ?? 0)) marcarReconducida(p, inicial, a.programado[m - 1] ?? 0);
    const l = hoja.getCell(logrado, col);
    l.value = a.logrado[m - 1] ?? 0;
    l.numFmt = FORMATO.entero;
    l.alignment = ALINEAR_CENTRO;
    l.font = FUENTE_NORMAL;
    if (m === enCurso && (a.programado[m - 1] ?? 0) > 0) {
      l.fill = relleno(COLOR_EN_CURSO.fondo);
      l.font = { ...FUENTE_NORMAL, color: { argb: COLOR_EN_CURSO.texto } };
      l.note = textoEnCurso(a.logrado[m - 1] ?? 0, a.programado[m - 1] ?? 0, metaALaFecha(a.programado, entrada.anio, { tipo: 'mes', numero: m }, hoyLocal(entrada.generado)));
    } else if (m <= corte) pintarSemaforo(l, meses[m - 1].semaforo);
  }
  // The month in progress is not judged: the semáforo's rules stop at the last month that ended.
  const juzgados = enCurso ? enCurso - 1 : corte;
  if (juzgados > 0) {
    // The achieved month recolours itself when a figure is edited in Excel; errors (0 programmed) match no rule.
    const p = celda(columnaMes(1), programado);
    const l = celda(columnaMes(1), logrado);
    reglasSemaforo(hoja, `${l}:${celda(columnaMes(juzgados), logrado)}`, `${p}>0`, `${l}*100/${p}`, entrada.umbrales);
  }
  hoja.getRow(marcas).height = 20;
  hoja.getRow(programado).height = 20;
  hoja.getRow(logrado).height = 20;
}

/** The seed writes the frequency ('BIMESTRAL') where an activity has no fixed start and end date. */
function fechaOFrecuencia(iso: string | null, a: ActividadLibro): Date | string {
  const fecha = iso ? fechaExcel(iso) : null;
  return fecha ?? a.frecuencia.toUpperCase();
}

function filasTotal(hoja: Worksheet, entrada: LibroPoaEntrada): void {
  const n = entrada.actividades.length;
  const { programado, logrado } = filasTotalCronograma(n);
  enmarcar(hoja, programado, C.numero, logrado, C.fin);
  const desde = filasActividadCronograma(0).marcas;
  const hasta = desde + n * 3 - 1;
  const suma = (col: number, valor: number) =>
    n === 0 ? 0 : formula(`SUM(${celda(col, desde)}:${celda(col, hasta)})`, valor);
  const metaTotal = sumar(entrada.actividades.map((a) => a.metaAnual));
  const total = serieTotal(entrada.actividades);
  const { programado: programadoTotal, logrado: logradoTotal } = resumirPeriodo(total.programado, total.logrado, ANUAL, entrada.umbrales);

  const combinada = (col1: number, col2: number, valor: CellValue, formato?: string) => {
    hoja.mergeCells(programado, col1, logrado, col2);
    const c = hoja.getCell(programado, col1);
    c.value = valor;
    c.font = FUENTE_NEGRITA;
    c.fill = RELLENO_TOTAL;
    c.alignment = ALINEAR_CENTRO;
    if (formato) c.numFmt = formato;
  };
  combinada(C.numero, C.unidad, 'TOTAL');
  combinada(C.metaAnual, C.metaAnual, suma(C.metaAnual, metaTotal), FORMATO.entero);
  combinada(C.programadaN, C.programadaN, suma(C.programadaN, programadoTotal), FORMATO.entero);
  const meta = celda(C.metaAnual, programado);
  combinada(
    C.programadaPct,
    C.programadaPct,
    formula(formulaIndice(celda(C.programadaN, programado), meta), valorIndice(indiceEficiencia(programadoTotal, metaTotal))),
    FORMATO.indice,
  );
  combinada(C.alcanzadaN, C.alcanzadaN, suma(C.alcanzadaN, logradoTotal), FORMATO.entero);
  combinada(
    C.alcanzadaPct,
    C.alcanzadaPct,
    formula(formulaIndice(celda(C.alcanzadaN, programado), meta), valorIndice(indiceEficiencia(logradoTotal, metaTotal))),
    FORMATO.indice,
  );
  combinada(C.inicio, C.fin, null);

  const concepto = `${absoluta(C.concepto, desde)}:${absoluta(C.concepto, hasta)}`;
  const filas: [number, 'Programado' | 'Logrado', number[]][] = [
    [programado, 'Programado', total.programado],
    [logrado, 'Logrado', total.logrado],
  ];
  for (const [fila, texto, serie] of filas) {
    const etiqueta = hoja.getCell(fila, C.concepto);
    etiqueta.value = texto;
    etiqueta.font = FUENTE_NEGRITA;
    etiqueta.fill = RELLENO_TOTAL;
    for (let m = 1; m <= 12; m++) {
      const col = columnaMes(m);
      const valor = serie[m - 1];
      const c = hoja.getCell(fila, col);
      const meses = `${columna(col)}$${desde}:${columna(col)}$${hasta}`;
      c.value = n === 0 ? 0 : formula(`SUMIF(${concepto},"${texto}",${meses})`, valor);
      c.numFmt = FORMATO.entero;
      c.font = FUENTE_NEGRITA;
      c.fill = RELLENO_TOTAL;
      c.alignment = ALINEAR_CENTRO;
      c.border = BORDE;
    }
    hoja.getRow(fila).height = 20;
  }
}
