import { Autocomplete, Checkbox, FormControlLabel, FormHelperText, MenuItem, TextField, type AutocompleteRenderInputParams, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type ControllerFieldState, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';
import { useRef, type FocusEvent, type ReactElement, type ReactNode } from 'react';
import type { ElementoCatalogo } from '../../../../shared/schemas/sistema';
import { EntradaFecha } from '../EntradaFecha';
import { nombreEnCatalogo, sugerenciasPara } from '../../../../shared/domain/sugerencias';

type PropsCampo<T extends FieldValues> = { control: Control<T>; name: Path<T> };
type Campo<T extends FieldValues> = ControllerRenderProps<T, Path<T>>;

/**
 * What ties a box to its form field: the field's name, the ref that takes the focus to the first error, and the error
 * in red under it, or `ayuda` (a blank line by default, so the layout does not jump).
 */
export function enlaceCaja<T extends FieldValues>(field: Campo<T>, fieldState: ControllerFieldState, ayuda: ReactNode = ' ') {
  return { name: field.name, inputRef: field.ref, error: Boolean(fieldState.error), helperText: fieldState.error?.message ?? ayuda };
}

export type EnlaceCaja = ReturnType<typeof enlaceCaja>;

/** A box drawn by `caja` with its field and what ties it to the field (`ayuda` under it while it has no error). */
function Enlazado<T extends FieldValues>({ control, name, ayuda, caja }: PropsCampo<T> & { ayuda?: ReactNode; caja: (field: Campo<T>, enlace: EnlaceCaja) => ReactElement }) {
  return <Controller control={control} name={name} render={({ field, fieldState }) => caja(field, enlaceCaja(field, fieldState, ayuda))} />;
}

/** Leaving a box marks its field touched, and still runs the box's own `onBlur`. */
const salir = <T extends FieldValues>(field: Campo<T>, onBlur?: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void) => (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
  field.onBlur();
  onBlur?.(e);
};

/** The text box of an autocomplete bound to a field: its label, and its error (or help) under it. */
export const cajaAutocompletar = (label: string, enlace: EnlaceCaja, required?: boolean) => (params: AutocompleteRenderInputParams) => (
  <TextField {...params} label={label} required={required} {...enlace} />
);

/** A text box bound to the form, with its error (or a blank line, so the layout does not jump) under it. */
export function CampoTexto<T extends FieldValues>({ control, name, ...props }: PropsCampo<T> & Omit<TextFieldProps, 'name'>) {
  return (
    <Enlazado
      control={control}
      name={name}
      ayuda={props.helperText}
      caja={(field, enlace) => (
        <TextField
          {...props}
          {...enlace}
          value={field.value ?? ''}
          onChange={(e) => {
            field.onChange(e.target.value);
            props.onChange?.(e);
          }}
          onBlur={salir(field, props.onBlur)}
        />
      )}
    />
  );
}

/** A select bound to the form: one option per value, shown by its label (estatus, tipo, canal…). */
export function CampoOpciones<T extends FieldValues, K extends string>({
  valores,
  etiquetas,
  ...props
}: PropsCampo<T> & Omit<TextFieldProps, 'name' | 'select' | 'children'> & { valores: readonly K[]; etiquetas: Record<K, string> }) {
  return (
    <CampoTexto {...props} select>
      {valores.map((v) => (
        <MenuItem key={v} value={v}>
          {etiquetas[v]}
        </MenuItem>
      ))}
    </CampoTexto>
  );
}

/**
 * A date box bound to the form: dd/mm/aaaa on screen (with hh:mm for `type="datetime-local"`), ISO in the form. An
 * `opcional` date left empty is null in the form, as the record stores it.
 */
export function CampoFecha<T extends FieldValues>({ control, name, type, opcional = false, ...props }: PropsCampo<T> & Omit<TextFieldProps, 'name'> & { opcional?: boolean }) {
  return (
    <Enlazado
      control={control}
      name={name}
      ayuda={props.helperText}
      caja={(field, enlace) => (
        <EntradaFecha
          {...props}
          conHora={type === 'datetime-local'}
          {...enlace}
          value={field.value ?? ''}
          onChange={(valor) => field.onChange(opcional && valor === '' ? null : valor)}
          onBlur={salir(field, props.onBlur)}
        />
      )}
    />
  );
}

/**
 * A catalogue entry picked by typing part of its name: the first match is highlighted, Enter or Tab takes it. Keeps
 * showing an entry deactivated after the record took it. An `opcional` entry left unchosen is null in the form.
 */
export function CampoCatalogo<T extends FieldValues>({
  control,
  name,
  label,
  elementos,
  required = false,
  opcional = false,
}: PropsCampo<T> & { label: string; elementos: readonly ElementoCatalogo[]; required?: boolean; opcional?: boolean }) {
  return (
    <Enlazado
      control={control}
      name={name}
      caja={(field, enlace) => {
        const opciones = elementos.filter((e) => e.eliminado === 0 && (e.activo || e.id === field.value));
        return (
          <Autocomplete
            options={opciones}
            value={opciones.find((o) => o.id === field.value) ?? null}
            onChange={(_e, opcion) => field.onChange(opcion?.id ?? (opcional ? null : ''))}
            onBlur={field.onBlur}
            getOptionLabel={(o) => o.nombre}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            autoHighlight
            autoSelect
            noOptionsText="Sin coincidencias en el catálogo"
            renderInput={cajaAutocompletar(label, enlace, required)}
          />
        );
      }}
    />
  );
}

/**
 * Free text with suggestions (colonia, localidad): the catalogue helps, but a new name is accepted as typed. As in a
 * catalogue box, the first suggestion is highlighted and Tab or Enter takes it; matching ignores accents and case, and
 * a name typed out that is the catalogue's but for them («centro») takes the catalogue's spelling («Centro»). Leaving
 * the box another way keeps what was typed.
 */
export function CampoSugerido<T extends FieldValues>({
  control,
  name,
  label,
  sugerencias,
  ayuda,
}: PropsCampo<T> & { label: string; sugerencias: readonly string[]; ayuda?: ReactNode }) {
  return (
    <Enlazado control={control} name={name} ayuda={ayuda} caja={(field, enlace) => <CajaSugerida field={field} enlace={enlace} label={label} sugerencias={sugerencias} />} />
  );
}

function CajaSugerida<T extends FieldValues>({ field, enlace, label, sugerencias }: { field: Campo<T>; enlace: EnlaceCaja; label: string; sugerencias: readonly string[] }) {
  const resaltada = useRef<string | null>(null);
  return (
    <Autocomplete
      freeSolo
      options={sugerencias}
      inputValue={field.value ?? ''}
      onInputChange={(_e, valor) => field.onChange(valor)}
      filterOptions={(opciones, { inputValue }) => sugerenciasPara(opciones, inputValue)}
      autoHighlight
      onHighlightChange={(_e, opcion) => {
        resaltada.current = opcion;
      }}
      onKeyDown={(e) => {
        const escrito = String(field.value ?? '');
        if (e.key !== 'Tab' || e.shiftKey || escrito.trim() === '') return;
        // The one highlighted among what matches what is typed now (the first, unless the arrows moved it).
        const opciones = sugerenciasPara(sugerencias, escrito);
        const elegida = resaltada.current !== null && opciones.includes(resaltada.current) ? resaltada.current : opciones[0];
        if (elegida) field.onChange(elegida);
      }}
      onBlur={() => {
        const delCatalogo = nombreEnCatalogo(sugerencias, String(field.value ?? ''));
        if (delCatalogo && delCatalogo !== field.value) field.onChange(delCatalogo);
        field.onBlur();
      }}
      renderInput={cajaAutocompletar(label, enlace)}
    />
  );
}

/** A required tick bound to the form (the aviso de privacidad accepted), with its error under it. */
export function CampoCasilla<T extends FieldValues>({ control, name, label }: PropsCampo<T> & { label: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <>
          <FormControlLabel
            required
            control={<Checkbox name={field.name} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} slotProps={{ input: { ref: field.ref } }} />}
            label={label}
          />
          <FormHelperText error={Boolean(fieldState.error)} sx={{ mt: 0 }}>
            {fieldState.error?.message ?? ' '}
          </FormHelperText>
        </>
      )}
    />
  );
}
