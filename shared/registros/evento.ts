import { ESTATUS_EVENTO, ETIQUETA_ESTATUS_EVENTO, ETIQUETA_TIPO_EVENTO, eventoSchema, type Evento } from '../schemas/modulos';
import type { DescriptorRegistro } from './tipos';

export type EventoConteo = Pick<Evento, 'id' | 'tipo' | 'nombre' | 'fecha' | 'estatus' | 'eliminado'>;

/** Activity 3 counts a taller, capacitación or programa once carried out; one of several days counts once, when it starts. */
function cuentaEn(e: Pick<Evento, 'fecha' | 'estatus' | 'eliminado'>): string | null {
  return e.eliminado === 0 && e.estatus === 'realizado' ? e.fecha : null;
}

export const evento = {
  tipo: 'evento',
  tabla: 'eventos',
  etiqueta: 'Taller / capacitación / programa',
  schema: eventoSchema,
  estatus: {
    valores: ESTATUS_EVENTO,
    etiquetas: ETIQUETA_ESTATUS_EVENTO,
    // A programmed event is carried out or cancelled; a cancelled one may be programmed again.
    pasos: { programado: ['realizado', 'cancelado'], cancelado: ['programado'], realizado: [] },
  },
  campoFecha: 'fecha',
  cuentaEn,
  describir: (e: EventoConteo) => `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`,
  personaDe: () => undefined,
  ruta: (id: string) => `/programas/${id}`,
} as const satisfies DescriptorRegistro<Evento, EventoConteo>;
