import { Paper, Typography } from '@mui/material';

/** What a screen about a POA year shows while there is no POA at all. */
export function AvisoSinPoa() {
  return (
    <Paper sx={{ p: 3 }}>
      <Typography>No hay un POA cargado. Vaya a Configuración para crear uno.</Typography>
    </Paper>
  );
}
