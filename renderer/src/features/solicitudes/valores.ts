import { fechaHoraIsoLocal, fechaIsoLocal, sumarDias } from '../../../../shared/domain/formato';
import type { DatosSolicitud } from '../../../../shared/schemas/solicitudes';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { PERSONA_VACIA, type ValoresPersona } from '../../componentes/personas/valores';

/**
 * The front desk's capture as its form holds it: the solicitud's data, the citizen chosen (`personaId`) or typed as
 * new (`persona`), and the aviso de privacidad, not yet accepted.
 */
export interface ValoresCaptura extends Omit<DatosSolicitud, 'consentimientoPrivacidad'> {
  personaNueva: boolean;
  persona: ValoresPersona;
  consentimientoPrivacidad: boolean;
}

/** A new capture: received now, due after the configured number of days, handled by the signed-in clerk. */
export function capturaInicial(configuracion: Configuracion, responsable: string, ahora: Date): ValoresCaptura {
  return {
    fechaRecepcion: fechaHoraIsoLocal(ahora),
    canal: 'ventanilla',
    personaId: '',
    tipoApoyoId: '',
    descripcion: '',
    prioridad: 'media',
    dependenciaId: null,
    responsable,
    fechaCompromiso: sumarDias(fechaIsoLocal(ahora), configuracion.diasCompromiso),
    personaNueva: false,
    persona: PERSONA_VACIA,
    consentimientoPrivacidad: false,
  };
}
