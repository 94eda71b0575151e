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

/** Options of a select from a label map. */
export function opcionesDe<K extends string>(claves: readonly K[], etiquetas: Record<K, string>): { valor: string; texto: string }[] {
  return claves.map((k) => ({ valor: k, texto: etiquetas[k] }));
}
