import { Grid } from '@mui/material';
import { datosMesaSchema, ESTATUS_MESA, ETIQUETA_ESTATUS_MESA, type DatosMesa } from '../../../../../shared/schemas/modulos';
import { CampoFecha, CampoOpciones, CampoTexto } from '../../../componentes/formulario/campos';
import { useNombresCatalogo } from '../../../hooks/useCatalogo';
import { CampoLista } from '../../../componentes/formulario/CampoLista';
import { CampoNumero } from '../../../componentes/formulario/CampoNumero';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { ceroSiVacio } from '../../../componentes/formulario/numeros';
import { Seccion } from '../../../componentes/formulario/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';

export function FormularioMesa(props: PropsFormulario<DatosMesa>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, datosMesaSchema);
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
            <CampoNumero control={control} name="asistentes" label="Asistentes" type="number" leer={ceroSiVacio} slotProps={{ htmlInput: { min: 0 } }} />
          </Grid>
          <Grid size={3}>
            <CampoOpciones control={control} name="estatus" label="Estatus" required helperText="Cuenta para la meta cuando está Asistida" valores={ESTATUS_MESA} etiquetas={ETIQUETA_ESTATUS_MESA} />
          </Grid>
        </Grid>
      </Seccion>
    </FormularioRegistro>
  );
}
