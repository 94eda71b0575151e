import type { Apoyo, EstatusApoyo, FUENTES_APOYO } from '../../../../../shared/schemas/modulos';
import { numeroDeTexto, textoDePesos } from '../comun/numeros';

/** An apoyo as its form holds it: text in every box, converted only when validated or saved. */
export interface ValoresApoyo {
  personaId: string;
  solicitudId: string;
  tipoApoyoId: string;
  cantidad: string;
  unidad: string;
  valorEstimado: string;
  fuente: '' | (typeof FUENTES_APOYO)[number];
  dependenciaId: string;
  estatus: EstatusApoyo;
  fechaGestion: string;
  fechaEntrega: string;
  evidencia: string;
}

export function apoyoNuevo(hoy: string): ValoresApoyo {
  return {
    personaId: '',
    solicitudId: '',
    tipoApoyoId: '',
    cantidad: '1',
    unidad: '',
    valorEstimado: '0.00',
    fuente: 'municipal',
    dependenciaId: '',
    estatus: 'gestionado',
    fechaGestion: hoy,
    fechaEntrega: '',
    evidencia: '',
  };
}

/** The fecha de entrega travels only with a delivered apoyo; for other statuses the hidden box is ignored. */
export function aDatosApoyo(v: ValoresApoyo) {
  return {
    personaId: v.personaId,
    solicitudId: v.solicitudId === '' ? null : v.solicitudId,
    tipoApoyoId: v.tipoApoyoId,
    cantidad: numeroDeTexto(v.cantidad),
    unidad: v.unidad,
    valorEstimado: numeroDeTexto(v.valorEstimado),
    fuente: v.fuente === '' ? undefined : v.fuente,
    dependenciaId: v.dependenciaId === '' ? null : v.dependenciaId,
    estatus: v.estatus,
    fechaGestion: v.fechaGestion,
    fechaEntrega: v.estatus === 'entregado' ? v.fechaEntrega || null : null,
    evidencia: v.evidencia,
  };
}

export function apoyoAValores(a: Apoyo): ValoresApoyo {
  return {
    personaId: a.personaId,
    solicitudId: a.solicitudId ?? '',
    tipoApoyoId: a.tipoApoyoId,
    cantidad: String(a.cantidad),
    unidad: a.unidad,
    valorEstimado: textoDePesos(a.valorEstimado),
    fuente: a.fuente,
    dependenciaId: a.dependenciaId ?? '',
    estatus: a.estatus,
    fechaGestion: a.fechaGestion,
    fechaEntrega: a.fechaEntrega ?? '',
    evidencia: a.evidencia,
  };
}
