import { deUtf8 } from '../seguridad/bytes';
import { hojaDeRenglones, type HojaLeida } from './tabla';

const global = globalThis as unknown as { TextDecoder: new (etiqueta: string) => { decode(bytes: Uint8Array): string } };

/**
 * A CSV file as offices save them: Excel in Mexico writes semicolons (the comma is the decimal mark in many
 * Windows settings) in Windows-1252, other programs commas in UTF-8. Both are detected: the text is read as UTF-8
 * when it is valid UTF-8 and as Windows-1252 otherwise; the separator is the one of «,» «;» or tab that appears most
 * often outside quotes in the header line.
 */

export function decodificarTexto(bytes: Uint8Array): { texto: string; codificacion: 'utf-8' | 'windows-1252' } {
  const sinBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { texto: deUtf8(sinBom), codificacion: 'utf-8' };
  } catch {
    return { texto: new global.TextDecoder('windows-1252').decode(sinBom), codificacion: 'windows-1252' };
  }
}

const SEPARADORES = [',', ';', '\t'] as const;

export function detectarSeparador(texto: string): string {
  let linea = '';
  let entreComillas = false;
  for (const c of texto) {
    if (c === '"') entreComillas = !entreComillas;
    else if (!entreComillas && (c === '\n' || c === '\r')) break;
    if (!entreComillas) linea += c;
  }
  const veces = SEPARADORES.map((s) => linea.split(s).length - 1);
  const mayor = Math.max(...veces);
  return mayor === 0 ? ',' : SEPARADORES[veces.indexOf(mayor)];
}

/** The rows of a CSV text (RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks). */
export function renglonesCsv(texto: string, separador: string): string[][] {
  const renglones: string[][] = [];
  let renglon: string[] = [];
  let campo = '';
  let entreComillas = false;
  for (let i = 0; i < texto.length; i++) {
    const c = texto[i];
    if (entreComillas) {
      if (c === '"' && texto[i + 1] === '"') {
        campo += '"';
        i++;
      } else if (c === '"') entreComillas = false;
      else campo += c;
    } else if (c === '"' && campo === '') entreComillas = true;
    else if (c === separador) {
      renglon.push(campo);
      campo = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && texto[i + 1] === '\n') i++;
      renglon.push(campo);
      renglones.push(renglon);
      renglon = [];
      campo = '';
    } else campo += c;
  }
  if (campo !== '' || renglon.length > 0) {
    renglon.push(campo);
    renglones.push(renglon);
  }
  return renglones;
}

/** A CSV file as one sheet named after the file; every cell is text, read later as the field it goes to. */
export function leerCsv(bytes: Uint8Array, nombre: string): HojaLeida & { codificacion: string; separador: string } {
  const { texto, codificacion } = decodificarTexto(bytes);
  const separador = detectarSeparador(texto);
  const renglones = renglonesCsv(texto, separador).map((celdas, i) => ({ numero: i + 1, celdas: celdas.map((c) => (c.trim() === '' ? null : c)) }));
  return { ...hojaDeRenglones(nombre.replace(/\.csv$/i, ''), renglones), codificacion, separador };
}
