import type { Apoyo } from '../schemas/modulos';
import type { Persona } from '../schemas/personas';
import type { Seguimiento, Solicitud } from '../schemas/solicitudes';
import type { EntradaBitacora } from '../schemas/sistema';
import { normalizarTexto } from './texto';

/** Marks the file so whoever receives it (or a later import) knows what it is and which layout it follows. */
export const FORMATO_EXPEDIENTE = 'poa-gestion-social/datos-personales';
export const VERSION_EXPEDIENTE = 1;

export const RESUMEN_EXPORTACION_DATOS = 'Exportación de datos personales a petición del titular';

/** The persona as captured: the search keys derived from the name are copies of it, not data of their own. */
export type PersonaExpediente = Omit<Persona, 'nombreNormalizado' | 'palabras'>;

export interface SolicitudExpediente extends Solicitud {
  seguimientos: Seguimiento[];
}

/** Everything the database holds about one citizen, as handed over when they exercise their right of access. */
export interface ExpedientePersona {
  formato: typeof FORMATO_EXPEDIENTE;
  version: typeof VERSION_EXPEDIENTE;
  generado: string;
  persona: PersonaExpediente;
  solicitudes: SolicitudExpediente[];
  apoyos: Apoyo[];
  bitacora: EntradaBitacora[];
}

/**
 * Assembles one persona's file. Records of other people are dropped, so the caller may pass broader reads; deleted
 * records stay in, flagged by `eliminado`, because the database still holds them. The bitácora keeps only entries
 * about the persona, their solicitudes or their apoyos, in the order they happened.
 */
export function expedienteDePersona(
  persona: Persona,
  solicitudes: readonly Solicitud[],
  seguimientos: readonly Seguimiento[],
  apoyos: readonly Apoyo[],
  bitacora: readonly EntradaBitacora[],
  generado: string = new Date().toISOString(),
): ExpedientePersona {
  const { nombreNormalizado: _n, palabras: _p, ...datos } = persona;
  const suyas = solicitudes.filter((s) => s.personaId === persona.id).sort((a, b) => a.fechaRecepcion.localeCompare(b.fechaRecepcion));
  const idsSolicitudes = new Set(suyas.map((s) => s.id));
  const porSolicitud = new Map<string, Seguimiento[]>();
  for (const g of [...seguimientos].sort((a, b) => a.fecha.localeCompare(b.fecha))) {
    if (!idsSolicitudes.has(g.solicitudId)) continue;
    porSolicitud.set(g.solicitudId, [...(porSolicitud.get(g.solicitudId) ?? []), g]);
  }
  const suyos = apoyos.filter((a) => a.personaId === persona.id).sort((a, b) => a.fechaGestion.localeCompare(b.fechaGestion));
  const ids = new Set<string>([persona.id, ...idsSolicitudes, ...suyos.map((a) => a.id)]);
  return {
    formato: FORMATO_EXPEDIENTE,
    version: VERSION_EXPEDIENTE,
    generado,
    persona: datos,
    solicitudes: suyas.map((s) => ({ ...s, seguimientos: porSolicitud.get(s.id) ?? [] })),
    apoyos: suyos,
    bitacora: bitacora.filter((e) => e.entidadId !== null && ids.has(e.entidadId)).sort((a, b) => a.fecha.localeCompare(b.fecha)),
  };
}

/** `datos-personales-PEREZ-2026-11-24.xlsx`: the surname without accents or spaces, so any file system takes it. */
export function nombreArchivoExpediente(persona: Pick<Persona, 'apellidoPaterno'>, fechaIso: string, extension: 'json' | 'xlsx' = 'json'): string {
  const apellido = normalizarTexto(persona.apellidoPaterno).replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'SIN-APELLIDO';
  return `datos-personales-${apellido}-${fechaIso}.${extension}`;
}

/** The file's text: indented JSON, readable in any text editor. */
export function expedienteEnJson(expediente: ExpedientePersona): string {
  return `${JSON.stringify(expediente, null, 2)}\n`;
}
