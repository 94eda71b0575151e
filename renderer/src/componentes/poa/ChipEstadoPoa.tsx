import { Chip } from '@mui/material';
import { textoEstadoPoa, type EstadoPoaReporte } from '../../../../shared/reportes/estadoPoa';
import type { EstadoPoa } from '../../../../shared/schemas/poa';

const COLOR: Record<EstadoPoa, 'default' | 'success' | 'secondary'> = { borrador: 'default', autorizado: 'success', cerrado: 'secondary' };

/** The POA's state as one line, in the same words as the printed sheets and the workbook. */
export function ChipEstadoPoa({ poa }: { poa: EstadoPoaReporte }) {
  return <Chip label={textoEstadoPoa(poa)} color={COLOR[poa.estado]} variant={poa.estado === 'borrador' ? 'outlined' : 'filled'} />;
}
