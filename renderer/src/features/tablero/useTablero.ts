import { useLiveQuery } from 'dexie-react-hooks';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { db } from '../../db';
import { cargarTablero, type DatosTablero } from '../../db/repositorios/tablero';
import { resumidorEnTrabajador } from '../../db/trabajoTablero';

/**
 * The page's one worker for the tablero's figures. Made, with its database open, when this screen's code loads: in
 * the quiet moment after sign-in that preloads the tablero (App.tsx), so its first opening does not wait for the
 * worker to start and open the database (100–130 ms).
 */
const resumir = resumidorEnTrabajador();
resumir.preparar(db);

/** The cronograma of the year and the figures of its records, live: any capture answers again. */
export function useTablero(anio: number | undefined): DatosTablero | null | undefined {
  return useLiveQuery(() => (anio === undefined ? Promise.resolve(null) : cargarTablero(db, anio, fechaIsoLocal(new Date()), resumir)), [anio]);
}
