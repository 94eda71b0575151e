import { formatearMoneda } from '../../../../../shared/domain/formato';

/**
 * A number as a clerk types it: "1,234.50", "$ 1,234.50" or "3". Empty or unreadable text gives NaN, which the
 * schema turns into "… debe ser un número" at the field instead of silently saving 0.
 */
export function numeroDeTexto(texto: string): number {
  const limpio = texto.replace(/[$\s,]/g, '');
  return limpio === '' ? Number.NaN : Number(limpio);
}

/** A count box left empty means nobody: 0. */
export function enteroDeTexto(texto: string): number {
  return texto.trim() === '' ? 0 : numeroDeTexto(texto);
}

/** Pesos as the box shows them after leaving it: "1,234.50" (the $ is the box's adornment). */
export function textoDePesos(valor: number): string {
  return formatearMoneda(valor).replace(/^\$ /, '');
}
