import type { Acuerdo } from '../schemas/modulos';
import { diasEntre } from './convenios';
import { textoPlazo } from './plazos';

/** Where an acuerdo not yet cumplido stands against its fecha compromiso today. */
export interface PlazoAcuerdo {
  /** Days from today to the fecha compromiso (negative once it passed); null without one. */
  dias: number | null;
  /** Its fecha compromiso passed and it is not cumplido. */
  vencido: boolean;
  /** «Vencido hace 3 días», «Vence hoy», «Vence en 2 días», «Sin fecha». */
  texto: string;
}

export function plazoAcuerdo(a: Pick<Acuerdo, 'estatus' | 'fechaCompromiso'>, hoyIso: string): PlazoAcuerdo {
  if (a.fechaCompromiso === null) return { dias: null, vencido: false, texto: 'Sin fecha' };
  const dias = diasEntre(hoyIso, a.fechaCompromiso);
  return { dias, vencido: a.estatus !== 'cumplido' && dias < 0, texto: textoPlazo(dias, 'Vencido', 'Vence') };
}

