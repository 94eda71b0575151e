import type { Evento } from '../../../../../shared/schemas/modulos';
import { enteroDeTexto, numeroDeTexto } from '../comun/numeros';

export interface ValoresEvento {
  tipo: Evento['tipo'];
  nombre: string;
  tema: string;
  dependenciaId: string;
  facilitador: string;
  fecha: string;
  fechaFin: string;
  horas: string;
  sede: string;
  localidad: string;
  poblacionObjetivo: string;
  asistentesMujeres: string;
  asistentesHombres: string;
  asistentesOtro: string;
  beneficiarios: string;
  estatus: Evento['estatus'];
  evidencia: string;
}

export function eventoNuevo(hoy: string): ValoresEvento {
  return {
    tipo: 'taller',
    nombre: '',
    tema: '',
    dependenciaId: '',
    facilitador: '',
    fecha: hoy,
    fechaFin: '',
    horas: '0',
    sede: '',
    localidad: '',
    poblacionObjetivo: '',
    asistentesMujeres: '0',
    asistentesHombres: '0',
    asistentesOtro: '0',
    beneficiarios: '0',
    estatus: 'programado',
    evidencia: '',
  };
}

export function aDatosEvento(v: ValoresEvento) {
  return {
    ...v,
    dependenciaId: v.dependenciaId === '' ? null : v.dependenciaId,
    fechaFin: v.fechaFin === '' ? null : v.fechaFin,
    horas: v.horas.trim() === '' ? 0 : numeroDeTexto(v.horas),
    asistentesMujeres: enteroDeTexto(v.asistentesMujeres),
    asistentesHombres: enteroDeTexto(v.asistentesHombres),
    asistentesOtro: enteroDeTexto(v.asistentesOtro),
    beneficiarios: enteroDeTexto(v.beneficiarios),
  };
}

export function eventoAValores(e: Evento): ValoresEvento {
  return {
    tipo: e.tipo,
    nombre: e.nombre,
    tema: e.tema,
    dependenciaId: e.dependenciaId ?? '',
    facilitador: e.facilitador,
    fecha: e.fecha,
    fechaFin: e.fechaFin ?? '',
    horas: String(e.horas),
    sede: e.sede,
    localidad: e.localidad,
    poblacionObjetivo: e.poblacionObjetivo,
    asistentesMujeres: String(e.asistentesMujeres),
    asistentesHombres: String(e.asistentesHombres),
    asistentesOtro: String(e.asistentesOtro),
    beneficiarios: String(e.beneficiarios),
    estatus: e.estatus,
    evidencia: e.evidencia,
  };
}
