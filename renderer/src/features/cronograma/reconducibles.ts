import { formatearFecha } from '../../../../shared/domain/formato';
import { MESES, type Mes } from '../../../../shared/domain/periodos';
import { impedimentoMesReconduccion, limiteReconduccion, listaDeMeses } from '../../../../shared/domain/reconduccion';

/**
 * Which months of an authorized POA can no longer be reconducted today, said short at each month's box and in full
 * once for all of them, grouped by the quarter whose deadline passed. The rule itself is the shared one.
 */
export interface BloqueosReconduccion {
  /** Index 0 = January: the short reason under the month's box, null while it can be reconducted. */
  porMes: (string | null)[];
  /** The whole explanation, null when every month can still be reconducted. */
  resumen: string | null;
}

export function bloqueosReconduccion(anio: number, hoy: string, mesesCerrados: readonly boolean[]): BloqueosReconduccion {
  const cerrados = MESES.filter((m) => mesesCerrados[m - 1]);
  const vencidos = MESES.filter((m) => !mesesCerrados[m - 1] && impedimentoMesReconduccion(anio, m, hoy) !== null);
  const porMes = MESES.map((m) =>
    mesesCerrados[m - 1] ? 'Mes cerrado' : vencidos.includes(m) ? `Venció el ${formatearFecha(limiteReconduccion(anio, m))}` : null,
  );
  const partes: string[] = [];
  // The months of one quarter share its deadline.
  const porLimite = new Map<string, Mes[]>();
  for (const m of vencidos) porLimite.set(limiteReconduccion(anio, m), [...(porLimite.get(limiteReconduccion(anio, m)) ?? []), m]);
  for (const [limite, meses] of porLimite) {
    partes.push(`${listaDeMeses(meses)} (plazo vencido el ${formatearFecha(limite)})`);
  }
  if (cerrados.length) {
    const uno = cerrados.length === 1;
    partes.push(`${listaDeMeses(cerrados)} (${uno ? 'periodo cerrado: reábralo' : 'periodos cerrados: reábralos'} en «Cierre de periodos»)`);
  }
  return {
    porMes,
    resumen: partes.length ? `Ya no se puede reconducir la meta de ${partes.join('; ')}. Un mes terminado se reconduce sólo hasta el último día hábil de su trimestre.` : null,
  };
}
