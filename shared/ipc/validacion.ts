/**
 * Parses a request against the contract and words the refusal in Spanish. Both bridges use it, so the
 * browser refuses exactly what the main process refuses, with the same message.
 */
import { z } from 'zod';
import { contrato, type Canal, type SolicitudValidada } from './contract';
import { mensajeTamanoExcedido, tamanoDe, TAMANO_MAXIMO_CANAL } from './limites';

/** What each channel does, for messages ("No se pudo guardar el archivo."). */
export const ACCIONES: Readonly<Record<Canal, string>> = {
  'archivo:guardar': 'guardar el archivo',
  'impresion:imprimir': 'imprimir',
  'respaldos:iniciar': 'empezar el respaldo',
  'respaldos:trozo': 'escribir el respaldo',
  'respaldos:terminar': 'terminar el respaldo',
  'respaldos:cancelar': 'cancelar el respaldo',
  'respaldos:listar': 'listar los respaldos',
  'respaldos:leerTrozo': 'leer el respaldo',
  'app:info': 'consultar la información de la aplicación',
  'enlace:abrirExterno': 'abrir el enlace',
  'evidencias:guardar': 'guardar el archivo de evidencia',
  'evidencias:leer': 'leer el archivo de evidencia',
  'actualizaciones:estado': 'consultar las actualizaciones',
  'actualizaciones:configurar': 'guardar la carpeta de actualizaciones',
  'actualizaciones:buscar': 'buscar actualizaciones',
};

// Per-parse locale: messages the contract does not word itself come out in Spanish without touching zod's
// global configuration.
const localeEs = z.locales.es().localeError;

export type Validacion<T> = { exito: true; datos: T } | { exito: false; mensaje: string };

function describirProblemas(error: z.ZodError): string {
  return error.issues
    .map((problema) =>
      problema.path.length > 0 ? `${problema.message} (campo ${problema.path.join('.')})` : problema.message,
    )
    .join('; ');
}

/** A message (request or answer) larger than its channel's limit, worded in Spanish; null when it fits. */
export function excedeTamano(canal: Canal, valor: unknown): string | null {
  const maximo = TAMANO_MAXIMO_CANAL[canal];
  if (tamanoDe(valor, maximo) <= maximo) return null;
  return `No se pudo ${ACCIONES[canal]}: ${mensajeTamanoExcedido('el mensaje', maximo)}`;
}

/** The size is checked first, so a message over the limit is never parsed. */
export function validarSolicitud<C extends Canal>(canal: C, valor: unknown): Validacion<SolicitudValidada<C>> {
  const excedido = excedeTamano(canal, valor);
  if (excedido) return { exito: false, mensaje: excedido };
  const resultado = contrato[canal].solicitud.safeParse(valor, { error: localeEs });
  if (resultado.success) return { exito: true, datos: resultado.data as SolicitudValidada<C> };
  return { exito: false, mensaje: `Datos inválidos para ${ACCIONES[canal]}: ${describirProblemas(resultado.error)}` };
}
