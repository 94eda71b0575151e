import type { ChartData, ChartOptions, Plugin } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { formatearNumero, formatearPorcentaje } from '../../../../../shared/domain/formato';
import { COLORES_SEXO } from '../../../componentes/graficas/colores';
import { Grafica, leerDatos } from './Grafica';

/** The legend's entries, each count with its share of the total: "Mujeres: 1,250 (56 %)". */
export function leyendaSexo(datos: readonly Dato[]): string[] {
  const total = datos.reduce((s, d) => s + d.valor, 0);
  const parte = (v: number) => formatearPorcentaje(total ? (v / total) * 100 : null, 0);
  return datos.map((d) => `${d.etiqueta}: ${formatearNumero(d.valor)} (${parte(d.valor)})`);
}

/** People served by sex, each slice labelled with its count and share in the legend, the total in the middle. */
export function GraficaSexo({ datos }: { datos: Dato[] }) {
  const total = datos.reduce((s, d) => s + d.valor, 0);
  const data: ChartData<'doughnut', number[], string> = {
    labels: leyendaSexo(datos),
    datasets: [{ data: datos.map((d) => d.valor), backgroundColor: COLORES_SEXO, borderWidth: 2, borderColor: '#fff' }],
  };
  const options: ChartOptions<'doughnut'> = {
    cutout: '58%',
    plugins: { legend: { position: 'bottom', labels: { font: { size: 13 }, padding: 12 } } },
  };
  const centro: Plugin<'doughnut'> = {
    id: 'totalAlCentro',
    afterDraw(chart) {
      const arco = chart.getDatasetMeta(0).data[0] as unknown as { x: number; y: number } | undefined;
      if (!arco) return;
      const { ctx } = chart;
      ctx.save();
      ctx.textAlign = 'center';
      ctx.fillStyle = '#222';
      ctx.font = '800 28px Roboto, sans-serif';
      ctx.textBaseline = 'bottom';
      ctx.fillText(formatearNumero(total), arco.x, arco.y + 6);
      ctx.font = '500 12px Roboto, sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillStyle = '#555';
      ctx.fillText(total === 1 ? 'persona' : 'personas', arco.x, arco.y + 8);
      ctx.restore();
    },
  };
  return <Grafica tipo="doughnut" datos={data} opciones={options} plugins={[centro]} descripcion={leerDatos('Personas atendidas por sexo', datos)} />;
}
