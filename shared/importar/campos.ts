import { normalizarTexto } from '../domain/texto';
import type { TipoCatalogo } from '../schemas/sistema';

/**
 * What each kind of record takes from a spreadsheet: the app's fields, each with the column names offices give it
 * (compared without accents, case or punctuation), and the mapping the app proposes from a file's header row.
 */

export const TIPOS_IMPORTACION = ['solicitud', 'apoyo', 'jornada', 'evento', 'mesa', 'convenio'] as const;
export type TipoImportacion = (typeof TIPOS_IMPORTACION)[number];

export const ETIQUETA_TIPO_IMPORTACION: Record<TipoImportacion, string> = {
  solicitud: 'Solicitudes con sus ciudadanos',
  apoyo: 'Apoyos con sus beneficiarios',
  jornada: 'Jornadas comunitarias',
  evento: 'Talleres, capacitaciones y programas',
  mesa: 'Mesas interinstitucionales',
  convenio: 'Convenios',
};

/** The kinds whose rows name a citizen, matched to the personas or registered. */
export function conPersona(tipo: TipoImportacion): boolean {
  return tipo === 'solicitud' || tipo === 'apoyo';
}

/** How the screens and the bitácora count the records of each kind. */
export const NOMBRE_REGISTROS_IMPORTACION: Record<TipoImportacion, readonly [string, string]> = {
  solicitud: ['solicitud', 'solicitudes'],
  apoyo: ['apoyo', 'apoyos'],
  jornada: ['jornada', 'jornadas'],
  evento: ['taller o programa', 'talleres y programas'],
  mesa: ['mesa', 'mesas'],
  convenio: ['convenio', 'convenios'],
};

export interface CampoImportacion {
  clave: string;
  etiqueta: string;
  sinonimos: readonly string[];
  /** The catalogue its values are matched to. */
  catalogo?: TipoCatalogo;
}

const PERSONA: readonly CampoImportacion[] = [
  { clave: 'nombreCompleto', etiqueta: 'Nombre completo', sinonimos: ['Nombre completo', 'Ciudadano', 'Solicitante', 'Nombre del solicitante', 'Beneficiario', 'Nombre del beneficiario', 'Nombre y apellidos', 'Persona'] },
  { clave: 'nombres', etiqueta: 'Nombre(s)', sinonimos: ['Nombre', 'Nombres', 'Nombre(s)', 'Nombre de pila'] },
  { clave: 'apellidoPaterno', etiqueta: 'Apellido paterno', sinonimos: ['Apellido paterno', 'Paterno', 'Primer apellido', 'Ap paterno', 'A paterno', 'Apellido 1'] },
  { clave: 'apellidoMaterno', etiqueta: 'Apellido materno', sinonimos: ['Apellido materno', 'Materno', 'Segundo apellido', 'Ap materno', 'A materno', 'Apellido 2'] },
  { clave: 'curp', etiqueta: 'CURP', sinonimos: ['CURP', 'Clave CURP'] },
  { clave: 'sexo', etiqueta: 'Sexo', sinonimos: ['Sexo', 'Genero', 'H/M'] },
  { clave: 'fechaNacimiento', etiqueta: 'Fecha de nacimiento', sinonimos: ['Fecha de nacimiento', 'Fecha nacimiento', 'F nacimiento', 'Nacimiento', 'Fecha de nac'] },
  { clave: 'edad', etiqueta: 'Edad', sinonimos: ['Edad', 'Años'] },
  { clave: 'telefono', etiqueta: 'Teléfono', sinonimos: ['Telefono', 'Tel', 'Celular', 'Telefono de contacto', 'Numero de telefono', 'Contacto'] },
  { clave: 'correo', etiqueta: 'Correo electrónico', sinonimos: ['Correo', 'Correo electronico', 'Email', 'E-mail', 'Mail'] },
  { clave: 'calle', etiqueta: 'Calle', sinonimos: ['Calle', 'Domicilio', 'Direccion'] },
  { clave: 'numero', etiqueta: 'Número', sinonimos: ['Numero', 'No', 'Num', 'Numero exterior', 'No exterior', 'Num ext'] },
  { clave: 'colonia', etiqueta: 'Colonia', sinonimos: ['Colonia', 'Col', 'Barrio', 'Fraccionamiento'], catalogo: 'colonia' },
  { clave: 'localidad', etiqueta: 'Localidad', sinonimos: ['Localidad', 'Comunidad', 'Poblado'], catalogo: 'localidad' },
  { clave: 'codigoPostal', etiqueta: 'Código postal', sinonimos: ['Codigo postal', 'CP', 'C P'] },
];

const SOLICITUD: readonly CampoImportacion[] = [
  { clave: 'folio', etiqueta: 'Folio anterior', sinonimos: ['Folio', 'No folio', 'No de folio', 'Numero de folio', 'Folio anterior', 'Num folio', 'Folio de la solicitud'] },
  { clave: 'fechaRecepcion', etiqueta: 'Fecha de recepción', sinonimos: ['Fecha', 'Fecha de recepcion', 'Fecha recepcion', 'Fecha de solicitud', 'Fecha de captura', 'Recibida', 'Fecha de ingreso'] },
  { clave: 'horaRecepcion', etiqueta: 'Hora de recepción', sinonimos: ['Hora', 'Hora de recepcion'] },
  ...PERSONA,
  { clave: 'tipoApoyo', etiqueta: 'Tipo de apoyo', sinonimos: ['Tipo de apoyo', 'Apoyo', 'Tipo', 'Apoyo solicitado', 'Tipo de solicitud', 'Concepto'], catalogo: 'tipoApoyo' },
  { clave: 'descripcion', etiqueta: 'Descripción', sinonimos: ['Descripcion', 'Peticion', 'Asunto', 'Solicitud', 'Detalle', 'Lo que solicita', 'Observaciones'] },
  { clave: 'estatus', etiqueta: 'Estatus', sinonimos: ['Estatus', 'Estado', 'Situacion', 'Status'] },
  { clave: 'dependencia', etiqueta: 'Dependencia', sinonimos: ['Dependencia', 'Canalizada a', 'Area', 'Dependencia a la que se canaliza'], catalogo: 'dependencia' },
  { clave: 'canal', etiqueta: 'Canal', sinonimos: ['Canal', 'Medio', 'Via', 'Canal de recepcion'] },
  { clave: 'prioridad', etiqueta: 'Prioridad', sinonimos: ['Prioridad', 'Urgencia'] },
  { clave: 'responsable', etiqueta: 'Responsable', sinonimos: ['Responsable', 'Atendio', 'Encargado'] },
  { clave: 'fechaCompromiso', etiqueta: 'Fecha compromiso', sinonimos: ['Fecha compromiso', 'Fecha limite', 'Vence', 'Fecha de respuesta'] },
];

const APOYO: readonly CampoImportacion[] = [
  ...PERSONA,
  { clave: 'tipoApoyo', etiqueta: 'Tipo de apoyo', sinonimos: ['Tipo de apoyo', 'Apoyo', 'Tipo', 'Apoyo entregado', 'Concepto'], catalogo: 'tipoApoyo' },
  { clave: 'cantidad', etiqueta: 'Cantidad', sinonimos: ['Cantidad', 'Piezas', 'Cant'] },
  { clave: 'unidad', etiqueta: 'Unidad', sinonimos: ['Unidad', 'Unidad de medida'] },
  { clave: 'valorEstimado', etiqueta: 'Valor estimado', sinonimos: ['Valor estimado', 'Valor', 'Monto', 'Importe', 'Costo'] },
  { clave: 'fuente', etiqueta: 'Fuente', sinonimos: ['Fuente', 'Origen del recurso', 'Fuente de financiamiento'] },
  { clave: 'dependencia', etiqueta: 'Dependencia', sinonimos: ['Dependencia', 'Institucion'], catalogo: 'dependencia' },
  { clave: 'estatus', etiqueta: 'Estatus', sinonimos: ['Estatus', 'Estado', 'Situacion', 'Status'] },
  { clave: 'fechaGestion', etiqueta: 'Fecha de gestión', sinonimos: ['Fecha de gestion', 'Fecha gestion', 'Fecha de solicitud', 'Fecha'] },
  { clave: 'fechaEntrega', etiqueta: 'Fecha de entrega', sinonimos: ['Fecha de entrega', 'Fecha entrega', 'Entregado el', 'Entrega'] },
  { clave: 'evidencia', etiqueta: 'Evidencia', sinonimos: ['Evidencia', 'Observaciones', 'Notas', 'Comentarios'] },
];

/** Attendance by age group, as the forms take it. */
const GRUPOS_EDAD_CAMPOS: readonly CampoImportacion[] = [
  { clave: 'edad0a11', etiqueta: '0 a 11 años', sinonimos: ['0 a 11', '0 a 11 anos', 'Ninos', 'Ninas y ninos', 'Menores de 12'] },
  { clave: 'edad12a17', etiqueta: '12 a 17 años', sinonimos: ['12 a 17', '12 a 17 anos', 'Adolescentes'] },
  { clave: 'edad18a29', etiqueta: '18 a 29 años', sinonimos: ['18 a 29', '18 a 29 anos', 'Jovenes'] },
  { clave: 'edad30a59', etiqueta: '30 a 59 años', sinonimos: ['30 a 59', '30 a 59 anos', 'Adultos'] },
  { clave: 'edad60', etiqueta: '60 años y más', sinonimos: ['60 y mas', '60 anos y mas', '60 o mas', 'Adultos mayores', 'Mayores de 60'] },
];

const JORNADA: readonly CampoImportacion[] = [
  { clave: 'fecha', etiqueta: 'Fecha', sinonimos: ['Fecha', 'Fecha de la jornada', 'Dia', 'Fecha de realizacion'] },
  { clave: 'nombre', etiqueta: 'Nombre de la jornada', sinonimos: ['Nombre', 'Jornada', 'Nombre de la jornada', 'Evento', 'Actividad'] },
  { clave: 'colonia', etiqueta: 'Colonia', sinonimos: ['Colonia', 'Col', 'Sede', 'Lugar', 'Barrio'], catalogo: 'colonia' },
  { clave: 'localidad', etiqueta: 'Localidad', sinonimos: ['Localidad', 'Comunidad', 'Poblado'], catalogo: 'localidad' },
  { clave: 'dependencias', etiqueta: 'Dependencias participantes', sinonimos: ['Dependencias', 'Dependencias participantes', 'Instituciones', 'Participantes'] },
  { clave: 'servicios', etiqueta: 'Servicios ofrecidos', sinonimos: ['Servicios', 'Servicios ofrecidos', 'Servicios otorgados'] },
  { clave: 'mujeres', etiqueta: 'Mujeres atendidas', sinonimos: ['Mujeres', 'Mujeres atendidas', 'M'] },
  { clave: 'hombres', etiqueta: 'Hombres atendidos', sinonimos: ['Hombres', 'Hombres atendidos', 'H'] },
  { clave: 'otro', etiqueta: 'Otras personas atendidas', sinonimos: ['Otro', 'Otros', 'Otras personas'] },
  ...GRUPOS_EDAD_CAMPOS,
  { clave: 'realizada', etiqueta: 'Realizada', sinonimos: ['Realizada', 'Se realizo', 'Estatus', 'Estado'] },
];

const EVENTO: readonly CampoImportacion[] = [
  { clave: 'tipo', etiqueta: 'Tipo (taller, capacitación o programa)', sinonimos: ['Tipo', 'Tipo de actividad', 'Modalidad'] },
  { clave: 'nombre', etiqueta: 'Nombre', sinonimos: ['Nombre', 'Taller', 'Nombre del taller', 'Programa', 'Capacitacion', 'Actividad', 'Curso'] },
  { clave: 'tema', etiqueta: 'Tema', sinonimos: ['Tema', 'Contenido'] },
  { clave: 'dependencia', etiqueta: 'Dependencia', sinonimos: ['Dependencia', 'Institucion', 'Organiza'], catalogo: 'dependencia' },
  { clave: 'facilitador', etiqueta: 'Facilitador', sinonimos: ['Facilitador', 'Instructor', 'Ponente', 'Imparte'] },
  { clave: 'fecha', etiqueta: 'Fecha', sinonimos: ['Fecha', 'Fecha de inicio', 'Inicio', 'Fecha de realizacion'] },
  { clave: 'fechaFin', etiqueta: 'Fecha de término', sinonimos: ['Fecha de termino', 'Fecha fin', 'Fin', 'Termino'] },
  { clave: 'horas', etiqueta: 'Horas', sinonimos: ['Horas', 'Duracion', 'Horas de duracion'] },
  { clave: 'sede', etiqueta: 'Sede', sinonimos: ['Sede', 'Lugar'] },
  { clave: 'localidad', etiqueta: 'Localidad', sinonimos: ['Localidad', 'Comunidad'] },
  { clave: 'poblacionObjetivo', etiqueta: 'Población objetivo', sinonimos: ['Poblacion objetivo', 'Dirigido a', 'Poblacion'] },
  { clave: 'mujeres', etiqueta: 'Mujeres', sinonimos: ['Mujeres', 'Asistentes mujeres', 'M'] },
  { clave: 'hombres', etiqueta: 'Hombres', sinonimos: ['Hombres', 'Asistentes hombres', 'H'] },
  { clave: 'otro', etiqueta: 'Otro', sinonimos: ['Otro', 'Otros'] },
  ...GRUPOS_EDAD_CAMPOS,
  { clave: 'beneficiarios', etiqueta: 'Beneficiarios', sinonimos: ['Beneficiarios', 'Personas beneficiadas', 'Total de beneficiarios'] },
  { clave: 'estatus', etiqueta: 'Estatus', sinonimos: ['Estatus', 'Estado', 'Situacion'] },
  { clave: 'evidencia', etiqueta: 'Evidencia', sinonimos: ['Evidencia', 'Observaciones', 'Notas'] },
];

const MESA: readonly CampoImportacion[] = [
  { clave: 'fecha', etiqueta: 'Fecha', sinonimos: ['Fecha', 'Fecha de la mesa', 'Fecha de reunion'] },
  { clave: 'tema', etiqueta: 'Tema', sinonimos: ['Tema', 'Asunto', 'Mesa', 'Nombre'] },
  { clave: 'convoca', etiqueta: 'Convoca', sinonimos: ['Convoca', 'Convocante', 'Organiza'] },
  { clave: 'sede', etiqueta: 'Sede', sinonimos: ['Sede', 'Lugar'] },
  { clave: 'instituciones', etiqueta: 'Instituciones participantes', sinonimos: ['Instituciones', 'Instituciones participantes', 'Participantes', 'Dependencias'] },
  { clave: 'asistentes', etiqueta: 'Asistentes', sinonimos: ['Asistentes', 'Numero de asistentes', 'Asistencia'] },
  { clave: 'estatus', etiqueta: 'Estatus', sinonimos: ['Estatus', 'Estado', 'Situacion'] },
];

const CONVENIO: readonly CampoImportacion[] = [
  { clave: 'numero', etiqueta: 'Número de convenio', sinonimos: ['Numero', 'Numero de convenio', 'No de convenio', 'Folio', 'Clave'] },
  { clave: 'tipo', etiqueta: 'Tipo de convenio', sinonimos: ['Tipo', 'Tipo de convenio'] },
  { clave: 'contraparte', etiqueta: 'Contraparte', sinonimos: ['Contraparte', 'Institucion', 'Organizacion', 'Con quien'] },
  { clave: 'sector', etiqueta: 'Sector', sinonimos: ['Sector'] },
  { clave: 'objeto', etiqueta: 'Objeto', sinonimos: ['Objeto', 'Descripcion', 'Objetivo', 'Asunto'] },
  { clave: 'fechaFirma', etiqueta: 'Fecha de firma', sinonimos: ['Fecha de firma', 'Firma', 'Fecha firma', 'Fecha'] },
  { clave: 'vigenciaInicio', etiqueta: 'Inicio de vigencia', sinonimos: ['Inicio de vigencia', 'Vigencia inicio', 'Vigente desde', 'Inicio'] },
  { clave: 'vigenciaFin', etiqueta: 'Fin de vigencia', sinonimos: ['Fin de vigencia', 'Vigencia fin', 'Vigente hasta', 'Vence', 'Fin'] },
  { clave: 'firmantes', etiqueta: 'Firmantes', sinonimos: ['Firmantes', 'Firman'] },
  { clave: 'responsable', etiqueta: 'Responsable', sinonimos: ['Responsable', 'Enlace'] },
  { clave: 'estatus', etiqueta: 'Estatus', sinonimos: ['Estatus', 'Estado', 'Situacion'] },
];

export const CAMPOS_IMPORTACION: Record<TipoImportacion, readonly CampoImportacion[]> = {
  solicitud: SOLICITUD,
  apoyo: APOYO,
  jornada: JORNADA,
  evento: EVENTO,
  mesa: MESA,
  convenio: CONVENIO,
};

/** A column name as it is compared: no accents, case, punctuation or extra spaces («No. de Folio» = «NO DE FOLIO»). */
export function claveEncabezado(texto: string): string {
  return normalizarTexto(texto.replace(/[.,:;()[\]°º#/_-]+/g, ' '));
}

/** Column i of the file goes to the field `columnas[i]` (a field's clave), or nowhere (null). */
export type Mapeo = (string | null)[];

/**
 * The mapping proposed from the header: each column whose name is one of a field's names goes to it; then a column
 * whose name starts with one of them («Fecha de recepción de la solicitud»). Each field takes one column at most.
 */
export function proponerMapeo(tipo: TipoImportacion, encabezados: readonly string[]): Mapeo {
  const campos = CAMPOS_IMPORTACION[tipo];
  const claves = encabezados.map(claveEncabezado);
  const mapeo: Mapeo = encabezados.map(() => null);
  const usados = new Set<string>();
  const asignar = (coincide: (columna: string, sinonimo: string) => boolean) => {
    claves.forEach((columna, i) => {
      if (mapeo[i] !== null || columna === '') return;
      const campo = campos.find((c) => !usados.has(c.clave) && c.sinonimos.some((s) => coincide(columna, claveEncabezado(s))));
      if (campo) {
        mapeo[i] = campo.clave;
        usados.add(campo.clave);
      }
    });
  };
  asignar((columna, s) => columna === s);
  asignar((columna, s) => s.length >= 4 && columna.startsWith(`${s} `));
  return mapeo;
}

/** The columns of a file as the remembered mappings key them: the same names in the same order, for this kind. */
export function firmaColumnas(tipo: TipoImportacion, encabezados: readonly string[]): string {
  return `${tipo}:${encabezados.map(claveEncabezado).join('|')}`;
}

/** A remembered mapping fits the file when it has one entry per column and names only fields of the kind. */
export function mapeoAplicable(tipo: TipoImportacion, encabezados: readonly string[], mapeo: unknown): mapeo is Mapeo {
  if (!Array.isArray(mapeo) || mapeo.length !== encabezados.length) return false;
  const claves = new Set(CAMPOS_IMPORTACION[tipo].map((c) => c.clave));
  return mapeo.every((m) => m === null || (typeof m === 'string' && claves.has(m)));
}

/** What the mapping is missing to read a record of the kind, as the screen says it; empty when it is complete. */
export function faltantesDelMapeo(tipo: TipoImportacion, mapeo: Mapeo): string[] {
  const hay = new Set(mapeo.filter((m): m is string => m !== null));
  const faltan: string[] = [];
  const requeridos: Partial<Record<TipoImportacion, readonly string[]>> = {
    jornada: ['fecha', 'nombre'],
    evento: ['tipo', 'nombre', 'fecha'],
    mesa: ['fecha', 'tema', 'convoca'],
    convenio: ['numero', 'tipo', 'contraparte', 'sector', 'objeto', 'responsable'],
  };
  const propios = requeridos[tipo];
  if (propios) return propios.filter((c) => !hay.has(c)).map((c) => `«${CAMPOS_IMPORTACION[tipo].find((f) => f.clave === c)!.etiqueta}»`);
  if (!hay.has('nombreCompleto') && !(hay.has('nombres') && hay.has('apellidoPaterno'))) {
    faltan.push('el nombre del ciudadano (una columna «Nombre completo», o «Nombre(s)» y «Apellido paterno»)');
  }
  if (!hay.has('tipoApoyo')) faltan.push('«Tipo de apoyo»');
  if (tipo === 'solicitud' && !hay.has('fechaRecepcion')) faltan.push('«Fecha de recepción»');
  if (tipo === 'apoyo' && !hay.has('fechaGestion') && !hay.has('fechaEntrega')) faltan.push('«Fecha de gestión» o «Fecha de entrega»');
  return faltan;
}
