import { Grid } from '@mui/material';
import {
  ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  SECTORES_CONVENIO,
  TIPOS_CONVENIO,
} from '../../../../../shared/schemas/modulos';
import { validarConvenio } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../solicitudes/campos';
import { erroresDe, resolverCon } from '../../solicitudes/valores';
import { CampoLista } from '../comun/CampoLista';
import { FormularioRegistro } from '../comun/FormularioRegistro';
import { Seccion } from '../comun/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../comun/useFormularioRegistro';
import { aDatosConvenio, type ValoresConvenio } from './valoresVinculacion';

const resolver = resolverCon<ValoresConvenio>((v) => erroresDe(() => validarConvenio(aDatosConvenio(v))));

export function FormularioConvenio(props: PropsFormulario<ValoresConvenio, ReturnType<typeof aDatosConvenio>>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, resolver, aDatosConvenio);
  const { control } = form;
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición del convenio' : 'Captura de convenio'}
      {...marco}
    >
      <Seccion titulo="Convenio">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoTexto control={control} name="numero" label="Número de convenio" required autoFocus={!editando} />
          </Grid>
          <Grid size={3}>
            <CampoOpciones control={control} name="tipo" label="Tipo de convenio" required valores={TIPOS_CONVENIO} etiquetas={ETIQUETA_TIPO_CONVENIO} />
          </Grid>
          <Grid size={4}>
            <CampoTexto control={control} name="contraparte" label="Contraparte" required />
          </Grid>
          <Grid size={2}>
            <CampoOpciones control={control} name="sector" label="Sector" required valores={SECTORES_CONVENIO} etiquetas={ETIQUETA_SECTOR_CONVENIO} />
          </Grid>
          <Grid size={12}>
            <CampoTexto control={control} name="objeto" label="Objeto" required multiline minRows={2} />
          </Grid>
        </Grid>
      </Seccion>
      <Seccion titulo="Firma y vigencia">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoFecha control={control} name="fechaFirma" label="Fecha de firma" helperText="Cuenta para la meta en el mes de su firma" />
          </Grid>
          <Grid size={3}>
            <CampoFecha control={control} name="vigenciaInicio" label="Inicio de vigencia" />
          </Grid>
          <Grid size={3}>
            <CampoFecha control={control} name="vigenciaFin" label="Fin de vigencia" helperText="30 días antes se marca «Por vencer»" />
          </Grid>
          <Grid size={3}>
            <CampoOpciones control={control} name="estatus" label="Estatus" required valores={ESTATUS_CONVENIO} etiquetas={ETIQUETA_ESTATUS_CONVENIO} />
          </Grid>
          <Grid size={8}>
            <CampoLista control={control} name="firmantes" label="Firmantes" ayuda="Nombre y cargo de cada firmante; Enter agrega otro" />
          </Grid>
          <Grid size={4}>
            <CampoTexto control={control} name="responsable" label="Responsable del seguimiento" required />
          </Grid>
        </Grid>
      </Seccion>
    </FormularioRegistro>
  );
}
