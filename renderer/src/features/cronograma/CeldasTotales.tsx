import { Box, TableCell, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { TotalCronograma } from '../../../../shared/domain/cronograma';
import { formatearPorcentaje } from '../../../../shared/domain/formato';
import { CeldaIndice } from './CeldaIndice';

export const FONDO_TOTAL = '#f4eef1';

/** What the year-end columns read of a row: an activity's or the POA total's. */
type Totales = Pick<TotalCronograma, 'metaProgramadaN' | 'metaProgramadaPct' | 'metaAlcanzadaN' | 'metaAlcanzadaPct' | 'diferenciaMeta' | 'acumulado' | 'anual'>;

/**
 * The columns after the periods, as in the POA's cronograma: Meta Programada and Meta Alcanzada (N° and %), then the
 * index to date and for the year. An activity whose months do not add up to its annual goal is flagged at its N°; the
 * POA total's row is in bold on its own background.
 */
export function CeldasTotales({
  fila,
  total = false,
  hasta,
  sinJuicioAcumulado,
  sinJuicioAnual,
  soloIndices = false,
}: {
  fila: Totales;
  total?: boolean;
  /** The projector view keeps only the two indices. */
  soloIndices?: boolean;
  /** Up to when the index to date runs: "a octubre" (hastaElCorte). */
  hasta: string;
  sinJuicioAcumulado?: string;
  sinJuicioAnual?: string;
}) {
  const fondo = total ? FONDO_TOTAL : undefined;
  const descuadre = !total && fila.diferenciaMeta !== 0;
  const indices = (
    <>
      <CeldaIndice resumen={fila.acumulado} titulo={`Índice acumulado ${hasta}`} sinJuicio={sinJuicioAcumulado} />
      <CeldaIndice resumen={fila.anual} titulo="Índice anual" sinJuicio={sinJuicioAnual} />
    </>
  );
  if (soloIndices) return indices;
  return (
    <>
      <TableCell
        role="gridcell"
        align="center"
        aria-label={descuadre ? 'Meta Programada N°: la suma mensual no coincide con la meta anual' : 'Meta Programada N°'}
        sx={{ fontWeight: total ? 800 : 600, bgcolor: fondo, px: 0.25 }}
      >
        {descuadre ? (
          <Tooltip title={`La suma mensual no coincide con la meta anual (diferencia ${fila.diferenciaMeta > 0 ? '+' : ''}${fila.diferenciaMeta})`}>
            <Box component="span" sx={{ color: 'error.main', display: 'inline-flex', alignItems: 'center' }}>
              <WarningAmberIcon sx={{ fontSize: 13 }} aria-hidden />
              {fila.metaProgramadaN}
            </Box>
          </Tooltip>
        ) : (
          fila.metaProgramadaN
        )}
      </TableCell>
      <TableCell role="gridcell" align="center" aria-label="Meta Programada %" sx={{ bgcolor: fondo, px: 0.25, fontSize: 12 }}>
        {formatearPorcentaje(fila.metaProgramadaPct, 0)}
      </TableCell>
      <TableCell role="gridcell" align="center" aria-label="Meta Alcanzada N°" sx={{ fontWeight: total ? 800 : 700, bgcolor: fondo, px: 0.25 }}>
        {fila.metaAlcanzadaN}
      </TableCell>
      <TableCell role="gridcell" align="center" aria-label="Meta Alcanzada %" sx={{ bgcolor: fondo, px: 0.25, fontSize: 12 }}>
        {formatearPorcentaje(fila.metaAlcanzadaPct, 1)}
      </TableCell>
      {indices}
    </>
  );
}
