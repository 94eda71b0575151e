/**
 * A computation timed on the page's timeline (User Timing): `performance.measure(nombre)` from its start to its
 * answer, as a profile or the benchmark reads it («Cronograma 2026: calculado»). Only the last one of each name is
 * kept, so a screen that recomputes all day does not fill the timeline.
 */
export function medirCalculo<T>(nombre: string, calcular: () => Promise<T>): Promise<T> {
  const inicio = performance.mark(`${nombre}:inicio`);
  return calcular().then((resultado) => {
    performance.clearMeasures(nombre);
    performance.measure(nombre, { start: inicio.startTime });
    performance.clearMarks(inicio.name);
    return resultado;
  });
}
