import { Autocomplete, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { ElementoCatalogo } from '../../../../shared/schemas/sistema';
import { EntradaFecha } from '../../componentes/EntradaFecha';

type PropsCampo<T extends FieldValues> = { control: Control<T>; name: Path<T> };

/** A text box bound to the form, with its error (or a blank line, so the layout does not jump) under it. */
export function CampoTexto<T extends FieldValues>({ control, name, ...props }: PropsCampo<T> & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={(e) => {
            field.onBlur();
            props.onBlur?.(e);
          }}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? props.helperText ?? ' '}
        />
      )}
    />
  );
}

/** A date box bound to the form: dd/mm/aaaa on screen (with hh:mm for `type="datetime-local"`), ISO in the form. */
export function CampoFecha<T extends FieldValues>({ control, name, type, ...props }: PropsCampo<T> & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <EntradaFecha
          {...props}
          conHora={type === 'datetime-local'}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={(e) => {
            field.onBlur();
            props.onBlur?.(e);
          }}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? props.helperText ?? ' '}
        />
      )}
    />
  );
}

/**
 * A catalogue entry picked by typing part of its name: the first match is highlighted, Enter or Tab takes it. Keeps
 * showing an entry deactivated after the record took it.
 */
export function CampoCatalogo<T extends FieldValues>({
  control,
  name,
  label,
  elementos,
  required = false,
}: PropsCampo<T> & { label: string; elementos: ElementoCatalogo[]; required?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const opciones = elementos.filter((e) => e.eliminado === 0 && (e.activo || e.id === field.value));
        return (
          <Autocomplete
            options={opciones}
            value={opciones.find((o) => o.id === field.value) ?? null}
            onChange={(_e, opcion) => field.onChange(opcion?.id ?? '')}
            onBlur={field.onBlur}
            getOptionLabel={(o) => o.nombre}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            autoHighlight
            autoSelect
            noOptionsText="Sin coincidencias en el catálogo"
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                required={required}
                name={field.name}
                inputRef={field.ref}
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? ' '}
              />
            )}
          />
        );
      }}
    />
  );
}

/** Free text with suggestions (colonia, localidad): the catalogue helps, but a new name is accepted as typed. */
export function CampoSugerido<T extends FieldValues>({
  control,
  name,
  label,
  sugerencias,
}: PropsCampo<T> & { label: string; sugerencias: string[] }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          freeSolo
          options={sugerencias}
          inputValue={field.value ?? ''}
          onInputChange={(_e, valor) => field.onChange(valor)}
          onBlur={field.onBlur}
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              name={field.name}
              inputRef={field.ref}
              error={Boolean(fieldState.error)}
              helperText={fieldState.error?.message ?? ' '}
            />
          )}
        />
      )}
    />
  );
}
