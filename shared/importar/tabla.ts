/**
 * A spreadsheet as the import reads it, whatever file it came from: sheets of rows, each row numbered as the
 * spreadsheet numbers it (the header is row 1), each cell a text, a number, a date or empty.
 */
export type Celda = string | number | boolean | Date | null;

export interface FilaLeida {
  /** The row's number in the spreadsheet (header = 1). */
  numero: number;
  celdas: Celda[];
}

export interface HojaLeida {
  nombre: string;
  encabezados: string[];
  filas: FilaLeida[];
}

export interface ArchivoLeido {
  nombre: string;
  hojas: HojaLeida[];
}

/** A file the import cannot read, with the reason in the user's words. */
export class ArchivoIlegible extends Error {
  override readonly name = 'ArchivoIlegible';
}

/** Rows with no value in any cell are the blank lines at the end of a sheet, not records. */
export function filaVacia(celdas: readonly Celda[]): boolean {
  return celdas.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/** The header row as names, and the rows under it that hold something. */
export function hojaDeRenglones(nombre: string, renglones: readonly { numero: number; celdas: Celda[] }[]): HojaLeida {
  const [encabezado, ...resto] = renglones;
  const encabezados = (encabezado?.celdas ?? []).map((c) => (c === null ? '' : String(c).trim()));
  return { nombre, encabezados, filas: resto.filter((f) => !filaVacia(f.celdas)) };
}
