/**
 * The one declaration of what the renderer may ask the operating system for. The main process registers its
 * handlers from `contrato` and parses every request with these schemas; the preload and the browser bridge
 * implement `PuenteApi`, one method per channel.
 */
import { z } from 'zod';
import { ATRIBUTO_LISTO_PARA_IMPRIMIR, CANALES, PREFIJO_RUTA_IMPRESION, type Canal, type MetodoPuente } from './canales';
import { esEtiquetaRespaldo, esNombreArchivoRespaldo, intentaSalirDeCarpeta } from './respaldos';
import { tieneCaracteresDeControl } from './texto';

export { ATRIBUTO_LISTO_PARA_IMPRIMIR, CANALES, PREFIJO_RUTA_IMPRESION, type Canal, type MetodoPuente };

const nombreArchivo = z
  .string()
  .trim()
  .min(1, 'Falta el nombre del archivo.')
  .max(200, 'El nombre del archivo es demasiado largo (máximo 200 caracteres).');

const filtroArchivo = z.object({
  name: z.string().min(1).max(80),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'Extensión de archivo no válida (sin punto, p. ej. "xlsx").'))
    .min(1)
    .max(10),
});

function esJson(texto: string): boolean {
  try {
    JSON.parse(texto);
    return true;
  } catch {
    return false;
  }
}

// A print route lives after the `#` of index.html; a second `#`, backslashes or blanks would make it ambiguous.
const rutaImpresion = z
  .string()
  .max(2000, 'La ruta de impresión es demasiado larga.')
  .refine((ruta) => ruta.startsWith(PREFIJO_RUTA_IMPRESION), `La ruta de impresión debe empezar con ${PREFIJO_RUTA_IMPRESION}.`)
  .refine(
    (ruta) => !/[\s#\\]/.test(ruta) && !tieneCaracteresDeControl(ruta),
    'La ruta de impresión contiene caracteres no permitidos.',
  );

const nombreRespaldo = z
  .string()
  .refine((nombre) => !intentaSalirDeCarpeta(nombre), 'El nombre del respaldo no puede contener rutas, «..» ni separadores.')
  .refine(esNombreArchivoRespaldo, 'El nombre no corresponde a un respaldo de esta aplicación.');

export const contrato = {
  [CANALES.guardarArchivo]: {
    solicitud: z.object({
      nombreSugerido: nombreArchivo,
      filtros: z.array(filtroArchivo).max(10),
      datos: z.instanceof(Uint8Array, { message: 'Los datos del archivo deben ser bytes (Uint8Array).' }),
    }),
    respuesta: z.object({ guardado: z.boolean(), ruta: z.string().optional() }),
  },
  [CANALES.imprimir]: {
    solicitud: z.object({
      ruta: rutaImpresion,
      modo: z.enum(['dialogo', 'pdf']),
      horizontal: z.boolean(),
      nombreSugerido: nombreArchivo.optional(),
    }),
    respuesta: z.object({ ok: z.boolean(), ruta: z.string().optional(), mensaje: z.string().optional() }),
  },
  [CANALES.escribirRespaldo]: {
    solicitud: z.object({
      /** A label saying why (`automatico`, `manual`, `antes-de-restaurar`); the main process adds date and time. */
      nombre: z.string().refine(esEtiquetaRespaldo, 'La etiqueta del respaldo solo admite minúsculas, dígitos y guiones (máximo 40).'),
      contenido: z.string().refine(esJson, 'El contenido del respaldo no es JSON válido.'),
    }),
    respuesta: z.object({ ruta: z.string() }),
  },
  [CANALES.listarRespaldos]: {
    solicitud: z.undefined(),
    respuesta: z.array(
      z.object({ nombre: z.string(), tamano: z.number().int().nonnegative(), fecha: z.iso.datetime() }),
    ),
  },
  [CANALES.leerRespaldo]: {
    solicitud: z.object({ nombre: nombreRespaldo }),
    respuesta: z.object({ contenido: z.string() }),
  },
  [CANALES.infoApp]: {
    solicitud: z.undefined(),
    respuesta: z.object({
      version: z.string(),
      plataforma: z.string(),
      /** Where the data lives: the userData folder in Electron, a description in the browser. */
      rutaDatos: z.string(),
      electron: z.boolean(),
    }),
  },
  [CANALES.abrirEnlaceExterno]: {
    solicitud: z.object({
      url: z.url({ protocol: /^(https?|mailto)$/, error: 'Solo se pueden abrir enlaces http, https o mailto.' }).max(2048),
    }),
    respuesta: z.object({ ok: z.boolean() }),
  },
} as const satisfies Record<Canal, { solicitud: z.ZodType; respuesta: z.ZodType }>;

export type Contrato = typeof contrato;
export type Solicitud<C extends Canal> = z.input<Contrato[C]['solicitud']>;
export type Respuesta<C extends Canal> = z.output<Contrato[C]['respuesta']>;
/** A request after its schema parsed it (strings trimmed); what the handlers receive. */
export type SolicitudValidada<C extends Canal> = z.output<Contrato[C]['solicitud']>;

export type SolicitudGuardarArchivo = Solicitud<'archivo:guardar'>;
export type RespuestaGuardarArchivo = Respuesta<'archivo:guardar'>;
export type SolicitudImprimir = Solicitud<'impresion:imprimir'>;
export type RespuestaImprimir = Respuesta<'impresion:imprimir'>;
export type SolicitudEscribirRespaldo = Solicitud<'respaldos:escribir'>;
export type RespuestaEscribirRespaldo = Respuesta<'respaldos:escribir'>;
export type RespaldoListado = Respuesta<'respaldos:listar'>[number];
export type SolicitudLeerRespaldo = Solicitud<'respaldos:leer'>;
export type RespuestaLeerRespaldo = Respuesta<'respaldos:leer'>;
export type InfoApp = Respuesta<'app:info'>;
export type SolicitudAbrirEnlace = Solicitud<'enlace:abrirExterno'>;
export type RespuestaAbrirEnlace = Respuesta<'enlace:abrirExterno'>;

/** The channel a bridge method uses. */
export type CanalDe<M extends MetodoPuente> = (typeof CANALES)[M];

/**
 * What the renderer calls. Channels without a request take no argument. Every method rejects with an `Error`
 * whose message is Spanish and can be shown to the user as is.
 */
export type PuenteApi = {
  [M in MetodoPuente]: Solicitud<CanalDe<M>> extends undefined
    ? () => Promise<Respuesta<CanalDe<M>>>
    : (solicitud: Solicitud<CanalDe<M>>) => Promise<Respuesta<CanalDe<M>>>;
};

/**
 * What crosses the IPC boundary: handlers never throw through `ipcRenderer.invoke` (Electron would prefix the
 * message in English); they answer with this envelope and the preload turns a refusal into an `Error`.
 */
export type ResultadoIpc<T> = { exito: true; datos: T } | { exito: false; mensaje: string };
