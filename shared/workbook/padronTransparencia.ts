import ExcelJS from 'exceljs';
import { formatearFechaHora } from '../domain/formato';
import { COLUMNAS_TRANSPARENCIA, type FilaTransparencia } from '../domain/padronTransparencia';
import { FORMATO, FUENTE_NORMAL, FUENTE_SUBTITULO, FUENTE_TITULO } from './estilos';
import { fechaExcel } from './fechas';
import { encabezadoFijo, filaDeLista, filtroEnEncabezado, libroDeUnaHoja } from './hojaPlana';
import { bytesDeLibro } from './libro';

export const HOJA_TRANSPARENCIA = 'Padrón de beneficiarios';

export interface PadronTransparenciaEntrada {
  filas: readonly FilaTransparencia[];
  /** The programa chosen, or «Todos los apoyos entregados». */
  programa: string;
  /** The period in words (describirPeriodo). */
  periodo: string;
  municipio: string;
  /** Who exports and when: the sheet says it. */
  usuario: string;
  generado: Date;
}

/**
 * The padrón for the transparency portal: a title, who exported it and when, the programa and period, and one row
 * per apoyo delivered under the law's public columns, with Spanish headings, the delivery as an Excel date and the
 * amount in pesos. Every text goes in as a text cell in a text-formatted column, so a name that starts with «=» is never
 * read as a formula.
 */
export function crearLibroTransparencia(entrada: PadronTransparenciaEntrada): ExcelJS.Workbook {
  const { usuario, municipio, generado } = entrada;
  const { libro, hoja } = libroDeUnaHoja(
    { titulo: 'Padrón de beneficiarios (transparencia)', hoja: HOJA_TRANSPARENCIA, usuario, municipio, generado },
    COLUMNAS_TRANSPARENCIA.map((c) => c.ancho),
  );

  hoja.addRow([`Padrón de beneficiarios de programas sociales${municipio ? ` · ${municipio}` : ''}`]).font = FUENTE_TITULO;
  hoja.addRow([`Programa: ${entrada.programa}`]).font = FUENTE_SUBTITULO;
  hoja.addRow([`Periodo de entrega: ${entrada.periodo}`]).font = FUENTE_NORMAL;
  const cuantos = entrada.filas.length === 1 ? '1 beneficiario' : `${entrada.filas.length.toLocaleString('es-MX')} beneficiarios`;
  hoja.addRow([`Exportado el ${formatearFechaHora(generado.toISOString())} por ${usuario}: ${cuantos}`]).font = FUENTE_NORMAL;
  hoja.addRow(['Versión pública: sin CURP, domicilio, teléfono ni correo electrónico.']).font = { ...FUENTE_NORMAL, italic: true };
  hoja.addRow([]);

  const filaEncabezado = encabezadoFijo(
    hoja,
    COLUMNAS_TRANSPARENCIA.map((c) => c.titulo),
  );

  for (const f of entrada.filas) {
    const fila = filaDeLista(
      hoja,
      COLUMNAS_TRANSPARENCIA.map((c) => valorCelda(f, c.campo)),
    );
    COLUMNAS_TRANSPARENCIA.forEach((c, i) => {
      const celda = fila.getCell(i + 1);
      if (c.tipo === 'fecha') celda.numFmt = FORMATO.fecha;
      else if (c.tipo === 'monto' && typeof f.monto === 'number') celda.numFmt = FORMATO.moneda;
      else if (c.tipo === 'numero') celda.numFmt = '0';
      else celda.numFmt = '@';
    });
  }
  if (entrada.filas.length === 0) hoja.addRow(['No hay apoyos entregados en este programa y periodo.']).font = { ...FUENTE_NORMAL, italic: true };
  filtroEnEncabezado(hoja, filaEncabezado, COLUMNAS_TRANSPARENCIA.length);
  return libro;
}

function valorCelda(f: FilaTransparencia, campo: (typeof COLUMNAS_TRANSPARENCIA)[number]['campo']): ExcelJS.CellValue {
  switch (campo) {
    case 'fechaEntrega':
      return fechaExcel(f.fechaEntrega) ?? f.fechaEntrega;
    case 'edad':
      return f.edad;
    case 'monto':
      return f.monto;
    default:
      // A string is written as a text cell (never as a formula), and the column's format is text: «=…» stays as typed.
      return f[campo];
  }
}

/** The sheet's .xlsx bytes, for the bridge's save dialog. */
export function construirLibroTransparencia(entrada: PadronTransparenciaEntrada): Promise<Uint8Array> {
  return bytesDeLibro(crearLibroTransparencia(entrada));
}
