import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Chip } from '@mui/material';
import type { SvgIconProps } from '@mui/material';
import type { ComponentType } from 'react';
import { ETIQUETA_SEMAFORO, formatearIndice } from '../../../shared/domain/eficiencia';
import { ETIQUETA_EN_CURSO, type EstadoPeriodo } from '../../../shared/domain/enCurso';

/**
 * How a semáforo looks on screen and on a projector: a light background that keeps dark text legible, a strong
 * color for charts, and always an icon and a word, so the state never depends on color alone.
 * `en-curso` is the period in progress and `por-venir` one that has not started: neither is judged yet.
 */
export type EstadoCelda = EstadoPeriodo;

interface Apariencia {
  fondo: string;
  texto: string;
  fuerte: string;
  etiqueta: string;
  Icono: ComponentType<SvgIconProps>;
}

export const APARIENCIA: Record<EstadoCelda, Apariencia> = {
  verde: { fondo: '#d7eed8', texto: '#1b5e20', fuerte: '#2e7d32', etiqueta: ETIQUETA_SEMAFORO.verde, Icono: CheckCircleIcon },
  ambar: { fondo: '#ffe4b8', texto: '#7a4100', fuerte: '#ef8f00', etiqueta: ETIQUETA_SEMAFORO.ambar, Icono: ReportProblemIcon },
  rojo: { fondo: '#fbd3d3', texto: '#a31515', fuerte: '#c62828', etiqueta: ETIQUETA_SEMAFORO.rojo, Icono: ErrorIcon },
  'no-aplica': {
    fondo: '#f1f1f3',
    texto: '#5f6368',
    fuerte: '#9e9e9e',
    etiqueta: ETIQUETA_SEMAFORO['no-aplica'],
    Icono: RemoveCircleOutlineIcon,
  },
  'en-curso': { fondo: '#e3ecf7', texto: '#1f4e79', fuerte: '#4a78a8', etiqueta: ETIQUETA_EN_CURSO, Icono: HourglassTopIcon },
  'por-venir': { fondo: '#ffffff', texto: '#5f6368', fuerte: '#bdbdbd', etiqueta: 'Por venir', Icono: ScheduleIcon },
};

/** The index with its semáforo as a chip: "87.5 % · En riesgo". */
export function ChipSemaforo({ indice, estado, compacto = false }: { indice: number | null; estado: EstadoCelda; compacto?: boolean }) {
  const a = APARIENCIA[estado];
  const texto = indice === null ? a.etiqueta : compacto ? formatearIndice(indice) : `${formatearIndice(indice)} · ${a.etiqueta}`;
  return (
    <Chip
      size="small"
      icon={<a.Icono sx={{ '&&': { color: a.fuerte } }} />}
      label={texto}
      aria-label={indice === null ? a.etiqueta : `${formatearIndice(indice)}, ${a.etiqueta}`}
      title={a.etiqueta}
      sx={{ bgcolor: a.fondo, color: a.texto, fontWeight: 600, border: `1px solid ${a.fuerte}` }}
    />
  );
}
