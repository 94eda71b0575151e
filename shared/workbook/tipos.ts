import type { Frecuencia } from '../domain/periodos';
import type { EstadoPoa } from '../schemas/poa';

/** Everything the POA workbook shows, as plain data; the builder computes nothing the cronograma did not give it. */
export interface LibroPoaEntrada {
  anio: number;
  /** Municipality name, e.g. 'Municipio de San Pedro' (may be ''). */
  municipio: string;
  logo?: { base64: string; extension: 'png' | 'jpeg' };
  encabezado: { direccion: string; area: string; objetivoGeneral: string; objetivosEspecificos: string };
  /** The POA's state and how a reader reads it: 'Autorizado por … el dd/mm/aaaa', 'Borrador (sin autorizar)'. */
  estado: { clave: EstadoPoa; texto: string };
  actividades: ActividadLibro[];
  umbrales: { verde: number; ambar: number };
  /** Records behind the figures: solicitudes, apoyos, jornadas, eventos, mesas, convenios. */
  anexos: TablaAnexo[];
  /** The year's reconducciones, one row each, with `vacio` saying why there are none. */
  reconducciones: TablaAnexo;
  /** Public padrón, already without CURP, street, phone or email. */
  padronPublico: TablaAnexo;
  /** When the workbook is generated; its month closes the year-to-date figures. */
  generado: Date;
}

export interface ActividadLibro {
  numero: number;
  nombre: string;
  eje: string;
  linea: string;
  acciones: string[];
  actividadEspecifica: string;
  responsable: string;
  unidadMedida: string;
  metaAnual: number;
  /** 12 flags, the X marks of the cronograma. */
  meses: boolean[];
  frecuencia: Frecuencia;
  /** ISO 'YYYY-MM-DD'; null writes the frequency ('BIMESTRAL') in its place, as the seed does. */
  fechaInicio: string | null;
  fechaFin: string | null;
  /** 12 monthly programmed goals: the Meta modificada, as reconducciones left them. */
  programado: number[];
  /** Meta inicial: the goals as authorized; while the POA is a borrador, the current ones. */
  inicial: { metaAnual: number; programado: number[] };
  /** 12 monthly achieved counts (records plus manual adjustments, as the cronograma sums them). */
  logrado: number[];
  justificaciones: { trimestre: number; texto: string }[];
}

export type TipoColumnaAnexo = 'texto' | 'fecha' | 'numero' | 'moneda';

export type CeldaAnexo = string | number | Date | null;

export interface TablaAnexo {
  /** Sheet name (at most 31 characters), e.g. 'Solicitudes'. */
  nombre: string;
  titulo: string;
  columnas: { titulo: string; tipo: TipoColumnaAnexo; ancho?: number }[];
  /** 'fecha' cells as Date or ISO 'YYYY-MM-DD' (optionally with a time). */
  filas: CeldaAnexo[][];
  /** Said in one row when there are no rows, so an empty list reads as such. */
  vacio?: string;
}
