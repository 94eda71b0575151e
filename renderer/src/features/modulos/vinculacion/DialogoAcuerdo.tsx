import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import {
  capturaAcuerdoSchema,
  ESTATUS_ACUERDO,
  ETIQUETA_ESTATUS_ACUERDO,
  SIN_CUMPLIMIENTO,
  type Acuerdo,
  type DatosAcuerdo,
} from '../../../../../shared/schemas/modulos';
import { CamposDeclarados, type CampoDeclarado } from '../../../componentes/formulario/CamposDeclarados';
import { DialogoFormulario } from '../../../componentes/formulario/DialogoFormulario';
import { guardarFormulario } from '../../../componentes/formulario/validacion';
import { db } from '../../../db';
import { crearAcuerdo, editarAcuerdo } from '../../../db/repositorios/vinculacion';

const cumplido = (a: DatosAcuerdo) => a.estatus === 'cumplido';

/** Marking it cumplido from a list, the evidence is what is left to write: it takes the focus. */
const camposAcuerdo = (cumplir: boolean): CampoDeclarado<DatosAcuerdo>[] => [
  { tipo: 'texto', nombre: 'texto', etiqueta: 'Acuerdo', requerido: true, renglones: 2, enfocar: !cumplir, ancho: 12 },
  { tipo: 'texto', nombre: 'responsable', etiqueta: 'Responsable', requerido: true, ancho: 12 },
  { tipo: 'fecha', nombre: 'fechaCompromiso', etiqueta: 'Fecha compromiso', opcional: true, ancho: 6 },
  { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus del acuerdo', requerido: true, opciones: { valores: ESTATUS_ACUERDO, etiquetas: ETIQUETA_ESTATUS_ACUERDO }, ancho: 6 },
  // Left empty it is null, so the schema says what a cumplido acuerdo lacks rather than how to write a date.
  { tipo: 'fecha', nombre: 'fechaCumplimiento', etiqueta: 'Fecha de cumplimiento', requerido: true, opcional: true, visible: cumplido, ancho: 6 },
  {
    tipo: 'texto',
    nombre: 'evidenciaCumplimiento',
    etiqueta: 'Evidencia del cumplimiento',
    renglones: 2,
    ejemplo: 'Oficio DIF/123/2026',
    ayuda: 'Lo que prueba que se cumplió: oficio, minuta, fotografías…',
    enfocar: cumplir,
    visible: cumplido,
    ancho: 12,
  },
];
const CAMPOS = camposAcuerdo(false);
const CAMPOS_CUMPLIR = camposAcuerdo(true);

/**
 * Adds (acuerdo null) or updates an acuerdo of a mesa: what was agreed, who does it, by when, how it goes, and once
 * cumplido, the day and the evidence. Choosing Cumplido proposes today; `cumplir` opens it already marked so.
 */
export function DialogoAcuerdo({ mesaId, acuerdo, cumplir = false, onCerrar }: { mesaId: string; acuerdo: Acuerdo | null; cumplir?: boolean; onCerrar: () => void }) {
  const hoy = fechaIsoLocal(new Date());
  const guardado: DatosAcuerdo = acuerdo ?? { mesaId, texto: '', responsable: '', fechaCompromiso: null, estatus: 'pendiente', ...SIN_CUMPLIMIENTO };
  const inicial: DatosAcuerdo = cumplir ? { ...guardado, estatus: 'cumplido', fechaCumplimiento: guardado.fechaCumplimiento ?? hoy } : guardado;
  const form = useForm<DatosAcuerdo>({ defaultValues: inicial, resolver: zodResolver(capturaAcuerdoSchema) });
  usePropuestaDeHoy(form, inicial.estatus, hoy);
  const enviar = form.handleSubmit(async (datos) => {
    if (await guardarFormulario(form, () => (acuerdo ? editarAcuerdo(db, acuerdo.id, datos) : crearAcuerdo(db, mesaId, datos)))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={cumplir ? 'Marcar el acuerdo como cumplido' : acuerdo ? 'Actualizar acuerdo' : 'Nuevo acuerdo'}
      idTitulo="titulo-acuerdo"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton={cumplir ? 'Marcar como cumplido' : acuerdo ? 'Guardar acuerdo' : 'Agregar acuerdo'}
    >
      <CamposDeclarados campos={cumplir ? CAMPOS_CUMPLIR : CAMPOS} form={form} editando={acuerdo !== null} conFoco />
    </DialogoFormulario>
  );
}

/**
 * Choosing Cumplido proposes today as the fecha de cumplimiento. Only a change to Cumplido does: an acuerdo stored as
 * cumplido before the date was recorded opens without one, rather than with a day nobody said.
 */
function usePropuestaDeHoy(form: UseFormReturn<DatosAcuerdo>, estatusInicial: DatosAcuerdo['estatus'], hoy: string): void {
  const estatus = useWatch({ control: form.control, name: 'estatus' });
  const anterior = useRef(estatusInicial);
  useEffect(() => {
    if (estatus === 'cumplido' && anterior.current !== 'cumplido' && form.getValues('fechaCumplimiento') === null) {
      form.setValue('fechaCumplimiento', hoy, { shouldDirty: true });
    }
    anterior.current = estatus;
  }, [estatus, form, hoy]);
}
