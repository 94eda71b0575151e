import { enRenglones } from '../../../../../shared/domain/texto';
import { nombreActividad, nombreCortoActividad } from '../../../../../shared/domain/nombreActividad';
import '../../../componentes/graficas/registro';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { ChartData, ChartOptions, Plugin } from 'chart.js';
import { formatearNumero } from '../../../../../shared/domain/formato';
import type { FilaHoja } from '../../../../../shared/reportes/hoja';
import { COLOR_LOGRADO, COLOR_PROGRAMADO } from '../../../componentes/graficas/colores';
import { etiquetasValor } from '../../../componentes/graficas/etiquetasValor';

/** Sized for paper (about 117 × 50 mm at 96 px per inch), drawn at three times the pixels so it prints sharp. */
const ANCHO = 442;
const ALTO = 190;

const etiquetas = etiquetasValor((v) => formatearNumero(v));

/** Programmed against achieved per activity for the period, drawn once without animation, then reported as drawn. */
export function GraficaHoja({ filas, periodo, onDibujada }: { filas: FilaHoja[]; periodo: string; onDibujada: () => void }) {
  const avisar = useMemo<Plugin<'bar'>>(() => ({ id: 'hojaDibujada', afterRender: () => onDibujada() }), [onDibujada]);
  const maximo = Math.max(1, ...filas.flatMap((f) => [f.programado, f.logrado]));
  const data: ChartData<'bar', number[], string[]> = {
    // The short name on two lines under each pair of bars, never turned sideways.
    labels: filas.map((f) => enRenglones(f.numero === null ? f.nombre : nombreCortoActividad({ numero: f.numero, nombre: f.nombre }, 34), 17)),
    datasets: [
      { label: 'Programado', data: filas.map((f) => f.programado), backgroundColor: COLOR_PROGRAMADO, barPercentage: 0.8 },
      { label: 'Logrado', data: filas.map((f) => f.logrado), backgroundColor: COLOR_LOGRADO, barPercentage: 0.8 },
    ],
  };
  const options: ChartOptions<'bar'> = {
    animation: false,
    responsive: false,
    devicePixelRatio: 3,
    events: [],
    layout: { padding: { top: 14 } },
    font: { size: 11 },
    plugins: {
      legend: { position: 'bottom', labels: { font: { size: 11 }, boxWidth: 12 } },
      tooltip: { enabled: false },
    },
    scales: {
      x: { ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: false }, grid: { display: false } },
      y: { beginAtZero: true, suggestedMax: Math.ceil(maximo * 1.15), ticks: { precision: 0, font: { size: 10 } } },
    },
  };
  return (
    <Bar
      data={data}
      options={options}
      plugins={[etiquetas, avisar]}
      width={ANCHO}
      height={ALTO}
      style={{ width: `${ANCHO}px`, height: `${ALTO}px` }}
      role="img"
      aria-label={`Gráfica: programado contra logrado por actividad, ${periodo}. ${filas.map((f) => `${f.numero === null ? f.nombre : nombreActividad({ numero: f.numero, nombre: f.nombre })}: ${f.logrado} de ${f.programado}`).join('; ')}`}
    />
  );
}
