import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { listarActividades, obtenerPoaVigente } from '../db/repositorios/poa';
import { obtenerConfiguracion } from '../db/repositorios/configuracion';
import type { Actividad, Poa } from '../../../shared/schemas/poa';
import type { Configuracion } from '../../../shared/schemas/sistema';

export interface DatosPoa {
  poa: Poa;
  actividades: Actividad[];
}

/** The current POA and its activities, live: undefined while loading, null when there is none. */
export function usePoaVigente(): DatosPoa | null | undefined {
  return useLiveQuery(async () => {
    const poa = await obtenerPoaVigente(db);
    if (!poa) return null;
    return { poa, actividades: await listarActividades(db, poa.id) };
  }, []);
}

export function useConfiguracion(): Configuracion | undefined {
  return useLiveQuery(() => obtenerConfiguracion(db), []);
}
