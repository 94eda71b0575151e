import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { DatosJornada } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearJornada } from '../../../db/repositorios/jornadas';
import { useCaptura } from '../comun/useCaptura';
import { FormularioJornada } from './FormularioJornada';

const jornadaNueva = (hoy: string): DatosJornada => ({
  fecha: hoy,
  nombre: '',
  colonia: '',
  localidad: '',
  dependencias: [],
  servicios: [],
  atendidasMujeres: 0,
  atendidasHombres: 0,
  atendidasOtro: 0,
  realizada: false,
});

export function CapturaJornada() {
  const captura = useCaptura('/apoyos/jornadas', (datos) => crearJornada(db, datos));
  return (
    <>
      <EncabezadoPagina titulo="Nueva jornada comunitaria" subtitulo="Gestión de Apoyos y Jornadas · una jornada realizada cuenta en el mes de su fecha" />
      <FormularioJornada inicial={jornadaNueva(fechaIsoLocal(new Date()))} textoGuardar="Guardar jornada" {...captura} />
    </>
  );
}
