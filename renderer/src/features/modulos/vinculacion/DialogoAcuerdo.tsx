import { Grid } from '@mui/material';
import { useForm } from 'react-hook-form';
import { datosAcuerdoSchema, ESTATUS_ACUERDO, ETIQUETA_ESTATUS_ACUERDO, type Acuerdo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { validar } from '../../../db/errores';
import { crearAcuerdo, editarAcuerdo } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../solicitudes/campos';
import { erroresDe, guardarFormulario, resolverCon } from '../../solicitudes/valores';
import { DialogoFormulario } from '../comun/DialogoFormulario';
import { acuerdoAValores, acuerdoNuevo, aDatosAcuerdo, type ValoresAcuerdo } from './valoresVinculacion';

/** Adds (acuerdo null) or updates an acuerdo of a mesa: what was agreed, who does it, by when, how it goes. */
export function DialogoAcuerdo({ mesaId, acuerdo, onCerrar }: { mesaId: string; acuerdo: Acuerdo | null; onCerrar: () => void }) {
  const resolver = resolverCon<ValoresAcuerdo>((v) => erroresDe(() => validar(datosAcuerdoSchema, { ...aDatosAcuerdo(v), mesaId })));
  const form = useForm<ValoresAcuerdo>({ defaultValues: acuerdo ? acuerdoAValores(acuerdo) : acuerdoNuevo, resolver });
  const { control, formState } = form;
  const enviar = form.handleSubmit(async (v) => {
    const datos = aDatosAcuerdo(v);
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
          <CampoFecha control={control} name="fechaCompromiso" label="Fecha compromiso" />
        </Grid>
        <Grid size={6}>
          <CampoOpciones control={control} name="estatus" label="Estatus del acuerdo" required valores={ESTATUS_ACUERDO} etiquetas={ETIQUETA_ESTATUS_ACUERDO} />
        </Grid>
      </Grid>
    </DialogoFormulario>
  );
}
