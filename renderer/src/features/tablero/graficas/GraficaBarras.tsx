import '../../../componentes/graficas/registro';
import { Bar } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { formatearNumero } from '../../../../../shared/domain/formato';
import { COLOR_BARRA } from '../../../componentes/graficas/colores';
import { etiquetasValor } from '../../../componentes/graficas/etiquetasValor';
import { useAnimacion } from './useAnimacion';

const etiquetas = etiquetasValor((v) => (v === 0 ? '' : formatearNumero(v)));

/** Counts as bars with their values written at the ends (solicitudes by status, tipo or colonia). */
export function GraficaBarras({
  datos,
  serie,
  descripcion,
  horizontal = false,
  colores,
  sinAnimacion = false,
}: {
  datos: Dato[];
  /** What is counted, for the tooltip: 'Solicitudes'. */
  serie: string;
  descripcion: string;
  horizontal?: boolean;
  colores?: string[];
  sinAnimacion?: boolean;
}) {
  const animation = useAnimacion(sinAnimacion);
  const maximo = Math.max(1, ...datos.map((d) => d.valor));
  const data: ChartData<'bar', number[], string | string[]> = {
    // Under vertical bars a long label goes on two lines instead of tilting.
    labels: datos.map((d) => (horizontal ? d.etiqueta : d.etiqueta.split(' '))),
    datasets: [{ label: serie, data: datos.map((d) => d.valor), backgroundColor: colores ?? COLOR_BARRA, borderRadius: 3, barPercentage: 0.75 }],
  };
  const eje = { beginAtZero: true, suggestedMax: Math.ceil(maximo * 1.15), ticks: { precision: 0 } };
  const options: ChartOptions<'bar'> = {
    animation,
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { display: false } },
    scales: horizontal ? { x: eje, y: { ticks: { autoSkip: false, font: { size: 12 } } } } : { y: eje, x: { ticks: { autoSkip: false, maxRotation: 0, font: { size: 11 } } } },
  };
  return (
    <Bar
      data={data}
      options={options}
      plugins={[etiquetas]}
      role="img"
      aria-label={`${descripcion}: ${datos.map((d) => `${d.etiqueta} ${d.valor}`).join(', ')}`}
    />
  );
}
