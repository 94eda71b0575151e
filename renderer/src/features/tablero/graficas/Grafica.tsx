import '../../../componentes/graficas/registro';
import { Chart } from 'react-chartjs-2';
import type { ChartData, ChartOptions, ChartType, DefaultDataPoint, Plugin } from 'chart.js';
import type { Dato } from '../../../../../shared/domain/tablero';
import { useAnimacion } from './useAnimacion';

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
  const options = { ...opciones, animation, responsive: true, maintainAspectRatio: false } as ChartOptions<T>;
  return <Chart type={tipo} data={datos} options={options} plugins={plugins} role="img" aria-label={descripcion} />;
}

/** What a chart of counts says aloud: "Solicitudes por estatus: Recibida 3, Canalizada 1". */
export function leerDatos(titulo: string, datos: readonly Dato[]): string {
  return `${titulo}: ${datos.map((d) => `${d.etiqueta} ${d.valor}`).join(', ')}`;
}
