/**
 * Which backups to delete after writing a new one. The rule:
 *
 *   1. the 10 newest backups are always kept, whatever their age;
 *   2. for each of the last 30 calendar days (today and the 29 before it, in the PC's local time), the newest
 *      backup made that day is kept as well;
 *   3. every other backup is deleted.
 *
 * So a busy day cannot push out yesterday's backup, and a month of daily restore points survives while the
 * folder stays bounded (at most 10 + 30 files).
 */
export interface RespaldoFechado {
  nombre: string;
  fecha: Date;
}

export interface ReglaRotacion {
  recientes: number;
  dias: number;
}

export const REGLA_ROTACION: ReglaRotacion = { recientes: 10, dias: 30 };

function claveDia(fecha: Date): string {
  return `${fecha.getFullYear()}-${fecha.getMonth() + 1}-${fecha.getDate()}`;
}

export function respaldosAEliminar(
  respaldos: readonly RespaldoFechado[],
  ahora: Date,
  regla: ReglaRotacion = REGLA_ROTACION,
): string[] {
  const ordenados = [...respaldos].sort(
    (a, b) => b.fecha.getTime() - a.fecha.getTime() || b.nombre.localeCompare(a.nombre),
  );

  const diasVigentes = new Set<string>();
  for (let atras = 0; atras < regla.dias; atras += 1) {
    diasVigentes.add(claveDia(new Date(ahora.getFullYear(), ahora.getMonth(), ahora.getDate() - atras)));
  }

  const conservar = new Set<string>(ordenados.slice(0, regla.recientes).map((r) => r.nombre));
  const diasCubiertos = new Set<string>();
  for (const respaldo of ordenados) {
    const dia = claveDia(respaldo.fecha);
    // Sorted newest first, so the first one seen of each day is that day's newest.
    if (diasVigentes.has(dia) && !diasCubiertos.has(dia)) {
      diasCubiertos.add(dia);
      conservar.add(respaldo.nombre);
    }
  }
  return ordenados.filter((r) => !conservar.has(r.nombre)).map((r) => r.nombre);
}
