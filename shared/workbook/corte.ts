/**
 * The last month of `anio` already reached when the workbook is generated: 0 before the year starts, 12 once it
 * is over. Year-to-date figures run to this month, and months after it carry no semáforo (nothing is late yet).
 */
export function mesDeCorte(anio: number, generado: Date): number {
  const anioGenerado = generado.getFullYear();
  if (anioGenerado < anio) return 0;
  if (anioGenerado > anio) return 12;
  return generado.getMonth() + 1;
}
