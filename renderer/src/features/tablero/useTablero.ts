import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { cargarTablero, type DatosTablero } from '../../db/repositorios/tablero';

/** The cronograma of the year plus the people and catalogue the charts label with, live. */
export function useTablero(anio: number | undefined): DatosTablero | null | undefined {
  return useLiveQuery(() => (anio === undefined ? Promise.resolve(null) : cargarTablero(db, anio)), [anio]);
}
