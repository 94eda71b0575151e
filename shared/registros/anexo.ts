import type { Referencias } from '../reportes/tipos';
import { ETIQUETA_GRUPO_EDAD, GRUPOS_EDAD, type GruposEdad } from '../schemas/modulos';
import type { CeldaAnexo, TipoColumnaAnexo } from '../workbook/tipos';
import type { ColumnaAnexo } from './tipos';

/** A column of an annex; `ancho` null leaves the sheet's default width for its type. */
export function columna<R>(
  titulo: string,
  tipo: TipoColumnaAnexo,
  ancho: number | null,
  valor: (registro: R, referencias: Referencias) => CeldaAnexo,
): ColumnaAnexo<R> {
  return ancho === null ? { titulo, tipo, valor } : { titulo, tipo, ancho, valor };
}

/** The name of a catalogue entry a record may point at (tipo de apoyo, dependencia); blank when it points at none. */
export function nombreCatalogo(referencias: Referencias, id: string | null): string {
  return id ? (referencias.catalogos.get(id) ?? '') : '';
}

/** Several catalogue entries (or free texts) by name, comma separated. */
export function listaCatalogos(valores: readonly string[], referencias: Referencias): string {
  return valores.map((v) => referencias.catalogos.get(v) ?? v).filter(Boolean).join(', ');
}

/** Mujeres, hombres, otro and their total, as the POA reports attendance. */
export function columnasPorSexo<R>(total: string, ancho: number, cifras: (registro: R) => [number, number, number]): ColumnaAnexo<R>[] {
  return [
    columna<R>('Mujeres', 'numero', 9, (r) => cifras(r)[0]),
    columna<R>('Hombres', 'numero', 9, (r) => cifras(r)[1]),
    columna<R>('Otro', 'numero', 7, (r) => cifras(r)[2]),
    columna<R>(total, 'numero', ancho, (r) => {
      const [mujeres, hombres, otro] = cifras(r);
      return mujeres + hombres + otro;
    }),
  ];
}

/**
 * One column per age group (0 a 11 años … 60 años y más): blank where the record has none (captured before the age
 * groups, or a kind that does not report them).
 */
export function columnasPorEdad<R>(grupos: (registro: R) => Partial<GruposEdad> | null): ColumnaAnexo<R>[] {
  return GRUPOS_EDAD.map((g) => columna<R>(ETIQUETA_GRUPO_EDAD[g], 'numero', 9, (r) => grupos(r)?.[g] ?? null));
}
