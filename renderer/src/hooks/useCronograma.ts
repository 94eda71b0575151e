import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { mesDeCorte } from '../../../shared/domain/periodos';
import { TIPOS_POR_REGLA } from '../../../shared/registros';
import type { ReglaConteo } from '../../../shared/schemas/poa';
import {
  cargarCronograma,
  cargarCronogramaConRegistros,
  cargarRegistrosDelMes,
  listarAniosPoa,
  type CronogramaCargado,
  type CronogramaConRegistros,
  type RegistrosDelAnio,
} from '../db/repositorios/cronograma';
import { medirCalculo } from './medirCalculo';

/** The cronograma of a year, recomputed whenever a record, an adjustment or a setting changes (timed as `cronograma:<year>`). */
export function useCronograma(anio: number | undefined, mesCorte?: number): CronogramaCargado | null | undefined {
  return useLiveQuery(
    () => (anio === undefined ? Promise.resolve(null) : medirCalculo(`cronograma:${anio}`, () => cargarCronograma(db, anio, mesCorte ?? mesDeCorte(anio)))),
    [anio, mesCorte],
  );
}

/** The same figures with the year's records behind them (the printed sheets' lists), live. */
export function useCronogramaConRegistros(anio: number | undefined, mesCorte?: number): CronogramaConRegistros | null | undefined {
  return useLiveQuery(
    () => (anio === undefined ? Promise.resolve(null) : cargarCronogramaConRegistros(db, anio, mesCorte ?? mesDeCorte(anio))),
    [anio, mesCorte],
  );
}

/** The records of a month a rule counts, read when a cell is opened; undefined while they load. */
export function useRegistrosDelMes(regla: ReglaConteo | undefined, anio: number, mes: number): RegistrosDelAnio | undefined {
  return useLiveQuery(
    () => cargarRegistrosDelMes(db, regla ? TIPOS_POR_REGLA[regla] : [], anio, mes),
    [regla, anio, mes],
  );
}

/** The years that have a POA, newest first (the year selector), live. */
export function useAniosPoa(): number[] | undefined {
  return useLiveQuery(() => listarAniosPoa(db), []);
}

/** The year a screen shows: the one asked for when it has a POA, else this year's POA, else the newest. */
export function anioElegido(pedido: number | null, anios: readonly number[] | undefined, actual: number): number | undefined {
  if (pedido !== null && anios?.includes(pedido)) return pedido;
  if (anios?.includes(actual)) return actual;
  return anios?.[0];
}
