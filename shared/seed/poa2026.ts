import type { EncabezadoPoa, DatosActividad } from '../schemas/poa';
import { distribuirMetaAnual } from '../domain/metas';

/**
 * The 2026 POA of Gestión Social y Atención Ciudadana, word for word from the municipality's document
 * (seed/poa-2026-gestion-social.txt). These are the defaults loaded on first run.
 */
export const ENCABEZADO_POA_2026: EncabezadoPoa = {
  anio: 2026,
  direccion: 'Presidencia Municipal',
  area: 'Gestión Social y Atención Ciudadana',
  objetivoGeneral: 'Atención directa a los ciudadanos en sus demandas y necesidades sociales',
  objetivosEspecificos:
    'Brindar atención personalizada y oportuna a la ciudadanía que solicita apoyos o gestiones ante la administración municipal resolviendo y dando seguimiento a sus solicitudes.',
};

const EJE = 'Mas desarrollo y competitividad';
const LINEA = 'Desarrollo económico para los habitantes';
const TODOS_LOS_MESES = Array.from({ length: 12 }, () => true);

function actividad(
  datos: Omit<DatosActividad, 'eje' | 'linea' | 'meses' | 'programado' | 'metaAnual' | 'medioVerificacion'> & {
    medioVerificacion?: string;
  },
): DatosActividad {
  return {
    eje: EJE,
    linea: LINEA,
    meses: [...TODOS_LOS_MESES],
    metaAnual: 90,
    programado: distribuirMetaAnual(90, TODOS_LOS_MESES),
    medioVerificacion: '',
    ...datos,
  };
}

export const ACTIVIDADES_POA_2026: DatosActividad[] = [
  actividad({
    numero: 1,
    nombre: 'Atención Ciudadana y recepción de solicitudes',
    acciones: ['Recepción y canalización de solicitudes de apoyo social al departamento correspondiente'],
    actividadEspecifica: 'Recepción y canalización de solicitudes de apoyo social al departamento correspondiente',
    responsable: 'Personal de Gestión Social',
    unidadMedida: 'SOLICITUDES',
    frecuencia: 'mensual',
    fechaInicio: '2026-01-02',
    fechaFin: '2026-12-30',
    medioVerificacion: 'Registro de solicitudes y acuses con folio',
    reglaConteo: 'solicitudes',
  }),
  actividad({
    numero: 2,
    nombre: 'Gestión de Apoyos y Jornadas Comunitarias',
    acciones: ['Gestionar Apoyos ante las dependencias correspondientes para otorgarlos a la ciudadanía'],
    actividadEspecifica: 'Gestionar Apoyos ante las dependencias correspondientes para otorgarlos a la ciudadanía',
    responsable: 'Jefe del Departamento y personal de gestión social.',
    unidadMedida: 'APOYOS',
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    medioVerificacion: 'Padrón de beneficiarios y evidencias de entrega',
    reglaConteo: 'apoyos',
  }),
  actividad({
    numero: 3,
    nombre: 'Programas Sociales y gestión ante dependencias externas',
    acciones: ['Talleres y capacitaciones en temas de desarrollo humano y comunitario.'],
    actividadEspecifica: 'Talleres y capacitaciones en temas de desarrollo humano y comunitario.',
    responsable: 'Jefe del Departamento',
    unidadMedida: 'PROGRAMAS',
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    medioVerificacion: 'Listas de asistencia y evidencia fotográfica',
    reglaConteo: 'programas',
  }),
  actividad({
    numero: 4,
    nombre: 'Vinculación Institucional',
    acciones: [
      'Participación en mesas interinstitucionales de trabajo.',
      'Establecimiento de convenios con organizaciones civiles y publicas',
    ],
    actividadEspecifica:
      'Participación en mesas interinstitucionales de trabajo. Establecimiento de convenios con organizaciones civiles y publicas',
    responsable: 'Presidencia o en su caso la secretaria de Gobierno',
    unidadMedida: 'GESTION',
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    medioVerificacion: 'Minutas de mesas y convenios firmados',
    reglaConteo: 'gestion',
  }),
];

export const CATALOGOS_INICIALES = {
  tipoApoyo: [
    'Despensa',
    'Material de construcción',
    'Medicamento',
    'Apoyo económico',
    'Aparato ortopédico',
    'Lentes',
    'Cobijas',
    'Apoyo escolar',
    'Gestión de trámite',
    'Otro',
  ],
  dependencia: [
    'DIF Municipal',
    'Obras Públicas',
    'Servicios Públicos Municipales',
    'Desarrollo Social Municipal',
    'Secretaría de Bienestar (federal)',
    'Secretaría de Desarrollo Social del Estado',
    'Instituto de Salud del Estado',
    'Seguridad Pública Municipal',
    'Protección Civil',
    'Organización de la sociedad civil',
  ],
  colonia: ['Centro', 'Barrio de San Miguel', 'Colonia Las Flores', 'Colonia Benito Juárez', 'Fraccionamiento El Mirador'],
  localidad: ['Cabecera municipal', 'San José', 'La Esperanza', 'El Rosario'],
} as const;

export const AVISO_PRIVACIDAD_CORTO =
  'Sus datos personales se usan sólo para atender y dar seguimiento a su solicitud y para informes estadísticos sin datos que lo identifiquen. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición en la Unidad de Transparencia del Ayuntamiento. Aviso integral disponible en la oficina de Gestión Social.';
