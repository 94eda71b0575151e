import ExcelJS from 'exceljs';
import type { CellFormulaValue, Worksheet } from 'exceljs';

/** Reads xlsx bytes back the way a consumer would, with exceljs's own parser. */
export async function leerLibro(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const libro = new ExcelJS.Workbook();
  await libro.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return libro;
}

export function hoja(libro: ExcelJS.Workbook, nombre: string): Worksheet {
  const h = libro.getWorksheet(nombre);
  if (!h) throw new Error(`Falta la hoja ${nombre}`);
  return h;
}

/** The formula and its stored result of a cell, failing clearly when the cell holds no formula. */
export function formulaDe(h: Worksheet, direccion: string): { formula: string; result: unknown } {
  const v = h.getCell(direccion).value as CellFormulaValue | null;
  if (!v || typeof v !== 'object' || !('formula' in v)) {
    throw new Error(`${h.name}!${direccion} no tiene fórmula: ${JSON.stringify(v)}`);
  }
  return { formula: v.formula, result: v.result };
}

/** Solid fill colour (ARGB) of a cell, or undefined when it has none. */
export function rellenoDe(h: Worksheet, direccion: string): string | undefined {
  const fill = h.getCell(direccion).fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return fill.fgColor?.argb;
}

/** Every formula cell of a sheet, by address, with its stored result. */
export function formulasDeHoja(h: Worksheet): Map<string, { formula: string; result: unknown }> {
  const todas = new Map<string, { formula: string; result: unknown }>();
  h.eachRow((fila) =>
    fila.eachCell((c) => {
      const v = c.value as CellFormulaValue | null;
      if (v && typeof v === 'object' && 'formula' in v) todas.set(c.address, { formula: v.formula, result: v.result });
    }),
  );
  return todas;
}
