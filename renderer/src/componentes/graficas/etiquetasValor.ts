import type { Chart, Plugin } from 'chart.js';

/**
 * Writes each bar's value at its end, so a chart reads from the back of the room or on paper without hovering.
 * `formato` turns the raw value into the text ("12", "87.5 %"); null values are written as `vacio`.
 */
export function etiquetasValor(formato: (valor: number) => string, vacio = ''): Plugin<'bar'> {
  return {
    id: 'etiquetasValor',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = `600 ${Math.max(12, Number(chart.options.font?.size ?? 12))}px ${String(chart.options.font?.family ?? 'Roboto, sans-serif')}`;
      ctx.fillStyle = '#222';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden || meta.type !== 'bar') return;
        meta.data.forEach((barra, j) => {
          const valor = dataset.data[j] as number | null;
          const texto = valor === null || valor === undefined ? vacio : formato(valor);
          if (!texto) return;
          const { x, y } = barra.getProps(['x', 'y'], true) as { x: number; y: number };
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(texto, x + 4, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(texto, x, y - 2);
          }
        });
      });
      ctx.restore();
    },
  };
}
