import '../../../componentes/graficas/registro';
import { Chart } from 'react-chartjs-2';
import type { ChartData, ChartOptions, ChartType, DefaultDataPoint, Plugin } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { formatearNumero } from '../../../../../shared/domain/formato';
import { useAnimacion } from './useAnimacion';
import { useEnProyector } from '../../../hooks/useProyector';

/**
 * A chart of the tablero: it fills its card, animates on screen but never while printing, and says in words what it
 * shows (a canvas says nothing to a screen reader by itself).
 */
export function Grafica<T extends ChartType, D = DefaultDataPoint<T>, L = unknown>({
  tipo,
  datos,
  opciones,
  plugins,
  descripcion,
}: {
  tipo: T;
  datos: ChartData<T, D, L>;
  opciones: ChartOptions<T>;
  plugins?: Plugin<T>[];
  descripcion: string;
}) {
  const animation = useAnimacion();
  const proyector = useEnProyector();
  const options = { ...(proyector ? agrandar(opciones) : opciones), animation, responsive: true, maintainAspectRatio: false } as ChartOptions<T>;
  return <Chart type={tipo} data={datos} options={options} plugins={plugins} role="img" aria-label={descripcion} />;
}

/** Letters for the back of a room: every text of the chart (axes, legend, values) at the projector's size. */
export const LETRA_PROYECTOR = 16;

function agrandar<T extends ChartType>(opciones: ChartOptions<T>): ChartOptions<T> {
  const o = opciones as ChartOptions<'bar'>;
  const leyenda = o.plugins?.legend;
  return {
    ...o,
    font: { ...o.font, size: LETRA_PROYECTOR },
    plugins: { ...o.plugins, legend: { ...leyenda, labels: { ...leyenda?.labels, font: { size: LETRA_PROYECTOR + 1 } } } },
  } as ChartOptions<T>;
}

/** What a chart of counts says aloud: "Solicitudes por estatus: Recibida 1,203, Canalizada 1". */
export function leerDatos(titulo: string, datos: readonly Dato[]): string {
  return `${titulo}: ${datos.map((d) => `${d.etiqueta} ${formatearNumero(d.valor)}`).join(', ')}`;
}
