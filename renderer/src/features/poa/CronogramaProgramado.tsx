import { Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import type { DatosPoa } from '../../hooks/usePoa';

/**
 * The POA's cronograma as the document draws it: the X of each scheduled month with its programmed goal, the annual
 * goal (with the authorized one beside it once a reconducción changed it), frequency and dates.
 */
export function CronogramaProgramado({ datos: { poa, actividades } }: { datos: DatosPoa }) {
  const celda = { border: 1, borderColor: 'divider' } as const;
  return (
    <Paper sx={{ mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
        Cronograma programado {poa.anio}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Cronograma programado" sx={{ '& td, & th': { px: 0.75 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={celda}>N°</TableCell>
              <TableCell sx={celda}>Actividad</TableCell>
              <TableCell sx={celda}>Responsable</TableCell>
              <TableCell sx={celda}>Unidad de medida</TableCell>
              <TableCell sx={celda} align="right">
                Meta Anual
              </TableCell>
              {NOMBRES_MES.map((m) => (
                <TableCell key={m} sx={{ ...celda, textTransform: 'capitalize' }} align="center">
                  {m.slice(0, 3)}
                </TableCell>
              ))}
              <TableCell sx={celda}>Frecuencia</TableCell>
              <TableCell sx={celda}>Inicio / fin</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {actividades.map((a) => (
              <TableRow key={a.id} aria-label={`Actividad ${a.numero}`}>
                <TableCell sx={celda}>{a.numero}</TableCell>
                <TableCell sx={celda}>{a.nombre}</TableCell>
                <TableCell sx={celda}>{a.responsable}</TableCell>
                <TableCell sx={celda}>{a.unidadMedida}</TableCell>
                <TableCell sx={celda} align="right" aria-label="Meta anual">
                  <strong>{a.metaAnual}</strong>
                  {a.inicial && a.inicial.metaAnual !== a.metaAnual && (
                    <Typography variant="caption" component="div" color="text.secondary">
                      inicial {a.inicial.metaAnual}
                    </Typography>
                  )}
                </TableCell>
                {a.meses.map((marcado, i) => (
                  <TableCell
                    key={i}
                    sx={{ ...celda, bgcolor: marcado ? 'rgba(123,30,58,0.08)' : undefined }}
                    align="center"
                    aria-label={`${NOMBRES_MES[i]}: ${marcado ? `programado ${a.programado[i]}` : 'sin programar'}`}
                  >
                    {marcado ? 'X' : ''}
                    <Typography variant="caption" component="div" color="text.secondary">
                      {a.programado[i]}
                    </Typography>
                  </TableCell>
                ))}
                <TableCell sx={celda}>
                  <Chip size="small" label={ETIQUETA_FRECUENCIA[a.frecuencia]} />
                </TableCell>
                <TableCell sx={celda}>
                  {a.fechaInicio ? `${formatearFecha(a.fechaInicio)} – ${a.fechaFin ? formatearFecha(a.fechaFin) : ''}` : a.frecuencia.toUpperCase()}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ p: 2 }}>
        <Typography variant="subtitle2">Indicador de medida: Índice de Eficiencia</Typography>
        <Typography variant="body2" color="text.secondary">
          Índice de Eficiencia = Actividades Logradas / Actividades Programadas × 100
        </Typography>
      </Box>
    </Paper>
  );
}
