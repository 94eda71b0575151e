import type { PuenteApi } from '../../../shared/ipc/contract';
import type { BaseDatosPoa } from './db';
import { exportarRespaldo, instantaneaRespaldo } from './respaldos';

export const INTERVALO_RESPALDO_MS = 30 * 60 * 1000;
/** The first backup waits until the clerk is at work, so opening the app stays quick even with a large database. */
export const ESPERA_PRIMER_RESPALDO_MS = 60 * 1000;

/**
 * Writes a backup of the whole database through the bridge. The main process keeps it in the backups folder
 * and thins the old ones. Returns the file path. One asked for by someone is checked and logged; the automatic ones
 * are the app's own and run whoever is signed in.
 */
export async function respaldar(db: BaseDatosPoa, puente: PuenteApi, etiqueta: 'automatico' | 'manual' | 'antes-de-restaurar'): Promise<string> {
  const contenido = etiqueta === 'automatico' ? await instantaneaRespaldo(db) : await exportarRespaldo(db, etiqueta);
  const { ruta } = await puente.escribirRespaldo({ nombre: etiqueta, contenido });
  return ruta;
}

/** In the desktop app: one backup a minute after start and one every half hour while it stays open. */
export function programarRespaldos(db: BaseDatosPoa, puente: PuenteApi): () => void {
  const hacer = () => respaldar(db, puente, 'automatico').catch((e: unknown) => console.error('Respaldo automático fallido', e));
  let intervalo: ReturnType<typeof setInterval> | undefined;
  const primero = setTimeout(() => {
    void hacer();
    intervalo = setInterval(hacer, INTERVALO_RESPALDO_MS);
  }, ESPERA_PRIMER_RESPALDO_MS);
  return () => {
    clearTimeout(primero);
    clearInterval(intervalo);
  };
}
