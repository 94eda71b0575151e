import type { DatosApoyo, DatosConvenio } from '../schemas/modulos';

/**
 * What a form proposes as the clerk fills it, so the usual case needs no typing and a date is not refused when the
 * clerk's intention is clear. Each takes the values before and after a change and returns only the fields it
 * proposes to change (none when the clerk's own entry should stand).
 */

const esFecha = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

type FechasApoyo = Pick<DatosApoyo, 'estatus' | 'fechaGestion' | 'fechaEntrega'>;
type FechasPropuestas = Partial<Pick<DatosApoyo, 'fechaGestion' | 'fechaEntrega'>>;

/**
 * An apoyo marked Entregado with no fecha de entrega is delivered today; a fecha de entrega before the fecha de
 * gestión (a delivery registered late) moves the gestión back to it instead of being refused.
 */
export function propuestaApoyo(antes: FechasApoyo, ahora: FechasApoyo, hoy: string): FechasPropuestas {
  const cambios: FechasPropuestas = {};
  const recienEntregado = ahora.estatus === 'entregado' && antes.estatus !== 'entregado';
  const entrega = recienEntregado && !ahora.fechaEntrega ? hoy : ahora.fechaEntrega;
  if (entrega !== ahora.fechaEntrega) cambios.fechaEntrega = entrega;
  if (ahora.estatus === 'entregado' && esFecha(entrega) && esFecha(ahora.fechaGestion) && entrega < ahora.fechaGestion) cambios.fechaGestion = entrega;
  return cambios;
}

type FirmaConvenio = Pick<DatosConvenio, 'estatus' | 'fechaFirma'>;

/** A convenio «En trámite» that gets its fecha de firma is signed: it becomes «Vigente». */
export function propuestaConvenio(antes: FirmaConvenio, ahora: FirmaConvenio): Partial<FirmaConvenio> {
  return ahora.estatus === 'en-tramite' && esFecha(ahora.fechaFirma) && !esFecha(antes.fechaFirma) ? { estatus: 'vigente' } : {};
}
