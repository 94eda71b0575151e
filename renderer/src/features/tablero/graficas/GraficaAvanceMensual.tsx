import type { ChartData, ChartOptions } from 'chart.js';
import { formatearIndice } from '../../../../../shared/domain/eficiencia';
import { formatearNumero } from '../../../../../shared/domain/formato';
import { indiceAcumuladoMensual } from '../../../../../shared/domain/tablero';
import { COLOR_INDICE, COLOR_LOGRADO, COLOR_PROGRAMADO } from '../../../componentes/graficas/colores';
import { Grafica } from './Grafica';

/** A month's count in its tooltip, «1,204»; a month without a bar keeps what Chart.js gives. */
const cantidad = (v: number | null) => (v !== null && Number.isFinite(v) ? formatearNumero(v) : String(v));

/**
 * Programmed vs achieved per month (bars) with the cumulative Índice de Eficiencia (line, right axis). The line stops
 * at the cut-off month: months to come would only drag it down.
 */
export function GraficaAvanceMensual({
  programado,
  logrado,
  mesCorte,
}: {
  programado: readonly number[];
  logrado: readonly number[];
  mesCorte: number;
}) {
  const indice = indiceAcumuladoMensual(programado, logrado);
  const data: ChartData<'bar' | 'line', (number | null)[], string> = {
    labels: indice.map((d) => d.etiqueta),
    datasets: [
      { type: 'bar', label: 'Programado', data: [...programado], backgroundColor: COLOR_PROGRAMADO, yAxisID: 'y', order: 2 },
      {
        type: 'bar',
        label: 'Logrado',
        data: logrado.map((v, i) => (i < mesCorte ? v : null)),
        backgroundColor: COLOR_LOGRADO,
        yAxisID: 'y',
        order: 2,
      },
      {
        type: 'line',
        label: 'Índice acumulado (%)',
        data: indice.map((d, i) => (i < mesCorte ? d.valor : null)),
        borderColor: COLOR_INDICE,
        backgroundColor: COLOR_INDICE,
        borderWidth: 3,
        pointRadius: 4,
        tension: 0.2,
        yAxisID: 'indice',
        order: 1,
      },
    ],
  };
  const options: ChartOptions<'bar' | 'line'> = {
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'top', labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
      tooltip: {
        callbacks: {
          label: (c) => (c.dataset.yAxisID === 'indice' ? `${c.dataset.label}: ${formatearIndice(c.parsed.y)}` : `${c.dataset.label}: ${cantidad(c.parsed.y)}`),
        },
      },
    },
    scales: {
      y: { beginAtZero: true, title: { display: true, text: 'Actividades' }, ticks: { precision: 0 } },
      indice: {
        position: 'right',
        beginAtZero: true,
        suggestedMax: 110,
        title: { display: true, text: 'Índice acumulado' },
        grid: { drawOnChartArea: false },
        ticks: { callback: (v) => `${v} %` },
      },
    },
  };
  return (
    <Grafica<'bar' | 'line', (number | null)[], string>
      tipo="bar"
      datos={data}
      opciones={options}
      descripcion="Gráfica: programado contra logrado por mes, con el índice acumulado"
    />
  );
}
