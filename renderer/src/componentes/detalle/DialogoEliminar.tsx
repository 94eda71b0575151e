import { DialogContentText } from '@mui/material';
import { useForm } from 'react-hook-form';
import { CampoTexto } from '../formulario/campos';
import { guardarFormulario } from '../formulario/validacion';
import { DialogoFormulario } from '../formulario/DialogoFormulario';

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
    <DialogoFormulario titulo={titulo} onCerrar={onCerrar} onSubmit={enviar} estado={form.formState} textoBoton={textoBoton} color="error">
      <DialogContentText sx={{ mb: 2 }}>{consecuencia}</DialogContentText>
      <CampoTexto control={form.control} name="motivo" label="Motivo de la eliminación" required autoFocus />
    </DialogoFormulario>
  );
}
