import { registrosQueCuentan, type TipoRegistroLogrado } from '../domain/conteo';
import type { ReglaConteo } from '../schemas/poa';
import type { RegistrosReporte } from './tipos';

/**
 * The full records of one kind that count under `regla` in the year, in the cronograma's order: the same
 * `registrosQueCuentan` the cronograma adds up, so a sheet's row count is the achieved number it shows.
 */
export function queCuentan<T extends { id: string }>(
  regla: ReglaConteo,
  tipo: TipoRegistroLogrado,
  lista: readonly T[],
  registros: RegistrosReporte,
  anio: number,
): T[] {
  const porId = new Map(lista.map((r) => [r.id, r]));
  return registrosQueCuentan(regla, registros, anio)
    .filter((r) => r.tipo === tipo)
    .flatMap((r) => porId.get(r.id) ?? []);
}
