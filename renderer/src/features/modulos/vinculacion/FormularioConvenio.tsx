import { Grid, MenuItem } from '@mui/material';
import { useForm } from 'react-hook-form';
import {
  ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  SECTORES_CONVENIO,
  TIPOS_CONVENIO,
} from '../../../../../shared/schemas/modulos';
import { validarConvenio } from '../../../db/repositorios/vinculacion';
import { CampoFecha, CampoTexto } from '../../solicitudes/campos';
import { erroresDe, guardarFormulario, resolverCon } from '../../solicitudes/valores';
import { CampoLista } from '../comun/CampoLista';
import { FormularioRegistro } from '../comun/FormularioRegistro';
import { Seccion } from '../comun/Seccion';
import { aDatosConvenio, type ValoresConvenio } from './valoresVinculacion';

const resolver = resolverCon<ValoresConvenio>((v) => erroresDe(() => validarConvenio(aDatosConvenio(v))));

export function FormularioConvenio({
  inicial,
  editando,
  textoGuardar,
  guardar,
  onCancelar,
}: {
  inicial: ValoresConvenio;
  editando: boolean;
  textoGuardar: string;
  guardar: (datos: ReturnType<typeof aDatosConvenio>) => Promise<unknown>;
  onCancelar: () => void;
}) {
  const form = useForm<ValoresConvenio>({ defaultValues: inicial, resolver });
  const { control, formState } = form;
  const enviar = form.handleSubmit(async (v) => {
    await guardarFormulario(form, () => guardar(aDatosConvenio(v)));
  });
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición del convenio' : 'Captura de convenio'}
      onSubmit={enviar}
      error={formState.errors.root?.message}
      enviando={formState.isSubmitting}
      textoGuardar={textoGuardar}
      onCancelar={onCancelar}
    >
      <Seccion titulo="Convenio">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoTexto control={control} name="numero" label="Número de convenio" required autoFocus={!editando} />
          </Grid>
          <Grid size={3}>
            <CampoTexto control={control} name="tipo" select label="Tipo de convenio" required>
              {TIPOS_CONVENIO.map((t) => (
                <MenuItem key={t} value={t}>
                  {ETIQUETA_TIPO_CONVENIO[t]}
                </MenuItem>
              ))}
            </CampoTexto>
          </Grid>
          <Grid size={4}>
            <CampoTexto control={control} name="contraparte" label="Contraparte" required />
          </Grid>
          <Grid size={2}>
            <CampoTexto control={control} name="sector" select label="Sector" required>
              {SECTORES_CONVENIO.map((s) => (
                <MenuItem key={s} value={s}>
                  {ETIQUETA_SECTOR_CONVENIO[s]}
                </MenuItem>
              ))}
            </CampoTexto>
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
            <CampoTexto control={control} name="estatus" select label="Estatus" required>
              {ESTATUS_CONVENIO.map((e) => (
                <MenuItem key={e} value={e}>
                  {ETIQUETA_ESTATUS_CONVENIO[e]}
                </MenuItem>
              ))}
            </CampoTexto>
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
