/**
 * Spreading an activity's annual goal over its scheduled months (the X marks of the POA's cronograma).
 *
 * Largest-remainder method: every scheduled month gets an equal share, so the whole part is
 * floor(meta / meses) and every remainder is the same; the leftover units go one each to the earliest
 * scheduled months (ties go to the earliest). The result always adds up to exactly `metaAnual`, never puts
 * anything in a month without an X, and scheduled months differ by at most 1 (90 over 12 months gives six
 * 8s then six 7s).
 *
 * With no month scheduled the goal cannot be placed anywhere: the result is twelve zeros, and when
 * `metaAnual` > 0 the difference shows up through `diferenciaProgramado` (the POA's annual-sum error).
 */
export function distribuirMetaAnual(metaAnual: number, meses: readonly boolean[]): number[] {
  if (!Number.isInteger(metaAnual) || metaAnual < 0) {
    throw new RangeError(`La meta anual debe ser un número entero no negativo (es ${metaAnual})`);
  }
  if (meses.length !== 12) {
    throw new RangeError(`El cronograma debe tener 12 meses (tiene ${meses.length})`);
  }
  const programados = meses.filter(Boolean).length;
  if (programados === 0) return Array.from({ length: 12 }, () => 0);

  const base = Math.floor(metaAnual / programados);
  let sobrante = metaAnual - base * programados;
  return meses.map((marcado) => {
    if (!marcado) return 0;
    if (sobrante > 0) {
      sobrante -= 1;
      return base + 1;
    }
    return base;
  });
}

/** Sum of the monthly programmed goals. */
export function sumaProgramado(programado: readonly number[]): number {
  return programado.reduce((suma, valor) => suma + valor, 0);
}

/**
 * Programmed total minus the annual goal: 0 when the months add up, positive when more was programmed than
 * the goal, negative when less. The POA shows any non-zero difference as an error.
 */
export function diferenciaProgramado(metaAnual: number, programado: readonly number[]): number {
  return sumaProgramado(programado) - metaAnual;
}
