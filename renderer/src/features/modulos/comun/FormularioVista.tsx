import { useEffect, type ComponentType } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { z } from 'zod';
import { SeccionesDeclaradas, type PropsParticular, type SeccionDeclarada } from '../../../componentes/formulario/CamposDeclarados';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';

/** How a kind's capture and edit form looks: its sections of fields, checked with the kind's capture schema. */
export interface VistaFormulario<D extends FieldValues> {
  /** The form's accessible name, capturing a new record and editing a stored one. */
  etiqueta: { captura: string; edicion: string };
  /** What the repository parses the record with (its descriptor's `captura`), so each box says what saving would. */
  schema: z.ZodType<D, D>;
  secciones: readonly SeccionDeclarada<D>[];
  /** What goes under the sections, inside the form (the repeated-support warning). */
  despues?: ComponentType<PropsParticular<D>>;
  /** What the form fills in by itself after a change (a delivery dated today), from the values before and after it and today's date. */
  proponer?: (antes: D, ahora: D, hoy: string) => Partial<D>;
}

/** A kind's form from its view: Enter in a one-line box saves, and each error shows at its field. */
export function FormularioVista<D extends FieldValues>({ vista, id, ...props }: PropsFormulario<D> & { vista: VistaFormulario<D>; id?: string }) {
  const { form, marco, salida } = useFormularioRegistro(props, vista.schema);
  const particular = { form, editando: props.editando, id };
  usePropuestas(form, vista.proponer);
  const Despues = vista.despues;
  return (
    <FormularioRegistro etiqueta={props.editando ? vista.etiqueta.edicion : vista.etiqueta.captura} {...marco}>
      <SeccionesDeclaradas secciones={vista.secciones} conFoco={!props.editando} {...particular} />
      {Despues && <Despues {...particular} />}
      {salida}
    </FormularioRegistro>
  );
}

/** Applies the view's proposals as the form changes; a proposal applied is itself a change the next one starts from. */
function usePropuestas<D extends FieldValues>(form: UseFormReturn<D>, proponer: VistaFormulario<D>['proponer']) {
  useEffect(() => {
    if (!proponer) return;
    let antes = { ...form.getValues() };
    const suscripcion = form.watch((valores) => {
      const ahora = { ...valores } as D;
      const cambios = proponer(antes, ahora, fechaIsoLocal(new Date()));
      antes = { ...ahora, ...cambios };
      for (const [campo, valor] of Object.entries(cambios)) {
        form.setValue(campo as Path<D>, valor as PathValue<D, Path<D>>, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
      }
    });
    return () => suscripcion.unsubscribe();
  }, [form, proponer]);
}
