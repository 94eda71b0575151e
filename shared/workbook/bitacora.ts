import ExcelJS from 'exceljs';
import { textoCambios } from '../domain/cambiosBitacora';
import { fechaIsoLocal, formatearFechaHora } from '../domain/formato';
import { etiquetaAccionBitacora, etiquetaEntidadBitacora, type EntradaBitacora } from '../schemas/sistema';
import { FUENTE_NORMAL, FUENTE_SUBTITULO, FUENTE_TITULO } from './estilos';
import { fechaExcel } from './fechas';
import { encabezadoFijo, filaDeLista, filtroEnEncabezado, libroDeUnaHoja } from './hojaPlana';
import { bytesDeLibro } from './libro';

export const HOJA_BITACORA = 'Bitácora';

export interface BitacoraLibroEntrada {
  /** The entries the screen's filters matched, in the order shown (newest first). */
  entradas: readonly (EntradaBitacora & { secuencia?: number })[];
  /** The filters in words (describirFiltrosBitacora). */
  filtros: readonly string[];
  municipio: string;
  /** Who exports and when: the sheet says it. */
  usuario: string;
  generado: Date;
}

/** The sheet's columns: heading, width in characters. */
export const COLUMNAS_BITACORA = [
  { titulo: 'Fecha y hora', ancho: 17 },
  { titulo: 'Cuenta', ancho: 24 },
  { titulo: 'Estación', ancho: 9 },
  { titulo: 'Nº en la cadena', ancho: 10 },
  { titulo: 'Acción', ancho: 22 },
  { titulo: 'Tipo de registro', ancho: 20 },
  { titulo: 'Descripción', ancho: 70 },
  { titulo: 'Cambios', ancho: 60 },
] as const;

/** 'Bitacora-2026-12-02.xlsx'. */
export function nombreArchivoBitacora(generado: Date): string {
  return `Bitacora-${fechaIsoLocal(generado)}.xlsx`;
}

/**
 * The bitácora as the screen filtered it, one row per entry: a title, who exported it and when, the filters
 * applied, and the entries under Spanish headings, their date and time as Excel dates and their changes in words.
 */
export function crearLibroBitacora(entrada: BitacoraLibroEntrada): ExcelJS.Workbook {
  const { libro, hoja } = libroDeUnaHoja(
    { titulo: 'Bitácora', hoja: HOJA_BITACORA, usuario: entrada.usuario, municipio: entrada.municipio, generado: entrada.generado },
    COLUMNAS_BITACORA.map((c) => c.ancho),
  );

  const titulo = hoja.addRow([`Bitácora${entrada.municipio ? ` · ${entrada.municipio}` : ''}`]);
  titulo.font = FUENTE_TITULO;
  const cuantas = entrada.entradas.length === 1 ? '1 entrada' : `${entrada.entradas.length.toLocaleString('es-MX')} entradas`;
  hoja.addRow([`Exportada el ${formatearFechaHora(entrada.generado.toISOString())} por ${entrada.usuario}: ${cuantas}`]).font = FUENTE_NORMAL;
  hoja.addRow(['Filtros aplicados']).font = FUENTE_SUBTITULO;
  for (const f of entrada.filtros) hoja.addRow([f]).font = FUENTE_NORMAL;
  hoja.addRow([]);

  const filaEncabezado = encabezadoFijo(
    hoja,
    COLUMNAS_BITACORA.map((c) => c.titulo),
  );

  for (const e of entrada.entradas) {
    const fila = filaDeLista(hoja, [
      // The wall-clock time this PC showed, as Excel reads a date (see fechas.ts).
      fechaExcel(new Date(e.fecha)) ?? e.fecha,
      e.usuario,
      e.estacion,
      e.secuencia ?? null,
      etiquetaAccionBitacora(e.accion),
      etiquetaEntidadBitacora(e.entidad),
      e.resumen,
      textoCambios(e.cambios),
    ]);
    fila.getCell(1).numFmt = 'dd/mm/yyyy hh:mm';
    fila.getCell(4).numFmt = '0';
  }
  filtroEnEncabezado(hoja, filaEncabezado, COLUMNAS_BITACORA.length);
  return libro;
}

/** The sheet's .xlsx bytes, for the bridge's save dialog. */
export function construirLibroBitacora(entrada: BitacoraLibroEntrada): Promise<Uint8Array> {
  return bytesDeLibro(crearLibroBitacora(entrada));
}
