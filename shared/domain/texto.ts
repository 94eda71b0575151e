/**
 * Text normalised for accent- and case-insensitive search: "maría  josé" and "MARIA JOSE" are the same name.
 * Upper case, accents and other combining marks removed (Ñ becomes N, as people often type it), runs of
 * whitespace collapsed to one space, trimmed.
 */
export function normalizarTexto(s: string): string {
  // Upper-case first: a few letters only decompose into base + mark in their upper-case form.
  return s
    .toUpperCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct words of a text, normalised (what a persona's multi-entry search index holds). */
export function palabrasDeTexto(s: string): string[] {
  const normalizado = normalizarTexto(s);
  if (normalizado === '') return [];
  return [...new Set(normalizado.split(' '))];
}

/**
 * Whether every word of the query is the beginning of some word of the already normalised text:
 * "mar lop" finds "LOPEZ PEREZ MARIA". The query is normalised here; an empty query matches everything.
 */
export function coincideBusqueda(normalizado: string, consulta: string): boolean {
  const tokens = palabrasDeTexto(consulta);
  if (tokens.length === 0) return true;
  const palabras = normalizado === '' ? [] : normalizado.split(' ');
  return tokens.every((t) => palabras.some((p) => p.startsWith(t)));
}

/**
 * A text cut short for a cell or a line: its lines and spaces run together, and past `max` characters it ends at a
 * word (when one ends in the last part) with «…», `max` characters in all.
 */
export function resumirTexto(texto: string, max = 120): string {
  const seguido = texto.replace(/\s+/g, ' ').trim();
  const letras = Array.from(seguido);
  if (letras.length <= max) return seguido;
  const corte = letras.slice(0, max - 1).join('');
  const espacio = corte.lastIndexOf(' ');
  const palabra = espacio >= corte.length * 0.7 ? corte.slice(0, espacio) : corte;
  return `${palabra.replace(/[\s.,;:–-]+$/, '')}…`;
}

/** Splits a text into lines of about `ancho` characters at spaces, for a chart's axis. */
export function enRenglones(texto: string, ancho = 26): string[] {
  const renglones: string[] = [];
  let actual = '';
  for (const palabra of texto.split(' ')) {
    if (actual && (actual + ' ' + palabra).length > ancho) {
      renglones.push(actual);
      actual = palabra;
    } else actual = actual ? `${actual} ${palabra}` : palabra;
  }
  if (actual) renglones.push(actual);
  return renglones;
}
