import { Grid } from '@mui/material';
import { ESTATUS_MESA, ETIQUETA_ESTATUS_MESA } from '../../../../../shared/schemas/modulos';
import { validarMesa } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../solicitudes/campos';
import { useNombresCatalogo } from '../../solicitudes/consultas';
import { erroresDe, resolverCon } from '../../solicitudes/valores';
import { CampoLista } from '../comun/CampoLista';
import { FormularioRegistro } from '../comun/FormularioRegistro';
import { Seccion } from '../comun/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../comun/useFormularioRegistro';
import { aDatosMesa, type ValoresMesa } from './valoresVinculacion';

const resolver = resolverCon<ValoresMesa>((v) => erroresDe(() => validarMesa(aDatosMesa(v))));

export function FormularioMesa(props: PropsFormulario<ValoresMesa, ReturnType<typeof aDatosMesa>>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, resolver, aDatosMesa);
  const { control } = form;
  const dependencias = useNombresCatalogo('dependencia');
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición de la mesa' : 'Captura de mesa interinstitucional'}
      {...marco}
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
            <CampoOpciones control={control} name="estatus" label="Estatus" required helperText="Cuenta para la meta cuando está Asistida" valores={ESTATUS_MESA} etiquetas={ETIQUETA_ESTATUS_MESA} />
          </Grid>
        </Grid>
      </Seccion>
    </FormularioRegistro>
  );
}
