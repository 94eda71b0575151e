import { sellosBitacoraSchema, type EntradaSellada, type SelloEstacion } from '../../../shared/seguridad/cadenaBitacora';
import type { BaseDatosPoa } from './db';

/**
 * The seal of each station's chain: the sequence and hash of the last entry this PC holds of it, kept apart from the
 * bitácora (a record of the configuración table) and moved in the same transaction as every entry written or added.
 * A hash chain alone cannot tell that its newest entries were deleted, since what remains still links; the seal
 * can: «Verificar integridad» reports the entries missing between the chain's end and its seal, and an altered last
 * entry whose hash no longer matches it.
 *
 * What it does not stop, honestly: the seal lives in the same IndexedDB, so someone who edits the database by hand
 * and knows to lower (or delete) the seal too, or who deletes the whole database, leaves no trace here. It catches
 * an entry deleted or a tail cut from the bitácora table alone, the usual edit of someone browsing the tables. The
 * defence against a careful edit is outside this PC: the backups taken before, and the other PCs that incorporated
 * this one's captures, hold copies of the chain (an entry missing here but in a backup shows on restoring it).
 */
export const CLAVE_SELLOS = 'sellos-bitacora';

export type SellosBitacora = Record<string, SelloEstacion>;

/**
 * The seals as stored; call inside a transaction with db.configuracion in its scope when it must be consistent. A
 * record mangled by hand reads as none, which is what deleting it would give too (see above).
 */
export async function leerSellos(db: BaseDatosPoa): Promise<SellosBitacora> {
  const registro = await db.configuracion.get(CLAVE_SELLOS);
  const r = sellosBitacoraSchema.safeParse(registro?.valor ?? {});
  return r.success ? r.data : {};
}

export async function guardarSellos(db: BaseDatosPoa, sellos: SellosBitacora): Promise<void> {
  await db.configuracion.put({ clave: CLAVE_SELLOS, valor: sellos });
}

/**
 * Moves each station's seal to the newest of `entradas` of that station when it is at or beyond the sealed one: a
 * new entry, or the entries a restore or an incorporation added. Never moves a seal back. Inside the transaction
 * that wrote them (the bitácora and the configuración in its scope).
 */
export async function avanzarSellos(db: BaseDatosPoa, entradas: readonly EntradaSellada[]): Promise<void> {
  if (entradas.length === 0) return;
  const sellos = await leerSellos(db);
  let cambiaron = false;
  for (const e of entradas) {
    const actual = sellos[e.estacion];
    if (actual && actual.secuencia > e.secuencia) continue;
    sellos[e.estacion] = { secuencia: e.secuencia, hash: e.hash };
    cambiaron = true;
  }
  if (cambiaron) await guardarSellos(db, sellos);
}
