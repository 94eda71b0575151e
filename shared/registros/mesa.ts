import { datosMesaSchema, ESTATUS_MESA, ETIQUETA_ESTATUS_MESA, mesaSchema, type DatosMesa, type Mesa } from '../schemas/modulos';
import { columna, listaCatalogos } from './anexo';
import { bitacoraConEstatus, delDia } from './bitacora';
import type { DescriptorCaptura } from './tipos';

export type MesaConteo = Pick<Mesa, 'id' | 'fecha' | 'tema' | 'estatus' | 'eliminado'>;

/** Activity 4 counts a mesa once attended, in the month it was held; its acuerdos never count on their own. */
function cuentaEn(m: Pick<Mesa, 'fecha' | 'estatus' | 'eliminado'>): string | null {
  return m.eliminado === 0 && m.estatus === 'asistida' ? m.fecha : null;
}

export const mesa = {
  tipo: 'mesa',
  tabla: 'mesas',
  etiqueta: 'Mesa interinstitucional',
  schema: mesaSchema,
  estatus: {
    valores: ESTATUS_MESA,
    etiquetas: ETIQUETA_ESTATUS_MESA,
    // A programmed mesa is attended or cancelled; a cancelled one may be programmed again.
    pasos: { programada: ['asistida', 'cancelada'], cancelada: ['programada'], asistida: [] },
  },
  campoFecha: 'fecha',
  cuentaEn,
  describir: (m: MesaConteo) => `Mesa: ${m.tema}`,
  personaDe: () => undefined,
  ruta: (id: string) => `/vinculacion/mesas/${id}`,
  anexo: {
    nombre: 'Mesas',
    titulo: (anio: number) => `Mesas interinstitucionales asistidas ${anio}`,
    columnas: [
      columna<Mesa>('Fecha', 'fecha', null, (m) => m.fecha),
      columna<Mesa>('Tema', 'texto', 36, (m) => m.tema),
      columna<Mesa>('Convoca', 'texto', 28, (m) => m.convoca),
      columna<Mesa>('Sede', 'texto', 24, (m) => m.sede),
      columna<Mesa>('Instituciones participantes', 'texto', 40, (m, ref) => listaCatalogos(m.instituciones, ref)),
      columna<Mesa>('Asistentes', 'numero', 10, (m) => m.asistentes),
    ],
  },
  captura: datosMesaSchema,
  catalogos: [],
  campoEstatus: 'estatus',
  ausente: 'La mesa ya no existe',
  bitacora: bitacoraConEstatus(true, ETIQUETA_ESTATUS_MESA, (m: Mesa) => delDia(m.fecha)),
} as const satisfies DescriptorCaptura<Mesa, MesaConteo, DatosMesa>;
