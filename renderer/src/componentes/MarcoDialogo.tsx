import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The frame of a dialog that is a form with one action (close a period, authorize a POA, edit an activity): what it
 * shows or asks, why the action cannot be taken now (then the button is off and the reason is on screen), the
 * repository's answer when it refuses, and Cancelar beside the action. Enter in a one-line box takes the action.
 */
export function MarcoDialogo({
  titulo,
  idTitulo,
  ancho = 'sm',
  impedimento,
  error,
  textoBoton,
  icono,
  ocupado,
  soloLectura = false,
  onConfirmar,
  onCerrar,
  children,
}: {
  titulo: ReactNode;
  idTitulo?: string;
  ancho?: 'sm' | 'lg';
  impedimento?: string | null;
  /** What the repository refused that no field shows. */
  error?: string;
  textoBoton: string;
  icono?: ReactNode;
  /** While what the action depends on is still loading. */
  ocupado?: boolean;
  /** Nothing can change (a closed POA's activity): only a Cerrar button. */
  soloLectura?: boolean;
  onConfirmar: () => void;
  onCerrar: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onCerrar} maxWidth={ancho} fullWidth aria-labelledby={idTitulo}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onConfirmar();
        }}
      >
        <DialogTitle id={idTitulo}>{titulo}</DialogTitle>
        <DialogContent dividers>
          {children}
          {impedimento && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {impedimento}
            </Alert>
          )}
          {error && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>{soloLectura ? 'Cerrar' : 'Cancelar'}</Button>
          {!soloLectura && (
            <Button type="submit" variant="contained" startIcon={icono} disabled={Boolean(impedimento) || ocupado}>
              {textoBoton}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
