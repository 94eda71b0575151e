import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { resumenesDeSerie, serieTotal, type ResumenesSerie, type ResumenPeriodo, type SerieCronograma } from '../domain/cronograma';
import { ETIQUETA_SEMAFORO, type ColorSemaforo } from '../domain/eficiencia';
import { NOMBRES_MES } from '../domain/periodos';
import { HOJA_CRONOGRAMA, columnaMes, filasActividadCronograma } from './disposicion';
import { ALINEAR_CENTRO, ALINEAR_TEXTO, BORDE, FORMATO, FUENTE_NEGRITA, FUENTE_NORMAL, RELLENO_ETIQUETA, RELLENO_TOTAL } from './estilos';
import {
  celda,
  cifra,
  encabezadoCombinado,
  enmarcar,
  formula,
  formulaIndice,
  nuevaHoja,
  pintarSemaforo,
  refHoja,
  reglasSemaforo,
  titulos,
  valorIndice,
} from './hoja';
import type { LibroPoaEntrada } from './tipos';

export const HOJA_INDICADOR = 'Indicador';

/** Rows of the period table: the 12 months, then year to date and year. */
export const FILAS_INDICADOR = { encabezado: 15, subencabezado: 16, primerMes: 17, acumulado: 29, anual: 30 } as const;

/** Column of the "Programadas" figure of group g (activities in order, then the POA total); Logradas and Índice follow. */
export function columnaGrupoIndicador(grupo: number): number {
  return 2 + grupo * 3;
}

interface Serie {
  titulo: string;
  /** The cronograma's summaries of the row: each month, the year to date and the year. */
  resumenes: ResumenesSerie;
}

/**
 * The seed's "Indicador De Medida" box, then the Índice de Eficiencia of every activity and of the POA for each
 * month, the year to date and the year, as live formulas that carry their value and the semáforo colour.
 */
export function hojaIndicador(libro: Workbook, entrada: LibroPoaEntrada, corte: number): Worksheet {
  const F = FILAS_INDICADOR;
  const hoja = nuevaHoja(libro, HOJA_INDICADOR, entrada, {
    filasTitulo: `${F.encabezado}:${F.subencabezado}`,
    congelar: { filas: F.subencabezado, columnas: 1 },
  });
  const n = entrada.actividades.length;
  const ultima = columnaGrupoIndicador(n) + 2;
  const ultimaCaja = Math.max(ultima, 7);
  hoja.getColumn(1).width = 24;
  for (let c = 2; c <= ultimaCaja; c++) hoja.getColumn(c).width = 11.5;

  titulos(hoja, entrada, ultimaCaja, 'Indicador De Medida');
  cajaIndicador(hoja, ultimaCaja);
  leyenda(hoja, entrada, corte, ultimaCaja);

  const resumir = (serie: SerieCronograma) => resumenesDeSerie(serie, corte, entrada.umbrales);
  const series: Serie[] = [
    ...entrada.actividades.map((a) => ({ titulo: `${a.numero}. ${a.nombre}`, resumenes: resumir(a) })),
    { titulo: 'TOTAL POA', resumenes: resumir(serieTotal(entrada.actividades)) },
  ];

  encabezadoCombinado(hoja, F.encabezado, 1, F.subencabezado, 1, 'Periodo');
  series.forEach((serie, g) => {
    const col = columnaGrupoIndicador(g);
    encabezadoCombinado(hoja, F.encabezado, col, F.encabezado, col + 2, serie.titulo);
    encabezadoCombinado(hoja, F.subencabezado, col, F.subencabezado, col, 'Programadas');
    encabezadoCombinado(hoja, F.subencabezado, col + 1, F.subencabezado, col + 1, 'Logradas');
    encabezadoCombinado(hoja, F.subencabezado, col + 2, F.subencabezado, col + 2, 'Índice');
  });
  hoja.getRow(F.encabezado).height = 44;
  hoja.getRow(F.subencabezado).height = 18;

  enmarcar(hoja, F.primerMes, 1, F.anual, ultima);
  for (let m = 1; m <= 12; m++) {
    etiqueta(hoja.getCell(F.primerMes + m - 1, 1), NOMBRES_MES[m - 1], false);
  }
  etiqueta(
    hoja.getCell(F.acumulado, 1),
    corte > 0 ? `Acumulado enero–${NOMBRES_MES[corte - 1]}` : 'Acumulado (el año no inicia)',
    true,
  );
  etiqueta(hoja.getCell(F.anual, 1), `Anual ${entrada.anio}`, true);

  series.forEach((serie, g) => {
    const esTotal = g === n;
    const col = columnaGrupoIndicador(g);
    const filasCronograma = esTotal ? null : filasActividadCronograma(g);
    const { meses, acumulado, anual } = serie.resumenes;
    for (let m = 1; m <= 12; m++) {
      const fila = F.primerMes + m - 1;
      const mes = meses[m - 1];
      const origen = (filaCronograma: number) => refHoja(HOJA_CRONOGRAMA, celda(columnaMes(m), filaCronograma));
      const sumaFila = (desplazamiento: number) =>
        Array.from({ length: n }, (_, a) => celda(columnaGrupoIndicador(a) + desplazamiento, fila)).join('+');
      const p = mes.programado;
      const l = mes.logrado;
      cifra(hoja.getCell(fila, col), filasCronograma ? formula(origen(filasCronograma.programado), p) : n ? formula(sumaFila(0), p) : 0, false);
      cifra(hoja.getCell(fila, col + 1), filasCronograma ? formula(origen(filasCronograma.logrado), l) : n ? formula(sumaFila(1), l) : 0, false);
      indice(hoja.getCell(fila, col + 2), col, fila, mes, m <= corte, false);
    }
    const suma = (desde: number, hasta: number, valor: number, desplazamiento: number): CellValue =>
      hasta < desde ? 0 : formula(`SUM(${celda(col + desplazamiento, desde)}:${celda(col + desplazamiento, hasta)})`, valor);
    const hastaCorte = F.primerMes + corte - 1;
    cifra(hoja.getCell(F.acumulado, col), suma(F.primerMes, hastaCorte, acumulado.programado, 0), true);
    cifra(hoja.getCell(F.acumulado, col + 1), suma(F.primerMes, hastaCorte, acumulado.logrado, 1), true);
    indice(hoja.getCell(F.acumulado, col + 2), col, F.acumulado, acumulado, corte > 0, true);
    const ultimoMes = F.primerMes + 11;
    cifra(hoja.getCell(F.anual, col), suma(F.primerMes, ultimoMes, anual.programado, 0), true);
    cifra(hoja.getCell(F.anual, col + 1), suma(F.primerMes, ultimoMes, anual.logrado, 1), true);
    // The year's index is judged once the year is over; before that it is only shown.
    indice(hoja.getCell(F.anual, col + 2), col, F.anual, anual, corte === 12, true);

    const colIndice = col + 2;
    const regla = (desde: number, hasta: number) => {
      const primera = celda(colIndice, desde);
      reglasSemaforo(hoja, `${primera}:${celda(colIndice, hasta)}`, `ISNUMBER(${primera})`, primera, entrada.umbrales);
    };
    if (corte > 0) {
      regla(F.primerMes, hastaCorte);
      regla(F.acumulado, corte === 12 ? F.anual : F.acumulado);
    }
  });
  for (let fila = F.primerMes; fila <= F.anual; fila++) hoja.getRow(fila).height = 18;
  return hoja;
}

function etiqueta(c: Cell, texto: string, resaltada: boolean): void {
  c.value = texto;
  c.font = resaltada ? FUENTE_NEGRITA : FUENTE_NORMAL;
  c.fill = resaltada ? RELLENO_TOTAL : RELLENO_ETIQUETA;
  c.alignment = { vertical: 'middle' };
}


/** A period's index as a live formula over its two figures, carrying the summary's index and, once judged, its semáforo. */
function indice(c: Cell, colProgramadas: number, fila: number, resumen: ResumenPeriodo, conSemaforo: boolean, resaltada: boolean): void {
  c.value = formula(formulaIndice(celda(colProgramadas + 1, fila), celda(colProgramadas, fila)), valorIndice(resumen.indice));
  c.numFmt = FORMATO.indice;
  c.alignment = ALINEAR_CENTRO;
  c.font = resaltada ? FUENTE_NEGRITA : FUENTE_NORMAL;
  if (conSemaforo) pintarSemaforo(c, resumen.semaforo);
  else if (resaltada) c.fill = RELLENO_TOTAL;
}

function cajaIndicador(hoja: Worksheet, ultima: number): void {
  const k = Math.max(2, Math.floor((ultima - 2) / 3));
  const tramos: [number, number, string, string][] = [
    [1, 2, 'Nombre', 'Indice de Eficiencia'],
    [3, 2 + k, 'Variables', '1. Actividades Logradas\n2. Actividades Programadas'],
    [3 + k, ultima, 'Formula', 'Indice de Eficiencia = Actividades Logradas / Actividades Programadas × 100'],
  ];
  for (const [desde, hasta, titulo, valor] of tramos) {
    encabezadoCombinado(hoja, 5, desde, 5, hasta, titulo);
    enmarcar(hoja, 6, desde, 6, hasta);
    hoja.mergeCells(6, desde, 6, hasta);
    const c = hoja.getCell(6, desde);
    c.value = valor;
    c.font = FUENTE_NORMAL;
    c.alignment = { ...ALINEAR_TEXTO, vertical: 'middle' };
  }
  hoja.getRow(6).height = 34;
}

function leyenda(hoja: Worksheet, entrada: LibroPoaEntrada, corte: number, ultima: number): void {
  const { verde, ambar } = entrada.umbrales;
  const filas: [ColorSemaforo, string][] = [
    ['verde', `Índice ≥ ${verde} %`],
    ['ambar', `${ambar} % ≤ Índice < ${verde} %`],
    ['rojo', `Índice < ${ambar} %`],
    ['no-aplica', 'Sin actividades programadas en el periodo'],
  ];
  const titulo = hoja.getCell(8, 1);
  titulo.value = 'Semáforo';
  titulo.font = FUENTE_NEGRITA;
  filas.forEach(([color, texto], i) => {
    const fila = 9 + i;
    const c = hoja.getCell(fila, 1);
    c.value = ETIQUETA_SEMAFORO[color];
    c.font = FUENTE_NEGRITA;
    c.border = BORDE;
    c.alignment = { horizontal: 'center' };
    pintarSemaforo(c, color);
    hoja.mergeCells(fila, 2, fila, 4);
    const d = hoja.getCell(fila, 2);
    d.value = texto;
    d.font = FUENTE_NORMAL;
  });
  const nota = hoja.getCell(13, 1);
  hoja.mergeCells(13, 1, 13, ultima);
  nota.value =
    corte === 0
      ? `El año ${entrada.anio} aún no inicia: no hay meses transcurridos.`
      : corte === 12
        ? `Acumulado: enero a diciembre de ${entrada.anio} (año completo).`
        : `Acumulado: enero a ${NOMBRES_MES[corte - 1]} de ${entrada.anio}. Los meses que aún no transcurren no llevan semáforo.`;
  nota.font = { ...FUENTE_NORMAL, italic: true };
}
