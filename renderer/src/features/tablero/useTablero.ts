import { useLiveQuery } from 'dexie-react-hooks';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { db } from '../../db';
import { cargarTablero, type DatosTablero } from '../../db/repositorios/tablero';
import { resumidorEnTrabajador } from '../../db/trabajoTablero';

/** The page's one worker for the tablero's figures, made when the tablero first opens. */
const resumir = resumidorEnTrabajador();

/** The cronograma of the year and the figures of its records, live: any capture answers again. */
export function useTablero(anio: number | undefined): DatosTablero | null | undefined {
  return useLiveQuery(() => (anio === undefined ? Promise.resolve(null) : cargarTablero(db, anio, fechaIsoLocal(new Date()), resumir)), [anio]);
}
