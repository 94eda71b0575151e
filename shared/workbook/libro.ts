import ExcelJS from 'exceljs';
import { mesDeCorte } from '../domain/periodos';
import { HOJA_CRONOGRAMA } from './disposicion';
import { hojaAnexo } from './hojaAnexo';
import { HOJA_AVANCE, hojaAvanceTrimestral } from './hojaAvanceTrimestral';
import { hojaCronograma } from './hojaCronograma';
import { HOJA_INDICADOR, hojaIndicador } from './hojaIndicador';
import { HOJA_METAS, hojaMetas } from './hojaMetas';
import { HOJA_POA, hojaPoa } from './hojaPoa';
import { nombreHojaValido } from './nombresHoja';
import type { LibroPoaEntrada } from './tipos';

export const HOJA_PADRON = 'Padrón público';
export const HOJA_RECONDUCCIONES = 'Reconducciones';

export { nombreArchivoLibro } from './nombresHoja';

/**
 * The POA workbook as an exceljs object: POA, Cronograma, Metas (inicial and modificada), Indicador, Avance
 * trimestral, Reconducciones, one sheet per annex and the public padrón. Every formula carries the value the app shows, and Excel is asked to recalculate on open.
 */
export function crearLibro(entrada: LibroPoaEntrada): ExcelJS.Workbook {
  const libro = new ExcelJS.Workbook();
  libro.creator = entrada.encabezado.area || 'POA Gestión Social';
  libro.title = `POA (Plan Operativo Anual) ${entrada.anio}`;
  libro.company = entrada.municipio;
  libro.created = entrada.generado;
  libro.modified = entrada.generado;
  libro.calcProperties.fullCalcOnLoad = true;

  const corte = mesDeCorte(entrada.anio, entrada.generado);
  hojaPoa(libro, entrada);
  hojaCronograma(libro, entrada, corte);
  hojaMetas(libro, entrada);
  hojaIndicador(libro, entrada, corte);
  hojaAvanceTrimestral(libro, entrada, corte);
  hojaAnexo(libro, entrada, entrada.reconducciones, HOJA_RECONDUCCIONES, { publica: false });

  const usados = new Set(
    [HOJA_POA, HOJA_CRONOGRAMA, HOJA_METAS, HOJA_INDICADOR, HOJA_AVANCE, HOJA_RECONDUCCIONES, HOJA_PADRON].map((n) => n.toLocaleLowerCase('es-MX')),
  );
  for (const anexo of entrada.anexos) {
    hojaAnexo(libro, entrada, anexo, nombreHojaValido(anexo.nombre, usados), { publica: false });
  }
  hojaAnexo(libro, entrada, entrada.padronPublico, HOJA_PADRON, { publica: true });
  return libro;
}

/** The workbook's .xlsx bytes, ready for the save dialog (main process) or a download (browser). */
export async function construirLibroPoa(entrada: LibroPoaEntrada): Promise<Uint8Array> {
  return bytesDeLibro(crearLibro(entrada));
}

/**
 * Characters XML 1.0 does not allow (control characters other than tab and line breaks, U+FFFE, U+FFFF, lone
 * surrogates): written into an .xlsx they make a file Excel refuses to open.
 */
// eslint-disable-next-line no-control-regex
const NO_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const PROPIEDADES_DE_TEXTO = ['creator', 'lastModifiedBy', 'title', 'subject', 'keywords', 'category', 'description', 'company', 'manager'] as const;
const PIES_Y_ENCABEZADOS = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const;

function sinNoXml(texto: string): string {
  return texto.replace(NO_XML, '');
}

/**
 * Takes those characters out of every text the workbook will write, whatever field they came from: cells (plain
 * and rich text), the file's properties (author, title, company), and the sheets' headers and footers.
 */
export function limpiarTextosNoXml(libro: ExcelJS.Workbook): ExcelJS.Workbook {
  const propiedades = libro as unknown as Record<(typeof PROPIEDADES_DE_TEXTO)[number], unknown>;
  for (const clave of PROPIEDADES_DE_TEXTO) {
    const valor = propiedades[clave];
    if (typeof valor === 'string') propiedades[clave] = sinNoXml(valor);
  }
  libro.eachSheet((hoja) => {
    const piesYEncabezados = hoja.headerFooter as unknown as Record<string, unknown> | undefined;
    for (const clave of PIES_Y_ENCABEZADOS) {
      const valor = piesYEncabezados?.[clave];
      if (typeof valor === 'string') piesYEncabezados![clave] = sinNoXml(valor);
    }
    hoja.eachRow({ includeEmpty: false }, (fila) =>
      fila.eachCell({ includeEmpty: false }, (celda) => {
        const valor = celda.value;
        if (typeof valor === 'string') {
          const limpio = sinNoXml(valor);
          if (limpio !== valor) celda.value = limpio;
        } else if (valor && typeof valor === 'object' && 'richText' in valor) {
          celda.value = { richText: valor.richText.map((trozo) => ({ ...trozo, text: sinNoXml(trozo.text) })) };
        }
      }),
    );
  });
  return libro;
}

/** A workbook's .xlsx bytes. */
export async function bytesDeLibro(libro: ExcelJS.Workbook): Promise<Uint8Array> {
  limpiarTextosNoXml(libro);
  const datos = (await libro.xlsx.writeBuffer()) as unknown as Uint8Array;
  // Node returns a Buffer (a Uint8Array view, possibly into a shared pool): expose exactly its bytes, no copy.
  return new Uint8Array(datos.buffer, datos.byteOffset, datos.byteLength);
}
