import type { PuenteApi } from '../../../shared/ipc/contract';
import type { BaseDatosPoa } from './db';
import { escribirRespaldo, type AlAvanzar, type DestinoRespaldo } from './respaldos';

export const INTERVALO_RESPALDO_MS = 30 * 60 * 1000;
/** The first backup waits until the clerk is at work, so opening the app stays quick even with a large database. */
export const ESPERA_PRIMER_RESPALDO_MS = 60 * 1000;

/**
 * Writes a backup of the whole database through the bridge, a compressed piece at a time: the main process appends
 * each to a temporary file, reads the whole file back to check it against the SHA-256 the file ends with, then keeps it
 * in the backups folder and thins the old ones. Returns the file path. One asked for by someone is checked and logged;
 * the automatic ones are the app's own and run whoever is signed in. A failure anywhere leaves no file.
 */
export async function respaldar(
  db: BaseDatosPoa,
  puente: PuenteApi,
  etiqueta: 'automatico' | 'manual' | 'antes-de-restaurar',
  alAvanzar?: AlAvanzar,
): Promise<string> {
  const { id } = await puente.iniciarRespaldo({ nombre: etiqueta });
  try {
    const destino: DestinoRespaldo = async (bytes) => void (await puente.trozoRespaldo({ id, bytes }));
    const resumen = await escribirRespaldo(db, etiqueta, destino, alAvanzar);
    const { ruta } = await puente.terminarRespaldo({ id, sha256: resumen.sha256 });
    return ruta;
  } catch (e) {
    await puente.cancelarRespaldo({ id }).catch(() => undefined);
    throw e;
  }
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
