import ExcelJS from 'exceljs';
import { ALINEAR_TEXTO, BORDE, FUENTE_ENCABEZADO, FUENTE_NORMAL, RELLENO_ENCABEZADO } from './estilos';

/**
 * A workbook of one flat list, as the bitácora and the transparency padrón are exported: who made it and when in its
 * properties, one landscape sheet one page wide, and its columns' widths in characters.
 */
export function libroDeUnaHoja(
  datos: { titulo: string; hoja: string; usuario: string; municipio: string; generado: Date },
  anchos: readonly number[],
): { libro: ExcelJS.Workbook; hoja: ExcelJS.Worksheet } {
  const libro = new ExcelJS.Workbook();
  libro.creator = datos.usuario;
  libro.title = datos.titulo;
  libro.company = datos.municipio;
  libro.created = datos.generado;
  libro.modified = datos.generado;
  const hoja = libro.addWorksheet(datos.hoja, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  anchos.forEach((a, i) => (hoja.getColumn(i + 1).width = a));
  return { libro, hoja };
}

/** The list's Spanish headings, styled and frozen with the rows above them; returns the heading's row number. */
export function encabezadoFijo(hoja: ExcelJS.Worksheet, titulos: readonly string[]): number {
  const encabezado = hoja.addRow([...titulos]);
  encabezado.eachCell((c) => {
    c.font = FUENTE_ENCABEZADO;
    c.fill = RELLENO_ENCABEZADO;
    c.border = BORDE;
    c.alignment = { ...ALINEAR_TEXTO, vertical: 'middle' };
  });
  hoja.views = [{ state: 'frozen', ySplit: encabezado.number }];
  return encabezado.number;
}

/** A row of the list: bordered, wrapped text at the top of the cell. */
export function filaDeLista(hoja: ExcelJS.Worksheet, valores: ExcelJS.CellValue[]): ExcelJS.Row {
  const fila = hoja.addRow(valores);
  fila.eachCell({ includeEmpty: true }, (c) => {
    c.font = FUENTE_NORMAL;
    c.border = BORDE;
    c.alignment = ALINEAR_TEXTO;
  });
  return fila;
}

/** The heading's filter buttons over the list's columns. */
export function filtroEnEncabezado(hoja: ExcelJS.Worksheet, filaEncabezado: number, columnas: number): void {
  hoja.autoFilter = { from: { row: filaEncabezado, column: 1 }, to: { row: filaEncabezado, column: columnas } };
}
