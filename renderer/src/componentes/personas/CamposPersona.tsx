import { FormControl, FormControlLabel, FormHelperText, FormLabel, Grid, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { Controller, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import { fechaNacimientoDeCurp, sexoDeCurp } from '../../../../shared/domain/curp';
import { ETIQUETA_SEXO, SEXOS } from '../../../../shared/schemas/personas';
import { CampoFecha, CampoTexto } from '../formulario/campos';
import { CampoNumero } from '../formulario/CampoNumero';
import { nuloSiVacio } from '../formulario/numeros';
import { CampoLugar } from './CampoLugar';

type Props<T extends FieldValues> = { form: UseFormReturn<T>; autoFocus?: boolean };
const enPersona = <T extends FieldValues>(campo: string) => `persona.${campo}` as Path<T>;

/**
 * The citizen's data as domain.md lists it. Works in any form that keeps them under `persona`, as `ValoresPersona`
 * (an empty birth date or age is null, as the persona stores it).
 */
export function CamposPersona<T extends FieldValues>(props: Props<T>) {
  return (
    <>
      <CamposPersonaPrincipales {...props} />
      <CamposPersonaComplementarios form={props.form} />
    </>
  );
}

/**
 * What the window asks of every new citizen, in the order it is asked: the name, the CURP, sexo, teléfono and
 * colonia. A valid CURP fills sexo and fecha de nacimiento when they are still empty, since the CURP already says
 * them.
 */
export function CamposPersonaPrincipales<T extends FieldValues>({ form, autoFocus = false }: Props<T>) {
  const { control } = form;
  const idSexo = useId();

  // As soon as the CURP is complete and valid, in the same keystroke, so a Tab right after it lands on the sexo chosen.
  function completarDesdeCurp(curp: string) {
    const sexo = sexoDeCurp(curp);
    const nacimiento = fechaNacimientoDeCurp(curp);
    if (sexo && !form.getValues(enPersona<T>('sexo'))) form.setValue(enPersona<T>('sexo'), sexo as PathValue<T, Path<T>>, { shouldValidate: form.formState.isSubmitted });
    if (nacimiento && !form.getValues(enPersona<T>('fechaNacimiento'))) form.setValue(enPersona<T>('fechaNacimiento'), nacimiento as PathValue<T, Path<T>>);
  }

  return (
    <Grid container columnSpacing={1.5} rowSpacing={0.5}>
      <Grid size={4}>
        <CampoTexto control={control} name={enPersona<T>('apellidoPaterno')} label="Apellido paterno" required autoFocus={autoFocus} />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={enPersona<T>('apellidoMaterno')} label="Apellido materno" />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={enPersona<T>('nombres')} label="Nombre(s)" required />
      </Grid>
      <Grid size={2.5}>
        <CampoTexto
          control={control}
          name={enPersona<T>('curp')}
          label="CURP"
          onChange={(e) => completarDesdeCurp(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 18, style: { textTransform: 'uppercase' } } }}
        />
      </Grid>
      <Grid size={3.5}>
        <Controller
          control={control}
          name={enPersona<T>('sexo')}
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
        <CampoTexto control={control} name={enPersona<T>('telefono')} label="Teléfono" type="tel" />
      </Grid>
      <Grid size={3.5}>
        <CampoLugar control={control} name={enPersona<T>('colonia')} label="Colonia" tipo="colonia" />
      </Grid>
    </Grid>
  );
}

/** The rest of the citizen's data: birth date or age, e-mail and the address beyond the colonia. */
export function CamposPersonaComplementarios<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const { control } = form;
  return (
    <Grid container columnSpacing={1.5} rowSpacing={0.5}>
      <Grid size={2.5}>
        <CampoFecha control={control} name={enPersona<T>('fechaNacimiento')} opcional label="Fecha de nacimiento" />
      </Grid>
      <Grid size={1.5}>
        <CampoNumero control={control} name={enPersona<T>('edad')} label="Edad" type="number" leer={nuloSiVacio} slotProps={{ htmlInput: { min: 0, max: 120 } }} />
      </Grid>
      <Grid size={4}>
        <CampoTexto control={control} name={enPersona<T>('correo')} label="Correo electrónico" type="email" />
      </Grid>
      <Grid size={4}>
        <CampoLugar control={control} name={enPersona<T>('localidad')} label="Localidad" tipo="localidad" />
      </Grid>
      <Grid size={6}>
        <CampoTexto control={control} name={enPersona<T>('calle')} label="Calle" />
      </Grid>
      <Grid size={3}>
        <CampoTexto control={control} name={enPersona<T>('numero')} label="Número" />
      </Grid>
      <Grid size={3}>
        <CampoTexto control={control} name={enPersona<T>('codigoPostal')} label="Código postal" slotProps={{ htmlInput: { maxLength: 5, inputMode: 'numeric' } }} />
      </Grid>
    </Grid>
  );
}
