import { zodResolver } from '@hookform/resolvers/zod';
import type { FormEventHandler, ReactElement } from 'react';
import { pedirSalida } from '../../hooks/salidaProtegida';
import { useSalidaProtegida } from './SalidaProtegida';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { camposConError, enfocarPrimerError, guardarFormulario, irACampo } from './validacion';
import type { EstadoEnvio } from './FormularioRegistro';

/**
 * What a record's form is given by its capture screen or by the record's detail (when editing): `inicial` is the
 * record's data (the stored record itself when editing; fields the form does not show are left out when saved).
 */
export interface PropsFormulario<D> {
  inicial: D;
  /** Editing an existing record (the first box does not take the focus; the form is named as an edit). */
  editando: boolean;
  textoGuardar: string;
  guardar: (datos: D) => Promise<unknown>;
  onCancelar: () => void;
}

/**
 * A record's capture or edit form checked by its kind's zod schema, the one its repository parses with, so each box
 * shows what saving would say as it is left; on submit the parsed data goes to `guardar`, and what saving rejects (a closed month, a
 * repeated número) lands at the fields. `marco` is what FormularioRegistro needs of it.
 */
export function useFormularioRegistro<S extends z.ZodType<FieldValues, FieldValues>>(
  { inicial, textoGuardar, guardar, onCancelar }: Omit<PropsFormulario<z.output<S>>, 'editando'>,
  schema: S,
): {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  marco: { onSubmit: FormEventHandler<HTMLFormElement>; estado: EstadoEnvio; textoGuardar: string; onCancelar: () => void; irA: (campo: string) => void };
  /** The question asked before unsaved changes are left behind, to render with the form. */
  salida: ReactElement | null;
} {
  // Each box is checked as it is left (then again as it changes), not only on «Guardar».
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    defaultValues: inicial as DefaultValues<z.input<S>>,
    resolver: zodResolver(schema),
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const onSubmit = form.handleSubmit(
    async (datos) => {
      await guardarFormulario(form, () => guardar(datos));
    },
    (errores) => enfocarPrimerError(form, camposConError(errores)),
  );
  const salida = useSalidaProtegida(form.formState.isDirty, 'El formulario');
  return {
    form,
    marco: { onSubmit, estado: form.formState, textoGuardar, onCancelar: () => pedirSalida(onCancelar), irA: (campo) => irACampo(form, campo) },
    salida,
  };
}
