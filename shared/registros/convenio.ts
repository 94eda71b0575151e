import {
  capturaConvenioSchema,
  convenioSchema,
  ESTATUS_CONVENIO,
  ESTATUS_CONVENIO_FIRMADO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  type Convenio,
  type DatosConvenio,
} from '../schemas/modulos';
import { columna } from './anexo';
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

/** "Convenio CONV-001/2026 con Cruz Roja Mexicana". */
const describir = (c: Pick<Convenio, 'numero' | 'contraparte'>) => `Convenio ${c.numero} con ${c.contraparte}`;

export const convenio = {
  tipo: 'convenio',
  tabla: 'convenios',
  etiqueta: 'Convenio firmado',
  schema: convenioSchema,
  estatus: { valores: ESTATUS_CONVENIO, etiquetas: ETIQUETA_ESTATUS_CONVENIO, pasos: null },
  campoFecha: 'fechaFirma',
  cuentaEn,
  describir,
  personaDe: () => undefined,
  ruta: (id: string) => `/vinculacion/convenios/${id}`,
  anexo: {
    nombre: 'Convenios',
    titulo: (anio: number) => `Convenios firmados ${anio}`,
    columnas: [
      columna<Convenio>('Número', 'texto', 16, (c) => c.numero),
      columna<Convenio>('Tipo', 'texto', 14, (c) => ETIQUETA_TIPO_CONVENIO[c.tipo]),
      columna<Convenio>('Contraparte', 'texto', 30, (c) => c.contraparte),
      columna<Convenio>('Sector', 'texto', 18, (c) => ETIQUETA_SECTOR_CONVENIO[c.sector]),
      columna<Convenio>('Objeto', 'texto', 40, (c) => c.objeto),
      columna<Convenio>('Fecha de firma', 'fecha', null, (c) => c.fechaFirma),
      columna<Convenio>('Inicio de vigencia', 'fecha', null, (c) => c.vigenciaInicio),
      columna<Convenio>('Fin de vigencia', 'fecha', null, (c) => c.vigenciaFin),
      columna<Convenio>('Firmantes', 'texto', 30, (c) => c.firmantes.join(', ')),
      columna<Convenio>('Responsable', 'texto', 24, (c) => c.responsable),
      columna<Convenio>('Estatus', 'texto', 12, (c) => ETIQUETA_ESTATUS_CONVENIO[c.estatus]),
    ],
  },
  captura: capturaConvenioSchema,
  catalogos: [],
  campoEstatus: 'estatus',
  ausente: 'El convenio ya no existe',
  bitacora: bitacoraConEstatus<Convenio, Convenio['estatus']>(false, ETIQUETA_ESTATUS_CONVENIO),
} as const satisfies DescriptorCaptura<Convenio, ConvenioConteo, DatosConvenio>;
