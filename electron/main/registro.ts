/**
 * The main process's log: a text file in the data folder (`registros/poa.log`), because a Windows GUI program has no
 * console. It is capped in size and keeps a few older generations (`poa.log.1` is the newest of them). It never
 * holds personal data: callers write fixed messages with channel names and routes, and of an error detail only
 * the error's name, system code and stack frames go in, never its message nor any payload (a Node message quotes
 * file names, which may carry a citizen's name).
 */
import nodePath from 'node:path';

/** The synchronous part of `node:fs` used: a line is on disk before the next one, even if the app is crashing. */
export interface FsRegistro {
  mkdirSync(ruta: string, opciones: { recursive: true }): unknown;
  statSync(ruta: string, opciones: { throwIfNoEntry: false }): { size: number } | undefined;
  renameSync(origen: string, destino: string): void;
  rmSync(ruta: string, opciones: { force: true }): void;
  appendFileSync(ruta: string, datos: string): void;
}

export interface OpcionesRegistro {
  fs: FsRegistro;
  /** `<userData>/registros`. */
  carpeta: string;
  ahora: () => Date;
  /** Bytes of the current file before it rotates. */
  tamanoMaximo?: number;
  /** Older files kept besides the current one. */
  generaciones?: number;
  /** Also written here (the terminal in development). */
  consola?: (linea: string) => void;
}

export const ARCHIVO_REGISTRO = 'poa.log';
const TAMANO_PREDETERMINADO = 1024 * 1024;
const GENERACIONES_PREDETERMINADAS = 3;
const LARGO_MAXIMO_MENSAJE = 400;
const MARCOS_MAXIMOS = 12;
/** Fields of a plain detail object that carry no personal data (`render-process-gone`'s details among them). */
const CAMPOS_SEGUROS = ['reason', 'exitCode', 'code', 'name', 'type'] as const;

/** Control characters (a forged newline would fake a log line) become spaces. */
function enUnRenglon(texto: string, largo: number): string {
  // eslint-disable-next-line no-control-regex
  const limpio = texto.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return limpio.length > largo ? `${limpio.slice(0, largo)}…` : limpio;
}

function describirError(error: Error, profundidad: number): string {
  const codigo = (error as { code?: unknown }).code;
  const encabezado = `${enUnRenglon(error.name, 60)}${typeof codigo === 'string' || typeof codigo === 'number' ? ` [${enUnRenglon(String(codigo), 40)}]` : ''}`;
  const marcos = (error.stack ?? '')
    .split('\n')
    .map((linea) => linea.trim())
    .filter((linea) => linea.startsWith('at '))
    .slice(0, MARCOS_MAXIMOS)
    .map((linea) => `    ${enUnRenglon(linea, 300)}`);
  const causa = error.cause instanceof Error && profundidad < 2 ? [`  causa: ${describirError(error.cause, profundidad + 1)}`] : [];
  return [encabezado, ...marcos, ...causa].join('\n');
}

/** What of a detail goes in the log: see the module's comment. */
export function describirDetalle(detalle: unknown): string {
  if (detalle === undefined || detalle === null || detalle === '') return '';
  if (detalle instanceof Error) return describirError(detalle, 0);
  if (typeof detalle === 'number' || typeof detalle === 'boolean') return String(detalle);
  if (typeof detalle === 'string') {
    // Chromium's short reasons ("failed", "Print job canceled"); anything longer or not plain ASCII is left out.
    return /^[\x20-\x7e]{1,80}$/.test(detalle) ? detalle : '[texto omitido]';
  }
  if (typeof detalle === 'object') {
    const campos = CAMPOS_SEGUROS.flatMap((campo) => {
      const valor = (detalle as Record<string, unknown>)[campo];
      return typeof valor === 'string' || typeof valor === 'number' ? [`${campo}=${enUnRenglon(String(valor), 60)}`] : [];
    });
    return campos.length > 0 ? campos.join(' ') : '[detalle omitido]';
  }
  return '[detalle omitido]';
}

/** The log's function, `(mensaje, detalle?) => void`. Never throws: a log that cannot be written is skipped. */
export function crearRegistro(opciones: OpcionesRegistro): (mensaje: string, detalle?: unknown) => void {
  const { fs, carpeta, ahora, consola } = opciones;
  const tamanoMaximo = opciones.tamanoMaximo ?? TAMANO_PREDETERMINADO;
  const generaciones = opciones.generaciones ?? GENERACIONES_PREDETERMINADAS;
  const actual = nodePath.join(carpeta, ARCHIVO_REGISTRO);
  const generacion = (n: number) => `${actual}.${n}`;
  let carpetaLista = false;

  function rotar(): void {
    fs.rmSync(generacion(generaciones), { force: true });
    for (let n = generaciones - 1; n >= 1; n -= 1) {
      if (fs.statSync(generacion(n), { throwIfNoEntry: false })) fs.renameSync(generacion(n), generacion(n + 1));
    }
    if (generaciones >= 1) fs.renameSync(actual, generacion(1));
    else fs.rmSync(actual, { force: true });
  }

  return (mensaje, detalle) => {
    const descripcion = describirDetalle(detalle);
    const linea = `${ahora().toISOString()} ${enUnRenglon(mensaje, LARGO_MAXIMO_MENSAJE)}${descripcion ? ` — ${descripcion}` : ''}\n`;
    consola?.(linea.trimEnd());
    try {
      if (!carpetaLista) {
        fs.mkdirSync(carpeta, { recursive: true });
        carpetaLista = true;
      }
      const tamano = fs.statSync(actual, { throwIfNoEntry: false })?.size ?? 0;
      if (tamano > 0 && tamano + Buffer.byteLength(linea) > tamanoMaximo) rotar();
      fs.appendFileSync(actual, linea);
    } catch {
      // A full or read-only disk: the app goes on without its log.
    }
  };
}
