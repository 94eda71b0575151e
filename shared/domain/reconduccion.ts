import type { DatosReconduccion, MetasActividad } from '../schemas/poa';
import { formatearFecha } from './formato';
import { etiquetaPeriodo, NOMBRES_MES, trimestreDeMes } from './periodos';

/**
 * Reconducción: once a POA is authorized its programmed goals change only through a signed reconducción. As the
 * Estado de México's SEGEMUN methodology allows, a month's goal may change while the month has not ended, and an
 * ended month of the quarter in progress until that quarter's last business day; never afterwards.
 */

const dosDigitos = (n: number) => String(n).padStart(2, '0');

function ultimoDiaDelMes(anio: number, mes: number): number {
  return new Date(Date.UTC(anio, mes, 0)).getUTCDate();
}

/** 'AAAA-MM-DD' of the month's last day. */
export function finDeMes(anio: number, mes: number): string {
  return `${anio}-${dosDigitos(mes)}-${dosDigitos(ultimoDiaDelMes(anio, mes))}`;
}

/** The month's last Monday-to-Friday, 'AAAA-MM-DD'. */
export function ultimoDiaHabil(anio: number, mes: number): string {
  let dia = ultimoDiaDelMes(anio, mes);
  const semana = (d: number) => new Date(Date.UTC(anio, mes - 1, d)).getUTCDay();
  while (semana(dia) === 0 || semana(dia) === 6) dia -= 1;
  return `${anio}-${dosDigitos(mes)}-${dosDigitos(dia)}`;
}

/** The last business day of the quarter a month belongs to: the limit for reconducting its ended months. */
export function limiteReconduccion(anio: number, mes: number): string {
  return ultimoDiaHabil(anio, trimestreDeMes(mes) * 3);
}

/**
 * Why the goal of a month can no longer be reconducted on `hoy` ('AAAA-MM-DD', this PC's local date), in the words
 * the head reads; null while it can.
 */
export function impedimentoMesReconduccion(anio: number, mes: number, hoy: string): string | null {
  if (hoy <= finDeMes(anio, mes)) return null;
  const limite = limiteReconduccion(anio, mes);
  if (hoy <= limite) return null;
  const trimestre = etiquetaPeriodo({ tipo: 'trimestre', numero: trimestreDeMes(mes) });
  return `${mayuscula(NOMBRES_MES[mes - 1])} ${anio} ya terminó y el plazo para reconducir su ${trimestre} venció el ${formatearFecha(limite)} (último día hábil del trimestre): su meta programada ya no se puede cambiar`;
}

/** The months (1..12) whose goal differs between two sets of twelve monthly goals. */
export function mesesCambiados(antes: readonly number[], despues: readonly number[]): number[] {
  const cambiados: number[] = [];
  for (let i = 0; i < 12; i++) if (antes[i] !== despues[i]) cambiados.push(i + 1);
  return cambiados;
}

/** A month that receives a goal gets its X in the cronograma; the marks already there stay. */
export function mesesConMarca(meses: readonly boolean[], programado: readonly number[]): boolean[] {
  return meses.map((marcado, i) => marcado || programado[i] > 0);
}

export interface RevisionReconduccion {
  anio: number;
  actual: MetasActividad;
  nueva: Pick<DatosReconduccion, 'metaAnual' | 'programado'>;
  /** This PC's local date 'AAAA-MM-DD'. */
  hoy: string;
  /** Index 0 = January: months closed by the period closing. */
  mesesCerrados: readonly boolean[];
}

/**
 * Every reason a reconducción cannot be registered, keyed by field ('programado.3', 'programado', 'metaAnual', '_');
 * empty when it can. The annual sum check still applies to the modified goals.
 */
export function revisarReconduccion({ anio, actual, nueva, hoy, mesesCerrados }: RevisionReconduccion): Record<string, string> {
  const errores: Record<string, string> = {};
  const cambiados = mesesCambiados(actual.programado, nueva.programado);
  if (cambiados.length === 0) {
    errores._ = 'La reconducción no cambia la meta de ningún mes';
    return errores;
  }
  for (const mes of cambiados) {
    const impedimento = mesesCerrados[mes - 1]
      ? `El periodo de ${NOMBRES_MES[mes - 1]} ${anio} está cerrado; reábralo para reconducir su meta`
      : impedimentoMesReconduccion(anio, mes, hoy);
    if (impedimento) errores[`programado.${mes - 1}`] = impedimento;
  }
  const suma = nueva.programado.reduce((s, v) => s + v, 0);
  if (suma !== nueva.metaAnual) {
    const diferencia = suma - nueva.metaAnual;
    errores.programado = `La suma mensual (${suma}) no coincide con la meta anual modificada (${nueva.metaAnual}); diferencia ${diferencia > 0 ? '+' : ''}${diferencia}`;
  }
  return errores;
}

/** "marzo", "marzo y abril", "mayo, junio y julio". */
export function listaDeMeses(meses: readonly number[]): string {
  const nombres = meses.map((m) => NOMBRES_MES[m - 1]);
  return nombres.length <= 1 ? (nombres[0] ?? '') : `${nombres.slice(0, -1).join(', ')} y ${nombres.at(-1)}`;
}

/** "mayo 8 → 10, junio 7 → 5" */
export function describirCambios(antes: readonly number[], despues: readonly number[]): string {
  return mesesCambiados(antes, despues)
    .map((m) => `${NOMBRES_MES[m - 1]} ${antes[m - 1]} → ${despues[m - 1]}`)
    .join(', ');
}

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
