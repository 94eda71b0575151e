import { resumirTexto } from './texto';

/**
 * How an activity is named where people read it: «1. Atención Ciudadana y recepción de solicitudes», and where space
 * is tight its short form («1. Atención Ciudadana y…»), with the full one on hover and in print. Never «Actividad 1».
 */
export function nombreActividad(a: { numero: number; nombre: string }): string {
  return `${a.numero}. ${a.nombre}`;
}

export function nombreCortoActividad(a: { numero: number; nombre: string }, max = 28): string {
  return resumirTexto(nombreActividad(a), max);
}
