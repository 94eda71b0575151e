import { etiquetaPeriodo, mesesDelPeriodo, trimestreDeMes } from './periodos';

/**
 * Period closing (domain.md): once a month or a quarter is reported, the head closes it, and what counts in it can
 * no longer change until it is reopened. Closings are append-only records: a reopening is a newer record with
 * `cerrado: false`, so captures of several PCs merge without losing either step.
 */
export type TipoCierre = 'mes' | 'trimestre';

export interface PeriodoCierre {
  anio: number;
  tipo: TipoCierre;
  /** Month 1..12 or quarter 1..4. */
  numero: number;
}

export interface RegistroCierre extends PeriodoCierre {
  id: string;
  cerrado: boolean;
  /** ISO timestamp: the newest record of a period decides. */
  fecha: string;
  usuario: string;
}

/** Today's year and month on this PC: what "already ended" means. */
export interface HoyCierre {
  anio: number;
  mes: number;
}

export const MAXIMO_POR_TIPO: Record<TipoCierre, number> = { mes: 12, trimestre: 4 };

/** "octubre 2026", "3er trimestre (jul–sep) 2026". */
export function etiquetaCierre(p: PeriodoCierre): string {
  return `${etiquetaPeriodo({ tipo: p.tipo, numero: p.numero })} ${p.anio}`;
}

/** A period may be closed only once its last month is over: what is still being captured cannot be reported. */
export function periodoTerminado(p: PeriodoCierre, hoy: HoyCierre): boolean {
  const ultimo = mesesDelPeriodo({ tipo: p.tipo, numero: p.numero }).at(-1)!;
  return p.anio * 12 + ultimo < hoy.anio * 12 + hoy.mes;
}

const mismoPeriodo = (r: PeriodoCierre, p: PeriodoCierre) => r.anio === p.anio && r.tipo === p.tipo && r.numero === p.numero;

/**
 * The record in force for a period: the newest. Two PCs acting in the same millisecond is a tie nobody can order;
 * then the closing wins, because a period wrongly open lets reported figures move and one wrongly closed only asks
 * for a reopening.
 */
export function cierreVigente(registros: readonly RegistroCierre[], p: PeriodoCierre): RegistroCierre | null {
  let vigente: RegistroCierre | null = null;
  for (const r of registros) {
    if (!mismoPeriodo(r, p)) continue;
    if (!vigente || r.fecha > vigente.fecha || (r.fecha === vigente.fecha && r.cerrado && !vigente.cerrado)) vigente = r;
  }
  return vigente;
}

export function periodoCerrado(registros: readonly RegistroCierre[], p: PeriodoCierre): boolean {
  return cierreVigente(registros, p)?.cerrado === true;
}

/** What keeps a month closed: its own closing first, else its quarter's; null when the month is open. */
export function cierreDelMes(registros: readonly RegistroCierre[], anio: number, mes: number): RegistroCierre | null {
  const propio = cierreVigente(registros, { anio, tipo: 'mes', numero: mes });
  if (propio?.cerrado) return propio;
  const trimestre = cierreVigente(registros, { anio, tipo: 'trimestre', numero: trimestreDeMes(mes) });
  return trimestre?.cerrado ? trimestre : null;
}

export function mesCerradoSegun(registros: readonly RegistroCierre[], anio: number, mes: number): boolean {
  return cierreDelMes(registros, anio, mes) !== null;
}

/** Where one month or quarter stands, for the closing screen and the grid's lock marks. */
export interface EstadoPeriodoCierre {
  periodo: PeriodoCierre;
  etiqueta: string;
  terminado: boolean;
  /** Closed by itself or, for a month, by its quarter. */
  cerrado: boolean;
  /** The closing in force (its date and who did it); null when open. */
  cierre: RegistroCierre | null;
  /** The period's own newest record, a reopening included; null when it was never closed. */
  ultimo: RegistroCierre | null;
  puedeCerrar: boolean;
  /** Only the period's own closing can be undone here: a month closed by its quarter reopens with the quarter. */
  puedeReabrir: boolean;
}

export interface EstadoCierresAnio {
  anio: number;
  meses: EstadoPeriodoCierre[];
  trimestres: EstadoPeriodoCierre[];
}

function estadoDe(registros: readonly RegistroCierre[], periodo: PeriodoCierre, hoy: HoyCierre): EstadoPeriodoCierre {
  const ultimo = cierreVigente(registros, periodo);
  const cierre = periodo.tipo === 'mes' ? cierreDelMes(registros, periodo.anio, periodo.numero) : ultimo?.cerrado ? ultimo : null;
  const terminado = periodoTerminado(periodo, hoy);
  return {
    periodo,
    etiqueta: etiquetaCierre(periodo),
    terminado,
    cerrado: cierre !== null,
    cierre,
    ultimo,
    puedeCerrar: terminado && cierre === null,
    puedeReabrir: ultimo?.cerrado === true,
  };
}

/** The twelve months and four quarters of a year with their closing state. */
export function estadoCierresDelAnio(registros: readonly RegistroCierre[], anio: number, hoy: HoyCierre): EstadoCierresAnio {
  const de = (tipo: TipoCierre) =>
    Array.from({ length: MAXIMO_POR_TIPO[tipo] }, (_, i) => estadoDe(registros, { anio, tipo, numero: i + 1 }, hoy));
  return { anio, meses: de('mes'), trimestres: de('trimestre') };
}

/** Why a period cannot be closed now, in the words the head reads; null when it can. */
export function impedimentoParaCerrar(registros: readonly RegistroCierre[], p: PeriodoCierre, hoy: HoyCierre): string | null {
  const etiqueta = etiquetaCierre(p);
  if (!periodoTerminado(p, hoy)) return `No se puede cerrar ${etiqueta}: el periodo aún no termina`;
  if (periodoCerrado(registros, p)) return `${mayuscula(etiqueta)} ya está cerrado`;
  if (p.tipo === 'mes') {
    const trimestre: PeriodoCierre = { anio: p.anio, tipo: 'trimestre', numero: trimestreDeMes(p.numero) };
    if (periodoCerrado(registros, trimestre)) return `${mayuscula(etiqueta)} ya está cerrado con el ${etiquetaCierre(trimestre)}`;
  }
  return null;
}

/** Why a period cannot be reopened; null when it can. */
export function impedimentoParaReabrir(registros: readonly RegistroCierre[], p: PeriodoCierre): string | null {
  const etiqueta = etiquetaCierre(p);
  if (periodoCerrado(registros, p)) return null;
  if (p.tipo === 'mes') {
    const trimestre: PeriodoCierre = { anio: p.anio, tipo: 'trimestre', numero: trimestreDeMes(p.numero) };
    if (periodoCerrado(registros, trimestre)) {
      return `${mayuscula(etiqueta)} está cerrado con el ${etiquetaCierre(trimestre)}: reabra el trimestre`;
    }
  }
  return `${mayuscula(etiqueta)} no está cerrado`;
}

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The timestamp of a new closing record: now, or just after the period's newest record when this PC's clock is
 * behind it (the same millisecond, or a clock set back), so the new step always becomes the one in force here.
 */
export function fechaSiguiente(registros: readonly RegistroCierre[], p: PeriodoCierre, ahora: Date): string {
  const ultimo = cierreVigente(registros, p);
  const t = ahora.getTime();
  const minimo = ultimo ? Date.parse(ultimo.fecha) + 1 : -Infinity;
  return new Date(Math.max(t, minimo)).toISOString();
}

export type CierreDeMeses = 'cerrado' | 'parcial' | 'abierto';

/** A column of the grid (a month, bimester or quarter): closed when all its months are, partly when some are. */
export function cierreDeMeses(estado: EstadoCierresAnio | undefined, meses: readonly number[]): CierreDeMeses {
  if (!estado) return 'abierto';
  const cerrados = meses.filter((m) => estado.meses[m - 1]?.cerrado).length;
  return cerrados === 0 ? 'abierto' : cerrados === meses.length ? 'cerrado' : 'parcial';
}
