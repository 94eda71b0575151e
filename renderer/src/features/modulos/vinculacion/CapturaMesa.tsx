import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { DatosMesa } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearMesa } from '../../../db/repositorios/vinculacion';
import { useCaptura } from '../comun/useCaptura';
import { FormularioMesa } from './FormularioMesa';

const mesaNueva = (hoy: string): DatosMesa => ({ fecha: hoy, tema: '', convoca: '', sede: '', instituciones: [], asistentes: 0, estatus: 'programada' });

export function CapturaMesa() {
  const captura = useCaptura('/vinculacion/mesas', (datos) => crearMesa(db, datos));
  return (
    <>
      <EncabezadoPagina titulo="Nueva mesa interinstitucional" subtitulo="Vinculación Institucional · una mesa asistida cuenta en el mes de su fecha; sus acuerdos se agregan al guardarla" />
      <FormularioMesa inicial={mesaNueva(fechaIsoLocal(new Date()))} textoGuardar="Guardar mesa" {...captura} />
    </>
  );
}
