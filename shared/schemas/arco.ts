import { z } from 'zod';
import { baseRegistro, fecha, texto, textoOpcional } from './comunes';

/**
 * Requests of a citizen under the ARCO rights of the personal-data law: Acceso (a copy of what is held about them),
 * Rectificación (correcting it), Cancelación (erasing it) and Oposición (objecting to its use). The office receives
 * them through its Unidad de Transparencia, which gives them a number; when it does not, the app assigns one.
 */

export const DERECHOS_ARCO = ['acceso', 'rectificacion', 'cancelacion', 'oposicion'] as const;
export type DerechoArco = (typeof DERECHOS_ARCO)[number];

export const ETIQUETA_DERECHO_ARCO: Record<DerechoArco, string> = {
  acceso: 'Acceso',
  rectificacion: 'Rectificación',
  cancelacion: 'Cancelación',
  oposicion: 'Oposición',
};

/** What each right does here, as the dialog explains it before it is registered. */
export const EFECTO_DERECHO_ARCO: Record<DerechoArco, string> = {
  acceso: 'Se genera un libro de Excel con todos los datos que la oficina tiene de la persona, para entregárselo.',
  rectificacion: 'Se corrigen los datos de la persona; la bitácora guarda los valores anteriores y los nuevos con el número de la solicitud.',
  cancelacion:
    'Se anonimiza a la persona: su nombre pasa a ser «Persona anonimizada N» y se borran su CURP, teléfono, correo y domicilio. Sus solicitudes y apoyos se conservan y siguen contando en el POA. No se puede deshacer.',
  oposicion:
    'La persona se opone al uso de sus datos: se anonimiza igual que en una cancelación (nombre «Persona anonimizada N», sin CURP, teléfono, correo ni domicilio). Sus solicitudes y apoyos se conservan y siguen contando en el POA. No se puede deshacer.',
};

/** Rights whose effect is anonymising the persona. */
export function anonimizaPersona(derecho: DerechoArco): boolean {
  return derecho === 'cancelacion' || derecho === 'oposicion';
}

/** A number typed from the Unidad de Transparencia's file: letters, digits and the usual separators. */
export const RE_FOLIO_ARCO = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,39}$/;

/** What the clerk types in the dialog; an empty folio asks the app to assign the next ARCO-AAAA-ESTACION-NNNN. */
export const datosSolicitudArcoSchema = z.object({
  derecho: z.enum(DERECHOS_ARCO, { error: 'Elija el derecho que se ejerce' }),
  fecha: fecha('Fecha de la solicitud'),
  folio: z
    .string()
    .trim()
    .refine((f) => f === '' || RE_FOLIO_ARCO.test(f), 'Número de solicitud: use letras, números, guiones o diagonales (hasta 40)'),
  notas: textoOpcional('Notas', 1000),
});
export type DatosSolicitudArco = z.infer<typeof datosSolicitudArcoSchema>;

/**
 * The record of one ARCO request, as an auditor reads it: number, date, right, person, outcome. For a cancelación
 * or oposición, `persona` is the anonymised name: keeping the old one here would undo what the request asked.
 */
export const solicitudArcoSchema = z.object({
  ...baseRegistro,
  folio: texto('Número de solicitud', 40),
  /** True when the app assigned the number (no number from the Unidad de Transparencia). */
  folioAsignado: z.boolean(),
  derecho: z.enum(DERECHOS_ARCO),
  fecha: fecha('Fecha de la solicitud'),
  personaId: z.uuid(),
  persona: texto('Persona', 400),
  notas: textoOpcional('Notas', 1000),
  resultado: texto('Resultado', 1000),
  atendio: texto('Atendió', 200),
});
export type SolicitudArco = z.infer<typeof solicitudArcoSchema>;
