import { COLUMNAS_RECONDUCCIONES } from '../../../shared/reportes/reconducciones';
import type { ActividadLibro, LibroPoaEntrada, TablaAnexo } from '../../../shared/workbook/tipos';

/**
 * The seed's 2026 POA, authorized, with half a year of achievements (generated 15/06/2026): an over-achieved month, a
 * month with nothing programmed but something done, amber and red months, justifications for two quarters, and two
 * reconducciones (activity 1 moved a goal from July to September; activity 2 raised December and its annual goal).
 */
const EJE = 'Mas desarrollo y competitividad';
const LINEA = 'Desarrollo económico para los habitantes';
const TODOS = Array.from({ length: 12 }, () => true);
const OCHO_SIETE = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];
const seisMeses = (valores: number[]) => [...valores, 0, 0, 0, 0, 0, 0];

export const ACTIVIDADES: ActividadLibro[] = [
  {
    numero: 1,
    nombre: 'Atención Ciudadana y recepción de solicitudes',
    eje: EJE,
    linea: LINEA,
    acciones: ['Recepción y canalización de solicitudes de apoyo social al departamento correspondiente'],
    actividadEspecifica: 'Recepción y canalización de solicitudes de apoyo social al departamento correspondiente',
    responsable: 'Personal de Gestión Social',
    unidadMedida: 'SOLICITUDES',
    metaAnual: 90,
    meses: [...TODOS],
    frecuencia: 'mensual',
    fechaInicio: '2026-01-02',
    fechaFin: '2026-12-30',
    programado: [...OCHO_SIETE],
    inicial: { metaAnual: 90, programado: [8, 8, 8, 8, 8, 8, 8, 7, 6, 7, 7, 7] },
    logrado: seisMeses([10, 7, 8, 9, 6, 4]),
    justificaciones: [{ trimestre: 2, texto: 'Baja afluencia en junio por el periodo vacacional.' }],
  },
  {
    numero: 2,
    nombre: 'Gestión de Apoyos y Jornadas Comunitarias',
    eje: EJE,
    linea: LINEA,
    acciones: ['Gestionar Apoyos ante las dependencias correspondientes para otorgarlos a la ciudadanía'],
    actividadEspecifica: 'Gestionar Apoyos ante las dependencias correspondientes para otorgarlos a la ciudadanía',
    responsable: 'Jefe del Departamento y personal de gestión social.',
    unidadMedida: 'APOYOS',
    metaAnual: 90,
    meses: [...TODOS],
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    programado: [...OCHO_SIETE],
    inicial: { metaAnual: 86, programado: [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 3] },
    logrado: seisMeses([8, 8, 5, 8, 9, 8]),
    justificaciones: [],
  },
  {
    numero: 3,
    nombre: 'Programas Sociales y gestión ante dependencias externas',
    eje: EJE,
    linea: LINEA,
    acciones: ['Talleres y capacitaciones en temas de desarrollo humano y comunitario.'],
    actividadEspecifica: 'Talleres y capacitaciones en temas de desarrollo humano y comunitario.',
    responsable: 'Jefe del Departamento',
    unidadMedida: 'PROGRAMAS',
    metaAnual: 90,
    meses: TODOS.map((_, i) => i !== 1),
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    programado: [9, 0, 9, 9, 9, 9, 8, 8, 8, 7, 7, 7],
    inicial: { metaAnual: 90, programado: [9, 0, 9, 9, 9, 9, 8, 8, 8, 7, 7, 7] },
    logrado: seisMeses([9, 2, 9, 7, 9, 6]),
    justificaciones: [],
  },
  {
    numero: 4,
    nombre: 'Vinculación Institucional',
    eje: EJE,
    linea: LINEA,
    acciones: [
      'Participación en mesas interinstitucionales de trabajo.',
      'Establecimiento de convenios con organizaciones civiles y publicas',
    ],
    actividadEspecifica:
      'Participación en mesas interinstitucionales de trabajo. Establecimiento de convenios con organizaciones civiles y publicas',
    responsable: 'Presidencia o en su caso la secretaria de Gobierno',
    unidadMedida: 'GESTION',
    metaAnual: 90,
    meses: [...TODOS],
    frecuencia: 'bimestral',
    fechaInicio: null,
    fechaFin: null,
    programado: [...OCHO_SIETE],
    inicial: { metaAnual: 90, programado: [...OCHO_SIETE] },
    logrado: seisMeses([0, 0, 8, 8, 8, 8]),
    justificaciones: [
      { trimestre: 1, texto: 'Las mesas de enero y febrero fueron reprogramadas por la Secretaría de Gobierno.' },
    ],
  },
];

export const SOLICITUDES: TablaAnexo = {
  nombre: 'Solicitudes',
  titulo: 'Solicitudes recibidas',
  columnas: [
    { titulo: 'Folio', tipo: 'texto', ancho: 18 },
    { titulo: 'Fecha de recepción', tipo: 'fecha' },
    { titulo: 'Solicitante', tipo: 'texto', ancho: 30 },
    { titulo: 'Tipo de apoyo', tipo: 'texto' },
    { titulo: 'Estatus', tipo: 'texto', ancho: 14 },
  ],
  filas: [
    ['AC-2026-V1-0001', '2026-01-05', 'María López Hernández', 'Despensa', 'Atendida'],
    ['AC-2026-V1-0002', new Date(2026, 0, 31), 'José Pérez García', 'Medicamento', 'Canalizada'],
    ['AC-2026-V2-0001', '2026-02-14T09:30', 'Ana Ruiz Soto', 'Material de construcción', 'Recibida'],
  ],
};

export const APOYOS: TablaAnexo = {
  nombre: 'Apoyos',
  titulo: 'Apoyos entregados',
  columnas: [
    { titulo: 'Beneficiario', tipo: 'texto', ancho: 30 },
    { titulo: 'Tipo', tipo: 'texto' },
    { titulo: 'Cantidad', tipo: 'numero' },
    { titulo: 'Valor estimado', tipo: 'moneda' },
    { titulo: 'Fecha de entrega', tipo: 'fecha' },
  ],
  filas: [
    ['María López Hernández', 'Despensa', 2, 1234.5, '2026-01-20'],
    ['José Pérez García', 'Medicamento', '1', '$ 450.00', null],
  ],
};

export const PADRON: TablaAnexo = {
  nombre: 'Padrón',
  titulo: 'Padrón de beneficiarios (versión pública)',
  columnas: [
    { titulo: 'Nombre', tipo: 'texto', ancho: 30 },
    { titulo: 'Apoyo', tipo: 'texto' },
    { titulo: 'Colonia', tipo: 'texto' },
    { titulo: 'Edad', tipo: 'numero' },
    { titulo: 'Sexo', tipo: 'texto', ancho: 8 },
  ],
  filas: [
    ['María López Hernández', 'Despensa', 'Centro', 54, 'M'],
    ['José Pérez García', 'Medicamento', 'Colonia Las Flores', 67, 'H'],
  ],
};

export const RECONDUCCIONES: TablaAnexo = {
  nombre: 'Reconducciones',
  titulo: 'Reconducciones del POA 2026',
  columnas: COLUMNAS_RECONDUCCIONES,
  filas: [
    ['2026-05-10', 1, 'Atención Ciudadana y recepción de solicitudes', 'julio y septiembre', 'julio 8 → 7, septiembre 6 → 7', 90, 90, 'La feria regional de septiembre concentra la demanda de ventanilla', 'Personal de Gestión Social', 'Ana Torres Vidal', 'Jefe del Departamento'],
    ['2026-06-02', 2, 'Gestión de Apoyos y Jornadas Comunitarias', 'diciembre', 'diciembre 3 → 7', 86, 90, 'Convenio con el DIF estatal para las despensas de diciembre', 'Jefe del Departamento', 'Ana Torres Vidal', 'Jefe del Departamento'],
  ],
  vacio: 'Sin reconducciones en 2026: las metas programadas son las que se autorizaron.',
};

export function entradaSemilla(cambios: Partial<LibroPoaEntrada> = {}): LibroPoaEntrada {
  return {
    anio: 2026,
    municipio: 'Municipio de San Pedro',
    encabezado: {
      direccion: 'Presidencia Municipal',
      area: 'Gestión Social y Atención Ciudadana',
      objetivoGeneral: 'Atención directa a los ciudadanos en sus demandas y necesidades sociales',
      objetivosEspecificos:
        'Brindar atención personalizada y oportuna a la ciudadanía que solicita apoyos o gestiones ante la administración municipal resolviendo y dando seguimiento a sus solicitudes.',
    },
    estado: { clave: 'autorizado', texto: 'Autorizado por Ana Torres Vidal el 15/01/2026' },
    actividades: ACTIVIDADES,
    umbrales: { verde: 90, ambar: 70 },
    anexos: [SOLICITUDES, APOYOS],
    reconducciones: RECONDUCCIONES,
    padronPublico: PADRON,
    generado: new Date(2026, 5, 15, 10, 30),
    ...cambios,
  };
}
