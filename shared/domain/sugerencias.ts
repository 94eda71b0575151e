import { normalizarTexto } from './texto';

/**
 * Free text helped by a catalogue (colonia, localidad): what is typed is matched without accents or case, so
 * «centro», «Centro» and «CENTRO» are the catalogue's «Centro», and one place does not become several in the
 * tablero.
 */

/** The catalogue's names that contain what is typed, ignoring accents and case; those that start with it first. */
export function sugerenciasPara(nombres: readonly string[], texto: string): string[] {
  const buscado = normalizarTexto(texto);
  if (buscado === '') return [...nombres];
  const conClave = nombres.map((nombre) => ({ nombre, clave: normalizarTexto(nombre) })).filter((n) => n.clave.includes(buscado));
  return [...conClave.filter((n) => n.clave.startsWith(buscado)), ...conClave.filter((n) => !n.clave.startsWith(buscado))].map((n) => n.nombre);
}

/** The catalogue's spelling of a name typed freely when it is the same name but for accents, case and spaces; null when it is not in it. */
export function nombreEnCatalogo(nombres: readonly string[], texto: string): string | null {
  const clave = normalizarTexto(texto);
  if (clave === '') return null;
  return nombres.find((n) => normalizarTexto(n) === clave) ?? null;
}
