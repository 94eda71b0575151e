import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { describirCambios } from '../../../../shared/domain/reconduccion';
import type { Actividad, Poa, Reconduccion } from '../../../../shared/schemas/poa';

/** The year's reconducciones, oldest first: why each Meta modificada differs from the Meta inicial. */
export function SeccionReconducciones({ poa, actividades, reconducciones }: { poa: Poa; actividades: readonly Actividad[]; reconducciones: readonly Reconduccion[] }) {
  const nombre = (r: Reconduccion) => actividades.find((a) => a.id === r.actividadId)?.nombre ?? '';
  return (
    <Paper component="section" aria-label="Reconducciones" sx={{ mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
        Reconducciones {poa.anio}
      </Typography>
      {reconducciones.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1.5 }}>
          {poa.estado === 'borrador'
            ? 'Mientras el POA es borrador sus metas se editan directamente. Una vez autorizado, cada cambio de metas se registra aquí como reconducción, desde el cronograma.'
            : `Sin reconducciones: las metas del POA ${poa.anio} son las autorizadas.`}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={`Reconducciones ${poa.anio}`}>
            <TableHead>
              <TableRow>
                <TableCell>Fecha</TableCell>
                <TableCell>Actividad</TableCell>
                <TableCell>Cambios</TableCell>
                <TableCell>Meta anual</TableCell>
                <TableCell>Motivo</TableCell>
                <TableCell>Solicitó</TableCell>
                <TableCell>Autorizó</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reconducciones.map((r) => (
                <TableRow key={r.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatearFechaHora(r.fecha)}</TableCell>
                  <TableCell>
                    <strong>{r.numeroActividad}</strong> {nombre(r)}
                  </TableCell>
                  <TableCell>{describirCambios(r.antes.programado, r.despues.programado)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.antes.metaAnual === r.despues.metaAnual ? `${r.despues.metaAnual} (sin cambio)` : `${r.antes.metaAnual} → ${r.despues.metaAnual}`}
                  </TableCell>
                  <TableCell>{r.motivo}</TableCell>
                  <TableCell>{r.solicito}</TableCell>
                  <TableCell>{r.autorizo}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  );
}
