/**
 * Reading a backup file of either format as a stream of checked rows: the compressed JSON lines of version 2
 * (`respaldoComprimido.ts`) as they arrive, or a plain JSON file of version 1 whole, through `validarRespaldo`. Both go
 * through the same checks (every table of its version and no other, every row passing its schema, every configuración
 * value passing its own, no date more than a day ahead, the file complete) with the same Spanish messages, and both
 * hand out the schemas' output, which is what gets stored.
 */
import { z } from 'zod';
import { unificarIdentidades, type TablasPoa } from '../domain/unificarPoa';
import { formatearFechaHora } from '../domain/formato';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../ipc/limites';
import { deUtf8 } from '../seguridad/bytes';
import {
  camposEncabezado,
  CAUSA_RELOJ,
  ESQUEMAS_TABLAS,
  FORMATO_RESPALDO,
  MARGEN_RELOJ_MS,
  mensajeFilaInvalida,
  revisarTablas,
  TABLAS_RESPALDO,
  validarFila,
  validarRespaldo,
  type ArchivoRespaldo,
  type NombreTabla,
} from './respaldo';
import { datosPaqueteSchema, type DatosPaquete } from './paquete';
import { ErrorArchivoRespaldo, esComprimido, FILAS_POR_LINEA, juntar, leerArchivoComprimido, VERSION_ARCHIVO, type FuenteBytes } from './respaldoComprimido';

export type EventoLectura =
  | { tipo: 'encabezado'; version: number; fecha: string; estacion: string; totales: Record<NombreTabla, number>; paquete?: DatosPaquete }
  | { tipo: 'filas'; tabla: NombreTabla; filas: Record<string, unknown>[]; leidas: number; total: number }
  | { tipo: 'fin'; conteos: Record<NombreTabla, number> };

/** The tables whose ids are brought to their year's before they are used: small, held until the file's end. */
const TABLAS_POA: readonly (keyof TablasPoa)[] = ['poas', 'actividades', 'ajustes', 'justificaciones', 'reconducciones'];
const esTablaPoa = (t: NombreTabla): t is keyof TablasPoa => (TABLAS_POA as readonly string[]).includes(t);

const encabezadoComprimido = z.object({
  ...camposEncabezado,
  archivo: z
    .number({ error: 'El archivo no es un respaldo de POA Gestión Social: no dice su versión' })
    .int()
    .max(VERSION_ARCHIVO, { error: 'El respaldo es de una versión más nueva de la aplicación' }),
  esquema: z.number().int().nonnegative().optional(),
  tablas: z.record(z.string(), z.number().int().nonnegative(), { error: 'El respaldo no trae sus tablas' }),
  /** A package for another station (paquete.ts) says so here; a backup has none. */
  paquete: datosPaqueteSchema.optional(),
});

/** Counts the bytes read and stops at the largest backup: an endless or huge file is never read to its end. */
async function* conLimite(fuente: FuenteBytes): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const pieza of fuente) {
    total += pieza.length;
    if (total > TAMANO_MAXIMO_RESPALDO) throw new ErrorArchivoRespaldo(mensajeTamanoExcedido('El archivo', TAMANO_MAXIMO_RESPALDO));
    yield pieza;
  }
}

/** The first non-empty piece of a stream and the stream again from its start. */
async function asomar(fuente: AsyncIterable<Uint8Array>): Promise<{ primera: Uint8Array | null; todo: AsyncIterable<Uint8Array> }> {
  const it = fuente[Symbol.asyncIterator]();
  let primera: Uint8Array | null = null;
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    if (r.value.length > 0) {
      primera = r.value;
      break;
    }
  }
  async function* todo() {
    if (primera === null) return;
    yield primera;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { primera, todo: todo() };
}

function cero(): Record<NombreTabla, number> {
  return Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, 0])) as Record<NombreTabla, number>;
}

/** A plain JSON file (version 1 of the format): read whole, as it always was, and handed out in chunks. */
async function* leerPlano(fuente: FuenteBytes, ahora: Date): AsyncGenerator<EventoLectura> {
  const partes: Uint8Array[] = [];
  for await (const p of fuente) partes.push(p);
  const bytes = juntar(partes);
  partes.length = 0;
  let texto: string;
  try {
    texto = deUtf8(bytes);
  } catch {
    throw new ErrorArchivoRespaldo('El archivo no es un respaldo de POA Gestión Social');
  }
  const r = validarRespaldo(texto, ahora);
  if (!r.valido) throw new ErrorArchivoRespaldo(r.mensaje);
  const { respaldo } = r;
  yield { tipo: 'encabezado', version: respaldo.version, fecha: respaldo.fecha, estacion: respaldo.estacion, totales: { ...r.conteos } };
  for (const tabla of TABLAS_RESPALDO) {
    const filas = respaldo.tablas[tabla];
    for (let j = 0; j < filas.length; j += FILAS_POR_LINEA) {
      const trozo = filas.slice(j, j + FILAS_POR_LINEA);
      yield { tipo: 'filas', tabla, filas: trozo, leidas: j + trozo.length, total: filas.length };
    }
  }
  yield { tipo: 'fin', conteos: r.conteos };
}

async function* leerComprimido(fuente: FuenteBytes, ahora: Date): AsyncGenerator<EventoLectura> {
  const limite = ahora.getTime() + MARGEN_RELOJ_MS;
  let cabeza: z.infer<typeof encabezadoComprimido> | null = null;
  const leidas = cero();
  const poa: TablasPoa = { poas: [], actividades: [], ajustes: [], justificaciones: [], reconducciones: [] };
  for await (const pieza of leerArchivoComprimido(fuente)) {
    if (pieza.tipo === 'encabezado') {
      const r = encabezadoComprimido.safeParse(pieza.encabezado);
      if (!r.success) throw new ErrorArchivoRespaldo(r.error.issues[0]?.message ?? 'El archivo no es un respaldo de POA Gestión Social');
      cabeza = r.data;
      if (Date.parse(cabeza.fecha) > limite) {
        throw new ErrorArchivoRespaldo(`El respaldo tiene fecha del ${formatearFechaHora(cabeza.fecha)}, ${CAUSA_RELOJ}`);
      }
      const mal = revisarTablas(Object.keys(cabeza.tablas), cabeza.version);
      if (mal) throw new ErrorArchivoRespaldo(mal);
      const totales = cero();
      for (const t of TABLAS_RESPALDO) totales[t] = cabeza.tablas[t] ?? 0;
      yield { tipo: 'encabezado', version: cabeza.version, fecha: cabeza.fecha, estacion: cabeza.estacion, totales, paquete: cabeza.paquete };
    } else if (pieza.tipo === 'filas') {
      const tabla = pieza.tabla as NombreTabla;
      if (!cabeza || !Object.hasOwn(ESQUEMAS_TABLAS, tabla) || !(tabla in cabeza.tablas)) {
        throw new ErrorArchivoRespaldo(`El respaldo trae tablas desconocidas: ${pieza.tabla}`);
      }
      const validas: Record<string, unknown>[] = [];
      for (const fila of pieza.filas) {
        const r = validarFila(tabla, fila, cabeza.version, cabeza.estacion, limite);
        if ('problema' in r) throw new ErrorArchivoRespaldo(mensajeFilaInvalida(tabla, leidas[tabla], fila, r));
        validas.push(r.fila);
        leidas[tabla]++;
      }
      if (esTablaPoa(tabla)) poa[tabla].push(...validas);
      else yield { tipo: 'filas', tabla, filas: validas, leidas: leidas[tabla], total: cabeza.tablas[tabla] };
    } else {
      // The whole file checked: the POA's tables, with the ids of their year, go last.
      const unificadas = unificarIdentidades(poa);
      for (const t of TABLAS_POA) {
        if (unificadas[t].length) yield { tipo: 'filas', tabla: t, filas: unificadas[t], leidas: unificadas[t].length, total: unificadas[t].length };
      }
      yield { tipo: 'fin', conteos: leidas };
    }
  }
}

/**
 * A backup file of either format as checked rows, table by table. Throws an ErrorArchivoRespaldo with the first
 * problem. Rows come out before the end of the file is checked: use them (stage them) only once the `fin` event came.
 */
export async function* leerRespaldo(fuente: FuenteBytes, ahora: Date = new Date()): AsyncGenerator<EventoLectura> {
  const { primera, todo } = await asomar(conLimite(fuente));
  if (primera === null) throw new ErrorArchivoRespaldo('El archivo está vacío: no es un respaldo de POA Gestión Social');
  yield* esComprimido(primera) ? leerComprimido(todo, ahora) : leerPlano(todo, ahora);
}

/** A whole file read and checked into memory, as a merge of another PC's captures uses it. */
export async function leerRespaldoEntero(
  fuente: FuenteBytes,
  alAvanzar: (e: Extract<EventoLectura, { tipo: 'filas' }>) => void = () => undefined,
  ahora: Date = new Date(),
): Promise<{ respaldo: ArchivoRespaldo; conteos: Record<NombreTabla, number>; paquete: DatosPaquete | null }> {
  const tablas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, [] as Record<string, unknown>[]])) as ArchivoRespaldo['tablas'];
  let cabeza: Extract<EventoLectura, { tipo: 'encabezado' }> | null = null;
  for await (const e of leerRespaldo(fuente, ahora)) {
    if (e.tipo === 'encabezado') cabeza = e;
    else if (e.tipo === 'filas') {
      for (const f of e.filas) tablas[e.tabla].push(f);
      alAvanzar(e);
    } else {
      return {
        respaldo: { formato: FORMATO_RESPALDO, version: cabeza!.version, fecha: cabeza!.fecha, estacion: cabeza!.estacion, tablas },
        conteos: e.conteos,
        paquete: cabeza!.paquete ?? null,
      };
    }
  }
  throw new ErrorArchivoRespaldo('El respaldo está incompleto: el archivo está cortado (le falta su final)');
}
