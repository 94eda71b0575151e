import type { ChartData, ChartOptions } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { formatearNumero } from '../../../../../shared/domain/formato';
import { COLOR_BARRA } from '../../../componentes/graficas/colores';
import { etiquetasValor } from '../../../componentes/graficas/etiquetasValor';
import { Grafica, leerDatos } from './Grafica';

const etiquetas = etiquetasValor((v) => (v === 0 ? '' : formatearNumero(v)));

/** Counts as bars with their values written at the ends (solicitudes by status, tipo or colonia). */
export function GraficaBarras({
  datos,
  serie,
  descripcion,
  horizontal = false,
  colores,
}: {
  datos: Dato[];
  /** What is counted, for the tooltip: 'Solicitudes'. */
  serie: string;
  descripcion: string;
  horizontal?: boolean;
  colores?: string[];
}) {
  const maximo = Math.max(1, ...datos.map((d) => d.valor));
  const data: ChartData<'bar', number[], string | string[]> = {
    // Under vertical bars a long label goes on two lines instead of tilting.
    labels: datos.map((d) => (horizontal ? d.etiqueta : d.etiqueta.split(' '))),
    datasets: [{ label: serie, data: datos.map((d) => d.valor), backgroundColor: colores ?? COLOR_BARRA, borderRadius: 3, barPercentage: 0.75 }],
  };
  const eje = { beginAtZero: true, suggestedMax: Math.ceil(maximo * 1.15), ticks: { precision: 0 } };
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    plugins: { legend: { display: false } },
    scales: horizontal ? { x: eje, y: { ticks: { autoSkip: false, font: { size: 12 } } } } : { y: eje, x: { ticks: { autoSkip: false, maxRotation: 0, font: { size: 11 } } } },
  };
  return <Grafica tipo="bar" datos={data} opciones={options} plugins={[etiquetas]} descripcion={leerDatos(descripcion, datos)} />;
}
