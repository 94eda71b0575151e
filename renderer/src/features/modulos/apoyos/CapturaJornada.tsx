import { useNavigate } from 'react-router-dom';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearJornada } from '../../../db/repositorios/jornadas';
import { FormularioJornada } from './FormularioJornada';
import { jornadaNueva } from './valoresJornada';

export function CapturaJornada() {
  const navegar = useNavigate();
  return (
    <>
      <EncabezadoPagina titulo="Nueva jornada comunitaria" subtitulo="Gestión de Apoyos y Jornadas · una jornada realizada cuenta en el mes de su fecha" />
      <FormularioJornada
        inicial={jornadaNueva(fechaIsoLocal(new Date()))}
        editando={false}
        textoGuardar="Guardar jornada"
        guardar={async (datos) => {
          const j = await crearJornada(db, datos);
          navegar(`/apoyos/jornadas/${j.id}`, { state: { recienCreado: true } });
        }}
        onCancelar={() => navegar('/apoyos/jornadas')}
      />
    </>
  );
}
