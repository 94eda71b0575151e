import { capturaJornadaSchema, correccionJornadaSchema, jornadaSchema, type DatosJornada, type Jornada } from '../schemas/modulos';
import { columna, columnasPorEdad, columnasPorSexo, listaCatalogos } from './anexo';
import { delDia } from './bitacora';
import type { DescriptorCaptura } from './tipos';

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
  anexo: {
    nombre: 'Jornadas',
    titulo: (anio: number) => `Jornadas comunitarias realizadas ${anio}`,
    columnas: [
      columna<Jornada>('Fecha', 'fecha', null, (j) => j.fecha),
      columna<Jornada>('Nombre', 'texto', 32, (j) => j.nombre),
      columna<Jornada>('Colonia', 'texto', 20, (j) => j.colonia),
      columna<Jornada>('Localidad', 'texto', 20, (j) => j.localidad),
      columna<Jornada>('Dependencias participantes', 'texto', 34, (j, ref) => listaCatalogos(j.dependencias, ref)),
      columna<Jornada>('Servicios ofrecidos', 'texto', 34, (j) => j.servicios.join(', ')),
      ...columnasPorSexo<Jornada>('Personas atendidas', 11, (j) => [j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro]),
      ...columnasPorEdad<Jornada>((j) => j),
    ],
  },
  captura: capturaJornadaSchema,
  correccion: correccionJornadaSchema,
  catalogos: [],
  // Held or not is a jornada's status.
  campoEstatus: 'realizada',
  ausente: 'La jornada ya no existe',
  bitacora: {
    femenino: true,
    cuando: (j: Jornada) => delDia(j.fecha),
    alta: (j: Jornada) => `registrada${j.realizada ? ' como realizada' : ' (por realizar)'}`,
    cambioEstatus: (_antes: Jornada, j: Jornada) => `marcada como ${j.realizada ? 'realizada' : 'no realizada'}`,
  },
} as const satisfies DescriptorCaptura<Jornada, JornadaConteo, DatosJornada>;
