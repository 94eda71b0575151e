import {
  capturaEventoSchema,
  conGruposEdad,
  correccionEventoSchema,
  ESTATUS_EVENTO,
  ETIQUETA_ESTATUS_EVENTO,
  ETIQUETA_TIPO_EVENTO,
  eventoSchema,
  type DatosEvento,
  type Evento,
} from '../schemas/modulos';
import { columna, columnasPorEdad, columnasPorSexo, nombreCatalogo } from './anexo';
import { bitacoraConEstatus, delDia } from './bitacora';
import type { DescriptorCaptura } from './tipos';

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
  anexo: {
    nombre: 'Talleres y programas',
    titulo: (anio: number) => `Talleres, capacitaciones y programas sociales realizados ${anio}`,
    columnas: [
      columna<Evento>('Fecha', 'fecha', null, (e) => e.fecha),
      columna<Evento>('Fecha de término', 'fecha', null, (e) => e.fechaFin),
      columna<Evento>('Tipo', 'texto', 15, (e) => ETIQUETA_TIPO_EVENTO[e.tipo]),
      columna<Evento>('Nombre', 'texto', 32, (e) => e.nombre),
      columna<Evento>('Tema', 'texto', 28, (e) => e.tema),
      columna<Evento>('Facilitador / dependencia', 'texto', 28, (e, ref) => e.facilitador || nombreCatalogo(ref, e.dependenciaId)),
      columna<Evento>('Sede', 'texto', 22, (e) => e.sede),
      columna<Evento>('Localidad', 'texto', 18, (e) => e.localidad),
      columna<Evento>('Horas', 'numero', 7, (e) => e.horas),
      ...columnasPorSexo<Evento>('Asistentes', 10, (e) => [e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro]),
      ...columnasPorEdad<Evento>((e) => (conGruposEdad(e) ? e : null)),
    ],
  },
  captura: capturaEventoSchema,
  correccion: correccionEventoSchema,
  catalogos: [{ campo: 'dependenciaId', tipo: 'dependencia', mensaje: 'Elija una dependencia del catálogo' }],
  campoEstatus: 'estatus',
  ausente: 'El registro ya no existe',
  bitacora: bitacoraConEstatus(false, ETIQUETA_ESTATUS_EVENTO, (e: Evento) => delDia(e.fecha)),
} as const satisfies DescriptorCaptura<Evento, EventoConteo, DatosEvento>;
