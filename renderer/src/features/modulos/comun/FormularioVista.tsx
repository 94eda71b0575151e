import type { ComponentType } from 'react';
import type { FieldValues } from 'react-hook-form';
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
}

/** A kind's form from its view: Enter in a one-line box saves, and each error shows at its field. */
export function FormularioVista<D extends FieldValues>({ vista, id, ...props }: PropsFormulario<D> & { vista: VistaFormulario<D>; id?: string }) {
  const { form, marco } = useFormularioRegistro(props, vista.schema);
  const particular = { form, editando: props.editando, id };
  const Despues = vista.despues;
  return (
    <FormularioRegistro etiqueta={props.editando ? vista.etiqueta.edicion : vista.etiqueta.captura} {...marco}>
      <SeccionesDeclaradas secciones={vista.secciones} conFoco={!props.editando} {...particular} />
      {Despues && <Despues {...particular} />}
    </FormularioRegistro>
  );
}
