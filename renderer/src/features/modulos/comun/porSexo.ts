import { formatearNumero } from '../../../../../shared/domain/formato';

/** People by sex as a detail shows them: "12: 7 mujeres, 5 hombres, 0 otro". */
export function textoPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)}: ${mujeres} mujeres, ${hombres} hombres, ${otro} otro`;
}

/** People by sex as a list's cell shows them: "12 (7 / 5 / 0)". */
export function resumenPorSexo(mujeres: number, hombres: number, otro: number): string {
  return `${formatearNumero(mujeres + hombres + otro)} (${mujeres} / ${hombres} / ${otro})`;
}
