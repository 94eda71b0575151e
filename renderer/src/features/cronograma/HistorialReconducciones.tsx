import { Box, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { describirCambios } from '../../../../shared/domain/reconduccion';
import type { Reconduccion } from '../../../../shared/schemas/poa';
import { Tabla, type ColumnaTabla } from '../../componentes/Tabla';

/** "diciembre 7 → 9; meta anual 90 → 92": what a reconducción changed. */
export function textoCambios(r: Pick<Reconduccion, 'antes' | 'despues'>): string {
  const meses = describirCambios(r.antes.programado, r.despues.programado);
  return r.antes.metaAnual === r.despues.metaAnual ? meses : `${meses}; meta anual ${r.antes.metaAnual} → ${r.despues.metaAnual}`;
}

const COLUMNAS: ColumnaTabla<Reconduccion>[] = [
  {
    titulo: 'Fecha',
    ancho: 112,
    celda: (r) => (
      <>
        {formatearFechaHora(r.fecha)}
        <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 11.5 }}>
          {r.usuario}
        </Box>
      </>
    ),
  },
  { titulo: 'Cambios', celda: textoCambios },
  { titulo: 'Motivo', celda: (r) => r.motivo, sx: { whiteSpace: 'pre-line' } },
  { titulo: 'Solicitó', ancho: 130, celda: (r) => r.solicito },
  { titulo: 'Autorizó', ancho: 130, celda: (r) => r.autorizo },
];

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
        <Tabla
          filas={[...reconducciones].reverse()}
          columnas={COLUMNAS}
          clave={(r) => r.id}
          etiquetadaPor="titulo-reconducciones"
          sx={{ '& td, & th': { fontSize: 12.5, px: 1, verticalAlign: 'top' } }}
        />
      )}
    </Box>
  );
}
