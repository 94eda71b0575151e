import { FormControl, FormControlLabel, FormHelperText, FormLabel, Grid, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { Controller, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import { fechaNacimientoDeCurp, sexoDeCurp } from '../../../../shared/domain/curp';
import { ETIQUETA_SEXO, SEXOS } from '../../../../shared/schemas/personas';
import { CampoFecha, CampoSugerido, CampoTexto } from '../formulario/campos';
import { CampoNumero } from '../formulario/CampoNumero';
import { nuloSiVacio } from '../formulario/numeros';
import { useNombresCatalogo } from '../../hooks/useCatalogo';

/**
 * The citizen's data as domain.md lists it. Works in any form that keeps them under `persona`, as `ValoresPersona`
 * (an empty birth date or age is null, as the persona stores it). A valid CURP fills sexo and fecha de nacimiento
 * when they are still empty, since the CURP already says them.
 */
export function CamposPersona<T extends FieldValues>({ form, autoFocus = false }: { form: UseFormReturn<T>; autoFocus?: boolean }) {
  const { control } = form;
  const ruta = (campo: string) => `persona.${campo}` as Path<T>;
  const colonias = useNombresCatalogo('colonia');
  const localidades = useNombresCatalogo('localidad');
  const idSexo = useId();

  function alSalirDeCurp() {
    const curp = String(form.getValues(ruta('curp')) ?? '');
    const sexo = sexoDeCurp(curp);
    const nacimiento = fechaNacimientoDeCurp(curp);
    if (sexo && !form.getValues(ruta('sexo'))) form.setValue(ruta('sexo'), sexo as PathValue<T, Path<T>>);
    if (nacimiento && !form.getValues(ruta('fechaNacimiento'))) form.setValue(ruta('fechaNacimiento'), nacimiento as PathValue<T, Path<T>>);
  }

  return (
    <Grid container columnSpacing={1.5} rowSpacing={0.5}>
      <Grid size={4}>
        <CampoTexto control={control} name={ruta('apellidoPaterno')} label="Apellido paterno" required autoFocus={autoFocus} />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={ruta('apellidoMaterno')} label="Apellido materno" />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={ruta('nombres')} label="Nombre(s)" required />
      </Grid>
      <Grid size={4}>
        <CampoTexto
          control={control}
          name={ruta('curp')}
          label="CURP"
          onBlur={alSalirDeCurp}
          slotProps={{ htmlInput: { maxLength: 18, style: { textTransform: 'uppercase' } } }}
        />
      </Grid>
      <Grid size={4}>
        <Controller
          control={control}
          name={ruta('sexo')}
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} required size="small" sx={{ ml: 0.5 }}>
              <FormLabel id={idSexo} sx={{ fontSize: 12 }}>
                Sexo
              </FormLabel>
              <RadioGroup row aria-labelledby={idSexo} name={field.name} value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value)}>
                {SEXOS.map((s, i) => (
                  <FormControlLabel
                    key={s}
                    value={s}
                    control={<Radio size="small" slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }} sx={{ py: 0.25 }} />}
                    label={ETIQUETA_SEXO[s].replace('No binario / otro', 'Otro')}
                  />
                ))}
              </RadioGroup>
              <FormHelperText sx={{ mt: 0 }}>{fieldState.error?.message ?? ' '}</FormHelperText>
            </FormControl>
          )}
        />
      </Grid>
      <Grid size={2.5}>
        <CampoFecha control={control} name={ruta('fechaNacimiento')} opcional label="Fecha de nacimiento" />
      </Grid>
      <Grid size={1.5}>
        <CampoNumero control={control} name={ruta('edad')} label="Edad" type="number" leer={nuloSiVacio} slotProps={{ htmlInput: { min: 0, max: 120 } }} />
      </Grid>
      <Grid size={3}>
        <CampoTexto control={control} name={ruta('telefono')} label="Teléfono" type="tel" />
      </Grid>
      <Grid size={3}>
        <CampoTexto control={control} name={ruta('correo')} label="Correo electrónico" type="email" />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={ruta('calle')} label="Calle" />
      </Grid>
      <Grid size={2}>
        <CampoTexto control={control} name={ruta('numero')} label="Número" />
      </Grid>
      <Grid size={5}>
        <CampoSugerido control={control} name={ruta('colonia')} label="Colonia" sugerencias={colonias} />
      </Grid>
      <Grid size={5}>
        <CampoSugerido control={control} name={ruta('localidad')} label="Localidad" sugerencias={localidades} />
      </Grid>
      <Grid size={2}>
        <CampoTexto control={control} name={ruta('codigoPostal')} label="Código postal" slotProps={{ htmlInput: { maxLength: 5, inputMode: 'numeric' } }} />
      </Grid>
    </Grid>
  );
}
