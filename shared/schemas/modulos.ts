import { z } from 'zod';
import { baseRegistro, entero, fecha, texto, textoOpcional } from './comunes';

// Módulo 2: apoyos y jornadas
export const FUENTES_APOYO = ['municipal', 'estatal', 'federal', 'osc'] as const;
export const ETIQUETA_FUENTE: Record<(typeof FUENTES_APOYO)[number], string> = {
  municipal: 'Municipal',
  estatal: 'Estatal',
  federal: 'Federal',
  osc: 'Organización de la sociedad civil',
};
export const ESTATUS_APOYO = ['gestionado', 'autorizado', 'entregado', 'rechazado'] as const;
export const ETIQUETA_ESTATUS_APOYO: Record<(typeof ESTATUS_APOYO)[number], string> = {
  gestionado: 'Gestionado',
  autorizado: 'Autorizado',
  entregado: 'Entregado',
  rechazado: 'Rechazado',
};

export const datosApoyoSchema = z.object({
  personaId: z.uuid('Elija al beneficiario'),
  solicitudId: z.uuid().nullable(),
  tipoApoyoId: z.uuid('Elija el tipo de apoyo'),
  cantidad: z.number({ error: 'La cantidad debe ser un número' }).positive('La cantidad debe ser mayor que 0'),
  unidad: texto('Unidad', 40),
  valorEstimado: z.number({ error: 'El valor debe ser un número' }).min(0, 'El valor no puede ser negativo'),
  fuente: z.enum(FUENTES_APOYO, { error: 'Elija la fuente' }),
  dependenciaId: z.uuid().nullable(),
  estatus: z.enum(ESTATUS_APOYO),
  fechaGestion: fecha('Fecha de gestión'),
  fechaEntrega: fecha('Fecha de entrega').nullable(),
  evidencia: textoOpcional('Evidencia', 1000),
});
export const apoyoSchema = z.object({ ...baseRegistro, ...datosApoyoSchema.shape });
export type Apoyo = z.infer<typeof apoyoSchema>;

export const datosJornadaSchema = z.object({
  fecha: fecha('Fecha'),
  nombre: texto('Nombre de la jornada', 200),
  colonia: textoOpcional('Colonia', 150),
  localidad: textoOpcional('Localidad', 150),
  dependencias: z.array(z.string()),
  servicios: z.array(z.string()),
  atendidasMujeres: entero('Mujeres atendidas'),
  atendidasHombres: entero('Hombres atendidos'),
  atendidasOtro: entero('Otras personas atendidas'),
  realizada: z.boolean(),
});
export const jornadaSchema = z.object({ ...baseRegistro, ...datosJornadaSchema.shape });
export type Jornada = z.infer<typeof jornadaSchema>;

// Módulo 3: talleres, capacitaciones y programas sociales
export const TIPOS_EVENTO = ['taller', 'capacitacion', 'programa'] as const;
export const ETIQUETA_TIPO_EVENTO: Record<(typeof TIPOS_EVENTO)[number], string> = {
  taller: 'Taller',
  capacitacion: 'Capacitación',
  programa: 'Programa social',
};
export const ESTATUS_EVENTO = ['programado', 'realizado', 'cancelado'] as const;

export const datosEventoSchema = z.object({
  tipo: z.enum(TIPOS_EVENTO),
  nombre: texto('Nombre', 200),
  tema: textoOpcional('Tema', 300),
  dependenciaId: z.uuid().nullable(),
  facilitador: textoOpcional('Facilitador', 200),
  fecha: fecha('Fecha'),
  fechaFin: fecha('Fecha de término').nullable(),
  horas: z.number().min(0, 'Las horas no pueden ser negativas'),
  sede: textoOpcional('Sede', 200),
  localidad: textoOpcional('Localidad', 150),
  poblacionObjetivo: textoOpcional('Población objetivo', 300),
  asistentesMujeres: entero('Mujeres'),
  asistentesHombres: entero('Hombres'),
  asistentesOtro: entero('Otro'),
  beneficiarios: entero('Beneficiarios'),
  estatus: z.enum(ESTATUS_EVENTO),
  evidencia: textoOpcional('Evidencia', 1000),
});
export const eventoSchema = z.object({ ...baseRegistro, ...datosEventoSchema.shape });
export type Evento = z.infer<typeof eventoSchema>;

// Módulo 4: vinculación institucional
export const ESTATUS_MESA = ['programada', 'asistida', 'cancelada'] as const;
export const datosMesaSchema = z.object({
  fecha: fecha('Fecha'),
  tema: texto('Tema', 300),
  convoca: texto('Convoca', 200),
  sede: textoOpcional('Sede', 200),
  instituciones: z.array(z.string()),
  asistentes: entero('Asistentes'),
  estatus: z.enum(ESTATUS_MESA),
});
export const mesaSchema = z.object({ ...baseRegistro, ...datosMesaSchema.shape });
export type Mesa = z.infer<typeof mesaSchema>;

export const ESTATUS_ACUERDO = ['pendiente', 'en-proceso', 'cumplido'] as const;
export const datosAcuerdoSchema = z.object({
  mesaId: z.uuid(),
  texto: texto('Acuerdo', 1000),
  responsable: texto('Responsable', 200),
  fechaCompromiso: fecha('Fecha compromiso').nullable(),
  estatus: z.enum(ESTATUS_ACUERDO),
});
export const acuerdoSchema = z.object({ ...baseRegistro, ...datosAcuerdoSchema.shape });
export type Acuerdo = z.infer<typeof acuerdoSchema>;

export const TIPOS_CONVENIO = ['colaboracion', 'coordinacion', 'concertacion'] as const;
export const SECTORES_CONVENIO = ['civil', 'publico'] as const;
export const ESTATUS_CONVENIO = ['en-tramite', 'vigente', 'renovado', 'vencido', 'cancelado'] as const;
export const datosConvenioSchema = z.object({
  numero: texto('Número de convenio', 60),
  tipo: z.enum(TIPOS_CONVENIO),
  contraparte: texto('Contraparte', 300),
  sector: z.enum(SECTORES_CONVENIO),
  objeto: texto('Objeto', 2000),
  fechaFirma: fecha('Fecha de firma').nullable(),
  vigenciaInicio: fecha('Inicio de vigencia').nullable(),
  vigenciaFin: fecha('Fin de vigencia').nullable(),
  firmantes: z.array(z.string()),
  responsable: texto('Responsable', 200),
  estatus: z.enum(ESTATUS_CONVENIO),
});
export const convenioSchema = z.object({ ...baseRegistro, ...datosConvenioSchema.shape });
export type Convenio = z.infer<typeof convenioSchema>;
