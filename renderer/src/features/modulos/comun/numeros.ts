import { formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';

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

/** Pesos as the box shows them after leaving it: "1,234.50" (the $ is the box's adornment). */
export function textoDePesos(valor: number): string {
  return formatearMoneda(valor).replace(/^\$ /, '');
}

/** People by sex as a detail shows them: "12: 7 mujeres, 5 hombres, 0 otro". */
export function textoPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)}: ${mujeres} mujeres, ${hombres} hombres, ${otro} otro`;
}

/** People by sex as a list's cell shows them: "12 (7 / 5 / 0)". */
export function resumenPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)} (${mujeres} / ${hombres} / ${otro})`;
}
