import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { describirCambios } from '../../../../shared/domain/reconduccion';
import type { Reconduccion } from '../../../../shared/schemas/poa';

/** "diciembre 7 → 9; meta anual 90 → 92": what a reconducción changed. */
export function textoCambios(r: Pick<Reconduccion, 'antes' | 'despues'>): string {
  const meses = describirCambios(r.antes.programado, r.despues.programado);
  return r.antes.metaAnual === r.despues.metaAnual ? meses : `${meses}; meta anual ${r.antes.metaAnual} → ${r.despues.metaAnual}`;
}

/** The activity's reconducciones so far, newest first: the signed history behind its Meta modificada. */
export function HistorialReconducciones({ reconducciones }: { reconducciones: readonly Reconduccion[] }) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" id="titulo-reconducciones" sx={{ mb: 0.5 }}>
        Reconducciones de esta actividad ({reconducciones.length})
      </Typography>
      {reconducciones.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Sus metas siguen como se autorizaron.
        </Typography>
      ) : (
        <Table size="small" aria-labelledby="titulo-reconducciones" sx={{ '& td, & th': { fontSize: 12.5, px: 1, verticalAlign: 'top' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 112 }}>Fecha</TableCell>
              <TableCell>Cambios</TableCell>
              <TableCell>Motivo</TableCell>
              <TableCell sx={{ width: 130 }}>Solicitó</TableCell>
              <TableCell sx={{ width: 130 }}>Autorizó</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...reconducciones].reverse().map((r) => (
              <TableRow key={r.id}>
                <TableCell>
                  {formatearFechaHora(r.fecha)}
                  <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 11.5 }}>
                    {r.usuario}
                  </Box>
                </TableCell>
                <TableCell>{textoCambios(r)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-line' }}>{r.motivo}</TableCell>
                <TableCell>{r.solicito}</TableCell>
                <TableCell>{r.autorizo}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
