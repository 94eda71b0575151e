import { jornadaSchema, type Jornada } from '../schemas/modulos';
import type { DescriptorRegistro } from './tipos';

export type JornadaConteo = Pick<Jornada, 'id' | 'fecha' | 'nombre' | 'realizada' | 'eliminado'>;

/** Activity 2 counts a jornada once held, in the month it was held. */
function cuentaEn(j: Pick<Jornada, 'fecha' | 'realizada' | 'eliminado'>): string | null {
  return j.eliminado === 0 && j.realizada ? j.fecha : null;
}

export const jornada = {
  tipo: 'jornada',
  tabla: 'jornadas',
  etiqueta: 'Jornada comunitaria',
  schema: jornadaSchema,
  estatus: null,
  campoFecha: 'fecha',
  cuentaEn,
  describir: (j: JornadaConteo) => `Jornada: ${j.nombre}`,
  personaDe: () => undefined,
  ruta: (id: string) => `/apoyos/jornadas/${id}`,
} as const satisfies DescriptorRegistro<Jornada, JornadaConteo>;
