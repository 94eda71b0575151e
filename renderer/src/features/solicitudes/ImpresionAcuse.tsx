import { Typography } from '@mui/material';

export function ImpresionAcuse() {
  return <Typography sx={{ p: 4 }}>El acuse de solicitudes todavía no está disponible.</Typography>;
}
