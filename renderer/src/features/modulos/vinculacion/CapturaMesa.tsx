import { useNavigate } from 'react-router-dom';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearMesa } from '../../../db/repositorios/vinculacion';
import { FormularioMesa } from './FormularioMesa';
import { mesaNueva } from './valoresVinculacion';

export function CapturaMesa() {
  const navegar = useNavigate();
  return (
    <>
      <EncabezadoPagina titulo="Nueva mesa interinstitucional" subtitulo="Vinculación Institucional · una mesa asistida cuenta en el mes de su fecha; sus acuerdos se agregan al guardarla" />
      <FormularioMesa
        inicial={mesaNueva(fechaIsoLocal(new Date()))}
        editando={false}
        textoGuardar="Guardar mesa"
        guardar={async (datos) => {
          const m = await crearMesa(db, datos);
          navegar(`/vinculacion/mesas/${m.id}`, { state: { recienCreado: true } });
        }}
        onCancelar={() => navegar('/vinculacion/mesas')}
      />
    </>
  );
}
