/**
 * The backup file, version 2 of the file format: gzip of JSON lines, written and read as a stream so the database is
 * never one string in memory.
 *
 *   line 1      {"formato":"poa-gestion-social/respaldo","archivo":2,"version":5,"fecha":"…","estacion":"V1",
 *                "esquema":9,"tablas":{"poas":3,"actividades":12,…}}
 *   lines 2…    {"tabla":"solicitudes","filas":[{…},{…},…]}      table by table, at most FILAS_POR_LINEA rows (and
 *                                                                about BYTES_POR_LINEA) per line
 *   last line   {"fin":true,"tablas":{…},"filas":423117,"lineas":431,"sha256":"…"}
 *
 * `archivo` is the version of this layout; `version` is the version of the backup's tables (the same numbering as the
 * plain JSON files of version 1, `{formato, version, fecha, estacion, tablas}`, which are still read); `esquema` is the
 * database schema version that wrote it; `tablas` in the header are the row counts that follow. The last line repeats
 * the counts and carries the SHA-256 of the content before it: the SHA-256 of the 32-byte SHA-256s of every earlier
 * line (its UTF-8 bytes without the line break), in order. A file cut anywhere, or edited, fails that check or lacks
 * its last line, and is refused whole.
 *
 * Compression is the platform's (`CompressionStream('gzip')`, in Chromium, Electron and Node 20 alike), reached through
 * `globalThis` with the small part of the streams interface used here spelled out, as `shared/seguridad/bytes.ts`
 * does for WebCrypto.
 */
import { aHex, subtle, utf8 } from '../seguridad/bytes';

export const VERSION_ARCHIVO = 2;

/** Bytes as they are read: a stream's pieces, or pieces already in memory. */
export type FuenteBytes = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
export const FILAS_POR_LINEA = 1000;
/** A line is closed when its rows pass this many characters, so a table of large rows still moves in small pieces. */
export const BYTES_POR_LINEA = 1024 * 1024;
/** No line of a file this version writes comes near this; a longer one is a damaged or foreign file. */
export const LINEA_MAXIMA = 64 * 1024 * 1024;

/** The error every reader of this module throws, with a Spanish message for the user. */
export class ErrorArchivoRespaldo extends Error {
  override readonly name = 'ErrorArchivoRespaldo';
}

interface Lector<T> {
  read(): Promise<{ done: boolean; value?: T }>;
  cancel(motivo?: unknown): Promise<void>;
  releaseLock(): void;
}
interface Escritor<T> {
  write(valor: T): Promise<void>;
  close(): Promise<void>;
  abort(motivo?: unknown): Promise<void>;
  readonly ready: Promise<void>;
  readonly desiredSize: number | null;
}
interface Transformador {
  readable: { getReader(): Lector<Uint8Array> };
  writable: { getWriter(): Escritor<Uint8Array> };
}
type ConstructorTransformador = new (formato: 'gzip') => Transformador;
interface GlobalConFlujos {
  CompressionStream?: ConstructorTransformador;
  DecompressionStream?: ConstructorTransformador;
  TextDecoder: new (etiqueta: string, opciones: { fatal: boolean }) => { decode(bytes: Uint8Array, opciones?: { stream: boolean }): string };
}
const global = globalThis as unknown as GlobalConFlujos;

function transformador(nombre: 'CompressionStream' | 'DecompressionStream'): Transformador {
  const C = global[nombre];
  if (!C) throw new ErrorArchivoRespaldo('Este equipo no ofrece la compresión necesaria para los respaldos.');
  return new C('gzip');
}

/** True when the bytes start as gzip does (0x1f 0x8b): a file of this format, not a plain JSON one. */
export function esComprimido(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The SHA-256 of the content from the SHA-256s of its lines, in order. */
async function hashDeLineas(hashes: readonly Uint8Array[]): Promise<string> {
  const todo = new Uint8Array(hashes.length * 32);
  hashes.forEach((h, i) => todo.set(h, i * 32));
  return aHex(new Uint8Array(await subtle().digest('SHA-256', todo)));
}

export interface EncabezadoArchivo {
  formato: string;
  archivo: number;
  version: number;
  fecha: string;
  estacion: string;
  esquema: number;
  tablas: Record<string, number>;
}

export interface ResumenArchivo {
  tablas: Record<string, number>;
  filas: number;
  lineas: number;
  sha256: string;
}

/**
 * Builds a file line by line: `encabezado`, then `filas` for each table in turn (rows are gathered into lines here),
 * then `terminar`. Every line goes to `salida` as UTF-8 with its line break; the caller compresses. The SHA-256 of each
 * line is asked of WebCrypto as it is written and not awaited there, so the writer can run inside a database
 * transaction (which would close on a foreign wait); `terminar` awaits them all.
 */
export class EscritorLineas {
  private readonly hashes: Promise<ArrayBuffer>[] = [];
  /** The rows waiting for their line, each already as JSON. */
  private pendientes: string[] = [];
  private tamanoPendiente = 0;
  private tablaPendiente: string | null = null;
  private readonly conteos: Record<string, number> = {};
  private filas = 0;

  constructor(private readonly salida: (linea: Uint8Array) => void) {}

  private linea(json: string): void {
    // Encoded once with its line break; the SHA-256 is of the line without it.
    const conSalto = utf8(json + '\n');
    this.hashes.push(subtle().digest('SHA-256', conSalto.subarray(0, conSalto.length - 1)));
    this.salida(conSalto);
  }

  encabezado(e: EncabezadoArchivo): void {
    for (const t of Object.keys(e.tablas)) this.conteos[t] = 0;
    this.linea(JSON.stringify(e));
  }

  private vaciar(): void {
    if (this.tablaPendiente === null || this.pendientes.length === 0) return;
    this.linea(`{"tabla":${JSON.stringify(this.tablaPendiente)},"filas":[${this.pendientes.join(',')}]}`);
    this.pendientes = [];
    this.tamanoPendiente = 0;
  }

  /** Rows of `tabla`, in order; a table's rows all come before the next table's. */
  agregar(tabla: string, filas: readonly unknown[]): void {
    if (tabla !== this.tablaPendiente) {
      this.vaciar();
      this.tablaPendiente = tabla;
    }
    this.conteos[tabla] ??= 0;
    // A chunk that is a line by itself (the usual case: a table read a line's worth at a time) is turned into JSON in
    // one call: the same text as row by row, without a string per row.
    if (this.pendientes.length === 0 && filas.length === FILAS_POR_LINEA) {
      const json = JSON.stringify(filas);
      if (json.length < BYTES_POR_LINEA) {
        this.linea(`{"tabla":${JSON.stringify(tabla)},"filas":${json}}`);
        this.conteos[tabla] += filas.length;
        this.filas += filas.length;
        return;
      }
    }
    for (const fila of filas) {
      const json = JSON.stringify(fila);
      this.pendientes.push(json);
      this.tamanoPendiente += json.length;
      this.conteos[tabla]++;
      this.filas++;
      if (this.pendientes.length >= FILAS_POR_LINEA || this.tamanoPendiente >= BYTES_POR_LINEA) this.vaciar();
    }
  }

  /** Writes the last line and says what the file holds. */
  async terminar(): Promise<ResumenArchivo> {
    this.vaciar();
    const hashes = (await Promise.all(this.hashes)).map((h) => new Uint8Array(h));
    const resumen: ResumenArchivo = { tablas: { ...this.conteos }, filas: this.filas, lineas: hashes.length, sha256: await hashDeLineas(hashes) };
    this.linea(JSON.stringify({ fin: true, ...resumen }));
    return resumen;
  }
}

/**
 * A gzip compressor for `escribir`'s lines: `escribir` pushes a line (never waiting), `listo` resolves when the
 * compressor has room again, and each compressed piece goes to `destino` in order, gathered to about `trozo` bytes.
 * `cerrar` ends the stream and waits until `destino` received everything; `abortar` drops it.
 */
export function compresorGzip(destino: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>, trozo = 1024 * 1024) {
  const t = transformador('CompressionStream');
  const escritor = t.writable.getWriter();
  const lector = t.readable.getReader();
  let fallo: unknown = null;
  const bombeo = (async () => {
    let partes: Uint8Array[] = [];
    let tamano = 0;
    const enviar = async () => {
      if (tamano === 0) return;
      const junto = juntar(partes);
      partes = [];
      tamano = 0;
      await destino(junto);
    };
    for (;;) {
      const { done, value } = await lector.read();
      if (done) break;
      // Never more than `trozo` in one piece: a compressed piece is split where it would pass it.
      for (let resto = value!; resto.length > 0; ) {
        const cabe = resto.subarray(0, trozo - tamano);
        partes.push(cabe);
        tamano += cabe.length;
        resto = resto.subarray(cabe.length);
        if (tamano === trozo) await enviar();
      }
    }
    await enviar();
  })().catch((e: unknown) => {
    fallo = e;
    void escritor.abort(e).catch(() => undefined);
    void lector.cancel(e).catch(() => undefined);
    throw e;
  });
  bombeo.catch(() => undefined);
  return {
    escribir(linea: Uint8Array): void {
      escritor.write(linea).catch(() => undefined);
    },
    /** True while the compressor's queue is full: the caller waits on `listo` before writing more. */
    get lleno(): boolean {
      return (escritor.desiredSize ?? 0) <= 0;
    },
    listo(): Promise<void> {
      if (fallo) return Promise.reject(fallo as Error);
      return Promise.race([escritor.ready, bombeo.then(() => undefined)]);
    },
    async cerrar(): Promise<void> {
      await escritor.close();
      await bombeo;
    },
    async abortar(motivo: unknown): Promise<void> {
      await escritor.abort(motivo).catch(() => undefined);
      await bombeo.catch(() => undefined);
    },
  };
}

/** Gunzips `fuente` as it is read. A cut or damaged stream ends in an ErrorArchivoRespaldo. */
export async function* descomprimir(fuente: FuenteBytes): AsyncGenerator<Uint8Array> {
  const t = transformador('DecompressionStream');
  const escritor = t.writable.getWriter();
  const lector = t.readable.getReader();
  let errorFuente: unknown = null;
  // What fails reading the source is the source's error; what fails decompressing shows when the output is read.
  const bombeo = (async () => {
    try {
      for await (const pieza of fuente) {
        try {
          await escritor.ready;
          await escritor.write(pieza);
        } catch {
          return;
        }
      }
    } catch (e) {
      errorFuente = e;
      await escritor.abort(e).catch(() => undefined);
      return;
    }
    await escritor.close().catch(() => undefined);
  })();
  try {
    for (;;) {
      let r: { done: boolean; value?: Uint8Array };
      try {
        r = await lector.read();
      } catch {
        if (errorFuente instanceof ErrorArchivoRespaldo) throw errorFuente;
        if (errorFuente) throw errorFuente as Error;
        throw new ErrorArchivoRespaldo('El archivo está dañado o cortado: su contenido comprimido no se pudo leer completo');
      }
      if (r.done) break;
      yield r.value!;
    }
    await bombeo;
    if (errorFuente) throw errorFuente as Error;
  } finally {
    await lector.cancel().catch(() => undefined);
  }
}

/** The text lines of a byte stream (UTF-8, strictly), without their breaks; a line longer than LINEA_MAXIMA is refused. */
export async function* lineas(fuente: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decodificador = new global.TextDecoder('utf-8', { fatal: true });
  let resto = '';
  const decodificar = (bytes: Uint8Array, seguir: boolean) => {
    try {
      return decodificador.decode(bytes, { stream: seguir });
    } catch {
      throw new ErrorArchivoRespaldo('El archivo está dañado: no es texto válido');
    }
  };
  // Only the text just decoded is searched for a break: what came before has none.
  for await (const pieza of fuente) {
    const texto = decodificar(pieza, true);
    let inicio = 0;
    for (let salto = texto.indexOf('\n'); salto !== -1; salto = texto.indexOf('\n', inicio)) {
      yield resto + texto.slice(inicio, salto);
      resto = '';
      inicio = salto + 1;
    }
    resto += texto.slice(inicio);
    if (resto.length > LINEA_MAXIMA) throw new ErrorArchivoRespaldo('El archivo está dañado: tiene una línea demasiado larga');
  }
  resto += decodificar(new Uint8Array(0), false);
  if (resto !== '') yield resto;
}

export type PiezaArchivo =
  | { tipo: 'encabezado'; encabezado: Record<string, unknown> }
  | { tipo: 'filas'; tabla: string; filas: Record<string, unknown>[] }
  | { tipo: 'fin'; resumen: ResumenArchivo };

const CORTADO = 'El respaldo está incompleto: el archivo está cortado (le falta su final)';

function objeto(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads a compressed file piece by piece and checks its integrity as it goes: the header first, row lines of one
 * table at a time that add up to the header's and the last line's counts, the last line's SHA-256 over everything
 * before it, and nothing after it. What the rows hold is the caller's to check (their schemas). The pieces come out
 * as they are read; a file that fails at its end has already handed out rows, so the caller stages them and applies
 * nothing until this generator finishes.
 */
export async function* leerArchivoComprimido(fuente: FuenteBytes): AsyncGenerator<PiezaArchivo> {
  const hashes: Promise<ArrayBuffer>[] = [];
  let encabezado: Record<string, unknown> | null = null;
  let fin: ResumenArchivo | null = null;
  const leidas: Record<string, number> = {};
  const terminadas = new Set<string>();
  let actual: string | null = null;
  let numero = 0;
  for await (const texto of lineas(descomprimir(fuente))) {
    numero++;
    if (fin) throw new ErrorArchivoRespaldo('El archivo está dañado: trae datos después de su final');
    let valor: unknown;
    try {
      valor = JSON.parse(texto);
    } catch {
      throw new ErrorArchivoRespaldo(`El archivo está dañado: su línea ${numero} no es JSON válido`);
    }
    if (!objeto(valor)) throw new ErrorArchivoRespaldo(`El archivo está dañado: su línea ${numero} no es parte de un respaldo`);
    if (encabezado === null) {
      if (!('formato' in valor)) throw new ErrorArchivoRespaldo('El archivo no es un respaldo de POA Gestión Social');
      encabezado = valor;
      hashes.push(subtle().digest('SHA-256', utf8(texto)));
      yield { tipo: 'encabezado', encabezado };
      continue;
    }
    if (valor.fin === true) {
      const esperado = await hashDeLineas((await Promise.all(hashes)).map((h) => new Uint8Array(h)));
      if (valor.sha256 !== esperado || valor.lineas !== hashes.length) {
        throw new ErrorArchivoRespaldo('El archivo está dañado: su contenido no coincide con su suma de verificación (SHA-256)');
      }
      const contados = objeto(valor.tablas) ? valor.tablas : {};
      const declarados = objeto(encabezado.tablas) ? encabezado.tablas : {};
      for (const t of new Set([...Object.keys(leidas), ...Object.keys(contados), ...Object.keys(declarados)])) {
        if ((leidas[t] ?? 0) !== (contados[t] ?? 0) || (leidas[t] ?? 0) !== (declarados[t] ?? 0)) {
          throw new ErrorArchivoRespaldo(`El archivo está dañado: la tabla «${t}» no trae los registros que dice`);
        }
      }
      fin = { tablas: contados as Record<string, number>, filas: Number(valor.filas), lineas: hashes.length, sha256: esperado };
      continue;
    }
    if (typeof valor.tabla !== 'string' || !Array.isArray(valor.filas) || !valor.filas.every(objeto)) {
      throw new ErrorArchivoRespaldo(`El archivo está dañado: su línea ${numero} no es parte de un respaldo`);
    }
    hashes.push(subtle().digest('SHA-256', utf8(texto)));
    if (valor.tabla !== actual) {
      if (terminadas.has(valor.tabla)) throw new ErrorArchivoRespaldo(`El archivo está dañado: la tabla «${valor.tabla}» viene en dos partes`);
      if (actual !== null) terminadas.add(actual);
      actual = valor.tabla;
    }
    leidas[valor.tabla] = (leidas[valor.tabla] ?? 0) + valor.filas.length;
    yield { tipo: 'filas', tabla: valor.tabla, filas: valor.filas as Record<string, unknown>[] };
  }
  if (encabezado === null) throw new ErrorArchivoRespaldo('El archivo está vacío: no es un respaldo de POA Gestión Social');
  if (!fin) throw new ErrorArchivoRespaldo(CORTADO);
  yield { tipo: 'fin', resumen: fin };
}

/**
 * The lines of a byte stream as bytes, without their breaks: nothing decoded. A line longer than LINEA_MAXIMA is
 * refused. The pieces of a line that spans several are kept apart and joined once, when its break comes: joining at
 * every piece copied a long line over and over.
 */
export async function* lineasEnBytes(fuente: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let resto: Uint8Array[] = [];
  let tamanoResto = 0;
  for await (const pieza of fuente) {
    let inicio = 0;
    for (let salto = pieza.indexOf(0x0a); salto !== -1; salto = pieza.indexOf(0x0a, inicio)) {
      const fin = pieza.subarray(inicio, salto);
      yield resto.length === 0 ? fin : juntar([...resto, fin]);
      resto = [];
      tamanoResto = 0;
      inicio = salto + 1;
    }
    if (inicio < pieza.length) {
      // Copied: the source may reuse its buffer for the next piece.
      resto.push(pieza.slice(inicio));
      tamanoResto += pieza.length - inicio;
    }
    if (tamanoResto > LINEA_MAXIMA) throw new ErrorArchivoRespaldo('El archivo está dañado: tiene una línea demasiado larga');
  }
  if (tamanoResto > 0) yield juntar(resto);
}

function comoObjeto(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const valor: unknown = JSON.parse(new global.TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return objeto(valor) ? valor : null;
  } catch {
    return null;
  }
}

/**
 * Checks a file this app has just written against the SHA-256 its writer computed, without reading its rows: every
 * line is hashed as bytes, and only the header and the last line are parsed. The SHA-256 covers every line before the
 * last, so a file whose sum matches the writer's holds exactly the lines the writer wrote (and checked as it wrote
 * them). `ceder` runs after each line (the page gives the screen its turn there). `sha256` may come later than the
 * first bytes: a file checked as it arrives learns its writer's sum at its end. Throws an ErrorArchivoRespaldo; returns
 * the header and the file's SHA-256.
 */
export async function verificarArchivoEscrito(
  fuente: FuenteBytes,
  sha256: string | Promise<string>,
  ceder: () => Promise<void> | void = () => undefined,
): Promise<{ encabezado: Record<string, unknown>; sha256: string }> {
  const hashes: Promise<ArrayBuffer>[] = [];
  let encabezado: Record<string, unknown> | null = null;
  let anterior: Uint8Array | null = null;
  for await (const linea of lineasEnBytes(descomprimir(fuente))) {
    if (anterior !== null) hashes.push(subtle().digest('SHA-256', anterior));
    if (encabezado === null) {
      encabezado = comoObjeto(linea);
      if (encabezado === null || !('formato' in encabezado)) throw new ErrorArchivoRespaldo('El archivo no es un respaldo de POA Gestión Social');
    }
    anterior = linea;
    await ceder();
  }
  if (encabezado === null || anterior === null) throw new ErrorArchivoRespaldo('El archivo está vacío: no es un respaldo de POA Gestión Social');
  const fin = hashes.length === 0 ? null : comoObjeto(anterior);
  if (fin === null || fin.fin !== true) throw new ErrorArchivoRespaldo(CORTADO);
  const calculado = await hashDeLineas((await Promise.all(hashes)).map((h) => new Uint8Array(h)));
  if (fin.sha256 !== calculado || fin.lineas !== hashes.length) {
    throw new ErrorArchivoRespaldo('El archivo está dañado: su contenido no coincide con su suma de verificación (SHA-256)');
  }
  if (calculado !== (await sha256)) throw new ErrorArchivoRespaldo('El archivo escrito no coincide con el respaldo enviado');
  return { encabezado, sha256: calculado };
}

/** The pieces of a byte array, for reading one held in memory (an opened locked copy, a test's file). */
export async function* enTrozos(bytes: Uint8Array, tamano = 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += tamano) yield bytes.subarray(i, Math.min(bytes.length, i + tamano));
}

/** One array of the pieces' bytes, in order. */
export function juntar(partes: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const todo = new Uint8Array(partes.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of partes) {
    todo.set(p, i);
    i += p.length;
  }
  return todo;
}

/**
 * Writes a file through a gzip compressor to `destino`: `cuerpo` writes the header and the rows with the writer it is
 * given, and calls `espacio()` between chunks: null when the compressor has room, else a promise of when it has (a
 * writer inside a database transaction waits on it through `Dexie.waitFor`, so the transaction stays open). Then the last line is written and the
 * compressor drained. A failure anywhere drops the compressor and rethrows.
 */
export async function conCompresor(
  destino: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>,
  cuerpo: (escritor: EscritorLineas, espacio: () => Promise<void> | null) => Promise<void>,
  trozo?: number,
): Promise<ResumenArchivo> {
  const compresor = compresorGzip(destino, trozo);
  const escritor = new EscritorLineas((linea) => compresor.escribir(linea));
  try {
    await cuerpo(escritor, () => (compresor.lleno ? compresor.listo() : null));
    const resumen = await escritor.terminar();
    await compresor.cerrar();
    return resumen;
  } catch (e) {
    await compresor.abortar(e);
    throw e;
  }
}

/**
 * A whole file from its header and its rows, table by table, to `destino` as compressed pieces: for writers outside a
 * database transaction (the demo file, tests).
 */
export function escribirComprimido(
  encabezado: EncabezadoArchivo,
  piezas: Iterable<{ tabla: string; filas: readonly unknown[] }> | AsyncIterable<{ tabla: string; filas: readonly unknown[] }>,
  destino: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>,
): Promise<ResumenArchivo> {
  return conCompresor(destino, async (escritor, espacio) => {
    escritor.encabezado(encabezado);
    for await (const { tabla, filas } of piezas) {
      escritor.agregar(tabla, filas);
      await espacio();
    }
  });
}
