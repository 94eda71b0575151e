import type { Chart, Plugin } from 'chart.js';
import type { UmbralesSemaforo } from '../../../../../shared/domain/eficiencia';
import { APARIENCIA } from '../../../componentes/semaforo';

/** Dashed vertical lines at the semáforo thresholds of a horizontal index chart, labelled with their value. */
export function lineasUmbral(umbrales: UmbralesSemaforo): Plugin<'bar'> {
  return {
    id: 'lineasUmbral',
    afterDatasetsDraw(chart: Chart<'bar'>) {
      const { ctx, chartArea, scales } = chart;
      const lineas = [
        { valor: umbrales.ambar, color: APARIENCIA.ambar.fuerte },
        { valor: umbrales.verde, color: APARIENCIA.verde.fuerte },
      ];
      ctx.save();
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 2;
      ctx.font = '600 11px Roboto, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      for (const { valor, color } of lineas) {
        const x = scales.x.getPixelForValue(valor);
        ctx.strokeStyle = color;
        ctx.fillStyle = color;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        ctx.fillText(`${valor} %`, x, chartArea.top - 2);
      }
      ctx.restore();
    },
  };
}
