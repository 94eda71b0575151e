import type { Cell, CellFormulaValue, CellValue, Workbook, Worksheet } from 'exceljs';
import type { ColorSemaforo } from '../domain/eficiencia';
import { ETIQUETA_ESTADO_POA } from '../schemas/poa';
import {
  ALINEAR_CENTRO,
  BORDE,
  COLOR_SEMAFORO,
  FORMATO,
  FUENTE_ENCABEZADO,
  FUENTE_NEGRITA,
  FUENTE_NORMAL,
  FUENTE_SUBTITULO,
  FUENTE_TITULO,
  RELLENO_ENCABEZADO,
  RELLENO_RECONDUCIDA,
  RELLENO_TOTAL,
  relleno,
} from './estilos';
import type { LibroPoaEntrada } from './tipos';

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columna(n: number): string {
  let letras = '';
  let resto = n;
  while (resto > 0) {
    const r = (resto - 1) % 26;
    letras = String.fromCharCode(65 + r) + letras;
    resto = Math.floor((resto - 1) / 26);
  }
  return letras;
}

export function celda(col: number, fila: number): string {
  return `${columna(col)}${fila}`;
}

/** Absolute reference ($J$7), for ranges a formula keeps when copied. */
export function absoluta(col: number, fila: number): string {
  return `$${columna(col)}$${fila}`;
}

/** A reference to a cell of another sheet, always quoted so names with spaces or accents work in Excel and LibreOffice. */
export function refHoja(hoja: string, direccion: string): string {
  return `'${hoja.replace(/'/g, "''")}'!${direccion}`;
}

/** A live formula that carries its computed value, so viewers that do not recalculate still show the figure. */
export function formula(expresion: string, resultado: number | string): CellFormulaValue {
  return { formula: expresion, result: resultado, date1904: false };
}

/**
 * Excel's guarded efficiency formula; "No aplica" when nothing is programmed, as the domain says. It multiplies
 * before dividing, in the same order as indiceEficiencia, so Excel's figure equals the app's to the last digit.
 */
export function formulaIndice(logradas: string, programadas: string): string {
  return `IF(${programadas}=0,"No aplica",${logradas}*100/${programadas})`;
}

export function valorIndice(indice: number | null): number | string {
  return indice === null ? 'No aplica' : indice;
}

/** '&' starts a code in Excel headers and footers; a literal one is written twice. */
function escaparEncabezado(texto: string): string {
  return texto.replace(/&/g, '&&');
}

export interface OpcionesHoja {
  /** Header rows repeated on every printed page, e.g. '5:6'. */
  filasTitulo?: string;
  /** Frozen rows and columns (rows above and columns left of the first scrolling cell). */
  congelar?: { filas: number; columnas: number };
}

/** A sheet ready for Carta landscape, one page wide, with the municipality in the header and "página n de m". */
export function nuevaHoja(libro: Workbook, nombre: string, entrada: LibroPoaEntrada, opciones: OpcionesHoja): Worksheet {
  const { congelar } = opciones;
  const encabezadoIzq = entrada.municipio || entrada.encabezado.direccion;
  const hoja = libro.addWorksheet(nombre, {
    pageSetup: {
      paperSize: 1 as Worksheet['pageSetup']['paperSize'],
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(opciones.filasTitulo ? { printTitlesRow: opciones.filasTitulo } : {}),
    },
    headerFooter: {
      // The state on every page: a borrador's pages must not pass for an authorized POA.
      oddHeader: `&L&"Calibri,Bold"&10${escaparEncabezado(encabezadoIzq)}&R&10${escaparEncabezado(
        `POA (PLAN OPERATIVO ANUAL) ${entrada.anio} · ${ETIQUETA_ESTADO_POA[entrada.estado.clave]}`,
      )}`,
      oddFooter: `&L&8${escaparEncabezado(`${entrada.encabezado.area} · ${nombre}`)}&C&8Generado el ${fechaTexto(
        entrada.generado,
      )}&R&8Página &P de &N`,
    },
    views: congelar
      ? [{ state: 'frozen', xSplit: congelar.columnas, ySplit: congelar.filas, topLeftCell: celda(congelar.columnas + 1, congelar.filas + 1) }]
      : [{ state: 'normal' }],
  });
  return hoja;
}

function fechaTexto(fecha: Date): string {
  const dd = String(fecha.getDate()).padStart(2, '0');
  const mm = String(fecha.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${fecha.getFullYear()}`;
}

/** The municipality, the POA's name and the sheet's own title, each merged across the printed width. */
export function titulos(hoja: Worksheet, entrada: LibroPoaEntrada, ultimaColumna: number, subtitulo?: string): number {
  const lineas: [string, typeof FUENTE_TITULO][] = [
    [entrada.municipio || entrada.encabezado.direccion, FUENTE_TITULO],
    [`POA (PLAN OPERATIVO ANUAL) ${entrada.anio}`, FUENTE_TITULO],
  ];
  if (subtitulo) lineas.push([subtitulo, FUENTE_SUBTITULO]);
  lineas.forEach(([texto, fuente], i) => {
    const fila = i + 1;
    hoja.mergeCells(fila, 1, fila, ultimaColumna);
    const c = hoja.getCell(fila, 1);
    c.value = texto;
    c.font = fuente;
    c.alignment = { horizontal: 'center', vertical: 'middle' };
    hoja.getRow(fila).height = 22;
  });
  return lineas.length;
}

export function encabezadoTabla(c: Cell, texto: string): void {
  c.value = texto;
  c.font = FUENTE_ENCABEZADO;
  c.fill = RELLENO_ENCABEZADO;
  c.alignment = ALINEAR_CENTRO;
  c.border = BORDE;
}

/** Header cell spanning a block; every cell of the block gets the border so merged areas print framed. */
export function encabezadoCombinado(hoja: Worksheet, fila1: number, col1: number, fila2: number, col2: number, texto: string): void {
  enmarcar(hoja, fila1, col1, fila2, col2);
  if (fila1 !== fila2 || col1 !== col2) hoja.mergeCells(fila1, col1, fila2, col2);
  encabezadoTabla(hoja.getCell(fila1, col1), texto);
}

export function enmarcar(hoja: Worksheet, fila1: number, col1: number, fila2: number, col2: number): void {
  for (let f = fila1; f <= fila2; f++) {
    for (let c = col1; c <= col2; c++) hoja.getCell(f, c).border = BORDE;
  }
}

/** A whole number centred in its cell; a total's in bold on the total's grey. */
export function cifra(c: Cell, valor: CellValue, total: boolean): void {
  c.value = valor;
  c.numFmt = FORMATO.entero;
  c.alignment = ALINEAR_CENTRO;
  c.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
  if (total) c.fill = RELLENO_TOTAL;
}

/**
 * A goal a reconducción changed: the light orange fill, and a note with the goal as authorized, so the change is
 * seen on the sheet and explained where it is.
 */
export function marcarReconducida(c: Cell, inicial: number, modificada: number): void {
  c.fill = RELLENO_RECONDUCIDA;
  c.font = { ...(c.font ?? {}), bold: true };
  c.note = `Meta inicial: ${inicial}. Meta modificada por reconducción: ${modificada} (detalle en la hoja Reconducciones).`;
}

/** Semáforo colour of an index cell: fill and font, as Excel's good / neutral / bad styles. */
export function pintarSemaforo(c: Cell, color: ColorSemaforo): void {
  const { fondo, texto } = COLOR_SEMAFORO[color];
  c.fill = relleno(fondo);
  c.font = { ...(c.font ?? {}), color: { argb: texto } };
}

/**
 * The semáforo as conditional formatting too, so a figure edited in Excel recolours itself. `aplica` guards each
 * rule (ISNUMBER, since Excel ranks any text above every number and "No aplica" must never turn green); `indice`
 * is the index as seen from the range's first cell.
 */
export function reglasSemaforo(
  hoja: Worksheet,
  rango: string,
  aplica: string,
  indice: string,
  umbrales: LibroPoaEntrada['umbrales'],
): void {
  const dxf = (color: ColorSemaforo) => ({
    fill: relleno(COLOR_SEMAFORO[color].fondo),
    font: { color: { argb: COLOR_SEMAFORO[color].texto } },
  });
  const { verde, ambar } = umbrales;
  hoja.addConditionalFormatting({
    ref: rango,
    rules: [
      { type: 'expression', priority: 1, formulae: [`AND(${aplica},${indice}>=${verde})`], style: dxf('verde') },
      { type: 'expression', priority: 2, formulae: [`AND(${aplica},${indice}>=${ambar},${indice}<${verde})`], style: dxf('ambar') },
      { type: 'expression', priority: 3, formulae: [`AND(${aplica},${indice}<${ambar})`], style: dxf('rojo') },
    ],
  });
}
