import { Grid } from '@mui/material';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { CANALES, ETIQUETA_CANAL, ETIQUETA_PRIORIDAD, PRIORIDADES } from '../../../../shared/schemas/solicitudes';
import { CampoCatalogo, CampoFecha, CampoOpciones, CampoTexto } from '../../componentes/formulario/campos';
import { useCatalogo } from '../../hooks/useCatalogo';

type Props<T extends FieldValues> = { control: Control<T> };
const ruta = <T extends FieldValues>(campo: string) => campo as Path<T>;

/** When and how the request arrived, and who follows it up. */
export function CamposRecepcion<T extends FieldValues>({ control }: Props<T>) {
  return (
    <Grid container columnSpacing={1.5}>
      <Grid size={3}>
        <CampoFecha control={control} name={ruta<T>('fechaRecepcion')} type="datetime-local" label="Fecha y hora de recepción" required />
      </Grid>
      <Grid size={3}>
        <CampoOpciones control={control} name={ruta<T>('canal')} label="Canal" required valores={CANALES} etiquetas={ETIQUETA_CANAL} />
      </Grid>
      <Grid size={6}>
        <CampoTexto control={control} name={ruta<T>('responsable')} label="Responsable del seguimiento" required />
      </Grid>
    </Grid>
  );
}

/**
 * What is asked and where it goes: the tipo and the description first, as the citizen says them. In the description
 * Enter saves (the desk works by keyboard) and Shift+Enter starts a new line.
 */
export function CamposPeticion<T extends FieldValues>({ control, alEnter }: Props<T> & { alEnter?: () => void }) {
  const tipos = useCatalogo('tipoApoyo');
  const dependencias = useCatalogo('dependencia');
  return (
    <Grid container columnSpacing={1.5}>
      <Grid size={4}>
        <CampoCatalogo control={control} name={ruta<T>('tipoApoyoId')} label="Tipo de apoyo solicitado" elementos={tipos} required />
      </Grid>
      <Grid size={8}>
        <CampoTexto
          control={control}
          name={ruta<T>('descripcion')}
          label="Descripción de la solicitud"
          required
          multiline
          minRows={1}
          maxRows={6}
          helperText={alEnter ? 'Enter guarda; Mayús+Enter empieza otro renglón' : ' '}
          onKeyDown={(e) => {
            if (alEnter && e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              alEnter();
            }
          }}
        />
      </Grid>
      <Grid size={3}>
        <CampoOpciones control={control} name={ruta<T>('prioridad')} label="Prioridad" required valores={PRIORIDADES} etiquetas={ETIQUETA_PRIORIDAD} />
      </Grid>
      <Grid size={6}>
        <CampoCatalogo control={control} name={ruta<T>('dependenciaId')} opcional label="Dependencia a la que se canaliza" elementos={dependencias} />
      </Grid>
      <Grid size={3}>
        <CampoFecha control={control} name={ruta<T>('fechaCompromiso')} label="Fecha compromiso" required />
      </Grid>
    </Grid>
  );
}
