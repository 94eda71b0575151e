import { convenioSchema, ESTATUS_CONVENIO, ESTATUS_CONVENIO_FIRMADO, ETIQUETA_ESTATUS_CONVENIO, type Convenio } from '../schemas/modulos';
import type { DescriptorRegistro } from './tipos';

export type ConvenioConteo = Pick<Convenio, 'id' | 'numero' | 'contraparte' | 'fechaFirma' | 'estatus' | 'eliminado'>;

/**
 * Activity 4 counts a signed convenio in the month of its fecha de firma. Signed is one of the statuses the capture
 * asks a fecha de firma for (vigente, renovado, vencido): one still in process or cancelled does not count even
 * with a date.
 */
function cuentaEn(c: Pick<Convenio, 'fechaFirma' | 'estatus' | 'eliminado'>): string | null {
  return c.eliminado === 0 && ESTATUS_CONVENIO_FIRMADO.includes(c.estatus) && c.fechaFirma ? c.fechaFirma : null;
}

export const convenio = {
  tipo: 'convenio',
  tabla: 'convenios',
  etiqueta: 'Convenio firmado',
  schema: convenioSchema,
  estatus: { valores: ESTATUS_CONVENIO, etiquetas: ETIQUETA_ESTATUS_CONVENIO, pasos: null },
  campoFecha: 'fechaFirma',
  cuentaEn,
  describir: (c: ConvenioConteo) => `Convenio ${c.numero} con ${c.contraparte}`,
  personaDe: () => undefined,
  ruta: (id: string) => `/vinculacion/convenios/${id}`,
} as const satisfies DescriptorRegistro<Convenio, ConvenioConteo>;
