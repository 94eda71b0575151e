import { z } from 'zod';
import { baseRegistro, entero, fecha, fechaHora, texto, textoOpcional, VARIAS_LINEAS } from './comunes';

export const CANALES = ['ventanilla', 'telefono', 'oficio', 'jornada', 'redes'] as const;
export type CanalRecepcion = (typeof CANALES)[number];
export const ETIQUETA_CANAL: Record<(typeof CANALES)[number], string> = {
  ventanilla: 'Ventanilla',
  telefono: 'Teléfono',
  oficio: 'Oficio',
  jornada: 'Jornada comunitaria',
  redes: 'Redes sociales',
};

export const PRIORIDADES = ['baja', 'media', 'alta', 'urgente'] as const;
export type Prioridad = (typeof PRIORIDADES)[number];
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
  descripcion: texto('Descripción', 4000, VARIAS_LINEAS),
  prioridad: z.enum(PRIORIDADES, { error: 'Elija la prioridad' }),
  dependenciaId: z.uuid('Elija la dependencia').nullable(),
  responsable: texto('Responsable', 120),
  fechaCompromiso: fecha('Fecha compromiso'),
  consentimientoPrivacidad: z.literal(true, { error: 'El ciudadano debe aceptar el aviso de privacidad' }),
});
export type DatosSolicitud = z.infer<typeof datosSolicitudSchema>;

/**
 * A due date before the day the request was received is a typing slip (or a default taken from another day): it is
 * reported at the field. Applied to the capture and to corrections (kept apart from the object schemas so they can
 * still be extended and narrowed).
 */
export function revisarFechaCompromiso(s: { fechaRecepcion: string; fechaCompromiso: string }, ctx: z.RefinementCtx): void {
  if (s.fechaCompromiso < s.fechaRecepcion.slice(0, 10)) {
    ctx.addIssue({ code: 'custom', path: ['fechaCompromiso'], message: 'La fecha compromiso no puede ser anterior a la fecha de recepción' });
  }
}

/** What a correction may change: consent is given once, at reception. */
export const datosEdicionSolicitudSchema = datosSolicitudSchema.omit({ consentimientoPrivacidad: true });

export const solicitudSchema = z.object({
  ...baseRegistro,
  ...datosSolicitudSchema.shape,
  folio: z.string(),
  anio: entero('Año', 2000, 2100),
  consecutivo: entero('Consecutivo', 1, 999_999),
  estatus: z.enum(ESTATUS_SOLICITUD),
  numeroOficio: textoOpcional('Número de oficio', 60),
  fechaCanalizacion: fecha('Fecha de canalización').nullable(),
  resultado: textoOpcional('Resultado', 2000, VARIAS_LINEAS),
  duplicadaDeId: z.uuid().nullable(),
  consentimientoFecha: z.iso.datetime({ offset: true }),
  /** The aviso de privacidad exactly as the citizen accepted it; the acuse prints this text, not today's setting. */
  avisoPrivacidad: texto('Aviso de privacidad', 3000, VARIAS_LINEAS),
  /** The user who received the request at the desk (the acuse's signature line). */
  recibio: texto('Recibió', 120),
  /** The folio an imported solicitud had in the office's spreadsheet; searchable from the list. */
  folioAnterior: textoOpcional('Folio anterior', 60).optional(),
  /** The fingerprint of the spreadsheet row it was imported from (shared/importar): the same row adds nothing twice. */
  huellaImportacion: z.string({ error: 'Fila importada: debe ser texto' }).max(128, 'Fila importada: el dato no es válido').optional(),
});
export type Solicitud = z.infer<typeof solicitudSchema>;

/** A status change as the clerk asks for it; the status machine (domain/estatusSolicitud) decides if it may happen. */
export const datosCambioEstatusSchema = z.object({
  estatus: z.enum(ESTATUS_SOLICITUD, { error: 'Elija el nuevo estatus' }),
  nota: textoOpcional('Nota', 2000, VARIAS_LINEAS),
  numeroOficio: textoOpcional('Número de oficio', 60),
  fechaCanalizacion: fecha('Fecha de canalización').nullable(),
  resultado: textoOpcional('Resultado', 2000, VARIAS_LINEAS),
  duplicadaDeId: z.uuid('Elija la solicitud original').nullable(),
});
export type DatosCambioEstatus = z.infer<typeof datosCambioEstatusSchema>;

export const seguimientoSchema = z.object({
  ...baseRegistro,
  solicitudId: z.uuid(),
  fecha: z.iso.datetime({ offset: true }),
  nota: textoOpcional('Nota', 2000, VARIAS_LINEAS),
  usuario: texto('Usuario', 120),
  estatusAnterior: z.enum(ESTATUS_SOLICITUD).nullable(),
  estatusNuevo: z.enum(ESTATUS_SOLICITUD),
});
export type Seguimiento = z.infer<typeof seguimientoSchema>;
