import ExcelJS from 'exceljs';
import type { CellFormulaValue, ConditionalFormattingOptions, Worksheet } from 'exceljs';

/** Reads xlsx bytes back the way a consumer would, with exceljs's own parser. */
export async function leerLibro(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const libro = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a Node Buffer over the same bytes is what it reads at run time.
  const datos = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await libro.xlsx.load(datos as unknown as Parameters<typeof libro.xlsx.load>[0]);
  return libro;
}

export function hoja(libro: ExcelJS.Workbook, nombre: string): Worksheet {
  const h = libro.getWorksheet(nombre);
  if (!h) throw new Error(`Falta la hoja ${nombre}`);
  return h;
}

/**
 * The formula and its stored result of a cell, failing clearly when the cell holds no formula. The result is read
 * through `cell.result`: exceljs's `value` getter leaves out a stored result of 0.
 */
export function formulaDe(h: Worksheet, direccion: string): { formula: string; result: unknown } {
  const c = h.getCell(direccion);
  const v = c.value as CellFormulaValue | null;
  if (!v || typeof v !== 'object' || !('formula' in v)) {
    throw new Error(`${h.name}!${direccion} no tiene fórmula: ${JSON.stringify(v)}`);
  }
  return { formula: v.formula, result: c.result };
}

/** Solid fill colour (ARGB) of a cell, or undefined when it has none. */
export function rellenoDe(h: Worksheet, direccion: string): string | undefined {
  const fill = h.getCell(direccion).fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return fill.fgColor?.argb;
}

/** Every formula cell of a sheet, by address, with its stored result; merged areas count once, at their first cell. */
export function formulasDeHoja(h: Worksheet): Map<string, { formula: string; result: unknown }> {
  const todas = new Map<string, { formula: string; result: unknown }>();
  h.eachRow((fila) =>
    fila.eachCell((c) => {
      if (c.isMerged && c.master.address !== c.address) return;
      const v = c.value as CellFormulaValue | null;
      if (v && typeof v === 'object' && 'formula' in v) todas.set(c.address, { formula: v.formula, result: c.result });
    }),
  );
  return todas;
}

/** Conditional formats read back from a sheet (exceljs keeps them but does not declare the property). */
export function formatosCondicionales(h: Worksheet): ConditionalFormattingOptions[] {
  return (h as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
}
