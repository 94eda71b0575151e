import { z } from 'zod';
import { TABLAS_RESPALDO } from '../../../shared/schemas/respaldo';
import { EXTENSIONES_EVIDENCIA, RE_SHA256 } from '../../../shared/evidencias/contenido';
import type { AlmacenArchivos } from './archivosEvidencia';
import { ErrorArchivoRespaldo, type ResumenArchivo } from '../../../shared/schemas/respaldoComprimido';
import { BaseDatosPoa } from './db';
import { instantaneaRespaldo, MOTIVO_RESPALDO, volcarRegistrado, type AlAvanzar, type Avance, type DestinoRespaldo, type MotivoRespaldo } from './volcado';
import type { Autor } from './repositorios/base';

/**
 * A backup is written in a module worker (respaldo.worker.ts) so the screen keeps answering while ten years of data
 * are read, turned into JSON, hashed and compressed: the worker opens the same IndexedDB database, and posts each
 * compressed piece to the page (its buffer transferred), which hands it to the bridge and answers «recibido» before the
 * next one goes. The page asks permission and writes nothing: it sends who asked (already allowed), why and when. Both sides
 * check what they receive; errors come back in Spanish.
 */

const motivoSchema = z.enum(['automatico', ...(Object.keys(MOTIVO_RESPALDO) as [MotivoRespaldo, ...MotivoRespaldo[]])]);
export type MotivoTrabajo = z.infer<typeof motivoSchema>;

const autorSchema = z.object({ cuentaId: z.string().nullable(), usuario: z.string(), estacion: z.string() });

const pedidoSchema = z.object({
  tipo: z.literal('respaldar'),
  /** The database's name: the worker opens the page's own. */
  base: z.string().min(1),
  motivo: motivoSchema,
  /** Who asked, already allowed by the page; none for an automatic backup. */
  autor: autorSchema.nullable(),
  /** When, by the page's clock: the file and its bitácora entry are dated by it. */
  ahora: z.iso.datetime(),
  /**
   * Where the evidence files are read: the database the worker opens (the browser build), or the page, which alone
   * reaches the desktop's data folder through the bridge and sends each file when the worker asks for it.
   */
  archivos: z.enum(['base', 'pagina']),
});
type Pedido = z.infer<typeof pedidoSchema>;

/** The page got a piece: the next may come. (A failure on the page ends the worker instead.) */
const recibidoSchema = z.object({ tipo: z.literal('recibido') });

/** An evidence file the worker asked the page for: its bytes, or why they could not be read. */
const archivoLeidoSchema = z.union([
  z.object({ tipo: z.literal('archivoLeido'), sha256: z.string(), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ tipo: z.literal('archivoLeido'), sha256: z.string(), mensaje: z.string().min(1) }),
]);

const avanceSchema = z.object({
  fase: z.literal('respaldo'),
  tabla: z.enum(TABLAS_RESPALDO),
  hechas: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const mensajeTrabajadorSchema = z.discriminatedUnion('tipo', [
  z.object({ tipo: z.literal('trozo'), bytes: z.instanceof(ArrayBuffer) }),
  z.object({ tipo: z.literal('avance'), avance: avanceSchema }),
  z.object({
    tipo: z.literal('hecho'),
    resumen: z.object({
      tablas: z.record(z.string(), z.number().int().nonnegative()),
      filas: z.number().int().nonnegative(),
      lineas: z.number().int().positive(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  }),
  z.object({ tipo: z.literal('error'), mensaje: z.string().min(1) }),
  z.object({ tipo: z.literal('archivo'), sha256: z.string().regex(RE_SHA256), extension: z.enum(EXTENSIONES_EVIDENCIA) }),
]);
type MensajeTrabajador = z.infer<typeof mensajeTrabajadorSchema>;

const INTERVALO_AVANCE_MS = 250;

export const ERROR_TRABAJADOR_RESPALDO = 'no se pudo iniciar el respaldo en segundo plano';
export const ERROR_LECTURA_RESPALDO = 'no se pudo leer la base de datos para el respaldo';
export const ERROR_PEDIDO_RESPALDO = 'el pedido del respaldo llegó incompleto a quien lo escribe';
export const ERROR_MENSAJE_RESPALDO = 'el respaldo escrito en segundo plano llegó dañado';

/** One end of the worker's channel: the worker's global scope, or in tests one port of a MessageChannel. */
export interface CanalRespaldo {
  postMessage(mensaje: unknown, transferir?: Transferable[]): void;
  onmessage: ((evento: MessageEvent) => void) | null;
}

/** The buffer of exactly these bytes, to transfer (copied only when they are a view into more). */
function bufferPropio(bytes: Uint8Array<ArrayBuffer>): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
}

/**
 * The worker's side: answers one backup request on `canal`, opening the database with `abrir`. Never throws; what
 * fails is a Spanish message (the original stays in the console for IT).
 */
export function atenderRespaldos(canal: CanalRespaldo, abrir: (nombre: string) => BaseDatosPoa = (n) => new BaseDatosPoa(n)): void {
  let esperando: { listo: () => void; falla: (e: Error) => void } | null = null;
  const archivosPedidos = new Map<string, { listo: (bytes: Uint8Array) => void; falla: (e: Error) => void }>();
  let enCurso = false;
  const enviar = (m: MensajeTrabajador, transferir: Transferable[] = []) => canal.postMessage(m, transferir);
  canal.onmessage = (evento) => {
    const pedido = pedidoSchema.safeParse(evento.data);
    if (pedido.success) {
      if (!enCurso) {
        enCurso = true;
        void respaldar(pedido.data);
      }
      return;
    }
    const archivo = archivoLeidoSchema.safeParse(evento.data);
    if (archivo.success) {
      const espera = archivosPedidos.get(archivo.data.sha256);
      archivosPedidos.delete(archivo.data.sha256);
      if ('bytes' in archivo.data) espera?.listo(new Uint8Array(archivo.data.bytes));
      else espera?.falla(new Error(archivo.data.mensaje));
      return;
    }
    const espera = esperando;
    esperando = null;
    if (recibidoSchema.safeParse(evento.data).success) espera?.listo();
    else if (espera) espera.falla(new ErrorArchivoRespaldo(ERROR_PEDIDO_RESPALDO));
    else enviar({ tipo: 'error', mensaje: ERROR_PEDIDO_RESPALDO });
  };

  async function respaldar(p: Pedido): Promise<void> {
    const db = abrir(p.base);
    if (p.archivos === 'pagina') {
      // Only reading: a backup never writes a file.
      const almacen: AlmacenArchivos = {
        lugar: 'puente',
        guardar: () => Promise.reject(new Error('El respaldo no guarda archivos')),
        leer: (sha256, extension) =>
          new Promise<Uint8Array>((listo, falla) => {
            archivosPedidos.set(sha256, { listo, falla });
            enviar({ tipo: 'archivo', sha256, extension });
          }),
      };
      db.archivos = almacen;
    }
    const destino: DestinoRespaldo = (bytes) =>
      new Promise<void>((listo, falla) => {
        esperando = { listo, falla };
        const buffer = bufferPropio(bytes);
        enviar({ tipo: 'trozo', bytes: buffer }, [buffer]);
      });
    // The progress bar moves a few times a second, not once per thousand rows: each move is a render on the page.
    let ultimoAvance = 0;
    const alAvanzar: AlAvanzar = (avance) => {
      const ahora = performance.now();
      if (ahora - ultimoAvance < INTERVALO_AVANCE_MS && avance.hechas < avance.total) return;
      ultimoAvance = ahora;
      enviar({ tipo: 'avance', avance: avance as Avance & { fase: 'respaldo' } });
    };
    try {
      const resumen =
        p.motivo === 'automatico' || p.autor === null
          ? await instantaneaRespaldo(db, destino, alAvanzar, new Date(p.ahora))
          : await volcarRegistrado(db, p.autor, p.motivo, destino, alAvanzar, new Date(p.ahora));
      enviar({ tipo: 'hecho', resumen });
    } catch (error) {
      if (!(error instanceof ErrorArchivoRespaldo)) console.error('Respaldo en segundo plano:', error);
      enviar({ tipo: 'error', mensaje: error instanceof ErrorArchivoRespaldo ? error.message : ERROR_LECTURA_RESPALDO });
    } finally {
      db.close();
    }
  }
}

/** What the page needs of a worker (a `Worker`, or in tests one end of a message channel). */
export type TrabajadorRespaldo = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onmessageerror' | 'onerror'>;

/**
 * The page's side: one worker per backup, ended as soon as it finishes. Each piece goes to `destino` before the worker
 * is told to send the next; a failure of `destino` stops the worker and rejects with that same error. Rejects with a
 * Spanish message for anything else.
 */
export function respaldarEnTrabajador(
  base: string,
  motivo: MotivoTrabajo,
  autor: Autor | null,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar,
  crear: () => TrabajadorRespaldo,
  archivos: AlmacenArchivos,
): Promise<ResumenArchivo> {
  return new Promise<ResumenArchivo>((listo, falla) => {
    let trabajador: TrabajadorRespaldo;
    try {
      trabajador = crear();
    } catch {
      falla(new Error(ERROR_TRABAJADOR_RESPALDO));
      return;
    }
    let terminado = false;
    const terminar = (accion: () => void) => {
      if (terminado) return;
      terminado = true;
      trabajador.onmessage = trabajador.onmessageerror = trabajador.onerror = null;
      trabajador.terminate();
      accion();
    };
    trabajador.onmessage = (evento) => {
      const r = mensajeTrabajadorSchema.safeParse(evento.data);
      if (!r.success) return terminar(() => falla(new Error(ERROR_MENSAJE_RESPALDO)));
      const m = r.data;
      if (m.tipo === 'avance') alAvanzar(m.avance);
      else if (m.tipo === 'error') terminar(() => falla(new Error(m.mensaje)));
      else if (m.tipo === 'hecho') terminar(() => listo(m.resumen));
      else if (m.tipo === 'archivo')
        archivos.leer(m.sha256, m.extension).then(
          (bytes) => {
            if (terminado) return;
            const buffer = bufferPropio(new Uint8Array(bytes));
            trabajador.postMessage({ tipo: 'archivoLeido', sha256: m.sha256, bytes: buffer }, [buffer]);
          },
          (error: unknown) =>
            !terminado && trabajador.postMessage({ tipo: 'archivoLeido', sha256: m.sha256, mensaje: error instanceof Error ? error.message : String(error) }),
        );
      else
        destino(new Uint8Array(m.bytes)).then(
          () => !terminado && trabajador.postMessage({ tipo: 'recibido' }),
          (error: unknown) => terminar(() => falla(error)),
        );
    };
    trabajador.onmessageerror = () => terminar(() => falla(new Error(ERROR_MENSAJE_RESPALDO)));
    trabajador.onerror = (evento) => {
      evento.preventDefault();
      terminar(() => falla(new Error(ERROR_TRABAJADOR_RESPALDO)));
    };
    trabajador.postMessage({ tipo: 'respaldar', base, motivo, autor, ahora: new Date().toISOString(), archivos: archivos.lugar === 'base' ? 'base' : 'pagina' } satisfies Pedido);
  });
}

/** The backup's module worker, where the platform has workers (the app, Chromium); none in Node. */
export function crearTrabajadorRespaldo(): TrabajadorRespaldo | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./respaldo.worker.ts', import.meta.url), { type: 'module', name: 'Respaldo' });
}
