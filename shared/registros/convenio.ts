import {
  capturaConvenioSchema,
  convenioSchema,
  ESTATUS_CONVENIO,
  ESTATUS_CONVENIO_FIRMADO,
  ETIQUETA_ESTATUS_CONVENIO,
  type Convenio,
  type DatosConvenio,
} from '../schemas/modulos';
import { bitacoraConEstatus } from './bitacora';
import type { DescriptorCaptura } from './tipos';

export type ConvenioConteo = Pick<Convenio, 'id' | 'numero' | 'contraparte' | 'fechaFirma' | 'estatus' | 'eliminado'>;

/**
 * Activity 4 counts a signed convenio in the month of its fecha de firma. Signed is one of the statuses the capture
 * asks a fecha de firma for (vigente, renovado, vencido): one still in process or cancelled does not count even
 * with a date.
 */
function cuentaEn(c: Pick<Convenio, 'fechaFirma' | 'estatus' | 'eliminado'>): string | null {
  return c.eliminado === 0 && ESTATUS_CONVENIO_FIRMADO.includes(c.estatus) && c.fechaFirma ? c.fechaFirma : null;
}

/** "Convenio CONV-001/2026 con Cruz Roja Mexicana": the drill-down and the bitácora say it the same way. */
const nombrar = (c: Pick<Convenio, 'numero' | 'contraparte'>) => `Convenio ${c.numero} con ${c.contraparte}`;

export const convenio = {
  tipo: 'convenio',
  tabla: 'convenios',
  etiqueta: 'Convenio firmado',
  schema: convenioSchema,
  estatus: { valores: ESTATUS_CONVENIO, etiquetas: ETIQUETA_ESTATUS_CONVENIO, pasos: null },
  campoFecha: 'fechaFirma',
  cuentaEn,
  describir: nombrar,
  personaDe: () => undefined,
  ruta: (id: string) => `/vinculacion/convenios/${id}`,
  captura: capturaConvenioSchema,
  catalogos: [],
  campoEstatus: 'estatus',
  ausente: 'El convenio ya no existe',
  bitacora: bitacoraConEstatus(false, ETIQUETA_ESTATUS_CONVENIO, (c: Convenio) => nombrar(c)),
} as const satisfies DescriptorCaptura<Convenio, ConvenioConteo, DatosConvenio>;
