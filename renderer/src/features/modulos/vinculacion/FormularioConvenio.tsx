import { Grid } from '@mui/material';
import {
  ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  SECTORES_CONVENIO,
  TIPOS_CONVENIO,
  capturaConvenioSchema,
  type DatosConvenio,
} from '../../../../../shared/schemas/modulos';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../../componentes/formulario/campos';
import { CampoLista } from '../../../componentes/formulario/CampoLista';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { Seccion } from '../../../componentes/formulario/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';

export function FormularioConvenio(props: PropsFormulario<DatosConvenio>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, capturaConvenioSchema);
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
            <CampoFecha control={control} name="fechaFirma" opcional label="Fecha de firma" helperText="Cuenta para la meta en el mes de su firma" />
          </Grid>
          <Grid size={3}>
            <CampoFecha control={control} name="vigenciaInicio" opcional label="Inicio de vigencia" />
          </Grid>
          <Grid size={3}>
            <CampoFecha control={control} name="vigenciaFin" opcional label="Fin de vigencia" helperText="30 días antes se marca «Por vencer»" />
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
