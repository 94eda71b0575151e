import type { Cronograma } from '../domain/cronograma';
import type { UmbralesSemaforo } from '../domain/eficiencia';
import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../schemas/modulos';
import type { Persona } from '../schemas/personas';
import type { Justificacion, Poa } from '../schemas/poa';
import type { ReconduccionReporte } from './reconducciones';
import type { Solicitud } from '../schemas/solicitudes';
import type { Configuracion } from '../schemas/sistema';

/** The full records of a year (as the cronograma loads them), whose rows the annexes list. */
export interface RegistrosReporte {
  solicitudes: readonly Solicitud[];
  apoyos: readonly Apoyo[];
  jornadas: readonly Jornada[];
  eventos: readonly Evento[];
  mesas: readonly Mesa[];
  convenios: readonly Convenio[];
}

/** Names the records point at by id: people, catalogue entries and the folios of the solicitudes apoyos come from. */
export interface Referencias {
  /** At least every person the year's solicitudes and apoyos name. */
  personas: ReadonlyMap<string, Persona>;
  /** Tipos de apoyo and dependencias by id, inactive ones included (old records keep their names). */
  catalogos: ReadonlyMap<string, string>;
  /** Folio of every solicitud an apoyo of the year comes from, also of earlier years. */
  folios: ReadonlyMap<string, string>;
  /** Name of every programa social an apoyo of the year was given under, also of earlier years or deleted. */
  programas: ReadonlyMap<string, string>;
  /** How many live evidence files each record has, by its id (records without any are not in it). */
  evidencias: ReadonlyMap<string, number>;
}

/** Everything the POA workbook is made of, loaded by the same path as the cronograma. */
export interface DatosLibroPoa {
  poa: Pick<Poa, 'anio' | 'direccion' | 'area' | 'objetivoGeneral' | 'objetivosEspecificos' | 'estado' | 'autorizacion' | 'cierre'>;
  cronograma: Cronograma;
  umbrales: UmbralesSemaforo;
  registros: RegistrosReporte;
  justificaciones: readonly Justificacion[];
  /** The year's reconducciones (the cronograma's loader reads them). */
  reconducciones: readonly ReconduccionReporte[];
  referencias: Referencias;
  configuracion: Pick<Configuracion, 'municipio' | 'logoDataUrl'>;
  generado: Date;
}
