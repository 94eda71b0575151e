import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useForm } from 'react-hook-form';
import { CampoTexto } from '../../solicitudes/campos';
import { guardarFormulario } from '../../solicitudes/valores';

/**
 * Deleting asks why: the record is only marked deleted (it still travels to the other PCs) and the reason goes to
 * the bitácora with who did it.
 */
export function DialogoEliminar({
  titulo,
  consecuencia,
  textoBoton,
  eliminar,
  onCerrar,
  onEliminado,
}: {
  titulo: string;
  consecuencia: string;
  textoBoton: string;
  eliminar: (motivo: string) => Promise<unknown>;
  onCerrar: () => void;
  onEliminado: () => void;
}) {
  const form = useForm<{ motivo: string }>({ defaultValues: { motivo: '' } });
  const enviar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => eliminar(v.motivo))) onEliminado();
  });
  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth>
      <form onSubmit={enviar} noValidate>
        <DialogTitle>{titulo}</DialogTitle>
        <DialogContent dividers>
          <DialogContentText sx={{ mb: 2 }}>{consecuencia}</DialogContentText>
          <CampoTexto control={form.control} name="motivo" label="Motivo de la eliminación" required autoFocus />
          {form.formState.errors.root && <Alert severity="error">{form.formState.errors.root.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained" color="error" disabled={form.formState.isSubmitting}>
            {textoBoton}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
