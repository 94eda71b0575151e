import { textoPlazo } from './plazos';
import type { Convenio } from '../schemas/modulos';

/**
 * Convenios about to expire stand out (domain.md, Module 4): within this many days of the end of their vigencia
 * they are "Por vencer"; past it, "Vencido", whatever status was last typed.
 */
export const DIAS_AVISO_VENCIMIENTO = 30;

export type AlertaVigencia = 'por-vencer' | 'vencido';

export interface EstadoVigencia {
  alerta: AlertaVigencia | null;
  /** Days from today to the end of the vigencia (negative once it passed); null without an end date. */
  dias: number | null;
}

/** Whole calendar days from one 'AAAA-MM-DD' to another, without time zones ('2026-03-01' → '2026-03-31' = 30). */
export function diasEntre(desde: string, hasta: string): number {
  const dia = (f: string) => {
    const [a, m, d] = f.slice(0, 10).split('-').map(Number);
    return Date.UTC(a, m - 1, d) / 86_400_000;
  };
  return Math.round(dia(hasta) - dia(desde));
}

/**
 * Where a convenio stands against its end date. Only a convenio in force (vigente or renovado) can be about to
 * expire or have expired by the calendar; one marked Vencido is expired; one in process or cancelled never warns.
 */
export function estadoVigencia(c: Pick<Convenio, 'estatus' | 'vigenciaFin'>, hoyIso: string): EstadoVigencia {
  const dias = c.vigenciaFin ? diasEntre(hoyIso, c.vigenciaFin) : null;
  if (c.estatus === 'vencido') return { alerta: 'vencido', dias };
  if (c.estatus !== 'vigente' && c.estatus !== 'renovado') return { alerta: null, dias };
  if (dias === null) return { alerta: null, dias };
  if (dias < 0) return { alerta: 'vencido', dias };
  if (dias <= DIAS_AVISO_VENCIMIENTO) return { alerta: 'por-vencer', dias };
  return { alerta: null, dias };
}

export const ETIQUETA_ALERTA_VIGENCIA: Record<AlertaVigencia, string> = {
  'por-vencer': 'Por vencer',
  vencido: 'Vencido',
};

/** "Vence hoy", "Vence mañana", "Vence en 12 días", "Venció ayer", "Venció hace 3 días". */
export function textoDiasVigencia(dias: number): string {
  return textoPlazo(dias);
}
