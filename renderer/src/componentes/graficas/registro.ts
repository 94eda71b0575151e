import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/**
 * Only the chart.js pieces the tablero draws are registered (bars, a line, a doughnut), so the bundle carries no
 * unused chart types. Imported for its effect by the tablero's chart (Grafica) and the sheet's.
 */
ChartJS.register(BarController, LineController, DoughnutController, BarElement, LineElement, PointElement, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

ChartJS.defaults.locale = 'es-MX';
ChartJS.defaults.font.family = 'Roboto, "Segoe UI", Arial, sans-serif';
ChartJS.defaults.font.size = 13;
ChartJS.defaults.color = '#333';
ChartJS.defaults.plugins.legend.labels.boxWidth = 14;

export { ChartJS };
