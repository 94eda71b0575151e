import { estadoDelPeriodo } from '../../../../shared/domain/enCurso';
import { Box, TableCell, TableRow } from '@mui/material';
import type { FilaCronograma } from '../../../../shared/domain/cronograma';
import { formatearIndice } from '../../../../shared/domain/eficiencia';
import { mesesDelPeriodo } from '../../../../shared/domain/periodos';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import { APARIENCIA } from '../../componentes/semaforo';
import { momentoDelPeriodo, type Hoy } from '../../hooks/tiempo';

/**
 * Under a row reported bimestral or trimestral (the seed's BIMESTRAL), its own reporting periods in the monthly
 * view: each spans its months and shows the period's index, the figure that row reports.
 */
export function FilaReporte({ fila, anio, hoy }: { fila: FilaCronograma; anio: number; hoy: Hoy }) {
  const a = fila.actividad;
  return (
    <TableRow aria-label={`Actividad ${a.numero}: reporte ${ETIQUETA_FRECUENCIA[a.frecuencia].toLowerCase()}`}>
      <TableCell
        component="th"
        scope="row"
        sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: '#fafafa', borderRight: '2px solid rgba(0,0,0,0.25)', py: 0, px: 1, pl: 4.5, fontSize: 11, color: 'text.secondary', whiteSpace: 'nowrap' }}
      >
        ↳ Reporte {ETIQUETA_FRECUENCIA[a.frecuencia].toLowerCase()}
      </TableCell>
      <TableCell sx={{ bgcolor: '#fafafa', p: 0 }} />
      {fila.periodosFrecuencia.map((r) => {
        const momento = momentoDelPeriodo(anio, r.periodo, hoy);
        const ap = APARIENCIA[estadoDelPeriodo(r.semaforo, momento)];
        const indice = r.indice === null ? 'No aplica' : formatearIndice(r.indice);
        return (
          <TableCell
            key={r.etiqueta}
            role="gridcell"
            colSpan={mesesDelPeriodo(r.periodo).length}
            align="center"
            aria-label={`${r.etiqueta}: logrado ${r.logrado} de ${r.programado}, índice ${indice}, ${ap.etiqueta}`}
            title={`${r.etiqueta}: ${r.logrado} de ${r.programado}`}
            sx={{ p: 0.25, bgcolor: '#fafafa', borderRight: '2px solid #5f6368' }}
          >
            <Box
              aria-hidden
              sx={{
                bgcolor: ap.fondo,
                color: ap.texto,
                border: `1px solid ${ap.fuerte}`,
                borderRadius: 1,
                fontSize: 10.5,
                fontWeight: 700,
                lineHeight: '16px',
              }}
            >
              {/* Where «logrado/programado · índice» does not fit in its months, the index goes to a second line. */}
              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                {r.logrado}/{r.programado}
              </Box>
              {' · '}
              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                {r.indice === null ? 'N/A' : indice}
              </Box>
            </Box>
          </TableCell>
        );
      })}
      <TableCell colSpan={6} sx={{ bgcolor: '#fafafa', p: 0 }} />
    </TableRow>
  );
}
