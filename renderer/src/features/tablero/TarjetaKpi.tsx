import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useEnProyector } from '../../hooks/useProyector';

/** A headline figure of the tablero: big enough to read on a projector, with what it counts underneath. */
export function TarjetaKpi({
  titulo,
  valor,
  detalle,
  color,
  icono,
}: {
  titulo: string;
  valor: string;
  detalle: ReactNode;
  color: string;
  icono: ReactNode;
}) {
  const proyector = useEnProyector();
  return (
    <Paper
      component="section"
      aria-label={`${titulo}: ${valor}`}
      sx={{ p: 2, height: '100%', borderTop: `5px solid ${color}`, display: 'flex', gap: 1.5, alignItems: 'flex-start' }}
    >
      <Box sx={{ color, mt: 0.5, '& svg': { fontSize: 34 } }} aria-hidden>
        {icono}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontWeight: 600, fontSize: proyector ? 18 : undefined }}>
          {titulo}
        </Typography>
        <Typography component="div" sx={{ fontSize: proyector ? 52 : 34, fontWeight: 800, lineHeight: 1.15, color }}>
          {valor}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ fontSize: proyector ? 15 : undefined }}>
          {detalle}
        </Typography>
      </Box>
    </Paper>
  );
}
