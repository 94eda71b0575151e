import type { Alignment, CellValue, Workbook, Worksheet } from 'exceljs';
import { alturaTexto } from './altura';
import { ALINEAR_CENTRO, BORDE, FORMATO, FUENTE_NORMAL } from './estilos';
import { fechaExcel } from './fechas';
import { celda, encabezadoTabla, nuevaHoja } from './hoja';
import type { CeldaAnexo, LibroPoaEntrada, TablaAnexo, TipoColumnaAnexo } from './tipos';

const FILA_ENCABEZADO = 2;

const ANCHO_POR_TIPO: Record<TipoColumnaAnexo, number> = { texto: 24, fecha: 12, numero: 11, moneda: 15 };
const FORMATO_POR_TIPO: Record<TipoColumnaAnexo, string> = {
  texto: '@',
  fecha: FORMATO.fecha,
  numero: FORMATO.numero,
  moneda: FORMATO.moneda,
};
const ALINEACION_POR_TIPO: Record<TipoColumnaAnexo, Partial<Alignment>> = {
  texto: { vertical: 'top', wrapText: true },
  fecha: { horizontal: 'center', vertical: 'top' },
  numero: { horizontal: 'right', vertical: 'top' },
  moneda: { horizontal: 'right', vertical: 'top' },
};

/**
 * Columns the transparency law keeps out of a public list (CURP, street address, phone, email). The padrón arrives
 * without them; the check stays so a public file can never carry them by mistake.
 */
const DATO_SENSIBLE = /\b(curp|calle|domicilio|direccion|numero (exterior|interior)|telefono|celular|correo|e-?mail)\b/;

export function esColumnaSensible(titulo: string): boolean {
  const normal = titulo.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return DATO_SENSIBLE.test(normal);
}

/** One table of records behind the figures: a title, a filterable header and typed, formatted cells (or why there are none). */
export function hojaAnexo(
  libro: Workbook,
  entrada: LibroPoaEntrada,
  tabla: TablaAnexo,
  nombreHoja: string,
  opciones: { publica: boolean },
): Worksheet {
  const indices = tabla.columnas.map((_, i) => i).filter((i) => !opciones.publica || !esColumnaSensible(tabla.columnas[i].titulo));
  const columnas = indices.map((i) => tabla.columnas[i]);
  const ultima = Math.max(1, columnas.length);
  const hoja = nuevaHoja(libro, nombreHoja, entrada, {
    filasTitulo: `${FILA_ENCABEZADO}:${FILA_ENCABEZADO}`,
    congelar: { filas: FILA_ENCABEZADO, columnas: 0 },
  });
  // Styles set on the column before rows exist are shared by every cell created after: fast for thousands of rows.
  const filas = tabla.filas.map((fila) => indices.map((i) => valorTipado(fila[i] ?? null, tabla.columnas[i].tipo)));
  columnas.forEach((col, i) => {
    const c = hoja.getColumn(i + 1);
    c.width = anchoDe(col);
    const conDecimales = col.tipo === 'numero' && filas.some((f) => typeof f[i] === 'number' && !Number.isInteger(f[i]));
    c.numFmt = conDecimales ? FORMATO.decimal : FORMATO_POR_TIPO[col.tipo];
    c.alignment = ALINEACION_POR_TIPO[col.tipo];
    c.font = FUENTE_NORMAL;
    c.border = BORDE;
  });

  const total = tabla.filas.length;
  hoja.mergeCells(1, 1, 1, ultima);
  const titulo = hoja.getCell(1, 1);
  titulo.value = `${tabla.titulo} (${total.toLocaleString('es-MX')} ${total === 1 ? 'registro' : 'registros'})`;
  titulo.font = { name: 'Calibri', size: 13, bold: true };
  titulo.alignment = { horizontal: 'left', vertical: 'middle' };
  titulo.border = {};
  titulo.numFmt = 'General';
  hoja.getRow(1).height = 22;

  columnas.forEach((col, i) => {
    const c = hoja.getCell(FILA_ENCABEZADO, i + 1);
    encabezadoTabla(c, col.titulo);
    c.numFmt = 'General';
    c.alignment = ALINEAR_CENTRO;
  });
  hoja.getRow(FILA_ENCABEZADO).height = 30;

  hoja.addRows(filas);
  // Neither Excel nor LibreOffice grows a row for wrapped text on open; long texts get their height here.
  const anchos = columnas.map(anchoDe);
  filas.forEach((fila, r) => {
    const largos = fila.flatMap((valor, i) =>
      typeof valor === 'string' && valor.length > anchos[i] ? [{ texto: valor, ancho: anchos[i] }] : [],
    );
    if (largos.length > 0) hoja.getRow(FILA_ENCABEZADO + 1 + r).height = alturaTexto(largos, 15);
  });
  if (total === 0 && tabla.vacio) {
    const fila = FILA_ENCABEZADO + 1;
    hoja.mergeCells(fila, 1, fila, ultima);
    const c = hoja.getCell(fila, 1);
    c.value = tabla.vacio;
    c.numFmt = 'General';
    c.font = { ...FUENTE_NORMAL, italic: true };
    c.alignment = { vertical: 'top', wrapText: true };
    hoja.getRow(fila).height = alturaTexto([{ texto: tabla.vacio, ancho: anchos.reduce((a, b) => a + b, 0) }], 15);
  }
  if (columnas.length > 0) {
    hoja.autoFilter = `${celda(1, FILA_ENCABEZADO)}:${celda(columnas.length, FILA_ENCABEZADO + total)}`;
  }
  return hoja;
}

function anchoDe(col: TablaAnexo['columnas'][number]): number {
  return col.ancho ?? ANCHO_POR_TIPO[col.tipo];
}

function valorTipado(valor: CeldaAnexo, tipo: TipoColumnaAnexo): CellValue {
  if (valor === null || valor === '') return null;
  switch (tipo) {
    case 'fecha':
      return typeof valor === 'number' ? valor : (fechaExcel(valor) ?? String(valor));
    case 'numero':
    case 'moneda': {
      if (typeof valor === 'number') return valor;
      const numero = typeof valor === 'string' ? Number(valor.replace(/[$,\s]/g, '')) : Number.NaN;
      return Number.isFinite(numero) ? numero : String(valor);
    }
    case 'texto':
      return valor instanceof Date ? fechaTexto(valor) : String(valor);
  }
}

/** A date in a text column reads as the user writes it, dd/mm/aaaa. */
function fechaTexto(valor: Date): string {
  const f = fechaExcel(valor);
  if (!f) return '';
  const dd = String(f.getUTCDate()).padStart(2, '0');
  const mm = String(f.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${f.getUTCFullYear()}`;
}
