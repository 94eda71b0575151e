import { coincideBusqueda, normalizarTexto } from '../../../../../shared/domain/texto';

/** Every word typed begins a word of any of the texts (accents and case aside): "desp lop" finds a despensa to López. */
export function coincide(consulta: string, ...textos: (string | number | null | undefined)[]): boolean {
  return coincideBusqueda(normalizarTexto(textos.filter((t) => t !== null && t !== undefined).join(' ')), consulta);
}

/** The distinct years of the dates given ('AAAA-MM-DD'), newest first, as filter options. */
export function aniosDe(fechas: readonly (string | null)[]): { valor: string; texto: string }[] {
  const anios = [...new Set(fechas.filter((f): f is string => Boolean(f)).map((f) => f.slice(0, 4)))].sort().reverse();
  return anios.map((a) => ({ valor: a, texto: a }));
}

/** Options of a select from catalogue entries (tipos de apoyo, dependencias), by id. */
export function opcionesDeCatalogo(elementos: readonly { id: string; nombre: string }[]): { valor: string; texto: string }[] {
  return elementos.map((e) => ({ valor: e.id, texto: e.nombre }));
}

/** Options of a select from a label map. */
export function opcionesDe<K extends string>(claves: readonly K[], etiquetas: Record<K, string>): { valor: string; texto: string }[] {
  return claves.map((k) => ({ valor: k, texto: etiquetas[k] }));
}

/** Sorts a status column in its workflow's order, not alphabetically. */
export function ordenDe<K extends string>(orden: readonly K[]): (a: K, b: K) => number {
  return (a, b) => orden.indexOf(a) - orden.indexOf(b);
}
