import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { mesDeCorte } from '../../../shared/domain/periodos';
import { cargarCronograma, listarAniosPoa, type CronogramaCargado } from '../db/repositorios/cronograma';

/** The cronograma of a year, recomputed whenever a record, an adjustment or a setting changes. */
export function useCronograma(anio: number | undefined, mesCorte?: number): CronogramaCargado | null | undefined {
  return useLiveQuery(
    () => (anio === undefined ? Promise.resolve(null) : cargarCronograma(db, anio, mesCorte ?? mesDeCorte(anio))),
    [anio, mesCorte],
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
