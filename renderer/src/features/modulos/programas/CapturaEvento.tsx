import { useNavigate } from 'react-router-dom';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearEvento } from '../../../db/repositorios/eventos';
import { FormularioEvento } from './FormularioEvento';
import { eventoNuevo } from './valoresEvento';

export function CapturaEvento() {
  const navegar = useNavigate();
  return (
    <>
      <EncabezadoPagina titulo="Nuevo taller, capacitación o programa" subtitulo="Programas Sociales · cuenta para la meta en el mes en que se realiza" />
      <FormularioEvento
        inicial={eventoNuevo(fechaIsoLocal(new Date()))}
        editando={false}
        textoGuardar="Guardar registro"
        guardar={async (datos) => {
          const e = await crearEvento(db, datos);
          navegar(`/programas/${e.id}`, { state: { recienCreado: true } });
        }}
        onCancelar={() => navegar('/programas')}
      />
    </>
  );
}
