import { useLiveQuery } from 'dexie-react-hooks';
import type { Poa } from '../../../shared/schemas/poa';
import { db } from '../db';
import { obtenerPoaDelAnio } from '../db/repositorios/poa';

/** The POA of a year, live; null when the year has none, undefined while loading. */
export function usePoaDelAnio(anio: number | undefined): Poa | null | undefined {
  return useLiveQuery(async () => (anio === undefined ? null : ((await obtenerPoaDelAnio(db, anio)) ?? null)), [anio]);
}
