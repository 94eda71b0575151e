import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function EncabezadoPagina({ titulo, subtitulo, acciones }: { titulo: string; subtitulo?: string; acciones?: ReactNode }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2, gap: 2, flexWrap: 'wrap' }}>
      <div>
        <Typography variant="h5" component="h1">
          {titulo}
        </Typography>
        {subtitulo && (
          <Typography variant="body2" color="text.secondary">
            {subtitulo}
          </Typography>
        )}
      </div>
      {acciones && <Stack direction="row" spacing={1}>{acciones}</Stack>}
    </Stack>
  );
}
