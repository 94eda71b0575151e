/**
 * Índice de Eficiencia = Actividades Logradas / Actividades Programadas × 100.
 * With nothing programmed the index does not apply (null), never a division by zero.
 * Over-achievement is returned as is (above 100).
 */
export function indiceEficiencia(logradas: number, programadas: number): number | null {
  if (programadas <= 0) return null;
  // Multiply first: with whole counts the only rounding is the division, so an index that is exactly on a
  // threshold (29 of 50 = 58 %) is never computed as 57.99999… and painted with the lower color.
  return (logradas * 100) / programadas;
}

export interface UmbralesSemaforo {
  /** Index at or above which the period is green (default 90). */
  verde: number;
  /** Index at or above which the period is amber, below `verde` (default 70). */
  ambar: number;
}

export const UMBRALES_POR_DEFECTO: UmbralesSemaforo = { verde: 90, ambar: 70 };

export type ColorSemaforo = 'verde' | 'ambar' | 'rojo' | 'no-aplica';

export function semaforo(indice: number | null, umbrales: UmbralesSemaforo = UMBRALES_POR_DEFECTO): ColorSemaforo {
  if (indice === null) return 'no-aplica';
  if (indice >= umbrales.verde) return 'verde';
  if (indice >= umbrales.ambar) return 'ambar';
  return 'rojo';
}

export const ETIQUETA_SEMAFORO: Record<ColorSemaforo, string> = {
  verde: 'En meta',
  ambar: 'En riesgo',
  rojo: 'Fuera de meta',
  'no-aplica': 'No aplica',
};

/** Spanish display of an index: "87.5 %" or "No aplica". */
export function formatearIndice(indice: number | null): string {
  if (indice === null) return 'No aplica';
  return `${indice.toLocaleString('es-MX', { maximumFractionDigits: 1, minimumFractionDigits: 0 })} %`;
}
