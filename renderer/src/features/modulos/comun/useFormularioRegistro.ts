import type { FormEventHandler } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { guardarFormulario } from '../../solicitudes/valores';
import type { EstadoEnvio } from './FormularioRegistro';

/** What a record's form is given by its capture screen or by the record's detail (when editing). */
export interface PropsFormulario<V, D> {
  inicial: V;
  /** Editing an existing record (the first box does not take the focus; the form is named as an edit). */
  editando: boolean;
  textoGuardar: string;
  guardar: (datos: D) => Promise<unknown>;
  onCancelar: () => void;
}

/**
 * A record's capture or edit form: its values checked by `resolver` as the repository would check them, and on
 * submit turned into the record's data by `aDatos` and handed to `guardar`; what saving rejects lands at the fields.
 * `marco` is what FormularioRegistro needs of it.
 */
export function useFormularioRegistro<V extends FieldValues, D>(
  { inicial, textoGuardar, guardar, onCancelar }: Omit<PropsFormulario<V, D>, 'editando'>,
  resolver: Resolver<V>,
  aDatos: (valores: V) => D,
): {
  form: UseFormReturn<V>;
  marco: { onSubmit: FormEventHandler<HTMLFormElement>; estado: EstadoEnvio; textoGuardar: string; onCancelar: () => void };
} {
  const form = useForm<V>({ defaultValues: inicial as DefaultValues<V>, resolver });
  const onSubmit = form.handleSubmit(async (v) => {
    await guardarFormulario(form, () => guardar(aDatos(v)));
  });
  return { form, marco: { onSubmit, estado: form.formState, textoGuardar, onCancelar } };
}
