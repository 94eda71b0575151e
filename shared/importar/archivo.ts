import { formatearTamano, mensajeTamanoExcedido, TAMANO_MAXIMO_IMPORTACION } from '../ipc/limites';
import { leerCsv } from './csv';
import { ArchivoIlegible, hojaDeRenglones, type ArchivoLeido, type Celda, type HojaLeida } from './tabla';

/**
 * Reads the file the user chose into sheets of rows: an Excel workbook (.xlsx, by exceljs, loaded only now) or a
 * CSV text. An old Excel file (.xls, the OLE2 compound format) is not read: the message asks to save it as .xlsx.
 */

export type FormatoArchivo = 'xlsx' | 'csv' | 'xls';

const FIRMA_OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const FIRMA_ZIP = [0x50, 0x4b, 0x03, 0x04];

const empiezaCon = (bytes: Uint8Array, firma: readonly number[]) => firma.every((b, i) => bytes[i] === b);

export function detectarFormato(bytes: Uint8Array, nombre: string): FormatoArchivo {
  if (empiezaCon(bytes, FIRMA_OLE2)) return 'xls';
  if (empiezaCon(bytes, FIRMA_ZIP)) return 'xlsx';
  if (/\.(xlsx|xlsm|xls)$/i.test(nombre)) {
    throw new ArchivoIlegible(`«${nombre}» no es un libro de Excel que se pueda leer: ábralo en Excel y guárdelo de nuevo como .xlsx.`);
  }
  return 'csv';
}

export const MENSAJE_XLS =
  'Este archivo es de una versión antigua de Excel (.xls), que la aplicación no lee. Ábralo en Excel (o LibreOffice) y use «Guardar como» con el tipo «Libro de Excel (.xlsx)»; después elija el archivo nuevo.';

export async function leerArchivo(bytes: Uint8Array, nombre: string): Promise<ArchivoLeido> {
  if (bytes.byteLength > TAMANO_MAXIMO_IMPORTACION) {
    throw new ArchivoIlegible(
      `${mensajeTamanoExcedido(`El archivo «${nombre}»`, TAMANO_MAXIMO_IMPORTACION, bytes.byteLength)} Divídalo en archivos de menos de ${formatearTamano(TAMANO_MAXIMO_IMPORTACION)}.`,
    );
  }
  if (bytes.byteLength === 0) throw new ArchivoIlegible(`El archivo «${nombre}» está vacío.`);
  const formato = detectarFormato(bytes, nombre);
  if (formato === 'xls') throw new ArchivoIlegible(MENSAJE_XLS);
  const hojas = formato === 'csv' ? [leerCsv(bytes, nombre)] : await leerXlsx(bytes, nombre);
  const conDatos = hojas.filter((h) => h.encabezados.some((e) => e !== ''));
  if (conDatos.length === 0) throw new ArchivoIlegible(`El archivo «${nombre}» no tiene datos: la primera fila debe llevar los nombres de las columnas.`);
  return { nombre, hojas: conDatos };
}

/** What a cell holds as a plain value: a formula by its result, rich text and links by their text. */
export function valorDeCelda(valor: unknown): Celda {
  if (valor === null || valor === undefined) return null;
  if (typeof valor === 'string' || typeof valor === 'number' || typeof valor === 'boolean' || valor instanceof Date) return valor;
  if (typeof valor === 'object') {
    const v = valor as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('result' in v) return valorDeCelda(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return null;
  }
  return null;
}

async function leerXlsx(bytes: Uint8Array, nombre: string): Promise<HojaLeida[]> {
  const { default: ExcelJS } = await import('exceljs');
  const libro = new ExcelJS.Workbook();
  try {
    await libro.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ArchivoIlegible(`«${nombre}» no se pudo leer como libro de Excel: puede estar dañado o protegido con contraseña. Ábralo en Excel y guárdelo de nuevo como .xlsx.`);
  }
  return libro.worksheets.map((hoja) => {
    const renglones: { numero: number; celdas: Celda[] }[] = [];
    hoja.eachRow({ includeEmpty: false }, (row, numero) => {
      const celdas: Celda[] = [];
      row.eachCell({ includeEmpty: true }, (celda, columna) => {
        celdas[columna - 1] = valorDeCelda(celda.value);
      });
      for (let i = 0; i < celdas.length; i++) if (celdas[i] === undefined) celdas[i] = null;
      renglones.push({ numero, celdas });
    });
    // The header is the sheet's first row; a sheet that starts lower is read from its first written row.
    return hojaDeRenglones(hoja.name, renglones);
  });
}
