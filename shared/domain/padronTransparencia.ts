import { cantidadApoyo, REGISTROS } from '../registros';
import { ETIQUETA_SEXO, nombreCompleto } from '../schemas/personas';
import { formatearFecha } from './formato';
import type { ApoyoPadron, PersonaPadron } from './padron';
import { edadEn, unidadTerritorial } from './personas';

/**
 * The padrón de beneficiarios as the transparency law asks it to be published, per programa social and period: who
 * received what, where (the territorial unit), their age and sex. Each row is built field by field from the
 * columns below, so the CURP, the street and number, the phone and the email a person record holds can never reach
 * the file.
 */

/** How the Programa column names an apoyo given outside any programa. */
export const SIN_PROGRAMA = 'Apoyo directo (sin programa)';

/** Which apoyos the export lists: one programa and the period of their fecha de entrega, inclusive. */
export interface FiltroPadronTransparencia {
  /** null: every apoyo delivered in the period, with or without a programa. */
  programaId: string | null;
  /** 'AAAA-MM-DD', both ends included. */
  desde: string;
  hasta: string;
}

/** One published row. `monto` is the amount in pesos when the apoyo has a valor estimado, else what was given in words. */
export interface FilaTransparencia {
  programa: string;
  nombre: string;
  monto: number | string;
  /** 'AAAA-MM-DD'. */
  fechaEntrega: string;
  unidadTerritorial: string;
  /** On the day of delivery (from the birth date, else the age captured); null when neither was captured. */
  edad: number | null;
  sexo: string;
}

/** The published columns, in order: heading, the row's field, its cell type and width in characters. */
export const COLUMNAS_TRANSPARENCIA = [
  { titulo: 'Programa', campo: 'programa', tipo: 'texto', ancho: 34 },
  { titulo: 'Nombre completo', campo: 'nombre', tipo: 'texto', ancho: 34 },
  { titulo: 'Monto o apoyo recibido', campo: 'monto', tipo: 'monto', ancho: 26 },
  { titulo: 'Fecha de entrega', campo: 'fechaEntrega', tipo: 'fecha', ancho: 13 },
  { titulo: 'Unidad territorial (colonia / localidad)', campo: 'unidadTerritorial', tipo: 'texto', ancho: 30 },
  { titulo: 'Edad', campo: 'edad', tipo: 'numero', ancho: 7 },
  { titulo: 'Sexo', campo: 'sexo', tipo: 'texto', ancho: 16 },
] as const satisfies readonly { titulo: string; campo: keyof FilaTransparencia; tipo: string; ancho: number }[];

/** What a person record gives the published row (no CURP, street, phone or email is even read). */
export type PersonaTransparencia = Pick<PersonaPadron, 'id' | 'nombres' | 'apellidoPaterno' | 'apellidoMaterno' | 'sexo' | 'fechaNacimiento' | 'edad' | 'colonia' | 'localidad'>;

/** "$ 1,500.00" is a number the sheet formats; without a value, "2 paquetes de Despensa". */
export function montoRecibido(a: Pick<ApoyoPadron, 'valorEstimado' | 'cantidad' | 'unidad'>, tipo: string): number | string {
  if (a.valorEstimado > 0) return a.valorEstimado;
  return `${cantidadApoyo(a)} de ${tipo}`;
}

/**
 * The rows of the published padrón: the live apoyos delivered in the period (those that count for activity 2), of the
 * programa chosen or of all, ordered by programa, then by name and date.
 */
export function padronTransparencia(
  apoyos: readonly ApoyoPadron[],
  personas: ReadonlyMap<string, PersonaTransparencia>,
  tiposApoyo: ReadonlyMap<string, string>,
  programas: ReadonlyMap<string, string>,
  filtro: FiltroPadronTransparencia,
): FilaTransparencia[] {
  const filas: FilaTransparencia[] = [];
  for (const a of apoyos) {
    const fechaEntrega = REGISTROS.apoyo.cuentaEn(a);
    if (fechaEntrega === null || fechaEntrega < filtro.desde || fechaEntrega > filtro.hasta) continue;
    if (filtro.programaId !== null && a.programaId !== filtro.programaId) continue;
    const p = personas.get(a.personaId);
    filas.push({
      programa: a.programaId ? (programas.get(a.programaId) ?? '(programa no encontrado)') : SIN_PROGRAMA,
      nombre: p ? nombreCompleto(p) : '(persona no encontrada)',
      monto: montoRecibido(a, tiposApoyo.get(a.tipoApoyoId) ?? 'apoyo'),
      fechaEntrega,
      unidadTerritorial: p ? unidadTerritorial(p) : '',
      edad: p ? (p.fechaNacimiento ? edadEn(p.fechaNacimiento, fechaEntrega) : p.edad) : null,
      sexo: p ? ETIQUETA_SEXO[p.sexo] : '',
    });
  }
  const orden = (x: string, y: string) => x.localeCompare(y, 'es-MX');
  return filas.sort((x, y) => orden(x.programa, y.programa) || orden(x.nombre, y.nombre) || orden(x.fechaEntrega, y.fechaEntrega));
}

/** The period in words: «2026» for a whole year, else «del 01/03/2026 al 30/06/2026». */
export function describirPeriodo(filtro: Pick<FiltroPadronTransparencia, 'desde' | 'hasta'>): string {
  const anio = filtro.desde.slice(0, 4);
  if (filtro.desde === `${anio}-01-01` && filtro.hasta === `${anio}-12-31`) return anio;
  return `del ${formatearFecha(filtro.desde)} al ${formatearFecha(filtro.hasta)}`;
}

/** 'Padron-transparencia-2026.xlsx', 'Padron-transparencia-Becas-2026-03-01-a-2026-06-30.xlsx'. */
export function nombreArchivoTransparencia(filtro: FiltroPadronTransparencia, programa: string | null): string {
  const anio = filtro.desde.slice(0, 4);
  const periodo = describirPeriodo(filtro) === anio ? anio : `${filtro.desde}-a-${filtro.hasta}`;
  const nombre = programa
    ? `-${programa
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40)}`
    : '';
  return `Padron-transparencia${nombre}-${periodo}.xlsx`;
}
