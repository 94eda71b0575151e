import { useLiveQuery } from 'dexie-react-hooks';
import type { EstadoCierresAnio } from '../../../shared/domain/cierres';
import { db } from '../db';
import { estadoCierres } from '../db/repositorios/cierres';

/** Which months and quarters of the year are closed, live: closing or reopening shows at once in the grid. */
export function useCierres(anio: number | undefined): EstadoCierresAnio | undefined {
  return useLiveQuery(() => (anio === undefined ? undefined : estadoCierres(db, anio)), [anio]);
}
