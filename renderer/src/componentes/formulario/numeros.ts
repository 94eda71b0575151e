import { formatearMoneda } from '../../../../shared/domain/formato';

/**
 * A number as a clerk types it: "1,234.50", "$ 1,234.50" or "3". Empty or unreadable text gives NaN, which the
 * schema turns into "… debe ser un número" at the field instead of silently saving 0.
 */
export function numeroDeTexto(texto: string): number {
  const limpio = texto.replace(/[$\s,]/g, '');
  return limpio === '' ? Number.NaN : Number(limpio);
}

/** A count or hours box left empty means none: 0 (nobody attended, no hours given). */
export function ceroSiVacio(texto: string): number {
  return texto.trim() === '' ? 0 : numeroDeTexto(texto);
}

/** An optional number box left empty holds none: null (an age nobody gave). */
export function nuloSiVacio(texto: string): number | null {
  return texto.trim() === '' ? null : numeroDeTexto(texto);
}

/** Pesos as the box shows them after leaving it: "1,234.50" (the $ is the box's adornment). */
export function textoDePesos(valor: number): string {
  return formatearMoneda(valor).replace(/^\$ /, '');
}
