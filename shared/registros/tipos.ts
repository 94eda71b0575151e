import type { z } from 'zod';

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
  /** The drill-down's line: tipo and person by name where the record has them and `nombres` knows them. */
  describir(registro: C, nombres: NombresRegistro): string;
  /** The person the record names, whose name `describir` looks up. */
  personaDe(registro: C): string | undefined;
  /** Where its detail opens. */
  ruta(id: string): string;
}
