import type { EntradaBitacora } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';

/** The newest entries of the bitácora, newest first. */
export async function listarBitacoraReciente(db: BaseDatosPoa, limite: number): Promise<EntradaBitacora[]> {
  return db.bitacora.orderBy('fecha').reverse().limit(limite).toArray();
}
