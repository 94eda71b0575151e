/**
 * The one declaration of what the renderer may ask the operating system for. The main process registers its
 * handlers from `contrato` and parses every request with these schemas; the preload and the browser bridge
 * implement `PuenteApi`, one method per channel.
 */
import { z } from 'zod';
import { ATRIBUTO_LISTO_PARA_IMPRIMIR, CANALES, PREFIJO_RUTA_IMPRESION, type Canal, type MetodoPuente } from './canales';
import { esEtiquetaRespaldo, esNombreArchivoRespaldo, intentaSalirDeCarpeta } from './respaldos';
import { tieneCaracteresDeControl } from './texto';
import { TAMANO_TROZO_RESPALDO } from './limites';
import { estadoActualizacionesSchema, origenActualizacionesSchema } from './actualizaciones';
import { EXTENSIONES_EVIDENCIA, RE_SHA256, TAMANO_MAXIMO_EVIDENCIA } from '../evidencias/contenido';

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

/** The id the main process gives a backup being written, for its pieces. */
const idEscritura = z.uuid('El identificador del respaldo en curso no es válido.');

const trozo = z
  .instanceof(Uint8Array, { message: 'Los datos del respaldo deben ser bytes (Uint8Array).' })
  .refine((b) => b.byteLength <= TAMANO_TROZO_RESPALDO, `Un trozo del respaldo mide a lo más ${TAMANO_TROZO_RESPALDO} bytes.`);

/** A stored evidence file is named by its content's SHA-256 and its kind: nothing else reaches the disk. */
const archivoEvidencia = {
  sha256: z.string().regex(RE_SHA256, 'La huella SHA-256 del archivo no es válida.'),
  extension: z.enum(EXTENSIONES_EVIDENCIA, { error: 'Solo se guardan archivos PDF, JPG o PNG.' }),
};

const bytesEvidencia = z
  .instanceof(Uint8Array, { message: 'Los datos del archivo deben ser bytes (Uint8Array).' })
  .refine((b) => b.byteLength > 0, 'El archivo está vacío.')
  .refine((b) => b.byteLength <= TAMANO_MAXIMO_EVIDENCIA, 'El archivo pasa del máximo de 20 MB.');

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
  [CANALES.iniciarRespaldo]: {
    solicitud: z.object({
      /** A label saying why (`automatico`, `manual`, `antes-de-restaurar`); the main process adds date and time. */
      nombre: z.string().refine(esEtiquetaRespaldo, 'La etiqueta del respaldo solo admite minúsculas, dígitos y guiones (máximo 40).'),
    }),
    respuesta: z.object({ id: idEscritura }),
  },
  [CANALES.trozoRespaldo]: {
    solicitud: z.object({ id: idEscritura, bytes: trozo }),
    respuesta: z.object({ recibidos: z.number().int().nonnegative() }),
  },
  [CANALES.terminarRespaldo]: {
    /** `sha256` is the one the file's last line carries: the main process reads the file back and checks it. */
    solicitud: z.object({ id: idEscritura, sha256: z.string().regex(/^[0-9a-f]{64}$/, 'La suma de verificación del respaldo no es válida.') }),
    respuesta: z.object({ ruta: z.string() }),
  },
  [CANALES.cancelarRespaldo]: {
    solicitud: z.object({ id: idEscritura }),
    respuesta: z.object({ ok: z.boolean() }),
  },
  [CANALES.listarRespaldos]: {
    solicitud: z.undefined(),
    respuesta: z.array(
      z.object({ nombre: z.string(), tamano: z.number().int().nonnegative(), fecha: z.iso.datetime() }),
    ),
  },
  [CANALES.leerTrozoRespaldo]: {
    solicitud: z.object({
      nombre: nombreRespaldo,
      desde: z.number().int().nonnegative(),
      cantidad: z.number().int().min(1).max(TAMANO_TROZO_RESPALDO, `Se leen a lo más ${TAMANO_TROZO_RESPALDO} bytes a la vez.`),
    }),
    /** The bytes from `desde` (fewer at the end of the file) and the file's size. */
    respuesta: z.object({ bytes: z.instanceof(Uint8Array), tamano: z.number().int().nonnegative() }),
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
  [CANALES.guardarEvidencia]: {
    /** The main process hashes the bytes again and refuses them if they are not the named content. */
    solicitud: z.object({ ...archivoEvidencia, bytes: bytesEvidencia }),
    /** `nuevo` is false when the data folder already held that content (nothing was written). */
    respuesta: z.object({ nuevo: z.boolean() }),
  },
  [CANALES.leerEvidencia]: {
    solicitud: z.object(archivoEvidencia),
    /** The file's bytes, checked against its name's SHA-256 before they are sent. */
    respuesta: z.object({ bytes: bytesEvidencia }),
  },
  [CANALES.estadoActualizaciones]: {
    solicitud: z.undefined(),
    respuesta: estadoActualizacionesSchema,
  },
  [CANALES.configurarActualizaciones]: {
    /** Null stops looking for updates (and drops a version waiting to be installed). */
    solicitud: z.object({ origen: origenActualizacionesSchema.nullable() }),
    respuesta: estadoActualizacionesSchema,
  },
  [CANALES.buscarActualizaciones]: {
    solicitud: z.undefined(),
    respuesta: estadoActualizacionesSchema,
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
export type RespaldoListado = Respuesta<'respaldos:listar'>[number];
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
