import { z } from 'zod';
import { acuerdoSchema, apoyoSchema, convenioSchema, eventoSchema, jornadaSchema, mesaSchema } from './modulos';
import { personaSchema } from './personas';
import { unificarIdentidades } from '../domain/unificarPoa';
import { cierreConCamposDeRegistro, cierreSchema } from './cierres';
import { actividadSchema, ajusteSchema, justificacionSchema, poaSchema, reconduccionSchema } from './poa';
import { seguimientoSchema, solicitudSchema } from './solicitudes';
import { contenidoBitacoraSchema, entradaSelladaSchema } from '../seguridad/cadenaBitacora';
import { cuentaSchema } from './cuentas';
import { catalogoSchema, configuracionSchema } from './sistema';
import { solicitudArcoSchema } from './arco';
import { conflictoIntercambioSchema, conocidoIntercambioSchema, registroPaqueteSchema } from './intercambio';
import { sellosBitacoraSchema } from '../seguridad/cadenaBitacora';
import { CONFIGURACION_POR_DEFECTO } from '../domain/configuracionPorDefecto';
import { etiquetaCampo } from '../domain/cambiosBitacora';
import { formatearFechaHora } from '../domain/formato';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../ipc/limites';
import { ORDENES_NOMBRE } from '../importar/nombres';
import { evidenciaSchema } from './evidencias';
import { EXTENSIONES_EVIDENCIA, RE_SHA256, TAMANO_MAXIMO_EVIDENCIA } from '../evidencias/contenido';
import { RE_BASE64 } from '../seguridad/bytes';

/**
 * The column mappings «Importar» remembers, per set of columns of a file: for each column the field it goes to (or
 * none), and the order a name written in one column uses.
 */
export const mapeosImportacionSchema = z.record(
  z.string().max(20_000),
  z.object({
    mapeo: z.array(z.string().max(100).nullable()).max(500),
    ordenNombre: z.enum(ORDENES_NOMBRE),
  }),
);
export const CLAVE_MAPEOS_IMPORTACION = 'importacion-mapeos';

export const FORMATO_RESPALDO = 'poa-gestion-social/respaldo';
/**
 * 4: the staff accounts and the bitácora sealed as a chain per station. 5: the ARCO requests. 6: the exchange's own
 * records (what each other station holds, the conflicts waiting for the jefe, the packages' log). 7: the evidence
 * files, what is attached to each record and the files' bytes.
 */
export const VERSION_RESPALDO = 7;

/**
 * One evidence file in a backup or a package: its SHA-256 and kind, and its bytes in base64, once per content. `datos`
 * is null when the PC that wrote the file did not have those bytes (the record says what was attached; the file could
 * not travel): the record stays, and opening it says the file is not on this PC.
 */
export const archivoEvidenciaRespaldoSchema = z.object({
  sha256: z.string().regex(RE_SHA256, 'Huella SHA-256: no es válida'),
  extension: z.enum(EXTENSIONES_EVIDENCIA, { error: 'Tipo de archivo: solo se admiten archivos PDF, JPG o PNG' }),
  datos: z
    .string({ error: 'Contenido del archivo: debe ser texto en base64 o nulo' })
    .max(Math.ceil(TAMANO_MAXIMO_EVIDENCIA / 3) * 4, 'Contenido del archivo: pasa del máximo de 20 MB')
    .regex(RE_BASE64, 'Contenido del archivo: está dañado')
    .nullable(),
});
export type ArchivoEvidenciaRespaldo = z.infer<typeof archivoEvidenciaRespaldoSchema>;

/**
 * Every table of the database with the schema each of its rows must pass. A backup file is checked whole
 * against these before anything in the database is touched.
 *
 * The accounts travel in backups, so a restore on a new PC brings the office's staff with it: an account holds its
 * password only as a salted PBKDF2 hash (its `credencial`), never in clear. They never travel in what another PC
 * incorporates: a merge leaves this PC's accounts (and settings) as they are.
 */
export const ESQUEMAS_TABLAS = {
  poas: poaSchema,
  actividades: actividadSchema,
  ajustes: ajusteSchema,
  justificaciones: justificacionSchema,
  personas: personaSchema,
  solicitudes: solicitudSchema,
  seguimientos: seguimientoSchema,
  apoyos: apoyoSchema,
  jornadas: jornadaSchema,
  eventos: eventoSchema,
  mesas: mesaSchema,
  acuerdos: acuerdoSchema,
  convenios: convenioSchema,
  catalogos: catalogoSchema,
  bitacora: entradaSelladaSchema,
  folios: z.object({ serie: z.string().min(1), ultimo: z.number().int().nonnegative() }),
  cierres: cierreSchema,
  reconducciones: reconduccionSchema,
  configuracion: z.object({ clave: z.string().min(1), valor: z.unknown() }),
  cuentas: cuentaSchema,
  solicitudesArco: solicitudArcoSchema,
  intercambio: conocidoIntercambioSchema,
  conflictos: conflictoIntercambioSchema,
  paquetes: registroPaqueteSchema,
  evidencias: evidenciaSchema,
  archivosEvidencia: archivoEvidenciaRespaldoSchema,
} as const;

export type NombreTabla = keyof typeof ESQUEMAS_TABLAS;

/**
 * Each record of the configuración table holds a value of its own kind, checked against its schema like any other
 * row: the settings (filled in, as they are read, with what settings of an older version lack), the seals of the
 * bitácora's chains and the mark of the first run's seed. A key not listed here is refused: a backup holds only what
 * this version knows how to read. A new record of the configuración table must be added here.
 */
export const ESQUEMAS_CONFIGURACION: Readonly<Record<string, z.ZodType>> = {
  general: z.preprocess(
    (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...CONFIGURACION_POR_DEFECTO, ...v } : v),
    configuracionSchema,
  ),
  'sellos-bitacora': sellosBitacoraSchema,
  'semilla-poa-2026': z.iso.datetime({ offset: true, message: 'Fecha de la carga inicial inválida' }),
  [CLAVE_MAPEOS_IMPORTACION]: mapeosImportacionSchema,
};
export const TABLAS_RESPALDO = Object.keys(ESQUEMAS_TABLAS) as NombreTabla[];

/**
 * The exchange's own records: they travel in backups (a restore keeps this PC's and adds the file's, as with the
 * bitácora) but never in packages nor in «Incorporar capturas», since they tell this PC's relations with the others.
 */
export const TABLAS_DEL_INTERCAMBIO: readonly NombreTabla[] = ['intercambio', 'conflictos', 'paquetes'];

/**
 * The evidence files' bytes: in a file, one row per content; on a PC, in the data folder (desktop) or a table of the
 * browser's database, behind the database's `archivos` store. Written and read through that store, never cleared by a
 * restore (a file is named by its content, so one no record names is harmless).
 */
export const TABLAS_DE_ARCHIVOS: readonly NombreTabla[] = ['archivosEvidencia'];

const anteriores7 = TABLAS_RESPALDO.filter((t) => t !== 'evidencias' && !TABLAS_DE_ARCHIVOS.includes(t));
const anteriores6 = anteriores7.filter((t) => !TABLAS_DEL_INTERCAMBIO.includes(t));

/** The tables each backup version holds: a file without one of them is incomplete, never a table to empty. */
const TABLAS_DE_VERSION: Record<number, readonly NombreTabla[]> = {
  1: anteriores6.filter((t) => t !== 'reconducciones' && t !== 'cuentas' && t !== 'solicitudesArco'),
  2: anteriores6.filter((t) => t !== 'cuentas' && t !== 'solicitudesArco'),
  3: anteriores6.filter((t) => t !== 'cuentas' && t !== 'solicitudesArco'),
  4: anteriores6.filter((t) => t !== 'solicitudesArco'),
  5: anteriores6,
  6: anteriores7,
  7: TABLAS_RESPALDO,
};

/** Rows of an older file brought to this version's shape before they are checked, as the database's own upgrades do. */
function actualizarFila(tabla: NombreTabla, fila: Record<string, unknown>, version: number, estacion: string): Record<string, unknown> {
  if (tabla === 'cierres' && version < 3) return cierreConCamposDeRegistro(fila, estacion);
  // Entries written before the accounts existed were made by nobody signed in.
  if (tabla === 'bitacora' && version < 4) return { ...fila, cuentaId: null };
  return fila;
}

/**
 * A file older than version 4 carries its bitácora without the chain's seal: those entries are checked as they were
 * written, and the restore or merge seals them into this PC's copy of their station's chain.
 */
function esquemaDeFila(tabla: NombreTabla, version: number): z.ZodType {
  return tabla === 'bitacora' && version < 4 ? contenidoBitacoraSchema : ESQUEMAS_TABLAS[tabla];
}

/** An entry of a file older than version 4, still to be sealed. */
export function entradaSinSello(fila: Record<string, unknown>): boolean {
  return !('hash' in fila);
}

export const ETIQUETA_TABLA: Record<NombreTabla, string> = {
  poas: 'POA',
  actividades: 'actividades',
  ajustes: 'ajustes manuales',
  justificaciones: 'justificaciones',
  personas: 'personas',
  solicitudes: 'solicitudes',
  seguimientos: 'seguimientos',
  apoyos: 'apoyos',
  jornadas: 'jornadas',
  eventos: 'eventos',
  mesas: 'mesas',
  acuerdos: 'acuerdos',
  convenios: 'convenios',
  catalogos: 'catálogos',
  bitacora: 'bitácora',
  folios: 'folios',
  cierres: 'cierres de periodo',
  reconducciones: 'reconducciones',
  configuracion: 'configuración',
  cuentas: 'cuentas',
  solicitudesArco: 'solicitudes ARCO',
  intercambio: 'versiones conocidas de otras estaciones',
  conflictos: 'conflictos',
  paquetes: 'paquetes',
  evidencias: 'evidencias',
  archivosEvidencia: 'archivos de evidencia',
};

export interface ArchivoRespaldo {
  formato: typeof FORMATO_RESPALDO;
  version: number;
  fecha: string;
  estacion: string;
  tablas: Record<NombreTabla, Record<string, unknown>[]>;
}

export type ResultadoRespaldo =
  | { valido: true; respaldo: ArchivoRespaldo; conteos: Record<NombreTabla, number> }
  | { valido: false; mensaje: string };

/** The parts of a backup's header both file formats carry, with their Spanish refusals. */
export const camposEncabezado = {
  formato: z.literal(FORMATO_RESPALDO, { error: 'El archivo no es un respaldo de POA Gestión Social' }),
  version: z
    .number({ error: 'El archivo no es un respaldo de POA Gestión Social: no dice su versión' })
    .int()
    .min(1, { error: 'El archivo no es un respaldo de POA Gestión Social: su versión no existe' })
    .max(VERSION_RESPALDO, { error: 'El respaldo es de una versión más nueva de la aplicación' }),
  fecha: z.iso.datetime({ offset: true, message: 'El respaldo no dice su fecha' }),
  estacion: z.string({ error: 'El respaldo no dice su estación' }),
};

const encabezado = z.object({
  ...camposEncabezado,
  tablas: z.record(z.string(), z.array(z.record(z.string(), z.unknown()), { error: 'Una tabla del respaldo no es una lista de registros' }), {
    error: 'El respaldo no trae sus tablas',
  }),
});

/** How much later than this PC's clock a date in a file may be: a day covers time zones and a clock a little off. */
export const MARGEN_RELOJ_MS = 24 * 60 * 60 * 1000;

/** Fields that say when something happened (a record's creation and change, an entry's date, a closing, a consent). */
const CAMPOS_DE_MOMENTO = new Set(['createdAt', 'updatedAt', 'fecha', 'consentimientoFecha', 'detectado', 'resuelto', 'recibida', 'enviada']);
const RE_MOMENTO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Labels for the fields every record carries, which the capture forms never show. */
const ETIQUETA_CAMPO_REGISTRO: Readonly<Record<string, string>> = {
  id: 'Identificador',
  createdAt: 'Fecha de creación',
  updatedAt: 'Fecha de modificación',
  estacion: 'Estación',
  eliminado: 'Eliminado',
  valor: 'Valor',
  clave: 'Clave',
};

function etiquetaRuta(ruta: readonly PropertyKey[]): string {
  return ruta
    .map((p) => (typeof p === 'number' ? `n.º ${p + 1}` : (ETIQUETA_CAMPO_REGISTRO[String(p)] ?? etiquetaCampo(String(p)))))
    .join(' → ');
}

/** How a row is told apart in a message besides its number: its folio, name, user, key or series, when it has one. */
function identificarFila(fila: Record<string, unknown>): string {
  const texto = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 80) : null);
  const folio = texto(fila.folio);
  if (folio) return ` (folio «${folio}»)`;
  const partes = [fila.nombre, fila.nombres, fila.apellidoPaterno, fila.apellidoMaterno].map(texto).filter((v) => v !== null);
  const nombre = texto(partes.join(' '));
  if (nombre) return ` («${nombre}»)`;
  const otro = texto(fila.usuario) ?? texto(fila.clave) ?? texto(fila.serie);
  return otro ? ` («${otro}»)` : '';
}

/** The first field of a checked row dated later than `limite`, with its path. */
function momentoFuturo(valor: unknown, limite: number, ruta: PropertyKey[] = []): { ruta: PropertyKey[]; fecha: string } | null {
  if (Array.isArray(valor)) {
    for (let i = 0; i < valor.length; i++) {
      const r = momentoFuturo(valor[i], limite, [...ruta, i]);
      if (r) return r;
    }
  } else if (valor !== null && typeof valor === 'object') {
    for (const [clave, v] of Object.entries(valor)) {
      if (CAMPOS_DE_MOMENTO.has(clave) && typeof v === 'string' && RE_MOMENTO.test(v) && Date.parse(v) > limite) {
        return { ruta: [...ruta, clave], fecha: v };
      }
      const r = typeof v === 'object' ? momentoFuturo(v, limite, [...ruta, clave]) : null;
      if (r) return r;
    }
  }
  return null;
}

export const CAUSA_RELOJ = 'más de un día después de la fecha de esta PC. Revise la fecha y hora de la PC que hizo el archivo';

/** A row as it is stored: the schema's output (text trimmed, unknown fields left out), or why it is refused. */
export function validarFila(
  tabla: NombreTabla,
  fila: Record<string, unknown>,
  version: number,
  estacion: string,
  limite: number,
): { fila: Record<string, unknown> } | { problema: string; ruta: readonly PropertyKey[] } {
  const r = esquemaDeFila(tabla, version).safeParse(actualizarFila(tabla, fila, version, estacion));
  if (!r.success) {
    const issue = r.error.issues[0];
    return { problema: issue?.message ?? 'dato inválido', ruta: issue?.path ?? [] };
  }
  const datos = r.data as Record<string, unknown>;
  if (tabla === 'configuracion') {
    const esquema = Object.hasOwn(ESQUEMAS_CONFIGURACION, datos.clave as string) ? ESQUEMAS_CONFIGURACION[datos.clave as string] : null;
    if (!esquema) return { problema: 'esta versión de la aplicación no conoce esa configuración', ruta: ['clave'] };
    const valor = esquema.safeParse(datos.valor);
    if (!valor.success) {
      const issue = valor.error.issues[0];
      return { problema: issue?.message ?? 'dato inválido', ruta: ['valor', ...(issue?.path ?? [])] };
    }
    datos.valor = valor.data;
  }
  if (tabla === 'conflictos') {
    // The other station's version waiting for the jefe is a record of its table, checked as one.
    const suya = datos.tabla as string;
    if (!(TABLAS_RESPALDO as readonly string[]).includes(suya) || TABLAS_DEL_INTERCAMBIO.includes(suya as NombreTabla)) {
      return { problema: 'esta versión de la aplicación no conoce esa tabla', ruta: ['tabla'] };
    }
    const version = ESQUEMAS_TABLAS[suya as NombreTabla].safeParse(datos.entrante);
    if (!version.success) {
      const issue = version.error.issues[0];
      return { problema: issue?.message ?? 'dato inválido', ruta: ['entrante', ...(issue?.path ?? [])] };
    }
    datos.entrante = version.data;
  }
  const futuro = momentoFuturo(datos, limite);
  if (futuro) return { problema: `${formatearFechaHora(futuro.fecha)} es ${CAUSA_RELOJ}`, ruta: futuro.ruta };
  return { fila: datos };
}

/** Why a file's list of tables is not its version's (a table this version does not know, or one missing), or null. */
export function revisarTablas(nombres: readonly string[], version: number): string | null {
  const desconocidas = nombres.filter((t) => !Object.hasOwn(ESQUEMAS_TABLAS, t));
  if (desconocidas.length) return `El respaldo trae tablas desconocidas: ${desconocidas.join(', ')}`;
  const faltan = TABLAS_DE_VERSION[version].filter((t) => !nombres.includes(t));
  if (faltan.length) return `El respaldo está incompleto: le faltan ${faltan.map((t) => ETIQUETA_TABLA[t]).join(', ')}`;
  return null;
}

/** «Registro 3 de solicitudes (folio «AC-2026-V1-0003») inválido (campo «Folio»): …» for the `indice`-th row of a table. */
export function mensajeFilaInvalida(tabla: NombreTabla, indice: number, fila: Record<string, unknown>, r: { problema: string; ruta: readonly PropertyKey[] }): string {
  const campo = r.ruta.length ? ` (campo «${etiquetaRuta(r.ruta)}»)` : '';
  return `Registro ${indice + 1} de ${ETIQUETA_TABLA[tabla]}${identificarFila(fila)} inválido${campo}: ${r.problema}`;
}

/**
 * Reads and checks a whole backup file (or a package of another PC's captures): every table of its version, no
 * table this version does not know, every row passing its schema, every configuración value passing its own, and no
 * date more than a day ahead of `ahora` (another PC with a wrong clock would otherwise win every later merge). The
 * first problem is reported in Spanish with its table, row (number, and folio or name) and field; a file that fails
 * anywhere is refused whole. The rows handed back are the schemas' output, which is what gets stored.
 */
export function validarRespaldo(texto: string, ahora: Date = new Date()): ResultadoRespaldo {
  if (texto.length > TAMANO_MAXIMO_RESPALDO) {
    return { valido: false, mensaje: mensajeTamanoExcedido('El archivo', TAMANO_MAXIMO_RESPALDO, texto.length) };
  }
  if (texto.trim() === '') return { valido: false, mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' };
  let datos: unknown;
  try {
    datos = JSON.parse(texto);
  } catch {
    return { valido: false, mensaje: 'El archivo está dañado: no es JSON válido' };
  }
  if (datos === null || typeof datos !== 'object' || Array.isArray(datos) || !('formato' in datos)) {
    return { valido: false, mensaje: 'El archivo no es un respaldo de POA Gestión Social' };
  }
  const cabeza = encabezado.safeParse(datos);
  if (!cabeza.success) return { valido: false, mensaje: cabeza.error.issues[0]?.message ?? 'Respaldo inválido' };
  const { version, estacion } = cabeza.data;
  const limite = ahora.getTime() + MARGEN_RELOJ_MS;
  if (Date.parse(cabeza.data.fecha) > limite) {
    return { valido: false, mensaje: `El respaldo tiene fecha del ${formatearFechaHora(cabeza.data.fecha)}, ${CAUSA_RELOJ}` };
  }
  const tablasMal = revisarTablas(Object.keys(cabeza.data.tablas), version);
  if (tablasMal) return { valido: false, mensaje: tablasMal };
  const conteos = {} as Record<NombreTabla, number>;
  const tablas = {} as Record<NombreTabla, Record<string, unknown>[]>;
  for (const tabla of TABLAS_RESPALDO) {
    const filas = cabeza.data.tablas[tabla] ?? [];
    const validas: Record<string, unknown>[] = [];
    for (let i = 0; i < filas.length; i++) {
      const r = validarFila(tabla, filas[i], version, estacion, limite);
      if ('problema' in r) return { valido: false, mensaje: mensajeFilaInvalida(tabla, i, filas[i], r) };
      validas.push(r.fila);
    }
    tablas[tabla] = validas;
    conteos[tabla] = filas.length;
  }
  // Files from PCs that made their POA ids at random get the ids of their year, as this database has them.
  return {
    valido: true,
    respaldo: { formato: FORMATO_RESPALDO, version, fecha: cabeza.data.fecha, estacion, tablas: unificarIdentidades(tablas) },
    conteos,
  };
}

/** Which of two copies of the same record wins when PCs' captures are merged: the one changed last. */
export function ganaEntrante(existente: { updatedAt?: unknown } | undefined, entrante: { updatedAt?: unknown }): boolean {
  if (!existente) return true;
  return String(entrante.updatedAt ?? '') > String(existente.updatedAt ?? '');
}
