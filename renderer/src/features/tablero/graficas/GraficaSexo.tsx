import './registro';
import { Doughnut } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { formatearPorcentaje } from '../../../../../shared/domain/formato';
import { COLORES_SEXO } from './colores';
import { useAnimacion } from './useAnimacion';

/** People served by sex, each slice labelled with its count and share in the legend. */
export function GraficaSexo({ datos, sinAnimacion = false }: { datos: Dato[]; sinAnimacion?: boolean }) {
  const animation = useAnimacion(sinAnimacion);
  const total = datos.reduce((s, d) => s + d.valor, 0);
  const parte = (v: number) => formatearPorcentaje(total ? (v / total) * 100 : null, 0);
  const data: ChartData<'doughnut', number[], string> = {
    labels: datos.map((d) => `${d.etiqueta}: ${d.valor} (${parte(d.valor)})`),
    datasets: [{ data: datos.map((d) => d.valor), backgroundColor: COLORES_SEXO, borderWidth: 2, borderColor: '#fff' }],
  };
  const options: ChartOptions<'doughnut'> = {
    animation,
    responsive: true,
    maintainAspectRatio: false,
    cutout: '58%',
    plugins: { legend: { position: 'right', labels: { font: { size: 13 }, padding: 14 } } },
  };
  return (
    <Doughnut
      data={data}
      options={options}
      role="img"
      aria-label={`Personas atendidas por sexo: ${datos.map((d) => `${d.etiqueta} ${d.valor}`).join(', ')}`}
    />
  );
}
