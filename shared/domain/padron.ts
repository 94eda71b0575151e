import { cantidadApoyo, REGISTROS } from '../registros';
import type { Apoyo } from '../schemas/modulos';
import type { Persona } from '../schemas/personas';
import { edadEn } from './personas';

/**
 * The padrón de beneficiarios (domain.md, Module 2): who received support, one row per apoyo delivered. Its public
 * version, for the transparency portal, keeps only name, support, territorial unit, age and sex; CURP, street and
 * phone never leave in it.
 */

export type ApoyoPadron = Pick<
  Apoyo,
  'id' | 'personaId' | 'tipoApoyoId' | 'cantidad' | 'unidad' | 'valorEstimado' | 'fuente' | 'estatus' | 'fechaEntrega' | 'eliminado' | 'programaId'
>;
export type PersonaPadron = Pick<
  Persona,
  | 'id'
  | 'nombres'
  | 'apellidoPaterno'
  | 'apellidoMaterno'
  | 'curp'
  | 'sexo'
  | 'fechaNacimiento'
  | 'edad'
  | 'telefono'
  | 'calle'
  | 'numero'
  | 'colonia'
  | 'localidad'
>;

/** What the public version shows. */
export interface FilaPadronPublica {
  id: string;
  /** "PATERNO MATERNO NOMBRES", the order a register is read in. */
  beneficiario: string;
  apoyo: string;
  fechaEntrega: string;
  colonia: string;
  localidad: string;
  /** Age on the day of delivery; null when neither the birth date nor an age was captured. */
  edad: number | null;
  sexo: Persona['sexo'] | null;
  /** The programa social the apoyo was given under (public: the law publishes each programa's padrón); '' for a direct apoyo. */
  programaId: string | null;
  programa: string;
}

/** The internal padrón adds the identifying and contact data and the value of the support. */
export interface FilaPadron extends FilaPadronPublica {
  personaId: string;
  curp: string;
  domicilio: string;
  telefono: string;
  valorEstimado: number;
  fuente: Apoyo['fuente'];
}

/**
 * The padrón of a year (null = every year): the live apoyos delivered in it, with their beneficiary, ordered by name
 * and then by date of delivery. `programas` names the programas sociales by id.
 */
export function padronDeBeneficiarios(
  apoyos: readonly ApoyoPadron[],
  personas: ReadonlyMap<string, PersonaPadron>,
  tiposApoyo: ReadonlyMap<string, string>,
  anio: number | null,
  programas: ReadonlyMap<string, string>,
): FilaPadron[] {
  const filas: FilaPadron[] = [];
  for (const a of apoyos) {
    // The padrón lists the apoyos that count for activity 2: delivered, by their fecha de entrega.
    const fechaEntrega = REGISTROS.apoyo.cuentaEn(a);
    if (fechaEntrega === null || (anio !== null && Number(fechaEntrega.slice(0, 4)) !== anio)) continue;
    const p = personas.get(a.personaId);
    const tipo = tiposApoyo.get(a.tipoApoyoId) ?? 'Apoyo';
    filas.push({
      id: a.id,
      personaId: a.personaId,
      beneficiario: p ? [p.apellidoPaterno, p.apellidoMaterno, p.nombres].filter((x) => x.trim()).join(' ') : '(persona no encontrada)',
      apoyo: `${tipo}: ${cantidadApoyo(a)}`,
      fechaEntrega,
      colonia: p?.colonia ?? '',
      localidad: p?.localidad ?? '',
      edad: p ? (p.fechaNacimiento ? edadEn(p.fechaNacimiento, fechaEntrega) : p.edad) : null,
      sexo: p?.sexo ?? null,
      programaId: a.programaId,
      programa: a.programaId ? (programas.get(a.programaId) ?? '(programa no encontrado)') : '',
      curp: p?.curp ?? '',
      domicilio: p ? [p.calle, p.numero].filter((x) => x.trim()).join(' ') : '',
      telefono: p?.telefono ?? '',
      valorEstimado: a.valorEstimado,
      fuente: a.fuente,
    });
  }
  return filas.sort((x, y) => x.beneficiario.localeCompare(y.beneficiario, 'es-MX') || (x.fechaEntrega < y.fechaEntrega ? -1 : x.fechaEntrega > y.fechaEntrega ? 1 : 0));
}

/** A row of the public version, built field by field so nothing reserved can slip through a spread. */
export function filaPublica(f: FilaPadron): FilaPadronPublica {
  return {
    id: f.id,
    beneficiario: f.beneficiario,
    apoyo: f.apoyo,
    fechaEntrega: f.fechaEntrega,
    colonia: f.colonia,
    localidad: f.localidad,
    edad: f.edad,
    sexo: f.sexo,
    programaId: f.programaId,
    programa: f.programa,
  };
}

export type ApoyoPrevio = Pick<Apoyo, 'id' | 'personaId' | 'tipoApoyoId' | 'estatus' | 'fechaGestion' | 'fechaEntrega' | 'eliminado'>;

/** The year an apoyo belongs to: the year it was delivered, or else the year it was requested. */
export function anioDelApoyo(a: Pick<Apoyo, 'fechaGestion' | 'fechaEntrega'>): number {
  return Number((a.fechaEntrega ?? a.fechaGestion).slice(0, 4));
}

/**
 * Other apoyos of the same type for the same person in the same year: giving it twice warns (it is not forbidden;
 * a family may need a second despensa). A rejected apoyo was not given, so it does not count.
 */
export function apoyosRepetidos<T extends ApoyoPrevio>(
  existentes: readonly T[],
  nuevo: Pick<Apoyo, 'personaId' | 'tipoApoyoId' | 'fechaGestion' | 'fechaEntrega'> & { id?: string | null },
): T[] {
  const anio = anioDelApoyo(nuevo);
  return existentes.filter(
    (a) =>
      a.eliminado === 0 &&
      a.id !== nuevo.id &&
      a.estatus !== 'rechazado' &&
      a.personaId === nuevo.personaId &&
      a.tipoApoyoId === nuevo.tipoApoyoId &&
      anioDelApoyo(a) === anio,
  );
}
