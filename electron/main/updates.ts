/**
 * Updates from the office network. Nothing is read from anywhere until IT writes, in «Configuración →
 * Actualizaciones», the folder or address where it publishes a version (the installer and the `latest.yml`
 * electron-builder writes next to it). Then, at start and every few hours, the app reads that description; a newer
 * version's installer is copied into the data folder, checked against its SHA-512, and run silently at the next
 * start (per-user NSIS: no administrator rights), which keeps the data folder and reopens the app. A version that
 * fails to install is not tried again on its own; the screen says so.
 */
import nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ARCHIVO_LATEST,
  compararVersiones,
  ErrorPublicacion,
  esNombreInstalador,
  leerPublicacion,
  origenActualizacionesSchema,
  TAMANO_MAXIMO_INSTALADOR,
  TAMANO_MAXIMO_LATEST,
  tipoDeOrigen,
  type EstadoActualizaciones,
} from '../../shared/ipc/actualizaciones';
import { escribirAtomico, type FsEscritura } from './atomic-write';
import { codigoError, ErrorOperacion } from './errors';

/** The file-system functions used, shaped like `node:fs/promises`. */
export interface FsActualizaciones extends FsEscritura {
  mkdir(ruta: string, opciones: { recursive: true }): Promise<unknown>;
  stat(ruta: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(ruta: string): Promise<Uint8Array>;
  readdir(ruta: string): Promise<string[]>;
}

/** Reads `nombre` from where the versions are published, refusing more than `limite` bytes. */
export type LeerPublicado = (origen: string, nombre: string, limite: number) => Promise<Uint8Array>;

export interface DependenciasActualizador {
  fs: FsActualizaciones;
  /** `<userData>/actualizaciones`: the setting, the state and the installer waiting for the next start. */
  carpeta: string;
  versionActual: string;
  /** Null when this copy can install updates; otherwise why not (portable .exe, a run from the sources). */
  impedimento: string | null;
  leerPublicado: LeerPublicado;
  ahora: () => Date;
  registrar: (mensaje: string, detalle?: unknown) => void;
}

/** What the installer is started with: silent, as an update (it closes a running copy), and reopening the app. */
export const ARGUMENTOS_INSTALADOR = ['--updated', '/S', '--force-run'] as const;

const guardadoSchema = z.object({
  origen: z.string().nullable().default(null),
  ultimaRevision: z.string().nullable().default(null),
  resultado: z.string().nullable().default(null),
  error: z.boolean().default(false),
  pendiente: z
    .object({ version: z.string(), fecha: z.string(), archivo: z.string().refine(esNombreInstalador), sha512: z.string(), intentos: z.number().int().nonnegative() })
    .nullable()
    .default(null),
  instalada: z.object({ version: z.string(), fecha: z.string() }).nullable().default(null),
});
type Guardado = z.infer<typeof guardadoSchema>;

export function sha512Base64(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('base64');
}

export interface Actualizador {
  estado(): Promise<EstadoActualizaciones>;
  /** Sets (or, with null, removes) where versions are published; nothing is read until `buscar`. */
  configurar(origen: string | null): Promise<EstadoActualizaciones>;
  /** Looks for a newer version now; a second call while one runs waits for the same look. */
  buscar(): Promise<EstadoActualizaciones>;
  /** At start, before any window: the installer to run now, or null to open the app as usual. */
  alIniciar(): Promise<{ instalador: string; argumentos: readonly string[] } | null>;
}

export function crearActualizador(dep: DependenciasActualizador): Actualizador {
  const archivoEstado = nodePath.join(dep.carpeta, 'estado.json');
  let enCurso: Promise<EstadoActualizaciones> | null = null;

  async function leer(): Promise<Guardado> {
    try {
      const texto = new TextDecoder().decode(await dep.fs.readFile(archivoEstado));
      const r = guardadoSchema.safeParse(JSON.parse(texto));
      if (r.success) return r.data;
      dep.registrar('El estado de las actualizaciones no se pudo leer; se empieza de nuevo');
    } catch (error) {
      if (codigoError(error) !== 'ENOENT') dep.registrar('El estado de las actualizaciones no se pudo leer; se empieza de nuevo', error);
    }
    return guardadoSchema.parse({});
  }

  async function guardar(g: Guardado): Promise<void> {
    await dep.fs.mkdir(dep.carpeta, { recursive: true });
    await escribirAtomico(dep.fs, archivoEstado, JSON.stringify(g, null, 2));
  }

  function publico(g: Guardado): EstadoActualizaciones {
    return {
      soportadas: dep.impedimento === null,
      motivo: dep.impedimento,
      origen: g.origen,
      versionActual: dep.versionActual,
      buscando: enCurso !== null,
      ultimaRevision: g.ultimaRevision,
      resultado: g.resultado,
      error: g.error,
      pendiente: g.pendiente && { version: g.pendiente.version, fecha: g.pendiente.fecha },
      instalada: g.instalada,
    };
  }

  /** Installers of other versions left in the folder (an older pending one, a failed one). */
  async function limpiarInstaladores(excepto: string | null): Promise<void> {
    let nombres: string[];
    try {
      nombres = await dep.fs.readdir(dep.carpeta);
    } catch {
      return;
    }
    for (const n of nombres) if (n.toLowerCase().endsWith('.exe') && n !== excepto) await dep.fs.rm(nodePath.join(dep.carpeta, n), { force: true });
  }

  async function revisar(): Promise<EstadoActualizaciones> {
    const g = await leer();
    const fecha = dep.ahora().toISOString();
    if (g.origen === null) throw new ErrorOperacion('No hay carpeta ni dirección de actualizaciones configurada: escríbala primero.');
    if (dep.impedimento !== null) throw new ErrorOperacion(dep.impedimento);
    const origen = g.origen;
    try {
      const publicacion = leerPublicacion(new TextDecoder().decode(await dep.leerPublicado(origen, ARCHIVO_LATEST, TAMANO_MAXIMO_LATEST)));
      if (compararVersiones(publicacion.version, dep.versionActual) <= 0) {
        await limpiarInstaladores(null);
        const resultado = `No hay una versión nueva: la publicada es la ${publicacion.version} y esta PC tiene la ${dep.versionActual}.`;
        const nuevo = { ...g, ultimaRevision: fecha, resultado, error: false, pendiente: null };
        await guardar(nuevo);
        return publico(nuevo);
      }
      if (g.pendiente?.version === publicacion.version && g.pendiente.sha512 === publicacion.sha512 && g.pendiente.intentos === 0) {
        const nuevo = { ...g, ultimaRevision: fecha, resultado: `La versión ${publicacion.version} ya está copiada en esta PC.`, error: false };
        await guardar(nuevo);
        return publico(nuevo);
      }
      const bytes = await dep.leerPublicado(origen, publicacion.path, TAMANO_MAXIMO_INSTALADOR);
      if (publicacion.size !== undefined && bytes.byteLength !== publicacion.size) {
        throw new ErrorOperacion(`El instalador publicado mide ${bytes.byteLength} bytes y ${ARCHIVO_LATEST} dice ${publicacion.size}: se copió incompleto o no es el publicado.`);
      }
      if (sha512Base64(bytes) !== publicacion.sha512) {
        throw new ErrorOperacion(`El instalador publicado no coincide con su huella SHA-512 de ${ARCHIVO_LATEST}: no se usará.`);
      }
      await dep.fs.mkdir(dep.carpeta, { recursive: true });
      await escribirAtomico(dep.fs, nodePath.join(dep.carpeta, publicacion.path), bytes);
      await limpiarInstaladores(publicacion.path);
      const nuevo: Guardado = {
        ...g,
        ultimaRevision: fecha,
        resultado: `La versión ${publicacion.version} está lista: se instala la próxima vez que se abra la aplicación.`,
        error: false,
        pendiente: { version: publicacion.version, fecha, archivo: publicacion.path, sha512: publicacion.sha512, intentos: 0 },
      };
      await guardar(nuevo);
      dep.registrar(`Actualización ${publicacion.version} copiada de ${origen}`);
      return publico(nuevo);
    } catch (error) {
      const mensaje =
        error instanceof ErrorOperacion || error instanceof ErrorPublicacion ? error.message : 'No se pudo leer la carpeta o dirección de actualizaciones.';
      dep.registrar('La búsqueda de actualizaciones falló', error);
      const nuevo = { ...g, ultimaRevision: fecha, resultado: mensaje, error: true };
      await guardar(nuevo);
      return publico(nuevo);
    }
  }

  return {
    async estado() {
      return publico(await leer());
    },

    async configurar(origen) {
      const valor = origen === null ? null : origenActualizacionesSchema.parse(origen);
      const g = await leer();
      const nuevo: Guardado = { ...g, origen: valor, resultado: null, error: false, ultimaRevision: null };
      if (valor === null) {
        nuevo.pendiente = null;
        await limpiarInstaladores(null);
      }
      await guardar(nuevo);
      return publico(nuevo);
    },

    buscar() {
      if (enCurso) return enCurso;
      const busqueda = revisar().finally(() => {
        enCurso = null;
      });
      enCurso = busqueda;
      return busqueda;
    },

    async alIniciar() {
      const g = await leer();
      const p = g.pendiente;
      if (p === null || dep.impedimento !== null) return null;
      const ruta = nodePath.join(dep.carpeta, p.archivo);
      const fecha = dep.ahora().toISOString();
      if (compararVersiones(dep.versionActual, p.version) >= 0) {
        await guardar({ ...g, pendiente: null, instalada: { version: p.version, fecha }, resultado: `Se instaló la versión ${p.version}.`, error: false });
        await limpiarInstaladores(null);
        return null;
      }
      if (p.intentos > 0) {
        // Started once and this is still the old version: the installer failed or was stopped. Not retried alone.
        const resultado = `La versión ${p.version} no se pudo instalar (la aplicación sigue en la ${dep.versionActual}). Instálela a mano desde la carpeta de actualizaciones o pulse «Buscar ahora» para intentarlo de nuevo.`;
        dep.registrar(`La actualización ${p.version} no se instaló`);
        await guardar({ ...g, pendiente: null, resultado, error: true });
        await limpiarInstaladores(null);
        return null;
      }
      let bytes: Uint8Array;
      try {
        bytes = await dep.fs.readFile(ruta);
      } catch (error) {
        dep.registrar('El instalador de la actualización ya no está', error);
        await guardar({ ...g, pendiente: null, resultado: `El instalador de la versión ${p.version} ya no estaba en esta PC; se buscará de nuevo.`, error: true });
        return null;
      }
      if (sha512Base64(bytes) !== p.sha512) {
        dep.registrar(`El instalador de la actualización ${p.version} cambió en el disco`);
        await guardar({ ...g, pendiente: null, resultado: `El instalador de la versión ${p.version} cambió en esta PC después de copiarse: no se usó.`, error: true });
        await limpiarInstaladores(null);
        return null;
      }
      await guardar({ ...g, pendiente: { ...p, intentos: p.intentos + 1 } });
      dep.registrar(`Instalando la actualización ${p.version}`);
      return { instalador: ruta, argumentos: ARGUMENTOS_INSTALADOR };
    },
  };
}

/** `nombre` inside a folder of the network or this PC; only a plain file name is read. */
export function crearLeerPublicado(dep: {
  fs: Pick<FsActualizaciones, 'stat' | 'readFile'>;
  descargar: (url: string, limite: number) => Promise<Uint8Array>;
}): LeerPublicado {
  return async (origen, nombre, limite) => {
    if (nombre !== ARCHIVO_LATEST && !esNombreInstalador(nombre)) throw new ErrorOperacion('El nombre del archivo publicado no es válido.');
    const tipo = tipoDeOrigen(origen);
    if (tipo === 'direccion') {
      const base = origen.endsWith('/') ? origen : `${origen}/`;
      return dep.descargar(new URL(encodeURIComponent(nombre), base).href, limite);
    }
    if (tipo === null) throw new ErrorOperacion('La carpeta o dirección de actualizaciones no es válida.');
    const ruta = (origen.startsWith('/') ? nodePath.posix : nodePath.win32).join(origen, nombre);
    let tamano: number;
    try {
      const info = await dep.fs.stat(ruta);
      if (!info.isFile()) throw new ErrorOperacion(`«${nombre}» no es un archivo en la carpeta de actualizaciones.`);
      tamano = info.size;
    } catch (error) {
      if (error instanceof ErrorOperacion) throw error;
      throw new ErrorOperacion(
        codigoError(error) === 'ENOENT'
          ? `No se encontró «${nombre}» en la carpeta de actualizaciones (${origen}).`
          : `No se pudo leer la carpeta de actualizaciones (${origen}): revise que la PC la alcance en la red.`,
        { cause: error },
      );
    }
    if (tamano > limite) throw new ErrorOperacion(`«${nombre}» es demasiado grande para ser lo publicado (${tamano} bytes).`);
    return dep.fs.readFile(ruta);
  };
}

/** An http(s) download with `fetch`, refused past `limite` bytes and never following a redirect elsewhere. */
export function crearDescarga(fetchFn: (url: string, init: { redirect: 'error' }) => Promise<Response>) {
  return async (url: string, limite: number): Promise<Uint8Array> => {
    let respuesta: Response;
    try {
      respuesta = await fetchFn(url, { redirect: 'error' });
    } catch (error) {
      throw new ErrorOperacion(`No se pudo conectar con ${new URL(url).host} para buscar actualizaciones.`, { cause: error });
    }
    const nombre = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    if (!respuesta.ok) throw new ErrorOperacion(`La dirección de actualizaciones respondió ${respuesta.status} al pedir «${nombre}».`);
    const declarado = Number(respuesta.headers.get('content-length') ?? 0);
    if (declarado > limite) throw new ErrorOperacion(`«${nombre}» es demasiado grande para ser lo publicado (${declarado} bytes).`);
    const lector = respuesta.body?.getReader();
    if (!lector) return new Uint8Array(0);
    const partes: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await lector.read();
      if (done) break;
      total += value.byteLength;
      if (total > limite) {
        await lector.cancel();
        throw new ErrorOperacion(`«${nombre}» es demasiado grande para ser lo publicado.`);
      }
      partes.push(value);
    }
    const bytes = new Uint8Array(total);
    let desde = 0;
    for (const p of partes) {
      bytes.set(p, desde);
      desde += p.byteLength;
    }
    return bytes;
  };
}

/** Why this copy cannot install updates by itself, or null when it can (the installed app on Windows). */
export function impedimentoActualizar(copia: { empaquetada: boolean; portable: boolean; plataforma: string }): string | null {
  if (!copia.empaquetada) return 'Esta copia corre desde el código fuente: las actualizaciones se instalan solo en la aplicación instalada.';
  if (copia.portable) return 'La versión portátil no se actualiza sola: reemplace el archivo .exe por el de la versión nueva.';
  if (copia.plataforma !== 'win32') return 'Las actualizaciones desde la red de la oficina se instalan solo en Windows.';
  return null;
}

/** The first look a little after start (the window first), then every few hours while the app stays open. */
export const ESPERA_PRIMERA_BUSQUEDA_MS = 30_000;
export const INTERVALO_BUSQUEDA_MS = 4 * 60 * 60 * 1000;

/** Looks for updates on its own only when they are configured and this copy can install them. */
export function programarBusquedas(
  actualizador: Actualizador,
  relojes: { setTimeout: (f: () => void, ms: number) => unknown; setInterval: (f: () => void, ms: number) => unknown },
  registrar: (mensaje: string, detalle?: unknown) => void,
): void {
  const buscar = () => {
    void (async () => {
      const estado = await actualizador.estado();
      if (estado.origen !== null && estado.soportadas) await actualizador.buscar();
    })().catch((error: unknown) => registrar('La búsqueda de actualizaciones falló', error));
  };
  relojes.setTimeout(buscar, ESPERA_PRIMERA_BUSQUEDA_MS);
  relojes.setInterval(buscar, INTERVALO_BUSQUEDA_MS);
}
