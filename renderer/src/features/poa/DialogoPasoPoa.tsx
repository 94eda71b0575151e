import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * The frame of a step in a POA's life (authorize, close, reopen): what it means, what it asks, why it cannot be taken
 * now (then the button is off and the reason is on screen) and the repository's answer when it refuses.
 */
export function DialogoPasoPoa({
  titulo,
  idTitulo,
  impedimento,
  error,
  textoBoton,
  icono,
  ocupado,
  onConfirmar,
  onCerrar,
  children,
}: {
  titulo: string;
  idTitulo: string;
  impedimento: string | null;
  error: string | undefined;
  textoBoton: string;
  icono: ReactNode;
  /** While what the step depends on is still loading. */
  ocupado?: boolean;
  onConfirmar: () => void;
  onCerrar: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth aria-labelledby={idTitulo}>
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
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained" startIcon={icono} disabled={Boolean(impedimento) || ocupado}>
            {textoBoton}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
