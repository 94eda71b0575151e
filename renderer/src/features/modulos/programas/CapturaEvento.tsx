import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { DatosEvento } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearEvento } from '../../../db/repositorios/eventos';
import { useCaptura } from '../comun/useCaptura';
import { FormularioEvento } from './FormularioEvento';

const eventoNuevo = (hoy: string): DatosEvento => ({
  tipo: 'taller',
  nombre: '',
  tema: '',
  dependenciaId: null,
  facilitador: '',
  fecha: hoy,
  fechaFin: null,
  horas: 0,
  sede: '',
  localidad: '',
  poblacionObjetivo: '',
  asistentesMujeres: 0,
  asistentesHombres: 0,
  asistentesOtro: 0,
  beneficiarios: 0,
  estatus: 'programado',
  evidencia: '',
});

export function CapturaEvento() {
  const captura = useCaptura('/programas', (datos) => crearEvento(db, datos));
  return (
    <>
      <EncabezadoPagina titulo="Nuevo taller, capacitación o programa" subtitulo="Programas Sociales · cuenta para la meta en el mes en que se realiza" />
      <FormularioEvento inicial={eventoNuevo(fechaIsoLocal(new Date()))} textoGuardar="Guardar registro" {...captura} />
    </>
  );
}
