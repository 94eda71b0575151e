import { Grid } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { capturaEventoSchema, ESTATUS_EVENTO, ETIQUETA_ESTATUS_EVENTO, ETIQUETA_TIPO_EVENTO, TIPOS_EVENTO, type DatosEvento } from '../../../../../shared/schemas/modulos';
import { CampoCatalogo, CampoFecha, CampoOpciones, CampoSugerido, CampoTexto } from '../../../componentes/formulario/campos';
import { useCatalogo, useNombresCatalogo } from '../../../hooks/useCatalogo';
import { CampoNumero } from '../../../componentes/formulario/CampoNumero';
import { CamposPorSexo } from '../../../componentes/formulario/CamposPorSexo';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { ceroSiVacio } from '../../../componentes/formulario/numeros';
import { Seccion } from '../../../componentes/formulario/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';

/**
 * A taller, capacitación or programa social gestionado. A programa is managed before a dependency (its date is the
 * fecha de gestión, and it reports beneficiaries); talleres and capacitaciones report hours and attendance.
 */
export function FormularioEvento(props: PropsFormulario<DatosEvento>) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, capturaEventoSchema);
  const { control } = form;
  const tipo = useWatch({ control, name: 'tipo' });
  const dependencias = useCatalogo('dependencia');
  const localidades = useNombresCatalogo('localidad');
  const programa = tipo === 'programa';
  return (
    <FormularioRegistro
      etiqueta={editando ? 'Edición del registro' : 'Captura de taller, capacitación o programa'}
      {...marco}
    >
      <Seccion titulo="Qué y quién">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoOpciones control={control} name="tipo" label="Tipo" required valores={TIPOS_EVENTO} etiquetas={ETIQUETA_TIPO_EVENTO} />
          </Grid>
          <Grid size={9}>
            <CampoTexto control={control} name="nombre" label={programa ? 'Programa' : 'Nombre'} required autoFocus={!editando} />
          </Grid>
          <Grid size={6}>
            <CampoTexto control={control} name="tema" label="Tema" helperText="Desarrollo humano y comunitario, salud, economía familiar…" />
          </Grid>
          <Grid size={6}>
            <CampoTexto control={control} name="poblacionObjetivo" label="Población objetivo" />
          </Grid>
          <Grid size={6}>
            <CampoCatalogo control={control} name="dependenciaId" opcional label="Dependencia externa" elementos={dependencias} />
          </Grid>
          <Grid size={6}>
            <CampoTexto control={control} name="facilitador" label={programa ? 'Enlace en la dependencia' : 'Facilitador'} />
          </Grid>
        </Grid>
      </Seccion>
      <Seccion titulo="Cuándo y dónde">
        <Grid container columnSpacing={1.5}>
          <Grid size={3}>
            <CampoFecha control={control} name="fecha" label={programa ? 'Fecha de gestión' : 'Fecha'} required />
          </Grid>
          <Grid size={3}>
            <CampoFecha control={control} name="fechaFin" opcional label="Fecha de término" helperText="Si dura varios días; cuenta en el mes en que inicia" />
          </Grid>
          {!programa && (
            <Grid size={2}>
              <CampoNumero control={control} name="horas" label="Horas" leer={ceroSiVacio} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
            </Grid>
          )}
          <Grid size={programa ? 3 : 2}>
            <CampoTexto control={control} name="sede" label="Sede" />
          </Grid>
          <Grid size={programa ? 3 : 2}>
            <CampoSugerido control={control} name="localidad" label="Localidad" sugerencias={localidades} />
          </Grid>
        </Grid>
      </Seccion>
      <Seccion titulo={programa ? 'Beneficiarios y estatus' : 'Asistencia y estatus'}>
        <CamposPorSexo control={control} titulo="Asistentes" campos={['asistentesMujeres', 'asistentesHombres', 'asistentesOtro']} />
        <Grid container columnSpacing={1.5}>
          {programa && (
            <Grid size={3}>
              <CampoNumero control={control} name="beneficiarios" label="Beneficiarios del programa" type="number" leer={ceroSiVacio} slotProps={{ htmlInput: { min: 0 } }} />
            </Grid>
          )}
          <Grid size={3}>
            <CampoOpciones control={control} name="estatus" label="Estatus" required helperText="Cuenta para la meta cuando está Realizado" valores={ESTATUS_EVENTO} etiquetas={ETIQUETA_ESTATUS_EVENTO} />
          </Grid>
          <Grid size={programa ? 6 : 9}>
            <CampoTexto control={control} name="evidencia" label="Evidencia" helperText="Lista de asistencia, fotografías, oficio de gestión…" />
          </Grid>
        </Grid>
      </Seccion>
    </FormularioRegistro>
  );
}
