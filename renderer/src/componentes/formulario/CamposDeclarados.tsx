import { Grid } from '@mui/material';
import { Fragment, useEffect, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { get, useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { GRUPOS_EDAD } from '../../../../shared/schemas/modulos';
import type { TipoCatalogo } from '../../../../shared/schemas/sistema';
import { useCatalogo, useNombresCatalogo } from '../../hooks/useCatalogo';
import { CampoCatalogo, CampoFecha, CampoOpciones, CampoSugerido, CampoTexto } from './campos';
import { CampoLista } from './CampoLista';
import { CampoMoneda } from './CampoMoneda';
import { CampoNumero } from './CampoNumero';
import { CampoSiNo } from './CampoSiNo';
import { CamposPorEdad } from './CamposPorEdad';
import { CamposPorSexo } from './CamposPorSexo';
import { ceroSiVacio } from './numeros';
import { Seccion } from './Seccion';

/** A part of a field's declaration that may follow what the form holds (a label that changes with the tipo). */
export type SegunDatos<T, D> = T | ((datos: D) => T);

/** Where a box's suggestions come from: a catalogue's active names, read live, or a fixed list. */
export type Sugerencias = TipoCatalogo | readonly string[];

/** What a part of a form that cannot be plain data is given: the form itself, and the record it edits. */
export interface PropsParticular<D extends FieldValues> {
  form: UseFormReturn<D>;
  /** Editing a stored record rather than capturing a new one. */
  editando: boolean;
  /** The stored record's id, when editing. */
  id?: string;
}

interface Colocacion<D extends FieldValues> {
  /** Columns of the 12-column grid; a field without width takes its own block, outside the grid. */
  ancho?: SegunDatos<number, D>;
  /** Shown only while this holds (the fecha de entrega of a delivered apoyo). */
  visible?: (datos: D) => boolean;
}

interface Caja<D extends FieldValues> extends Colocacion<D> {
  nombre: Path<D>;
  etiqueta: SegunDatos<string, D>;
  requerido?: boolean;
  /** Said under the box while it has no error. */
  ayuda?: string;
  /** Takes the focus when the form opens to capture. */
  enfocar?: boolean;
}

/** One field of a form, as a kind declares it: the kind of box, and where and how it shows. */
export type CampoDeclarado<D extends FieldValues> =
  | (Caja<D> & { tipo: 'texto'; renglones?: number; ejemplo?: string })
  | (Caja<D> & { tipo: 'fecha'; opcional?: boolean })
  | (Caja<D> & { tipo: 'seleccion'; opciones: { valores: readonly string[]; etiquetas: Readonly<Record<string, string>> } })
  | (Caja<D> & { tipo: 'catalogo'; catalogo: TipoCatalogo; opcional?: boolean })
  | (Caja<D> & { tipo: 'sugerido' | 'lista'; sugerencias?: Sugerencias })
  | (Caja<D> & { tipo: 'numero'; entero?: boolean; vacioEsCero?: boolean })
  | (Caja<D> & { tipo: 'moneda' | 'sino' })
  | (Colocacion<D> & { tipo: 'porSexo'; etiqueta: string; nombres: readonly [Path<D>, Path<D>, Path<D>] })
  /** The five age groups (shared/schemas/modulos GRUPOS_EDAD), whose sum must match the sexes' `porSexo`. */
  | (Colocacion<D> & { tipo: 'porEdad'; etiqueta: string; porSexo: readonly [Path<D>, Path<D>, Path<D>] })
  | (Colocacion<D> & { tipo: 'particular'; Componente: ComponentType<PropsParticular<D>> });

/** A titled block of a form and its fields, in order. */
export interface SeccionDeclarada<D extends FieldValues> {
  titulo: SegunDatos<string, D>;
  campos: readonly CampoDeclarado<D>[];
}

const segun = <T, D>(valor: SegunDatos<T, D>, datos: D): T => (typeof valor === 'function' ? (valor as (datos: D) => T)(datos) : valor);

interface PropsDeclarados<D extends FieldValues> extends PropsParticular<D> {
  /** Whether the field declared `enfocar` takes the focus (a new capture, an acuerdo's dialog). */
  conFoco: boolean;
}

/** Whether what shows depends on what the form holds: only then does it follow every change. */
const sigueDatos = <D extends FieldValues>(campos: readonly CampoDeclarado<D>[]) =>
  campos.some((c) => c.visible || typeof c.ancho === 'function' || ('etiqueta' in c && typeof c.etiqueta === 'function'));

/** What the form holds, followed only when some title, label, width or visibility depends on it. */
function useDatos<D extends FieldValues>(form: UseFormReturn<D>, sigue: boolean): D {
  return useWatch({ control: form.control, disabled: !sigue }) as D;
}

/** A form's sections, each with its fields as its kind declares them. */
export function SeccionesDeclaradas<D extends FieldValues>({ secciones, ...props }: PropsDeclarados<D> & { secciones: readonly SeccionDeclarada<D>[] }) {
  const datos = useDatos(props.form, secciones.some((s) => typeof s.titulo === 'function' || sigueDatos(s.campos)));
  return secciones.map((s, i) => (
    <Seccion key={i} titulo={segun(s.titulo, datos)}>
      <Campos campos={s.campos} datos={datos} {...props} />
    </Seccion>
  ));
}

/** Fields declared outside a section (a dialog's). */
export function CamposDeclarados<D extends FieldValues>(props: PropsDeclarados<D> & { campos: readonly CampoDeclarado<D>[] }) {
  return <Campos datos={useDatos(props.form, sigueDatos(props.campos))} {...props} />;
}

/**
 * Consecutive fields with a width share one grid; a field without width stands alone, as its own block. The grids
 * follow the declaration, so showing or hiding a field never rebuilds the boxes beside it.
 */
function Campos<D extends FieldValues>({ campos, datos, ...props }: PropsDeclarados<D> & { campos: readonly CampoDeclarado<D>[]; datos: D }) {
  const bloques: ReactNode[] = [];
  let fila: ReactNode[] = [];
  let desde = -1;
  const cerrarFila = () => {
    if (fila.length)
      bloques.push(
        <Grid key={`fila-${desde}`} container columnSpacing={1.5}>
          {fila}
        </Grid>,
      );
    fila = [];
    desde = -1;
  };
  campos.forEach((campo, i) => {
    const { ancho } = campo;
    if (ancho === undefined) cerrarFila();
    else if (desde < 0) desde = i;
    if (campo.visible && !campo.visible(datos)) {
      bloques.push(<Oculto key={`oculto-${i}`} campo={campo} form={props.form} />);
      return;
    }
    const caja = <Campo campo={campo} datos={datos} {...props} />;
    if (ancho === undefined) bloques.push(<Fragment key={`campo-${i}`}>{caja}</Fragment>);
    else
      fila.push(
        <Grid key={i} size={segun(ancho, datos)}>
          {caja}
        </Grid>,
      );
  });
  cerrarFila();
  return bloques;
}

/** The fields a box writes. */
function nombresDe<D extends FieldValues>(campo: CampoDeclarado<D>): Path<D>[] {
  if (campo.tipo === 'particular') return [];
  if (campo.tipo === 'porSexo') return [...campo.nombres];
  if (campo.tipo === 'porEdad') return GRUPOS_EDAD as unknown as Path<D>[];
  return [campo.nombre];
}

/**
 * A field that stopped showing goes back to the value the form opened with (a new record's default, a stored
 * record's own): what was typed while it showed (hours of a taller that became a programa, even unreadable ones)
 * would otherwise be saved unseen, or refuse the save with an error at a box the clerk can no longer see.
 */
function Oculto<D extends FieldValues>({ campo, form }: { campo: CampoDeclarado<D>; form: UseFormReturn<D> }) {
  useEffect(() => {
    for (const nombre of nombresDe(campo)) {
      const inicial: unknown = get(form.formState.defaultValues, nombre);
      if (inicial !== undefined && !Object.is(form.getValues(nombre), inicial)) form.setValue(nombre, inicial as never, { shouldDirty: true });
      form.clearErrors(nombre);
    }
  }, [campo, form]);
  return null;
}

function Campo<D extends FieldValues>({ campo, datos, form, conFoco, ...particular }: PropsDeclarados<D> & { campo: CampoDeclarado<D>; datos: D }): ReactElement {
  const { control } = form;
  if (campo.tipo === 'particular') return <campo.Componente form={form} {...particular} />;
  if (campo.tipo === 'porSexo') return <CamposPorSexo control={control} campos={[...campo.nombres]} titulo={campo.etiqueta} />;
  if (campo.tipo === 'porEdad') return <CamposPorEdad form={form} titulo={campo.etiqueta} porSexo={campo.porSexo} />;
  const caja = { control, name: campo.nombre, label: segun(campo.etiqueta, datos) };
  const texto = { ...caja, required: campo.requerido, helperText: campo.ayuda, autoFocus: conFoco && campo.enfocar };
  switch (campo.tipo) {
    case 'texto':
      return <CampoTexto {...texto} multiline={campo.renglones !== undefined} minRows={campo.renglones} placeholder={campo.ejemplo} />;
    case 'fecha':
      return <CampoFecha {...texto} opcional={campo.opcional} />;
    case 'seleccion':
      return <CampoOpciones {...texto} valores={campo.opciones.valores} etiquetas={campo.opciones.etiquetas} />;
    case 'catalogo':
      return <CatalogoDeclarado {...caja} required={campo.requerido} tipo={campo.catalogo} opcional={campo.opcional} />;
    case 'sugerido':
      return <ConSugerencias de={campo.sugerencias}>{(s) => <CampoSugerido {...caja} sugerencias={s} />}</ConSugerencias>;
    case 'lista':
      return <ConSugerencias de={campo.sugerencias}>{(s) => <CampoLista {...caja} sugerencias={s} ayuda={campo.ayuda} />}</ConSugerencias>;
    case 'numero':
      return (
        <CampoNumero
          {...texto}
          leer={campo.vacioEsCero ? ceroSiVacio : undefined}
          {...(campo.entero ? { type: 'number', slotProps: { htmlInput: { min: 0 } } } : { slotProps: { htmlInput: { inputMode: 'decimal' } } })}
        />
      );
    case 'moneda':
      return <CampoMoneda {...caja} required={campo.requerido} />;
    case 'sino':
      return <CampoSiNo {...caja} ayuda={campo.ayuda} />;
  }
}

function CatalogoDeclarado<D extends FieldValues>({ tipo, ...props }: Omit<Parameters<typeof CampoCatalogo<D>>[0], 'elementos'> & { tipo: TipoCatalogo }) {
  return <CampoCatalogo {...props} elementos={useCatalogo(tipo)} />;
}

/** The names a box suggests: a catalogue's, kept live, or a fixed list. */
function ConSugerencias({ de = [], children }: { de?: Sugerencias; children: (sugerencias: readonly string[]) => ReactElement }) {
  return typeof de === 'string' ? <NombresDeCatalogo tipo={de}>{children}</NombresDeCatalogo> : children(de);
}

function NombresDeCatalogo({ tipo, children }: { tipo: TipoCatalogo; children: (sugerencias: readonly string[]) => ReactElement }) {
  return children(useNombresCatalogo(tipo));
}
