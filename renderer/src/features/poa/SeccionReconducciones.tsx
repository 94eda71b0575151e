import { Paper, TableContainer, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { describirCambios } from '../../../../shared/domain/reconduccion';
import type { Actividad, Poa, Reconduccion } from '../../../../shared/schemas/poa';
import { Tabla, type ColumnaTabla } from '../../componentes/Tabla';

/** The year's reconducciones, oldest first: why each Meta modificada differs from the Meta inicial. */
export function SeccionReconducciones({ poa, actividades, reconducciones }: { poa: Poa; actividades: readonly Actividad[]; reconducciones: readonly Reconduccion[] }) {
  const nombre = (r: Reconduccion) => actividades.find((a) => a.id === r.actividadId)?.nombre ?? '';
  const columnas: ColumnaTabla<Reconduccion>[] = [
    { titulo: 'Fecha', celda: (r) => formatearFechaHora(r.fecha), sx: { whiteSpace: 'nowrap' } },
    {
      titulo: 'Actividad',
      celda: (r) => (
        <>
          <strong>{r.numeroActividad}</strong> {nombre(r)}
        </>
      ),
    },
    { titulo: 'Cambios', celda: (r) => describirCambios(r.antes.programado, r.despues.programado) },
    {
      titulo: 'Meta anual',
      celda: ({ antes, despues }) => (antes.metaAnual === despues.metaAnual ? `${despues.metaAnual} (sin cambio)` : `${antes.metaAnual} → ${despues.metaAnual}`),
      sx: { whiteSpace: 'nowrap' },
    },
    { titulo: 'Motivo', celda: (r) => r.motivo },
    { titulo: 'Solicitó', celda: (r) => r.solicito },
    { titulo: 'Autorizó', celda: (r) => r.autorizo },
  ];
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
          <Tabla filas={reconducciones} columnas={columnas} clave={(r) => r.id} etiqueta={`Reconducciones ${poa.anio}`} />
        </TableContainer>
      )}
    </Paper>
  );
}
