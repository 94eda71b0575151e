import { Chip, Stack, type ChipProps } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { ETIQUETA_ESTATUS_SOLICITUD, type EstatusSolicitud } from '../../../../shared/schemas/solicitudes';

const COLOR: Record<EstatusSolicitud, ChipProps['color']> = {
  recibida: 'info',
  canalizada: 'secondary',
  'en-seguimiento': 'warning',
  atendida: 'success',
  improcedente: 'default',
  cancelada: 'default',
  duplicada: 'default',
};

export function EtiquetaEstatus({ estatus }: { estatus: EstatusSolicitud }) {
  return <Chip size="small" variant="outlined" color={COLOR[estatus]} label={ETIQUETA_ESTATUS_SOLICITUD[estatus]} sx={{ fontWeight: 500 }} />;
}

/** Overdue is said in words and with an icon, not by colour alone. */
export function MarcaVencida() {
  return <Chip size="small" color="error" icon={<WarningAmberIcon />} label="Vencida" />;
}

export function EstatusConVencimiento({ estatus, vencida }: { estatus: EstatusSolicitud; vencida: boolean }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
      <EtiquetaEstatus estatus={estatus} />
      {vencida && <MarcaVencida />}
    </Stack>
  );
}
