import { verificarCadenas, type EntradaSellada, type ResultadoCadena } from '../../../../shared/seguridad/cadenaBitacora';
import type { BaseDatosPoa } from '../db';
import { leerConPermiso } from './base';

/** The newest entries of the bitácora, newest first. */
export function listarBitacoraReciente(db: BaseDatosPoa, limite: number): Promise<EntradaSellada[]> {
  return leerConPermiso(db, 'ver-bitacora', () => db.bitacora.orderBy('fecha').reverse().limit(limite).toArray());
}

/**
 * «Verificar integridad»: every station's chain checked from its first entry, naming the first entry altered or
 * removed (shared/seguridad/cadenaBitacora). Read in one transaction, so entries written meanwhile do not show as a
 * gap.
 */
export function verificarIntegridad(db: BaseDatosPoa): Promise<ResultadoCadena[]> {
  return leerConPermiso(db, 'ver-bitacora', async () => verificarCadenas(await db.transaction('r', db.bitacora, () => db.bitacora.toArray())));
}
