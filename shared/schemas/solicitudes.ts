import { z } from 'zod';
import { baseRegistro, entero, fecha, fechaHora, texto, textoOpcional } from './comunes';

export const CANALES = ['ventanilla', 'telefono', 'oficio', 'jornada', 'redes'] as const;
export const ETIQUETA_CANAL: Record<(typeof CANALES)[number], string> = {
  ventanilla: 'Ventanilla',
  telefono: 'Teléfono',
  oficio: 'Oficio',
  jornada: 'Jornada comunitaria',
  redes: 'Redes sociales',
};

export const PRIORIDADES = ['baja', 'media', 'alta', 'urgente'] as const;
export const ETIQUETA_PRIORIDAD: Record<(typeof PRIORIDADES)[number], string> = {
  baja: 'Baja',
  media: 'Media',
  alta: 'Alta',
  urgente: 'Urgente',
};

export const ESTATUS_SOLICITUD = [
  'recibida',
  'canalizada',
  'en-seguimiento',
  'atendida',
  'improcedente',
  'cancelada',
  'duplicada',
] as const;
export type EstatusSolicitud = (typeof ESTATUS_SOLICITUD)[number];
export const ETIQUETA_ESTATUS_SOLICITUD: Record<EstatusSolicitud, string> = {
  recibida: 'Recibida',
  canalizada: 'Canalizada',
  'en-seguimiento': 'En seguimiento',
  atendida: 'Atendida',
  improcedente: 'Improcedente',
  cancelada: 'Cancelada',
  duplicada: 'Duplicada',
};

export const datosSolicitudSchema = z.object({
  fechaRecepcion: fechaHora('Fecha y hora de recepción'),
  canal: z.enum(CANALES, { error: 'Elija el canal' }),
  personaId: z.uuid('Elija o registre al ciudadano'),
  tipoApoyoId: z.uuid('Elija el tipo de apoyo'),
  descripcion: texto('Descripción', 4000),
  prioridad: z.enum(PRIORIDADES, { error: 'Elija la prioridad' }),
  dependenciaId: z.uuid('Elija la dependencia').nullable(),
  responsable: texto('Responsable', 120),
  fechaCompromiso: fecha('Fecha compromiso'),
  consentimientoPrivacidad: z.literal(true, { error: 'El ciudadano debe aceptar el aviso de privacidad' }),
});
export type DatosSolicitud = z.infer<typeof datosSolicitudSchema>;

export const solicitudSchema = z.object({
  ...baseRegistro,
  ...datosSolicitudSchema.shape,
  folio: z.string(),
  anio: entero('Año', 2000, 2100),
  consecutivo: entero('Consecutivo', 1, 999_999),
  estatus: z.enum(ESTATUS_SOLICITUD),
  numeroOficio: textoOpcional('Número de oficio', 60),
  fechaCanalizacion: fecha('Fecha de canalización').nullable(),
  resultado: textoOpcional('Resultado', 2000),
  duplicadaDeId: z.uuid().nullable(),
  consentimientoFecha: z.iso.datetime({ offset: true }),
});
export type Solicitud = z.infer<typeof solicitudSchema>;

export const seguimientoSchema = z.object({
  ...baseRegistro,
  solicitudId: z.uuid(),
  fecha: z.iso.datetime({ offset: true }),
  nota: textoOpcional('Nota', 2000),
  usuario: texto('Usuario', 120),
  estatusAnterior: z.enum(ESTATUS_SOLICITUD).nullable(),
  estatusNuevo: z.enum(ESTATUS_SOLICITUD),
});
export type Seguimiento = z.infer<typeof seguimientoSchema>;
