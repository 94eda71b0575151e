import { z } from 'zod';
import { formatearFechaHora, formatearNumero } from '../domain/formato';
import { bitacoraSchema, type EntradaBitacora } from '../schemas/sistema';
import { aHex, subtle, utf8 } from './bytes';

/**
 * The bitácora as a hash chain per station. Each entry carries its place in its station's sequence, the hash of the
 * entry before it and its own SHA-256 over that link plus its content: changing, removing or reordering an entry by
 * hand breaks the chain at that point. Each PC (station) writes only its own chain, so entries incorporated from
 * another PC keep theirs untouched and are checked on their own.
 *
 * What a chain without a secret key cannot do: tell that someone rewrote an entry and re-computed every hash after
 * it, or dropped the newest entries (pass the last known sequence per station to catch the latter). Copies of the
 * chain elsewhere (backups, the other PCs that incorporated it) are the check against that.
 */

/** The link of a station's first entry. */
export const HASH_INICIAL = '0'.repeat(64);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Hash inválido');

/** What the repository writes: the entry and the account that made it, before the chain's fields. */
export const contenidoBitacoraSchema = bitacoraSchema.extend({
  /** The signed-in account; null for what happens with nobody signed in (a failed sign-in, the first-run setup). */
  cuentaId: z.uuid().nullable(),
});

export const entradaSelladaSchema = contenidoBitacoraSchema.extend({
  /** 1, 2, 3, … per station, with no gaps. */
  secuencia: z.number().int().min(1),
  hashAnterior: hex64,
  hash: hex64,
});
export type EntradaSellada = z.infer<typeof entradaSelladaSchema>;

/** What the repository writes; the chain fields are added by `sellar`. */
export type ContenidoBitacora = EntradaBitacora & { cuentaId: string | null };

/**
 * The fields the hash covers, in this order of documentation (the serialization sorts keys anyway). A field added
 * to the entry later is not covered until it is listed here, and listing it changes no existing hash only if old
 * entries lack it: keep this list append-only.
 */
export const CAMPOS_SELLADOS = [
  'id',
  'fecha',
  'usuario',
  'cuentaId',
  'estacion',
  'secuencia',
  'accion',
  'entidad',
  'entidadId',
  'resumen',
  'cambios',
  'hashAnterior',
] as const satisfies readonly (keyof EntradaSellada)[];

function esObjetoPlano(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * JSON with every object's keys sorted, so the same content always gives the same text whatever order the keys
 * were written in. Otherwise it is exactly JSON (undefined members dropped, dates as ISO text), which is what makes
 * an entry hash the same after a trip through a backup file or IndexedDB.
 */
export function serializarCanonico(valor: unknown): string {
  return JSON.stringify(valor, (_clave, v: unknown) =>
    esObjetoPlano(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/** The text that is hashed: the covered fields of the entry, link included. */
export function contenidoSellado(entrada: Omit<EntradaSellada, 'hash'>): string {
  const campos: Record<string, unknown> = {};
  for (const c of CAMPOS_SELLADOS) campos[c] = entrada[c];
  return serializarCanonico(campos);
}

export async function calcularHash(entrada: Omit<EntradaSellada, 'hash'>): Promise<string> {
  return aHex(new Uint8Array(await subtle().digest('SHA-256', utf8(contenidoSellado(entrada)))));
}

/**
 * Seals a new entry after `anterior`, the last entry of the same station (null for the station's first).
 * Note for callers inside an IndexedDB transaction: the digest is asynchronous outside the database, so it must be
 * awaited in a way that keeps the transaction alive (Dexie.waitFor) or computed before the transaction opens.
 */
export async function sellar(entrada: ContenidoBitacora, anterior: EntradaSellada | null): Promise<EntradaSellada> {
  if (anterior && anterior.estacion !== entrada.estacion) {
    throw new Error(`La entrada de la estación ${entrada.estacion} no puede encadenarse tras una de la estación ${anterior.estacion}.`);
  }
  const sinHash = {
    ...entrada,
    secuencia: anterior ? anterior.secuencia + 1 : 1,
    hashAnterior: anterior ? anterior.hash : HASH_INICIAL,
  };
  return { ...sinHash, hash: await calcularHash(sinHash) };
}

/** Seals a whole history in order of date, one chain per station (the entries written before the chain existed). */
export async function sellarHistorial(entradas: readonly ContenidoBitacora[]): Promise<EntradaSellada[]> {
  const ultima = new Map<string, EntradaSellada>();
  const selladas: EntradaSellada[] = [];
  for (const e of [...entradas].sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id))) {
    const sellada = await sellar(e, ultima.get(e.estacion) ?? null);
    ultima.set(e.estacion, sellada);
    selladas.push(sellada);
  }
  return selladas;
}

export type EstadoCadena = 'intacta' | 'alterada' | 'eliminada';

export type ResultadoCadena =
  | { estacion: string; estado: 'intacta'; entradas: number; mensaje: string }
  | {
      estacion: string;
      estado: 'alterada' | 'eliminada';
      entradas: number;
      /** Where the chain breaks: the altered entry, or the first missing one; null for an entry with no valid seal. */
      secuencia: number | null;
      /** The altered entry's date, or the date of the last entry before the missing ones (null if none). */
      fecha: string | null;
      /** The altered entry's id; null for missing entries. */
      entradaId: string | null;
      mensaje: string;
    };

/** Where a station's chain was last known to end: its last entry's sequence and hash. */
export interface SelloEstacion {
  secuencia: number;
  hash: string;
}

/** The seals of every station as the configuración table keeps them (record 'sellos-bitacora'). */
export const sellosBitacoraSchema = z.record(
  z.string(),
  z.object({ secuencia: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/, 'Sello inválido') }),
);

export interface OpcionesVerificacion {
  /**
   * Where each station's chain is known to reach (kept apart from the bitácora table): its last sequence, or its
   * seal with the hash of that entry, so that removing the newest entries is detected too, and with a hash, an
   * entry at the sealed place that is not the one sealed.
   */
  ultimas?: Readonly<Record<string, number | SelloEstacion>>;
}

function porEstacion(entradas: readonly EntradaSellada[]): Map<string, EntradaSellada[]> {
  const grupos = new Map<string, EntradaSellada[]>();
  for (const e of entradas) grupos.set(e.estacion, [...(grupos.get(e.estacion) ?? []), e]);
  return grupos;
}

/** An entry put in by hand without the chain's fields (or with them mangled) cannot even be placed in the chain. */
function tieneSello(e: EntradaSellada): boolean {
  return Number.isInteger(e.secuencia) && e.secuencia >= 1 && typeof e.hash === 'string' && typeof e.hashAnterior === 'string';
}

function textoEntradas(n: number): string {
  return n === 1 ? '1 entrada' : `${formatearNumero(n)} entradas`;
}

async function verificarEstacion(estacion: string, entradas: EntradaSellada[], sello: number | SelloEstacion | undefined): Promise<ResultadoCadena> {
  const ultimaConocida = typeof sello === 'number' ? sello : sello?.secuencia;
  const n = entradas.length;
  const alterada = (e: EntradaSellada, detalle: string): ResultadoCadena => ({
    estacion,
    estado: 'alterada',
    entradas: n,
    secuencia: e.secuencia,
    fecha: e.fecha,
    entradaId: e.id,
    mensaje: `Estación ${estacion}: la entrada ${e.secuencia} (${formatearFechaHora(e.fecha)}) fue alterada: ${detalle}.`,
  });
  const eliminadas = (desde: number, hasta: number, antes: EntradaSellada | null, despues: EntradaSellada | null): ResultadoCadena => {
    const cuantas = hasta - desde + 1;
    // The chain's end cut off: nothing after the gap, only the seal kept apart says how far it went.
    const alFinal = despues === null;
    const cuales = alFinal
      ? cuantas === 1
        ? `falta la última entrada, la ${desde}`
        : `faltan las últimas ${formatearNumero(cuantas)} entradas, de la ${desde} a la ${hasta}`
      : desde === hasta
        ? `falta la entrada ${desde}`
        : `faltan las entradas ${desde} a ${hasta}`;
    const lugar =
      antes && despues
        ? ` (entre el ${formatearFechaHora(antes.fecha)} y el ${formatearFechaHora(despues.fecha)})`
        : antes
          ? ` (después del ${formatearFechaHora(antes.fecha)})`
          : despues
            ? ` (antes del ${formatearFechaHora(despues.fecha)})`
            : '';
    return {
      estacion,
      estado: 'eliminada',
      entradas: n,
      secuencia: desde,
      fecha: antes?.fecha ?? null,
      entradaId: null,
      mensaje: `Estación ${estacion}: ${cuales}${lugar}; ${desde === hasta ? 'fue eliminada' : 'fueron eliminadas'}.`,
    };
  };

  const sinSello = entradas.find((e) => !tieneSello(e));
  if (sinSello) {
    return {
      estacion,
      estado: 'alterada',
      entradas: n,
      secuencia: null,
      fecha: sinSello.fecha,
      entradaId: sinSello.id,
      mensaje: `Estación ${estacion}: la entrada del ${formatearFechaHora(sinSello.fecha)} no tiene un sello válido; fue agregada o alterada fuera de la aplicación.`,
    };
  }
  const orden = [...entradas].sort((a, b) => a.secuencia - b.secuencia || a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  let anterior: EntradaSellada | null = null;
  for (const e of orden) {
    const esperada = anterior ? anterior.secuencia + 1 : 1;
    if (e.secuencia > esperada) return eliminadas(esperada, e.secuencia - 1, anterior, e);
    if (e.secuencia < esperada) return alterada(e, 'su número se repite en la cadena');
    if ((await calcularHash(e)) !== e.hash) return alterada(e, 'su contenido ya no corresponde a su sello');
    // The entry matches its own hash but not its link: the one before it was changed and re-sealed, or replaced.
    if (e.hashAnterior !== (anterior ? anterior.hash : HASH_INICIAL)) {
      return anterior ? alterada(anterior, `la entrada ${e.secuencia} ya no enlaza con ella`) : alterada(e, 'no enlaza con el inicio de la cadena');
    }
    anterior = e;
  }
  const ultima = anterior?.secuencia ?? 0;
  if (ultimaConocida !== undefined && ultima < ultimaConocida) return eliminadas(ultima + 1, ultimaConocida, anterior, null);
  if (typeof sello === 'object' && sello.secuencia >= 1) {
    // The entry at the sealed place must be the one sealed: otherwise it (and what came after it) was rewritten and
    // re-hashed, which the chain alone would not show.
    const sellada = orden[sello.secuencia - 1];
    if (sellada.hash !== sello.hash) return alterada(sellada, 'no es la que quedó sellada aparte de la bitácora');
  }
  return { estacion, estado: 'intacta', entradas: n, mensaje: `Estación ${estacion}: ${textoEntradas(n)}, cadena íntegra.` };
}

/**
 * «Verificar integridad»: each station's chain in order of sequence (whatever order the entries come in), reporting
 * the first entry altered or removed. Stations are listed in alphabetical order.
 */
export async function verificarCadenas(entradas: readonly EntradaSellada[], opciones: OpcionesVerificacion = {}): Promise<ResultadoCadena[]> {
  const grupos = porEstacion(entradas);
  for (const estacion of Object.keys(opciones.ultimas ?? {})) if (!grupos.has(estacion)) grupos.set(estacion, []);
  const estaciones = [...grupos.keys()].sort();
  const resultados: ResultadoCadena[] = [];
  for (const estacion of estaciones) resultados.push(await verificarEstacion(estacion, grupos.get(estacion)!, opciones.ultimas?.[estacion]));
  return resultados;
}

export interface UnionBitacoras<T> {
  /** The local entries, untouched and in their order, then the file's new ones. */
  bitacora: T[];
  agregadas: T[];
  /** File entries already present locally with the same content. */
  repetidas: number;
  /** File entries whose id is local but whose content differs: the local one is kept, the file's reported. */
  distintas: T[];
}

/**
 * What a restore or an incorporation does to the bitácora: the file's entries are added by id, and a local entry
 * is never removed or rewritten, whatever the file says.
 */
export function unirBitacoras<T extends { id: string }>(local: readonly T[], entrante: readonly T[]): UnionBitacoras<T> {
  const locales = new Map(local.map((e) => [e.id, serializarCanonico(e)]));
  const agregadas: T[] = [];
  const distintas: T[] = [];
  let repetidas = 0;
  for (const e of entrante) {
    const propia = locales.get(e.id);
    if (propia === undefined) {
      agregadas.push(e);
      locales.set(e.id, serializarCanonico(e));
    } else if (propia === serializarCanonico(e)) repetidas += 1;
    else distintas.push(e);
  }
  return { bitacora: [...local, ...agregadas], agregadas, repetidas, distintas };
}
