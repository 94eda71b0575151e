import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** The page around the sign-in and the first-run setup: the app's name over one centred card. */
export function MarcoAcceso({
  titulo,
  subtitulo,
  ancho,
  idTitulo,
  children,
}: {
  titulo: string;
  subtitulo?: string;
  ancho: number;
  /** The title's id, for a dialog it names. */
  idTitulo?: string;
  children: ReactNode;
}) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', p: 3, bgcolor: 'background.default' }}>
      <Box sx={{ width: '100%', maxWidth: ancho, mt: { xs: 2, md: 4 } }}>
        <Typography variant="overline" component="p" color="primary" sx={{ fontWeight: 700, letterSpacing: 1 }}>
          POA Gestión Social
        </Typography>
        <Typography variant="h5" component="h1" id={idTitulo}>
          {titulo}
        </Typography>
        {subtitulo && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {subtitulo}
          </Typography>
        )}
        <Paper sx={{ p: 3, mt: subtitulo ? 0 : 2 }}>{children}</Paper>
      </Box>
    </Box>
  );
}
