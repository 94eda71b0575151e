import { Chip, Stack, type ChipProps } from '@mui/material';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { ETIQUETA_ALERTA_VIGENCIA, textoDiasVigencia, type AlertaVigencia } from '../../../../../shared/domain/convenios';
import {
  ETIQUETA_ESTATUS_ACUERDO,
  ETIQUETA_ESTATUS_APOYO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_EVENTO,
  ETIQUETA_ESTATUS_MESA,
  type Acuerdo,
  type Apoyo,
  type Convenio,
  type Evento,
  type Mesa,
} from '../../../../../shared/schemas/modulos';

type Color = ChipProps['color'];

function Etiqueta({ texto, color }: { texto: string; color: Color }) {
  return <Chip size="small" variant="outlined" color={color} label={texto} sx={{ fontWeight: 500 }} />;
}

const COLOR_APOYO: Record<Apoyo['estatus'], Color> = { gestionado: 'info', autorizado: 'secondary', entregado: 'success', rechazado: 'default' };
export const EtiquetaApoyo = ({ estatus }: { estatus: Apoyo['estatus'] }) => <Etiqueta texto={ETIQUETA_ESTATUS_APOYO[estatus]} color={COLOR_APOYO[estatus]} />;

export const EtiquetaJornada = ({ realizada }: { realizada: boolean }) => (
  <Etiqueta texto={realizada ? 'Realizada' : 'Por realizar'} color={realizada ? 'success' : 'info'} />
);

const COLOR_EVENTO: Record<Evento['estatus'], Color> = { programado: 'info', realizado: 'success', cancelado: 'default' };
export const EtiquetaEvento = ({ estatus }: { estatus: Evento['estatus'] }) => <Etiqueta texto={ETIQUETA_ESTATUS_EVENTO[estatus]} color={COLOR_EVENTO[estatus]} />;

const COLOR_MESA: Record<Mesa['estatus'], Color> = { programada: 'info', asistida: 'success', cancelada: 'default' };
export const EtiquetaMesa = ({ estatus }: { estatus: Mesa['estatus'] }) => <Etiqueta texto={ETIQUETA_ESTATUS_MESA[estatus]} color={COLOR_MESA[estatus]} />;

const COLOR_ACUERDO: Record<Acuerdo['estatus'], Color> = { pendiente: 'warning', 'en-proceso': 'info', cumplido: 'success' };
export const EtiquetaAcuerdo = ({ estatus }: { estatus: Acuerdo['estatus'] }) => <Etiqueta texto={ETIQUETA_ESTATUS_ACUERDO[estatus]} color={COLOR_ACUERDO[estatus]} />;

const COLOR_CONVENIO: Record<Convenio['estatus'], Color> = { 'en-tramite': 'info', vigente: 'success', renovado: 'success', vencido: 'default', cancelado: 'default' };

/**
 * A convenio's status and, when it needs attention, a filled label that says it in words (Por vencer, Vencido)
 * with an icon, so it is not told by colour alone; the days left are in its accessible name and tooltip.
 */
export function EstatusConvenio({ estatus, alerta, dias }: { estatus: Convenio['estatus']; alerta: AlertaVigencia | null; dias: number | null }) {
  const detalle = dias === null ? '' : textoDiasVigencia(dias);
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <Etiqueta texto={ETIQUETA_ESTATUS_CONVENIO[estatus]} color={COLOR_CONVENIO[estatus]} />
      {alerta && (estatus !== 'vencido' || alerta !== 'vencido') && (
        <Chip
          size="small"
          color={alerta === 'vencido' ? 'error' : 'warning'}
          icon={alerta === 'vencido' ? <EventBusyIcon /> : <ScheduleIcon />}
          label={ETIQUETA_ALERTA_VIGENCIA[alerta]}
          title={detalle}
          aria-label={detalle ? `${ETIQUETA_ALERTA_VIGENCIA[alerta]}: ${detalle.toLowerCase()}` : ETIQUETA_ALERTA_VIGENCIA[alerta]}
        />
      )}
    </Stack>
  );
}
