import { Typography } from '@mui/material';

export function ImpresionHoja() {
  return <Typography sx={{ p: 4 }}>La hoja mensual todavía no está disponible.</Typography>;
}
