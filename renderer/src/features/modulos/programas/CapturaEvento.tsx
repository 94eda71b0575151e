import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearEvento } from '../../../db/repositorios/eventos';
import { useCaptura } from '../comun/useCaptura';
import { FormularioEvento } from './FormularioEvento';
import { eventoNuevo } from './valoresEvento';

export function CapturaEvento() {
  const captura = useCaptura('/programas', (datos) => crearEvento(db, datos));
  return (
    <>
      <EncabezadoPagina titulo="Nuevo taller, capacitación o programa" subtitulo="Programas Sociales · cuenta para la meta en el mes en que se realiza" />
      <FormularioEvento inicial={eventoNuevo(fechaIsoLocal(new Date()))} textoGuardar="Guardar registro" {...captura} />
    </>
  );
}
