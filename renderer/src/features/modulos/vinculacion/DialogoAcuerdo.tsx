import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { datosAcuerdoSchema, ESTATUS_ACUERDO, ETIQUETA_ESTATUS_ACUERDO, type Acuerdo, type DatosAcuerdo } from '../../../../../shared/schemas/modulos';
import { CamposDeclarados, type CampoDeclarado } from '../../../componentes/formulario/CamposDeclarados';
import { DialogoFormulario } from '../../../componentes/formulario/DialogoFormulario';
import { guardarFormulario } from '../../../componentes/formulario/validacion';
import { db } from '../../../db';
import { crearAcuerdo, editarAcuerdo } from '../../../db/repositorios/vinculacion';

const CAMPOS: CampoDeclarado<DatosAcuerdo>[] = [
  { tipo: 'texto', nombre: 'texto', etiqueta: 'Acuerdo', requerido: true, renglones: 2, enfocar: true, ancho: 12 },
  { tipo: 'texto', nombre: 'responsable', etiqueta: 'Responsable', requerido: true, ancho: 12 },
  { tipo: 'fecha', nombre: 'fechaCompromiso', etiqueta: 'Fecha compromiso', opcional: true, ancho: 6 },
  { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus del acuerdo', requerido: true, opciones: { valores: ESTATUS_ACUERDO, etiquetas: ETIQUETA_ESTATUS_ACUERDO }, ancho: 6 },
];

/** Adds (acuerdo null) or updates an acuerdo of a mesa: what was agreed, who does it, by when, how it goes. */
export function DialogoAcuerdo({ mesaId, acuerdo, onCerrar }: { mesaId: string; acuerdo: Acuerdo | null; onCerrar: () => void }) {
  const inicial: DatosAcuerdo = acuerdo ?? { mesaId, texto: '', responsable: '', fechaCompromiso: null, estatus: 'pendiente' };
  const form = useForm({ defaultValues: inicial, resolver: zodResolver(datosAcuerdoSchema) });
  const enviar = form.handleSubmit(async (datos) => {
    if (await guardarFormulario(form, () => (acuerdo ? editarAcuerdo(db, acuerdo.id, datos) : crearAcuerdo(db, mesaId, datos)))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={acuerdo ? 'Actualizar acuerdo' : 'Nuevo acuerdo'}
      idTitulo="titulo-acuerdo"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton={acuerdo ? 'Guardar acuerdo' : 'Agregar acuerdo'}
    >
      <CamposDeclarados campos={CAMPOS} form={form} editando={acuerdo !== null} conFoco />
    </DialogoFormulario>
  );
}
