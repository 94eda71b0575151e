import { formatearNumero } from '../../../../../shared/domain/formato';
import { ETIQUETA_GRUPO_EDAD, GRUPOS_EDAD, sumaGruposEdad, type GrupoEdad, type GruposEdad } from '../../../../../shared/schemas/modulos';

/** People by sex as a detail shows them: "12: 7 mujeres, 5 hombres, 0 otro". */
export function textoPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)}: ${mujeres} mujeres, ${hombres} hombres, ${otro} otro`;
}

/** People by sex as a list's cell shows them: "12 (7 / 5 / 0)". */
export function resumenPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)} (${mujeres} / ${hombres} / ${otro})`;
}

/** A new capture's age groups: nobody yet, like its attendance by sex. */
export const GRUPOS_EDAD_EN_CERO: Readonly<GruposEdad> = Object.fromEntries(GRUPOS_EDAD.map((g) => [g, 0])) as Record<GrupoEdad, number>;

/**
 * The age groups as a detail shows them: "20: 3 de 0 a 11 años, 5 de 12 a 17 años, …, 2 de 60 años y más", or that
 * the record was captured without them.
 */
export function textoPorEdad(g: GruposEdad): string {
  const suma = sumaGruposEdad(g);
  if (suma === null) return 'Sin desglose por edad (capturado antes de registrarlo)';
  return `${formatearNumero(suma)}: ${GRUPOS_EDAD.map((k) => `${formatearNumero(g[k] ?? 0)} de ${ETIQUETA_GRUPO_EDAD[k]}`).join(', ')}`;
}
