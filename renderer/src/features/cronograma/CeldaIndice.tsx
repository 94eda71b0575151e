import { Box, TableCell } from '@mui/material';
import type { ResumenPeriodo } from '../../../../shared/domain/cronograma';
import { formatearIndice } from '../../../../shared/domain/eficiencia';
import { APARIENCIA } from '../../componentes/semaforo';
import { useEnProyector } from '../../hooks/useProyector';

/**
 * A row's year-to-date or annual index: the figure on its semáforo color, with the icon and the word for readers.
 * `sinJuicio` names why a period is shown without semáforo (the year is still running), so it is not read as red.
 */
export function CeldaIndice({ resumen, titulo, sinJuicio }: { resumen: ResumenPeriodo; titulo: string; sinJuicio?: string }) {
  const proyector = useEnProyector();
  const a = APARIENCIA[sinJuicio ? 'por-venir' : resumen.semaforo];
  const estado = sinJuicio ?? a.etiqueta;
  const texto = resumen.indice === null ? 'No aplica' : formatearIndice(resumen.indice);
  return (
    <TableCell
      role="gridcell"
      align="center"
      aria-label={`${titulo}: ${texto}, ${estado}`}
      title={`${titulo} (${resumen.etiqueta}): ${resumen.logrado} de ${resumen.programado} · ${estado}`}
      sx={{ bgcolor: a.fondo, color: a.texto, fontWeight: 700, fontSize: proyector ? 17 : 12.5, px: 0.25, whiteSpace: 'nowrap' }}
    >
      <Box component="span" aria-hidden sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
        <a.Icono sx={{ fontSize: proyector ? 16 : 12, color: a.fuerte }} />
        {resumen.indice === null ? 'N/A' : texto}
      </Box>
    </TableCell>
  );
}
