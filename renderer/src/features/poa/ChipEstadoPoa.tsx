import { Chip } from '@mui/material';
import type { EstadoPoa, Poa } from '../../../../shared/schemas/poa';
import { textoEstadoPoa } from './anioPoa';

const COLOR: Record<EstadoPoa, 'default' | 'success' | 'secondary'> = { borrador: 'default', autorizado: 'success', cerrado: 'secondary' };

/** The POA's state as one line: "Borrador", "Autorizado por … el dd/mm/aaaa", "Cerrado el dd/mm/aaaa". */
export function ChipEstadoPoa({ poa }: { poa: Pick<Poa, 'estado' | 'autorizacion' | 'cierre'> }) {
  return <Chip label={textoEstadoPoa(poa)} color={COLOR[poa.estado]} variant={poa.estado === 'borrador' ? 'outlined' : 'filled'} />;
}
