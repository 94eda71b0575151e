import type { ChartData, ChartOptions } from 'chart.js';
import { formatearIndice, type UmbralesSemaforo } from '../../../../../shared/domain/eficiencia';
import type { DatoIndiceActividad } from '../../../../../shared/domain/tablero';
import { enRenglones } from '../../../../../shared/domain/texto';
import { APARIENCIA } from '../../../componentes/semaforo';
import { etiquetasValor } from '../../../componentes/graficas/etiquetasValor';
import { Grafica } from './Grafica';
import { lineasUmbral } from './lineasUmbral';

const etiquetas = etiquetasValor((v) => formatearIndice(v), 'No aplica');

/** The year-to-date index of each activity as horizontal bars on their semáforo colors; grey for a year to come. */
export function GraficaIndiceActividades({
  datos,
  umbrales,
  porVenir = false,
}: {
  datos: DatoIndiceActividad[];
  umbrales: UmbralesSemaforo;
  /** The POA's year has not started: nothing is judged yet. */
  porVenir?: boolean;
}) {
  const apariencia = (d: DatoIndiceActividad) => APARIENCIA[porVenir ? 'por-venir' : d.semaforo];
  const maximo = Math.ceil(Math.max(120, ...datos.map((d) => (d.valor ?? 0) + 25)) / 20) * 20;
  const data: ChartData<'bar', (number | null)[], string[]> = {
    labels: datos.map((d) => enRenglones(d.etiqueta)),
    datasets: [
      {
        label: 'Índice acumulado',
        data: datos.map((d) => d.valor),
        backgroundColor: datos.map((d) => apariencia(d).fuerte),
        borderRadius: 3,
        barPercentage: 0.7,
      },
    ],
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    layout: { padding: { top: 16 } },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (c) => `${formatearIndice(c.parsed.x)} · ${apariencia(datos[c.dataIndex]).etiqueta}`,
        },
      },
    },
    scales: {
      x: {
        beginAtZero: true,
        max: maximo,
        ticks: { stepSize: 20, callback: (v) => `${v} %` },
      },
      y: { ticks: { font: { size: 12 } } },
    },
  };
  return (
    <Grafica
      tipo="bar"
      datos={data}
      opciones={options}
      plugins={[etiquetas, lineasUmbral(umbrales)]}
      descripcion={`Gráfica: índice acumulado por actividad. ${datos.map((d) => `${d.etiqueta}: ${formatearIndice(d.valor)}, ${apariencia(d).etiqueta}`).join('; ')}`}
    />
  );
}
