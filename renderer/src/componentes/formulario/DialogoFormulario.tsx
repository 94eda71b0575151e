import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { FormEventHandler, ReactNode } from 'react';
import type { EstadoEnvio } from './FormularioRegistro';

/**
 * A dialog that is a form: Enter in a one-line box submits, the general error (what no field owns) goes under the
 * fields, and Cancelar and the action close it. Opened from inside another form (a new beneficiary from the apoyo's),
 * it submits only itself: React would otherwise carry its submit through the portal to the form under it.
 */
export function DialogoFormulario({
  titulo,
  ancho = 'sm',
  idTitulo,
  etiqueta,
  onCerrar,
  onSubmit,
  estado,
  textoBoton,
  color = 'primary',
  enfocarBoton,
  otrosErrores,
  children,
}: {
  titulo: ReactNode;
  ancho?: 'xs' | 'sm' | 'md';
  idTitulo?: string;
  /** The form's accessible name, when the dialog's title is not enough. */
  etiqueta?: string;
  onCerrar: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  estado: EstadoEnvio;
  textoBoton: string;
  color?: 'primary' | 'error';
  enfocarBoton?: boolean;
  /** Errors of fields the dialog does not show, under the general one. */
  otrosErrores?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog open onClose={onCerrar} maxWidth={ancho} fullWidth aria-labelledby={idTitulo}>
      <form
        onSubmit={(e) => {
          e.stopPropagation();
          onSubmit(e);
        }}
        noValidate
        aria-label={etiqueta}
      >
        <DialogTitle id={idTitulo}>{titulo}</DialogTitle>
        <DialogContent dividers>
          {children}
          {estado.errors.root && <Alert severity="error">{estado.errors.root.message}</Alert>}
          {otrosErrores}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained" color={color} disabled={estado.isSubmitting} autoFocus={enfocarBoton}>
            {textoBoton}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
