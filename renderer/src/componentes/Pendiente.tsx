import { Alert, AlertTitle, Paper, Typography } from '@mui/material';

/** A screen not built yet says so plainly: nothing pretends to work. */
export function Pendiente({ titulo, descripcion }: { titulo: string; descripcion: string }) {
  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {titulo}
      </Typography>
      <Alert severity="info">
        <AlertTitle>Pantalla en construcción</AlertTitle>
        {descripcion} Todavía no está disponible en esta versión; los datos del POA no se ven afectados.
      </Alert>
    </Paper>
  );
}
