/**
 * Backups as the tests use them: the app's own compressed file, and the same content as a plain JSON file of version 1
 * (the format earlier versions wrote, still read), to spoil by hand or to look into.
 */
import type { BaseDatosPoa } from '../../../renderer/src/db/db';
import { exportarRespaldo, instantaneaRespaldo, respaldoEnBytes } from '../../../renderer/src/db/respaldos';
import { comoPlano } from '../../archivoPlano';

export { comoPlano };

type Motivo = Parameters<typeof exportarRespaldo>[1];

/** A backup asked for by the signed-in account (logged), as the file's bytes. */
export function respaldoDe(db: BaseDatosPoa, motivo: Motivo = 'manual'): Promise<Uint8Array> {
  return respaldoEnBytes((destino) => exportarRespaldo(db, motivo, destino));
}

/** An automatic backup (not logged), as the file's bytes. */
export function instantanea(db: BaseDatosPoa): Promise<Uint8Array> {
  return respaldoEnBytes((destino) => instantaneaRespaldo(db, destino));
}

export async function respaldoPlano(db: BaseDatosPoa, motivo: Motivo = 'manual'): Promise<string> {
  return comoPlano(await respaldoDe(db, motivo));
}

export async function instantaneaPlana(db: BaseDatosPoa): Promise<string> {
  return comoPlano(await instantanea(db));
}
