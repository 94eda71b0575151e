import { TRANSICIONES } from '../domain/estatusSolicitud';
import { resumirTexto } from '../domain/texto';
import { nombreCompleto } from '../schemas/personas';
import { ESTATUS_SOLICITUD, ETIQUETA_ESTATUS_SOLICITUD, solicitudSchema, type Solicitud } from '../schemas/solicitudes';
import { columna, nombreCatalogo } from './anexo';
import { nombreDe, type DescriptorRegistro, type NombresRegistro } from './tipos';

/** What counting reads, and the citizen and tipo that only name the request (lean projections may leave them out). */
export type SolicitudConteo = Pick<Solicitud, 'id' | 'folio' | 'fechaRecepcion' | 'estatus' | 'eliminado'> &
  Partial<Pick<Solicitud, 'personaId' | 'tipoApoyoId'>>;

/**
 * Activity 1 counts the solicitudes received in the month: every status says the request was received except a
 * cancelled one and a duplicate.
 */
function cuentaEn(s: Pick<Solicitud, 'fechaRecepcion' | 'estatus' | 'eliminado'>): string | null {
  return s.eliminado === 0 && s.estatus !== 'cancelada' && s.estatus !== 'duplicada' ? s.fechaRecepcion.slice(0, 10) : null;
}

/** "Solicitud AC-2026-V1-0001 de Rosalinda Quetzal Ramírez · Despensa". */
function describir(s: SolicitudConteo, nombres: NombresRegistro): string {
  const persona = nombreDe(nombres.personas, s.personaId);
  const tipo = nombreDe(nombres.catalogos, s.tipoApoyoId);
  return [`Solicitud ${s.folio}${persona ? ` de ${persona}` : ''}`, tipo].filter(Boolean).join(' · ');
}

export const solicitud = {
  tipo: 'solicitud',
  tabla: 'solicitudes',
  etiqueta: 'Solicitud',
  schema: solicitudSchema,
  estatus: { valores: ESTATUS_SOLICITUD, etiquetas: ETIQUETA_ESTATUS_SOLICITUD, pasos: TRANSICIONES },
  campoFecha: 'fechaRecepcion',
  cuentaEn,
  describir,
  personaDe: (s: SolicitudConteo) => s.personaId,
  ruta: (id: string) => `/atencion/${id}`,
  anexo: {
    nombre: 'Solicitudes',
    titulo: (anio: number) => `Solicitudes recibidas ${anio} con su estatus («¿Cuenta?»: las canceladas y duplicadas no cuentan para la meta)`,
    // Every solicitud received, so what was asked and not counted (cancelled, duplicated) is in the file too.
    todos: true,
    columnas: [
      columna<Solicitud>('Folio', 'texto', 18, (s) => s.folio),
      columna<Solicitud>('Fecha de recepción', 'fecha', null, (s) => s.fechaRecepcion),
      columna<Solicitud>('Ciudadano', 'texto', 32, (s, ref) => {
        const persona = ref.personas.get(s.personaId);
        return persona ? nombreCompleto(persona) : '(ciudadano no encontrado)';
      }),
      columna<Solicitud>('Tipo de apoyo', 'texto', 22, (s, ref) => nombreCatalogo(ref, s.tipoApoyoId)),
      columna<Solicitud>('Colonia', 'texto', 22, (s, ref) => ref.personas.get(s.personaId)?.colonia ?? ''),
      columna<Solicitud>('Dependencia', 'texto', 28, (s, ref) => nombreCatalogo(ref, s.dependenciaId)),
      columna<Solicitud>('Descripción', 'texto', 48, (s) => resumirTexto(s.descripcion, 120)),
      columna<Solicitud>('Estatus', 'texto', 15, (s) => ETIQUETA_ESTATUS_SOLICITUD[s.estatus]),
      columna<Solicitud>('¿Cuenta?', 'texto', 9, (s) => (cuentaEn(s) === null ? 'No' : 'Sí')),
      columna<Solicitud>('Fecha compromiso', 'fecha', null, (s) => s.fechaCompromiso),
    ],
  },
  catalogos: [
    { campo: 'tipoApoyoId', tipo: 'tipoApoyo', mensaje: 'Elija un tipo de apoyo del catálogo' },
    { campo: 'dependenciaId', tipo: 'dependencia', mensaje: 'Elija una dependencia del catálogo' },
  ],
} as const satisfies DescriptorRegistro<Solicitud, SolicitudConteo>;
