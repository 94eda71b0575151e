import { Grid, MenuItem } from '@mui/material';
import { useForm } from 'react-hook-form';
import { ESTATUS_MESA, ETIQUETA_ESTATUS_MESA } from '../../../../../shared/schemas/modulos';
import { validarMesa } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoTexto } from '../../solicitudes/campos';
import { useNombresCatalogo } from '../../solicitudes/consultas';
import { erroresDe, guardarFormulario, resolverCon } from '../../solicitudes/valores';
import { CampoLista } from '../comun/CampoLista';
import { FormularioRegistro } from '../comun/FormularioRegistro';
import { Seccion } from '../comun/Seccion';
import { aDatosMesa, type ValoresMesa } from './valoresVinculacion';

const resolver = resolverCon<ValoresMesa>((v) => erroresDe(() => validarMesa(aDatosMesa(v))));

export function FormularioMesa({
  inicial,
  editando,
  textoGuardar,
  guardar,
  onCancelar,
}: {
  inicial: ValoresMesa;
  editando: boolean;
  textoGuardar: string;
  guardar: (datos: ReturnType<typeof aDatosMesa>) => Promise<unknown>;
  onCancelar: () => void;
}) {
  const form = useForm<ValoresMesa>({ defaultValues: inicial, resolver });
  const { control, formState } = form;
  const dependencias = useNombresCatalogo('dependencia');
  const enviar = form.handleSubmit(async (v) => {
    await guardarFormulario(form, () => guardar(aDatosMesa(v)));
  });
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición de la mesa' : 'Captura de mesa interinstitucional'}
      onSubmit={enviar}
      error={formState.errors.root?.message}
      enviando={formState.isSubmitting}
      textoGuardar={textoGuardar}
      onCancelar={onCancelar}
    >
      <Seccion titulo="Mesa interinstitucional">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoFecha control={control} name="fecha" label="Fecha" required />
          </Grid>
          <Grid size={9}>
            <CampoTexto control={control} name="tema" label="Tema" required autoFocus={!editando} />
          </Grid>
          <Grid size={6}>
            <CampoTexto control={control} name="convoca" label="Convoca" required />
          </Grid>
          <Grid size={6}>
            <CampoTexto control={control} name="sede" label="Sede" />
          </Grid>
          <Grid size={12}>
            <CampoLista control={control} name="instituciones" label="Instituciones participantes" sugerencias={dependencias} />
          </Grid>
          <Grid size={3}>
            <CampoTexto control={control} name="asistentes" label="Asistentes" type="number" slotProps={{ htmlInput: { min: 0 } }} />
          </Grid>
          <Grid size={3}>
            <CampoTexto control={control} name="estatus" select label="Estatus" required helperText="Cuenta para la meta cuando está Asistida">
              {ESTATUS_MESA.map((e) => (
                <MenuItem key={e} value={e}>
                  {ETIQUETA_ESTATUS_MESA[e]}
                </MenuItem>
              ))}
            </CampoTexto>
          </Grid>
        </Grid>
      </Seccion>
    </FormularioRegistro>
  );
}
