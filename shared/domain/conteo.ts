import {
  conteoDeRegistros,
  contadosDe,
  type ConteoPorTipo,
  describirRegistro,
  SIN_NOMBRES,
  TIPOS_POR_REGLA,
  type RegistrosConteo,
  type TipoRegistro,
} from '../registros';
import type { ReglaConteo } from '../schemas/poa';
import { anioDeFechaIso, mesDeFechaIso, type Mes } from './periodos';

/**
 * The counting rules of domain.md ("Meta alcanzada"): which records make an activity's achieved count, and the
 * date that places each one in a month, both as each kind declares them in `shared/registros`. Achieved figures are
 * always counted from the records, never typed.
 */
export type { ConteoPorTipo, RegistrosConteo } from '../registros';

export const REGISTROS_VACIOS: RegistrosConteo = {
  solicitudes: [],
  apoyos: [],
  jornadas: [],
  eventos: [],
  mesas: [],
  convenios: [],
};

export type TipoRegistroLogrado = TipoRegistro;

/** One record behind an achieved number (the drill-down list). */
export interface RegistroLogrado {
  tipo: TipoRegistroLogrado;
  id: string;
  /** 'AAAA-MM-DD': the date that makes the record count. */
  fecha: string;
  mes: Mes;
  /** What the list shows: the folio, the apoyo's tipo and beneficiary, the name of the jornada or event… */
  descripcion: string;
}

function logradosDe<K extends TipoRegistro>(tipo: K, registros: RegistrosConteo): RegistroLogrado[] {
  const nombres = registros.nombres ?? SIN_NOMBRES;
  return contadosDe(tipo, registros).map(({ registro, fecha }) => ({
    tipo,
    id: registro.id,
    fecha,
    mes: mesDeFechaIso(fecha),
    descripcion: describirRegistro(tipo, registro, nombres),
  }));
}

/** Plain code-unit order: dates and ids sort the same on every PC, whatever its locale. */
function comparar(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The records that count for a rule in a year, ordered by date (then kind and id, so the order is stable). */
export function registrosQueCuentan(regla: ReglaConteo, registros: RegistrosConteo, anio: number): RegistroLogrado[] {
  return TIPOS_POR_REGLA[regla]
    .flatMap((tipo) => logradosDe(tipo, registros))
    .filter((l) => anioDeFechaIso(l.fecha) === anio)
    .sort((x, y) => comparar(x.fecha, y.fecha) || comparar(x.tipo, y.tipo) || comparar(x.id, y.id));
}

/** Achieved count per month (index 0 = January) from the records alone, without manual adjustments. */
export function contarPorMes(regla: ReglaConteo, registros: RegistrosConteo, anio: number): number[] {
  const conteo = Array.from({ length: 12 }, () => 0);
  for (const l of registrosQueCuentan(regla, registros, anio)) conteo[l.mes - 1] += 1;
  return conteo;
}

/**
 * The counting a figure is made from: each kind's count per month, from the indexes (`cargarCronograma`) or from
 * records in memory; both apply the same `cuentaEn`.
 */
export type FuenteConteo = { conteos: ConteoPorTipo } | { registros: RegistrosConteo };

export function conteosDe(fuente: FuenteConteo, anio: number): ConteoPorTipo {
  return 'conteos' in fuente ? fuente.conteos : conteoDeRegistros(fuente.registros, anio);
}

/** Achieved count per month of a rule: the sum of its kinds' counts. */
export function contarPorMesDe(regla: ReglaConteo, conteos: ConteoPorTipo): number[] {
  const conteo = Array.from({ length: 12 }, () => 0);
  for (const tipo of TIPOS_POR_REGLA[regla]) conteos[tipo].forEach((n, i) => (conteo[i] += n));
  return conteo;
}

/** The records behind one month's achieved number (drill-down from the cronograma). */
export function logrosDelMes(regla: ReglaConteo, registros: RegistrosConteo, anio: number, mes: number): RegistroLogrado[] {
  return registrosQueCuentan(regla, registros, anio).filter((l) => l.mes === mes);
}
