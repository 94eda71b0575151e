import { formatearFecha } from '../domain/formato';
import { datosJornadaSchema, jornadaSchema, type DatosJornada, type Jornada } from '../schemas/modulos';
import type { DescriptorCaptura } from './tipos';

export type JornadaConteo = Pick<Jornada, 'id' | 'fecha' | 'nombre' | 'realizada' | 'eliminado'>;

/** Activity 2 counts a jornada once held, in the month it was held. */
function cuentaEn(j: Pick<Jornada, 'fecha' | 'realizada' | 'eliminado'>): string | null {
  return j.eliminado === 0 && j.realizada ? j.fecha : null;
}

const sujeto = (j: Jornada) => `Jornada «${j.nombre}» del ${formatearFecha(j.fecha)}`;

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
  captura: datosJornadaSchema,
  catalogos: [],
  // Held or not is a jornada's status.
  campoEstatus: 'realizada',
  ausente: 'La jornada ya no existe',
  bitacora: {
    femenino: true,
    sujeto,
    alta: (j: Jornada) => `${sujeto(j)} registrada${j.realizada ? ' como realizada' : ' (por realizar)'}`,
    cambioEstatus: (_antes: Jornada, j: Jornada) => ` marcada como ${j.realizada ? 'realizada' : 'no realizada'}`,
  },
} as const satisfies DescriptorCaptura<Jornada, JornadaConteo, DatosJornada>;
