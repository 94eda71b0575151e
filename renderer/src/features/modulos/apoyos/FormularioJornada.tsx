import { Grid } from '@mui/material';
import { useForm } from 'react-hook-form';
import { validarJornada } from '../../../db/repositorios/jornadas';
import { CampoFecha, CampoSugerido, CampoTexto } from '../../solicitudes/campos';
import { useNombresCatalogo } from '../../solicitudes/consultas';
import { erroresDe, guardarFormulario, resolverCon } from '../../solicitudes/valores';
import { CampoLista } from '../comun/CampoLista';
import { CampoSiNo } from '../comun/CampoSiNo';
import { CamposPorSexo } from '../comun/CamposPorSexo';
import { FormularioRegistro } from '../comun/FormularioRegistro';
import { Seccion } from '../comun/Seccion';
import { aDatosJornada, type ValoresJornada } from './valoresJornada';

const resolver = resolverCon<ValoresJornada>((v) => erroresDe(() => validarJornada(aDatosJornada(v))));

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

export function FormularioJornada({
  inicial,
  editando,
  textoGuardar,
  guardar,
  onCancelar,
}: {
  inicial: ValoresJornada;
  editando: boolean;
  textoGuardar: string;
  guardar: (datos: ReturnType<typeof aDatosJornada>) => Promise<unknown>;
  onCancelar: () => void;
}) {
  const form = useForm<ValoresJornada>({ defaultValues: inicial, resolver });
  const { control, formState } = form;
  const colonias = useNombresCatalogo('colonia');
  const localidades = useNombresCatalogo('localidad');
  const dependencias = useNombresCatalogo('dependencia');
  const enviar = form.handleSubmit(async (v) => {
    await guardarFormulario(form, () => guardar(aDatosJornada(v)));
  });
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición de la jornada' : 'Captura de jornada'}
      onSubmit={enviar}
      error={formState.errors.root?.message}
      enviando={formState.isSubmitting}
      textoGuardar={textoGuardar}
      onCancelar={onCancelar}
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
