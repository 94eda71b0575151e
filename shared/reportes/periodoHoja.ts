import { etiquetaPeriodo, mesesDelPeriodo, NOMBRES_MES, type Periodo } from '../domain/periodos';
import { PREFIJO_RUTA_IMPRESION } from '../ipc/canales';

/** The monthly sheet and its quarterly twin share one template; the route says which: /imprimir/hoja/mes/2026/11. */
export type TipoHoja = 'mes' | 'trimestre';

export interface PeriodoHoja extends Periodo {
  tipo: TipoHoja;
}

/** The period a print route names, or null when the route is not a real month (1..12) or quarter (1..4). */
export function periodoDeRuta(tipo: string | undefined, anio: string | undefined, numero: string | undefined): { anio: number; periodo: PeriodoHoja } | null {
  if (tipo !== 'mes' && tipo !== 'trimestre') return null;
  if (!anio || !/^\d{4}$/.test(anio) || !numero || !/^\d{1,2}$/.test(numero)) return null;
  const n = Number(numero);
  if (n < 1 || n > (tipo === 'mes' ? 12 : 4)) return null;
  return { anio: Number(anio), periodo: { tipo, numero: n } };
}

export function rutaHoja(anio: number, periodo: PeriodoHoja): string {
  return `${PREFIJO_RUTA_IMPRESION}hoja/${periodo.tipo}/${anio}/${periodo.numero}`;
}

/** 'Hoja mensual de avance: noviembre' / 'Hoja trimestral de avance: 4to trimestre (oct–dic)'. */
export function nombreHoja(periodo: PeriodoHoja): string {
  return `Hoja ${periodo.tipo === 'mes' ? 'mensual' : 'trimestral'} de avance: ${etiquetaPeriodo(periodo)}`;
}

/** 'POA 2026 — Hoja mensual de avance: noviembre', the sheet's title. */
export function tituloHoja(anio: number, periodo: PeriodoHoja): string {
  return `POA ${anio} — ${nombreHoja(periodo)}`;
}

/** Default PDF name: 'POA-2026-Hoja-mensual-11-noviembre.pdf', 'POA-2026-Hoja-trimestral-4.pdf'. */
export function nombreArchivoHoja(anio: number, periodo: PeriodoHoja): string {
  return periodo.tipo === 'mes'
    ? `POA-${anio}-Hoja-mensual-${String(periodo.numero).padStart(2, '0')}-${NOMBRES_MES[periodo.numero - 1]}.pdf`
    : `POA-${anio}-Hoja-trimestral-${periodo.numero}.pdf`;
}

/** The last month the sheet covers: its cumulative figures run from January to it. */
export function ultimoMesDe(periodo: PeriodoHoja): number {
  const meses = mesesDelPeriodo(periodo);
  return meses[meses.length - 1];
}

/** First and last calendar day of the period, 'AAAA-MM-DD'. */
export function fechasDelPeriodo(anio: number, periodo: PeriodoHoja): { desde: string; hasta: string } {
  const meses = mesesDelPeriodo(periodo);
  const primero = meses[0];
  const ultimo = meses[meses.length - 1];
  const dias = new Date(Date.UTC(anio, ultimo, 0)).getUTCDate();
  const dos = (n: number) => String(n).padStart(2, '0');
  return { desde: `${anio}-${dos(primero)}-01`, hasta: `${anio}-${dos(ultimo)}-${dos(dias)}` };
}
