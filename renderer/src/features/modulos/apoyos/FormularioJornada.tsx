import { Grid } from '@mui/material';
import { datosJornadaSchema, type DatosJornada } from '../../../../../shared/schemas/modulos';
import { CampoFecha, CampoSugerido, CampoTexto } from '../../../componentes/formulario/campos';
import { useNombresCatalogo } from '../../../hooks/useCatalogo';
import { CampoLista } from '../../../componentes/formulario/CampoLista';
import { CampoSiNo } from '../../../componentes/formulario/CampoSiNo';
import { CamposPorSexo } from '../../../componentes/formulario/CamposPorSexo';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { Seccion } from '../../../componentes/formulario/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';

/** Services that jornadas usually bring; any other is typed as is. */
const SERVICIOS_FRECUENTES = [
  'Consulta médica',
  'Vacunación',
  'Corte de cabello',
  'Asesoría jurídica',
  'Trámite de actas',
  'Credencialización',
  'Entrega de despensas',
  'Esterilización de mascotas',
  'Pláticas de prevención',
];

export function FormularioJornada(props: PropsFormulario<DatosJornada>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, datosJornadaSchema);
  const { control } = form;
  const colonias = useNombresCatalogo('colonia');
  const localidades = useNombresCatalogo('localidad');
  const dependencias = useNombresCatalogo('dependencia');
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición de la jornada' : 'Captura de jornada'}
      {...marco}
    >
      <Seccion titulo="Jornada comunitaria">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoFecha control={control} name="fecha" label="Fecha" required />
          </Grid>
          <Grid size={9}>
            <CampoTexto control={control} name="nombre" label="Nombre de la jornada" required autoFocus={!editando} />
          </Grid>
          <Grid size={6}>
            <CampoSugerido control={control} name="colonia" label="Colonia" sugerencias={colonias} />
          </Grid>
          <Grid size={6}>
            <CampoSugerido control={control} name="localidad" label="Localidad" sugerencias={localidades} />
          </Grid>
          <Grid size={6}>
            <CampoLista control={control} name="dependencias" label="Dependencias participantes" sugerencias={dependencias} />
          </Grid>
          <Grid size={6}>
            <CampoLista control={control} name="servicios" label="Servicios ofrecidos" sugerencias={SERVICIOS_FRECUENTES} />
          </Grid>
        </Grid>
      </Seccion>
      <Seccion titulo="Personas atendidas">
        <CamposPorSexo control={control} titulo="Personas atendidas" campos={['atendidasMujeres', 'atendidasHombres', 'atendidasOtro']} />
        <CampoSiNo control={control} name="realizada" label="La jornada se realizó" ayuda="Una jornada realizada cuenta para la meta de Apoyos en el mes de su fecha" />
      </Seccion>
    </FormularioRegistro>
  );
}
