import { Button, Paper, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

/** Title of a record's detail with the way back to its list, its status chips and a toolbar of actions. */
export function EncabezadoDetalle({
  volverA,
  volverTexto,
  titulo,
  etiquetas,
  acciones,
  nombreAcciones,
}: {
  volverA: string;
  volverTexto: string;
  titulo: string;
  etiquetas?: ReactNode;
  acciones?: ReactNode;
  nombreAcciones: string;
}) {
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={volverA} startIcon={<ArrowBackIcon />} size="small">
          {volverTexto}
        </Button>
        <Typography variant="h5" component="h1">
          {titulo}
        </Typography>
        {etiquetas}
      </Stack>
      {acciones && (
        <Paper variant="outlined" sx={{ display: 'flex', gap: 1, p: 1, mb: 2, alignItems: 'center', flexWrap: 'wrap' }} role="toolbar" aria-label={nombreAcciones}>
          {acciones}
        </Paper>
      )}
    </>
  );
}
