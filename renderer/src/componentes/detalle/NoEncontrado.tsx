import { Alert, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';

/** A detail address whose record does not exist or was deleted says so, with the way back. */
export function NoEncontrado({ mensaje, volverA }: { mensaje: string; volverA: string }) {
  return (
    <Alert
      severity="warning"
      action={
        <Button component={RouterLink} to={volverA}>
          Volver a la lista
        </Button>
      }
    >
      {mensaje}
    </Alert>
  );
}
