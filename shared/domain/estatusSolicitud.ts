import { ETIQUETA_ESTATUS_SOLICITUD, type EstatusSolicitud } from '../schemas/solicitudes';

/**
 * The life of a solicitud (domain.md, Module 1): Recibida → Canalizada → En seguimiento → Atendida, with the
 * exits Improcedente, Cancelada and Duplicada.
 *
 * Decisions:
 * - Steps may be skipped forward: a request solved at the desk goes Recibida → Atendida, and one whose other
 *   department answers at once goes Canalizada → Atendida.
 * - Duplicada only from Recibida: a duplicate is spotted when it arrives; once canalized or followed, the work done
 *   on it is real and it is closed as Improcedente or Cancelada instead.
 * - No way back (En seguimiento → Canalizada): a new canalization is recorded as a seguimiento note.
 * - The four closed statuses are final; nothing leaves them.
 */
export const TRANSICIONES: Readonly<Record<EstatusSolicitud, readonly EstatusSolicitud[]>> = {
  recibida: ['canalizada', 'en-seguimiento', 'atendida', 'improcedente', 'cancelada', 'duplicada'],
  canalizada: ['en-seguimiento', 'atendida', 'improcedente', 'cancelada'],
  'en-seguimiento': ['atendida', 'improcedente', 'cancelada'],
  atendida: [],
  improcedente: [],
  cancelada: [],
  duplicada: [],
};

export const ESTATUS_CERRADOS: readonly EstatusSolicitud[] = ['atendida', 'improcedente', 'cancelada', 'duplicada'];
export const ESTATUS_ABIERTOS: readonly EstatusSolicitud[] = ['recibida', 'canalizada', 'en-seguimiento'];

export function transicionesPermitidas(estatus: EstatusSolicitud): readonly EstatusSolicitud[] {
  return TRANSICIONES[estatus];
}

export function esCerrada(estatus: EstatusSolicitud): boolean {
  return ESTATUS_CERRADOS.includes(estatus);
}

export interface CambioEstatus {
  de: EstatusSolicitud;
  a: EstatusSolicitud;
  /** Resultado (Atendida) or motivo de cierre (Improcedente, Cancelada, Duplicada). */
  resultado?: string | null;
  numeroOficio?: string | null;
  /** 'AAAA-MM-DD'. */
  fechaCanalizacion?: string | null;
  /** The original solicitud when marking a duplicate. */
  duplicadaDeId?: string | null;
  /** The solicitud being changed, so it cannot be marked a duplicate of itself. */
  id?: string | null;
}

export type ResultadoTransicion = { ok: true } | { ok: false; campo?: string; mensaje: string };

const RE_FECHA = /^\d{4}-\d{2}-\d{2}$/;

function vacio(s: string | null | undefined): boolean {
  return !s || s.trim() === '';
}

function fechaValida(s: string | null | undefined): boolean {
  if (!s || !RE_FECHA.test(s)) return false;
  const [a, m, d] = s.split('-').map(Number);
  const f = new Date(0);
  f.setUTCFullYear(a, m - 1, d);
  return f.getUTCFullYear() === a && f.getUTCMonth() === m - 1 && f.getUTCDate() === d;
}

const nombre = (e: EstatusSolicitud): string => ETIQUETA_ESTATUS_SOLICITUD[e];

/**
 * Whether a status change is allowed and has what it needs. On failure `campo` names the form field to mark
 * ('estatus', 'numeroOficio', 'fechaCanalizacion', 'resultado' or 'duplicadaDeId').
 */
export function validarTransicion(cambio: CambioEstatus): ResultadoTransicion {
  const { de, a } = cambio;
  if (de === a) return { ok: false, campo: 'estatus', mensaje: `La solicitud ya está en estatus ${nombre(a)}` };
  if (!TRANSICIONES[de].includes(a)) {
    const mensaje = esCerrada(de)
      ? `La solicitud está cerrada (${nombre(de)}); ya no puede cambiar de estatus`
      : `No se puede pasar de ${nombre(de)} a ${nombre(a)}`;
    return { ok: false, campo: 'estatus', mensaje };
  }
  if (a === 'canalizada') {
    if (vacio(cambio.numeroOficio)) {
      return { ok: false, campo: 'numeroOficio', mensaje: 'Escriba el número de oficio con que se canaliza' };
    }
    if (!fechaValida(cambio.fechaCanalizacion)) {
      return { ok: false, campo: 'fechaCanalizacion', mensaje: 'Escriba una fecha de canalización válida' };
    }
  }
  if (a === 'duplicada') {
    if (vacio(cambio.duplicadaDeId)) {
      return { ok: false, campo: 'duplicadaDeId', mensaje: 'Indique la solicitud original de la que ésta es duplicado' };
    }
    if (cambio.id && cambio.duplicadaDeId === cambio.id) {
      return { ok: false, campo: 'duplicadaDeId', mensaje: 'Una solicitud no puede ser duplicado de sí misma' };
    }
  }
  if (esCerrada(a) && vacio(cambio.resultado)) {
    const mensaje =
      a === 'atendida' ? 'Escriba el resultado de la atención' : `Escriba el motivo por el que se cierra como ${nombre(a)}`;
    return { ok: false, campo: 'resultado', mensaje };
  }
  return { ok: true };
}

/** Past its fecha compromiso and still open. Due today is not overdue yet. `hoyIso` may carry a time. */
export function estaVencida(
  solicitud: { estatus: EstatusSolicitud; fechaCompromiso: string | null | undefined },
  hoyIso: string,
): boolean {
  if (esCerrada(solicitud.estatus) || !solicitud.fechaCompromiso) return false;
  return solicitud.fechaCompromiso.slice(0, 10) < hoyIso.slice(0, 10);
}
