import { Autocomplete } from '@mui/material';
import { Controller, type Control, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { normalizarTexto } from '../../../../shared/domain/texto';
import { cajaAutocompletar, enlaceCaja } from './campos';

/** Trimmed, without blanks and without the same name twice (accents and case aside). */
function limpiar(valores: readonly string[]): string[] {
  const vistos = new Set<string>();
  return valores
    .map((v) => v.trim())
    .filter((v) => v !== '' && !vistos.has(normalizarTexto(v)) && Boolean(vistos.add(normalizarTexto(v))));
}

/** The message of the list or of its first bad item ('servicios.1'). */
function mensaje(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.message) return error.message;
  return Object.values(error as unknown as Record<string, FieldError | undefined>).find((e) => e?.message)?.message;
}

/**
 * A list of names typed one by one (dependencias, servicios, instituciones, firmantes): Enter adds what was typed or
 * the highlighted suggestion, leaving the box keeps what was typed, Backspace removes the last one.
 */
export function CampoLista<T extends FieldValues>({
  control,
  name,
  label,
  sugerencias = [],
  ayuda = 'Escriba un nombre y pulse Enter para agregarlo',
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  sugerencias?: readonly string[];
  ayuda?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete<string, true, false, true>
          multiple
          freeSolo
          autoSelect
          options={sugerencias as string[]}
          value={(field.value as string[] | undefined) ?? []}
          onChange={(_e, valores) => field.onChange(limpiar(valores))}
          onBlur={field.onBlur}
          slotProps={{ chip: { size: 'small' } }}
          renderInput={cajaAutocompletar(label, { ...enlaceCaja(field, fieldState), helperText: mensaje(fieldState.error) ?? ayuda })}
        />
      )}
    />
  );
}
