import type { Alignment, Borders, Fill, Font } from 'exceljs';
import type { ColorSemaforo } from '../domain/eficiencia';

/** Number formats as Excel and LibreOffice read them; indices are already ×100, so the sign is literal text. */
export const FORMATO = {
  entero: '0',
  indice: '0.0" %"',
  fecha: 'dd/mm/yyyy',
  moneda: '"$" #,##0.00',
  /** Whole counts; a column with fractions gets two decimals (Excel would print '2.' for '#,##0.##'). */
  numero: '#,##0',
  decimal: '#,##0.00',
} as const;

const delgado = { style: 'thin' as const, color: { argb: 'FF808080' } };

export const BORDE: Partial<Borders> = { top: delgado, left: delgado, bottom: delgado, right: delgado };

export function relleno(argb: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } };
}

export const RELLENO_ENCABEZADO = relleno('FFD9E1F2');
export const RELLENO_ETIQUETA = relleno('FFF2F2F2');
export const RELLENO_TOTAL = relleno('FFE7E6E6');
/** A month whose goal a reconducción changed: Excel's light orange, apart from the semáforo's colours. */
export const RELLENO_RECONDUCIDA = relleno('FFFCE4D6');

export const FUENTE_TITULO: Partial<Font> = { name: 'Calibri', size: 14, bold: true };
export const FUENTE_SUBTITULO: Partial<Font> = { name: 'Calibri', size: 12, bold: true };
export const FUENTE_ENCABEZADO: Partial<Font> = { name: 'Calibri', size: 10, bold: true };
export const FUENTE_NORMAL: Partial<Font> = { name: 'Calibri', size: 10 };
export const FUENTE_NEGRITA: Partial<Font> = { name: 'Calibri', size: 10, bold: true };

export const ALINEAR_CENTRO: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
export const ALINEAR_TEXTO: Partial<Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
export const ALINEAR_NUMERO: Partial<Alignment> = { horizontal: 'right', vertical: 'middle' };

/** The semáforo as Excel's own "good / neutral / bad" cell styles, so it reads the same on screen and on paper. */
export const COLOR_SEMAFORO: Record<ColorSemaforo, { fondo: string; texto: string }> = {
  verde: { fondo: 'FFC6EFCE', texto: 'FF006100' },
  ambar: { fondo: 'FFFFEB9C', texto: 'FF9C5700' },
  rojo: { fondo: 'FFFFC7CE', texto: 'FF9C0006' },
  'no-aplica': { fondo: 'FFEDEDED', texto: 'FF595959' },
};

/** The period in progress: neutral, not judged until it ends (shared/domain/enCurso.ts). */
export const COLOR_EN_CURSO = { fondo: 'FFE3ECF7', texto: 'FF1F4E79' };
