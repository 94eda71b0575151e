import { Grid } from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { datosAcuerdoSchema, ESTATUS_ACUERDO, ETIQUETA_ESTATUS_ACUERDO, type Acuerdo, type DatosAcuerdo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { crearAcuerdo, editarAcuerdo } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../../componentes/formulario/campos';
import { guardarFormulario } from '../../../componentes/formulario/validacion';
import { DialogoFormulario } from '../../../componentes/formulario/DialogoFormulario';

/** Adds (acuerdo null) or updates an acuerdo of a mesa: what was agreed, who does it, by when, how it goes. */
export function DialogoAcuerdo({ mesaId, acuerdo, onCerrar }: { mesaId: string; acuerdo: Acuerdo | null; onCerrar: () => void }) {
  const inicial: DatosAcuerdo = acuerdo ?? { mesaId, texto: '', responsable: '', fechaCompromiso: null, estatus: 'pendiente' };
  const form = useForm({ defaultValues: inicial, resolver: zodResolver(datosAcuerdoSchema) });
  const { control, formState } = form;
  const enviar = form.handleSubmit(async (datos) => {
    if (await guardarFormulario(form, () => (acuerdo ? editarAcuerdo(db, acuerdo.id, datos) : crearAcuerdo(db, mesaId, datos)))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={acuerdo ? 'Actualizar acuerdo' : 'Nuevo acuerdo'}
      idTitulo="titulo-acuerdo"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={formState}
      textoBoton={acuerdo ? 'Guardar acuerdo' : 'Agregar acuerdo'}
    >
      <Grid container columnSpacing={1.5}>
        <Grid size={12}>
          <CampoTexto control={control} name="texto" label="Acuerdo" required multiline minRows={2} autoFocus />
        </Grid>
        <Grid size={12}>
          <CampoTexto control={control} name="responsable" label="Responsable" required />
        </Grid>
        <Grid size={6}>
          <CampoFecha control={control} name="fechaCompromiso" opcional label="Fecha compromiso" />
        </Grid>
        <Grid size={6}>
          <CampoOpciones control={control} name="estatus" label="Estatus del acuerdo" required valores={ESTATUS_ACUERDO} etiquetas={ETIQUETA_ESTATUS_ACUERDO} />
        </Grid>
      </Grid>
    </DialogoFormulario>
  );
}
