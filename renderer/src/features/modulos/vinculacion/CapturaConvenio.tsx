import { useNavigate } from 'react-router-dom';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearConvenio } from '../../../db/repositorios/vinculacion';
import { FormularioConvenio } from './FormularioConvenio';
import { convenioNuevo } from './valoresVinculacion';

export function CapturaConvenio() {
  const navegar = useNavigate();
  return (
    <>
      <EncabezadoPagina titulo="Nuevo convenio" subtitulo="Vinculación Institucional · un convenio firmado cuenta en el mes de su firma" />
      <FormularioConvenio
        inicial={convenioNuevo}
        editando={false}
        textoGuardar="Guardar convenio"
        guardar={async (datos) => {
          const c = await crearConvenio(db, datos);
          navegar(`/vinculacion/convenios/${c.id}`, { state: { recienCreado: true } });
        }}
        onCancelar={() => navegar('/vinculacion/convenios')}
      />
    </>
  );
}
