import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import { listarActividades, obtenerPoaDelAnio } from '../db/repositorios/poa';
import { obtenerConfiguracion } from '../db/repositorios/configuracion';
import { listarReconducciones } from '../db/repositorios/reconducciones';
import type { Actividad, Poa, Reconduccion } from '../../../shared/schemas/poa';
import type { Configuracion } from '../../../shared/schemas/sistema';
import { anioElegido, useAniosPoa } from './useCronograma';
import { useParametro } from './useParametro';

export interface DatosPoa {
  poa: Poa;
  actividades: Actividad[];
}

/** The POA of a year, live; null when the year has none, undefined while loading. */
export function usePoaDelAnio(anio: number | undefined): Poa | null | undefined {
  return useLiveQuery(async () => (anio === undefined ? null : ((await obtenerPoaDelAnio(db, anio)) ?? null)), [anio]);
}

/** A year's POA and its activities, live: undefined while loading, null when that year has no POA. */
export function usePoaConActividades(anio: number | undefined): DatosPoa | null | undefined {
  return useLiveQuery(async () => {
    if (anio === undefined) return null;
    const poa = await obtenerPoaDelAnio(db, anio);
    if (!poa) return null;
    return { poa, actividades: await listarActividades(db, poa.id) };
  }, [anio]);
}

/** The year's reconducciones, oldest first, live. */
export function useReconducciones(anio: number | undefined): Reconduccion[] | undefined {
  return useLiveQuery(() => (anio === undefined ? [] : listarReconducciones(db, anio)), [anio]);
}

/**
 * The POA year a screen shows, kept in the address (`?anio=2027`) so a link or a reload opens the same year: the one
 * asked for when it has a POA, else this year's, else the newest.
 */
export function useAnioPoaElegido(): { anios: number[] | undefined; anio: number | undefined; elegir: (anio: number) => void } {
  const [pedido, cambiar] = useParametro('anio');
  const anios = useAniosPoa();
  const anio = anioElegido(Number(pedido) || null, anios, new Date().getFullYear());
  return { anios, anio, elegir: (nuevo) => cambiar(String(nuevo)) };
}

export function useConfiguracion(): Configuracion | undefined {
  return useLiveQuery(() => obtenerConfiguracion(db), []);
}
