import type { z } from 'zod';
import type { Referencias } from '../reportes/tipos';
import type { TipoCatalogo } from '../schemas/sistema';
import type { CeldaAnexo, TipoColumnaAnexo } from '../workbook/tipos';

/**
 * Each kind of record that makes an achieved number, and the table it lives in: the Dexie table, the backup's table
 * and the key of the year's records the counting reads.
 */
export interface TablaDeRegistro {
  solicitud: 'solicitudes';
  apoyo: 'apoyos';
  jornada: 'jornadas';
  evento: 'eventos';
  mesa: 'mesas';
  convenio: 'convenios';
}
export type TipoRegistro = keyof TablaDeRegistro;
export type TablaRegistro = TablaDeRegistro[TipoRegistro];

/** The names a record points at by id, so a description can say who and what instead of an id. */
export interface NombresRegistro {
  /** Full name of each person ("Rosalinda Quetzal Ramírez"). */
  personas: ReadonlyMap<string, string>;
  /** Name of each catalogue entry (tipo de apoyo, dependencia), inactive ones included. */
  catalogos: ReadonlyMap<string, string>;
}

/** No names known: every description falls back to the record's own fields. */
export const SIN_NOMBRES: NombresRegistro = { personas: new Map(), catalogos: new Map() };

/** A name by an id the record may lack (a lean projection) or the lookup may not know (a deleted entry). */
export function nombreDe(nombres: ReadonlyMap<string, string>, id: string | null | undefined): string | undefined {
  return id ? nombres.get(id) : undefined;
}

/** One column of a kind's annex sheet: its heading, cell type and width, and what a counted record writes in it. */
export interface ColumnaAnexo<R> {
  titulo: string;
  tipo: TipoColumnaAnexo;
  /** Characters; the sheet's default for the type when absent. */
  ancho?: number;
  valor(registro: R, referencias: Referencias): CeldaAnexo;
}

/**
 * A kind's annex sheet in the workbook: one row per record that counts in the year, in the cronograma's order; or,
 * with `todos`, every live record placed in the year by its `campoFecha`, in that date's order, its columns saying
 * which count.
 */
export interface AnexoRegistro<R> {
  /** The sheet's name, e.g. 'Solicitudes'. */
  nombre: string;
  titulo(anio: number): string;
  columnas: readonly ColumnaAnexo<R>[];
  todos?: true;
}

/** A kind's statuses, their labels and, where the workflow offers quick steps, which status may follow which. */
export interface EstatusRegistro<E extends string> {
  valores: readonly E[];
  etiquetas: Readonly<Record<E, string>>;
  /** null: no steps are declared; the status is chosen by editing the record. */
  pasos: Readonly<Record<E, readonly E[]>> | null;
}

type EstatusDe<R> = R extends { estatus: infer E extends string } ? E : never;

/**
 * The one declaration of a kind of record (`R`, as stored). The counting rules, the closed-period guard, the year
 * loader and the cronograma's drill-down all read it, so they cannot disagree about when a record counts.
 * `C` is what counting and describing read: the stored record or a lean projection of it.
 */
export interface DescriptorRegistro<R extends { id: string }, C extends { id: string } = R> {
  tipo: TipoRegistro;
  tabla: TablaRegistro;
  /** How the drill-down and the printed sheets name a record of this kind that counts. */
  etiqueta: string;
  schema: z.ZodType<R>;
  /** null for a kind without a status field (a jornada is held or not). */
  estatus: EstatusRegistro<EstatusDe<R>> | null;
  /**
   * The indexed date field that places a record in a period; the year loader reads each kind by it, so `cuentaEn`
   * is always this field's day or null.
   */
  campoFecha: keyof R & string;
  /** THE counting rule: 'AAAA-MM-DD', the day whose month the record counts in, or null when it does not count. */
  cuentaEn(registro: C): string | null;
  /**
   * THE description of a record: the drill-down's line, the printed sheets' and the bitácora's subject. Tipo and
   * person by name where the record has them and `nombres` knows them.
   */
  describir(registro: C, nombres: NombresRegistro): string;
  /** The person the record names, whose name `describir` looks up. */
  personaDe(registro: C): string | undefined;
  /** Where its detail opens. */
  ruta(id: string): string;
  /** Its annex sheet in the workbook: the counted records behind the figures, with these columns. */
  anexo: AnexoRegistro<R>;
  /**
   * The catalogue entries the record points at: what a capture checks, and the fields that follow the entry kept
   * when two entries of the same tipo and name become one.
   */
  catalogos: readonly CampoCatalogo[];
}

/** A field of a record that holds the id of a catalogue entry: it must exist, be live and of its kind. */
export interface CampoCatalogo {
  campo: string;
  tipo: TipoCatalogo;
  /** Said at the field when the entry is gone or of another kind. */
  mensaje: string;
}

/** A catalogue entry a captured record points at, by a field of what the user captures. */
export interface ReferenciaCatalogo<D> extends CampoCatalogo {
  campo: keyof D & string;
}

/**
 * How the bitácora tells what happened to a record of the kind. Every entry reads "<subject>: <what happened>", the
 * subject being the kind's `describir` (tipo and person by name, "Apoyo Despensa a Rosalinda Quetzal Ramírez ·
 * 1 paquete") followed by `cuando`: "…: registrado, gestionado", "…: Gestionado → Autorizado", "…: eliminado".
 */
export interface BitacoraRegistro<R> {
  /** The noun's gender, for "registrada" / "registrado", "eliminada" / "eliminado". */
  femenino: boolean;
  /** What tells the record apart after its description, where the description has no date: " del 18/04/2026". */
  cuando?(registro: R): string;
  /** What its creation entry says happened: "registrado, vigente", "registrada (por realizar)". */
  alta(registro: R): string;
  /** What an entry says when its status moves: "Programado → Realizado", "marcada como realizada". */
  cambioEstatus(antes: R, despues: R): string;
}

/**
 * A kind captured and corrected through the generic repository (every kind but the solicitud, which has its own
 * front-desk path): what the capture validates and checks, and how the bitácora tells it. `D` is what a user captures.
 */
export interface DescriptorCaptura<R extends { id: string }, C extends { id: string }, D> extends DescriptorRegistro<R, C> {
  /** The capture's schema, on creating (and on editing, unless `correccion` says otherwise): every error at once, keyed by field. */
  captura: z.ZodType<D>;
  /** What a correction is checked with, where it may keep what a record captured by an older version lacks. */
  correccion?: z.ZodType<D>;
  catalogos: readonly ReferenciaCatalogo<D>[];
  /** The field whose change is logged as a change of status, and where a closed month's refusal then lands. */
  campoEstatus: keyof R & string;
  /** Said when the record was deleted meanwhile. */
  ausente: string;
  bitacora: BitacoraRegistro<R>;
}
