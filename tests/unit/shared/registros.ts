/**
 * Builders of complete, schema-valid records for the shared domain tests. Only what a test is about is passed in;
 * the rest gets plausible defaults, so the tests also prove the domain accepts full records.
 */
import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../../../shared/schemas/modulos';
import type { Persona } from '../../../shared/schemas/personas';
import type { Actividad, Ajuste, DatosActividad } from '../../../shared/schemas/poa';
import type { Solicitud } from '../../../shared/schemas/solicitudes';
import { formatearFolio, serieFolio } from '../../../shared/domain/folio';
import { normalizarTexto, palabrasDeTexto } from '../../../shared/domain/texto';

let ultimo = 0;

/** A deterministic, valid v4-shaped UUID; `n` picks a fixed one, otherwise the next of a sequence. */
export function uuid(n?: number): string {
  const k = n ?? 100_000 + ++ultimo;
  return `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;
}

export const POA_ID = uuid(1);
export const TIPO_DESPENSA = uuid(11);
export const TIPO_MEDICAMENTO = uuid(12);
export const TIPO_LENTES = uuid(13);

function base(id?: string) {
  return {
    id: id ?? uuid(),
    createdAt: '2026-01-02T15:00:00.000Z',
    updatedAt: '2026-01-02T15:00:00.000Z',
    estacion: 'V1',
    eliminado: 0 as 0 | 1,
  };
}

export function actividadDe(datos: DatosActividad, cambios: Partial<Actividad> = {}): Actividad {
  return {
    ...base(uuid(50 + datos.numero)),
    poaId: POA_ID,
    inicial: null,
    ...datos,
    meses: [...datos.meses],
    programado: [...datos.programado],
    ...cambios,
  };
}

export function solicitud(c: Partial<Solicitud> & Pick<Solicitud, 'fechaRecepcion'>): Solicitud {
  const consecutivo = c.consecutivo ?? ++ultimo;
  const anio = Number(c.fechaRecepcion.slice(0, 4));
  return {
    ...base(),
    canal: 'ventanilla',
    personaId: uuid(900),
    tipoApoyoId: TIPO_DESPENSA,
    descripcion: 'Solicita apoyo con despensa para su familia',
    prioridad: 'media',
    dependenciaId: null,
    responsable: 'Personal de Gestión Social',
    fechaCompromiso: c.fechaRecepcion.slice(0, 10),
    consentimientoPrivacidad: true,
    folio: formatearFolio(serieFolio('AC', anio, 'V1'), consecutivo),
    anio,
    consecutivo,
    estatus: 'recibida',
    numeroOficio: '',
    fechaCanalizacion: null,
    resultado: '',
    duplicadaDeId: null,
    consentimientoFecha: '2026-01-02T15:00:00.000Z',
    avisoPrivacidad: 'Sus datos personales se usan sólo para atender y dar seguimiento a su solicitud.',
    recibio: 'Personal de ventanilla',
    ...c,
  };
}

export function apoyo(c: Partial<Apoyo>): Apoyo {
  return {
    ...base(),
    personaId: uuid(900),
    solicitudId: null,
    tipoApoyoId: TIPO_DESPENSA,
    cantidad: 1,
    unidad: 'despensa',
    valorEstimado: 450,
    fuente: 'municipal',
    dependenciaId: null,
    estatus: 'gestionado',
    fechaGestion: '2026-01-05',
    fechaEntrega: null,
    evidencia: '',
    programaId: null,
    ...c,
  };
}

export function jornada(c: Partial<Jornada> & Pick<Jornada, 'fecha'>): Jornada {
  return {
    ...base(),
    nombre: 'Jornada comunitaria',
    colonia: 'Centro',
    localidad: 'Cabecera municipal',
    dependencias: ['DIF Municipal'],
    servicios: ['Consulta médica'],
    atendidasMujeres: 20,
    atendidasHombres: 15,
    atendidasOtro: 0,
    edad0a11: 5,
    edad12a17: 5,
    edad18a29: 10,
    edad30a59: 10,
    edad60: 5,
    realizada: true,
    ...c,
  };
}

export function evento(c: Partial<Evento> & Pick<Evento, 'fecha'>): Evento {
  return {
    ...base(),
    tipo: 'taller',
    nombre: 'Taller de desarrollo humano',
    tema: 'Autoestima y comunidad',
    dependenciaId: null,
    facilitador: 'DIF Municipal',
    fechaFin: null,
    horas: 2,
    sede: 'Casa de la Cultura',
    localidad: 'Cabecera municipal',
    poblacionObjetivo: 'Mujeres jefas de familia',
    asistentesMujeres: 18,
    asistentesHombres: 4,
    asistentesOtro: 0,
    edad0a11: 2,
    edad12a17: 3,
    edad18a29: 7,
    edad30a59: 7,
    edad60: 3,
    beneficiarios: 22,
    estatus: 'realizado',
    evidencia: '',
    ...c,
  };
}

export function mesa(c: Partial<Mesa> & Pick<Mesa, 'fecha'>): Mesa {
  return {
    ...base(),
    tema: 'Mesa de seguridad y bienestar',
    convoca: 'Secretaría de Gobierno',
    sede: 'Palacio Municipal',
    instituciones: ['DIF Municipal', 'Protección Civil'],
    asistentes: 12,
    estatus: 'asistida',
    ...c,
  };
}

export function convenio(c: Partial<Convenio>): Convenio {
  return {
    ...base(),
    numero: 'CONV-001/2026',
    tipo: 'colaboracion',
    contraparte: 'Cruz Roja Mexicana',
    sector: 'civil',
    objeto: 'Colaboración en jornadas de salud',
    fechaFirma: null,
    vigenciaInicio: null,
    vigenciaFin: null,
    firmantes: ['Presidente Municipal'],
    responsable: 'Secretaría de Gobierno',
    estatus: 'en-tramite',
    ...c,
  };
}

export function ajuste(c: Partial<Ajuste> & Pick<Ajuste, 'actividadId' | 'mes' | 'cantidad'>): Ajuste {
  return {
    ...base(),
    anio: 2026,
    motivo: 'Trabajo realizado fuera del sistema, con evidencia en papel',
    usuario: 'Jefe del Departamento',
    ...c,
  };
}

export function persona(c: Partial<Persona> & Pick<Persona, 'id' | 'sexo'>): Persona {
  const datos = {
    apellidoPaterno: 'López',
    apellidoMaterno: 'Pérez',
    nombres: 'María José',
    curp: '',
    fechaNacimiento: null,
    edad: 40,
    telefono: '',
    correo: '',
    calle: '',
    numero: '',
    colonia: 'Centro',
    localidad: 'Cabecera municipal',
    codigoPostal: '',
    ...c,
  };
  const nombre = `${datos.apellidoPaterno} ${datos.apellidoMaterno} ${datos.nombres}`;
  return {
    ...base(c.id),
    ...datos,
    nombreNormalizado: normalizarTexto(nombre),
    palabras: palabrasDeTexto(nombre),
  };
}
