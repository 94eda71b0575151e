/**
 * Row height (points) that shows wrapped text whole. Excel keeps the stored height instead of fitting it on open,
 * so the builder estimates it: about 1.15 characters of 10-point Calibri per unit of column width.
 */
export function alturaTexto(textos: { texto: string; ancho: number }[], minima = 18): number {
  const lineas = Math.max(
    1,
    ...textos.map(({ texto, ancho }) => {
      const porLinea = Math.max(1, Math.floor(ancho * 1.15));
      return texto.split('\n').reduce((total, parrafo) => total + Math.max(1, Math.ceil(parrafo.length / porLinea)), 0);
    }),
  );
  return Math.max(minima, lineas * 13 + 5);
}
