import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useEnProyector } from '../../hooks/useProyector';

/** A chart in a card with its title; with nothing to draw it says so instead of showing empty axes. */
export function TarjetaGrafica({
  titulo,
  subtitulo,
  alto = 260,
  vacio,
  children,
}: {
  titulo: string;
  subtitulo?: string;
  alto?: number;
  /** When set, the message shown instead of the chart. */
  vacio?: string | false;
  children: ReactNode;
}) {
  const proyector = useEnProyector();
  return (
    <Paper component="section" aria-label={titulo} sx={{ p: 2, height: '100%' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, lineHeight: 1.3, fontSize: proyector ? 21 : undefined }}>
        {titulo}
      </Typography>
      {subtitulo && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1, fontSize: proyector ? 15 : undefined }}>
          {subtitulo}
        </Typography>
      )}
      <Box sx={{ position: 'relative', height: proyector ? Math.round(alto * 1.3) : alto }}>
        {vacio ? (
          <Box sx={{ height: '100%', display: 'grid', placeItems: 'center', color: 'text.secondary', bgcolor: '#fafafa', borderRadius: 1 }}>
            <Typography variant="body2">{vacio}</Typography>
          </Box>
        ) : (
          children
        )}
      </Box>
    </Paper>
  );
}
