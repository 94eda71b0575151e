/**
 * A deadline in words, counted in whole days from today (negative once it passed): «Vence hoy», «Vence mañana»,
 * «Vence en 12 días», and past it «Venció ayer», «Venció hace 3 días» (or the word given for the past: «Vencido»).
 */
export function textoPlazo(dias: number, pasado = 'Venció', futuro = 'Vence'): string {
  if (dias === 0) return `${futuro} hoy`;
  if (dias === 1) return `${futuro} mañana`;
  if (dias === -1) return `${pasado} ayer`;
  return dias > 0 ? `${futuro} en ${dias} días` : `${pasado} hace ${-dias} días`;
}
