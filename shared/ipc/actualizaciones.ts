/**
 * Updates from the office network: IT publishes an installer and its `latest.yml` (both written by electron-builder)
 * in a shared folder or at an address, and each PC configured to look there finds the newer version, copies it and
 * installs it at its next start. What both processes agree on: the setting, the published description and the
 * state the screen shows.
 */
import { z } from 'zod';
import { revisarCaracteres } from '../schemas/comunes';

/** The description electron-builder publishes next to the installer: a few lines, never more than this. */
export const TAMANO_MAXIMO_LATEST = 64 * 1024;
/** An installer of this app weighs about 100 MB; anything past this is not one. */
export const TAMANO_MAXIMO_INSTALADOR = 500 * 1024 * 1024;
/** The name of the description file in the published folder. */
export const ARCHIVO_LATEST = 'latest.yml';

const RE_VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:-([0-9A-Za-z.-]{1,40}))?$/;
/** A plain file name of an installer: no folders, no «..», nothing a shell would read. */
const RE_INSTALADOR = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}\.exe$/;

/** A published description that cannot be used; its message is Spanish and is shown as is. */
export class ErrorPublicacion extends Error {
  override readonly name = 'ErrorPublicacion';
}

export function esVersion(texto: string): boolean {
  return RE_VERSION.test(texto);
}

/** Negative when `a` is older than `b`, 0 when equal, positive when newer (semantic versioning, pre-releases first). */
export function compararVersiones(a: string, b: string): number {
  const x = RE_VERSION.exec(a);
  const y = RE_VERSION.exec(b);
  if (!x || !y) throw new ErrorPublicacion(`Versión no válida: «${x ? b : a}».`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  const [pa, pb] = [x[4], y[4]];
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  return pa < pb ? -1 : 1;
}

export function esNombreInstalador(nombre: string): boolean {
  return RE_INSTALADOR.test(nombre) && !nombre.includes('..');
}

/** Where IT publishes: a folder (`\\servidor\poa\actualizaciones`, `C:\…`, `/srv/…`) or an http(s) address. */
export function tipoDeOrigen(origen: string): 'carpeta' | 'direccion' | null {
  if (/^https?:\/\//i.test(origen)) return /^https?:\/\/[^/\s@]+(\/[^\s]*)?$/i.test(origen) ? 'direccion' : null;
  if (/^\\\\[^\\/]+[\\/][^\\/]/.test(origen) || /^[A-Za-z]:[\\/]/.test(origen) || origen.startsWith('/')) return 'carpeta';
  return null;
}

export const origenActualizacionesSchema = z
  .string({ error: 'Escriba la carpeta o la dirección de las actualizaciones.' })
  .trim()
  .min(1, 'Escriba la carpeta o la dirección de las actualizaciones.')
  .max(500, 'La carpeta o dirección es demasiado larga (máximo 500 caracteres).')
  .refine((o) => revisarCaracteres('La carpeta o dirección', o, false) === null, 'La carpeta o dirección contiene caracteres no permitidos.')
  .refine(
    (o) => tipoDeOrigen(o) !== null,
    'Escriba una carpeta completa (p. ej. \\\\servidor\\poa\\actualizaciones o C:\\Actualizaciones) o una dirección http(s).',
  );

const sha512Base64 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'La huella SHA-512 no es válida.');

/** What `latest.yml` must say for the app to use it. */
export const publicacionSchema = z.object({
  version: z.string().refine(esVersion, 'La versión publicada no es válida.'),
  path: z.string().refine(esNombreInstalador, 'El nombre del instalador publicado no es válido (debe ser un archivo .exe de la misma carpeta).'),
  sha512: sha512Base64,
  size: z.number().int().positive().max(TAMANO_MAXIMO_INSTALADOR).optional(),
  releaseDate: z.string().max(40).optional(),
});
export type Publicacion = z.infer<typeof publicacionSchema>;

function valorYaml(texto: string): string {
  const t = texto.trim();
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return t.slice(1, -1);
  return t;
}

/**
 * Reads the `latest.yml` electron-builder writes (top-level `version`, `path`, `sha512`, `releaseDate`, and a
 * `files` list whose first entry gives the same file and its `size`). Only that shape is read; anything else in
 * it is ignored, and what is needed is checked by `publicacionSchema`. Throws a Spanish message.
 */
export function leerPublicacion(texto: string): Publicacion {
  const arriba: Record<string, string> = {};
  const archivos: Record<string, string>[] = [];
  let enArchivos = false;
  for (const linea of texto.split(/\r?\n/)) {
    if (!linea.trim() || linea.trimStart().startsWith('#')) continue;
    const sangria = linea.length - linea.trimStart().length;
    const item = /^\s*-\s+([A-Za-z0-9_]+):\s*(.*)$/.exec(linea);
    const par = /^\s*([A-Za-z0-9_]+):\s*(.*)$/.exec(linea);
    if (sangria === 0 && par) {
      enArchivos = par[1] === 'files' && par[2].trim() === '';
      if (!enArchivos) arriba[par[1]] = valorYaml(par[2]);
    } else if (enArchivos && item) {
      archivos.push({ [item[1]]: valorYaml(item[2]) });
    } else if (enArchivos && par && archivos.length > 0) {
      archivos[archivos.length - 1][par[1]] = valorYaml(par[2]);
    }
  }
  const primero = archivos[0] ?? {};
  const ruta = arriba.path ?? primero.url;
  const tamano = ruta !== undefined && primero.url === ruta && primero.size !== undefined ? Number(primero.size) : undefined;
  const r = publicacionSchema.safeParse({
    version: arriba.version,
    path: ruta,
    sha512: arriba.sha512 ?? primero.sha512,
    ...(tamano !== undefined ? { size: tamano } : {}),
    ...(arriba.releaseDate !== undefined ? { releaseDate: arriba.releaseDate } : {}),
  });
  if (!r.success) {
    const problema = r.error.issues[0];
    const campo = String(problema?.path[0] ?? '');
    const faltante = (arriba as Record<string, string | undefined>)[campo] === undefined && campo !== 'size';
    throw new ErrorPublicacion(faltante ? `El archivo ${ARCHIVO_LATEST} publicado no dice «${campo}».` : `El archivo ${ARCHIVO_LATEST} publicado no sirve: ${problema?.message ?? 'formato desconocido'}`);
  }
  return r.data;
}

const fechaIso = z.iso.datetime();

/** What the screen shows about updates on this PC. */
export const estadoActualizacionesSchema = z.object({
  /** False in the browser, in the portable .exe and in a run from the sources: nothing is checked or installed. */
  soportadas: z.boolean(),
  /** Why not, when `soportadas` is false. */
  motivo: z.string().nullable(),
  origen: z.string().nullable(),
  versionActual: z.string(),
  buscando: z.boolean(),
  ultimaRevision: fechaIso.nullable(),
  /** What the last look found or why it failed, in Spanish. */
  resultado: z.string().nullable(),
  error: z.boolean(),
  /** A newer version copied to this PC and checked, installed at the next start. */
  pendiente: z.object({ version: z.string(), fecha: fechaIso }).nullable(),
  /** The version installed by the last update, once it started. */
  instalada: z.object({ version: z.string(), fecha: fechaIso }).nullable(),
});
export type EstadoActualizaciones = z.infer<typeof estadoActualizacionesSchema>;

/** A PC that never looked for updates. */
export function estadoSinRevisar(versionActual: string, motivo: string | null): EstadoActualizaciones {
  return { soportadas: motivo === null, motivo, origen: null, versionActual, buscando: false, ultimaRevision: null, resultado: null, error: false, pendiente: null, instalada: null };
}

/** An installed version is told about during its first week. */
const DIAS_AVISO_INSTALADA = 7;

export function textoAvisoActualizacion(estado: EstadoActualizaciones, ahora: Date = new Date()): { severidad: 'info' | 'success'; texto: string } | null {
  if (estado.pendiente) {
    return { severidad: 'info', texto: `La versión ${estado.pendiente.version} ya está en esta PC: se instala la próxima vez que abra la aplicación. Sus datos se conservan.` };
  }
  const reciente = estado.instalada && ahora.getTime() - Date.parse(estado.instalada.fecha) < DIAS_AVISO_INSTALADA * 24 * 60 * 60 * 1000;
  if (estado.instalada && reciente && estado.instalada.version === estado.versionActual) {
    return { severidad: 'success', texto: `Se instaló la versión ${estado.instalada.version}; sus datos están como los dejó.` };
  }
  return null;
}
