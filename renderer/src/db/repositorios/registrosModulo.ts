import { z } from 'zod';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { texto } from '../../../../shared/schemas/comunes';
import type { TipoCatalogo } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { mesCerrado } from './ajustes';

/**
 * What the generic repository (registros.ts) and the solicitudes share: the tables every save touches besides its
 * own (a deletion takes the record's evidence files with it), the reason a deletion asks for, catalogue checks, and the closed-period rule applied to the day each record
 * counts on.
 */
export function tablasComunes(db: BaseDatosPoa) {
  return [db.catalogos, db.cierres, db.poas, db.configuracion, db.bitacora, db.evidencias];
}

export function validarMotivo(motivo: unknown): string {
  return validar(z.object({ motivo: texto('Motivo de la eliminación', 500) }), { motivo }).motivo;
}

/** A catalogue entry of the expected kind that still exists; null passes (the field is optional). */
export async function exigirCatalogo(db: BaseDatosPoa, id: string | null, tipo: TipoCatalogo, campo: string, mensaje: string): Promise<void> {
  if (id === null) return;
  const e = await db.catalogos.get(id);
  if (!e || e.eliminado || e.tipo !== tipo) throw new ErrorValidacion({ [campo]: mensaje });
}

/**
 * A reported month is closed: a change that would move a record into, out of or within its count (creating it,
 * deleting it, changing the status or the date it counts by) waits until the head reopens the month. `antes` and
 * `despues` are the record's `cuentaEn` (shared/registros) before and after the change (null = it does not count);
 * `consecuencia` says what the closed month forbids.
 */
export async function exigirConteoAbierto(
  db: BaseDatosPoa,
  antes: string | null,
  despues: string | null,
  campo: string,
  consecuencia = 'lo que cuenta en él no se puede cambiar hasta reabrirlo',
): Promise<void> {
  if (antes === despues) return;
  for (const f of [antes, despues]) {
    if (f === null) continue;
    const anio = Number(f.slice(0, 4));
    const mes = Number(f.slice(5, 7));
    if (await mesCerrado(db, anio, mes)) {
      throw new ErrorValidacion({
        [campo]: `El periodo de ${NOMBRES_MES[mes - 1]} ${anio} está cerrado: ${consecuencia}`,
      });
    }
  }
}

