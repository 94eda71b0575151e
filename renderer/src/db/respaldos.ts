import Dexie, { type Table } from 'dexie';
import { TABLAS_DE_ARCHIVOS, TABLAS_DEL_INTERCAMBIO, TABLAS_RESPALDO, entradaSinSello, ganaEntrante, type NombreTabla } from '../../../shared/schemas/respaldo';
import { guardarArchivos } from './archivosRespaldo';
import { enTrozos, ErrorArchivoRespaldo, juntar, type FuenteBytes, type ResumenArchivo } from '../../../shared/schemas/respaldoComprimido';
import { leerRespaldo, leerRespaldoEntero, type EventoLectura } from '../../../shared/schemas/lecturaRespaldo';
import { utf8 } from '../../../shared/seguridad/bytes';
import { CAMPOS_SELLADOS, sellar, serializarCanonico, unirBitacoras, type ContenidoBitacora, type EntradaSellada } from '../../../shared/seguridad/cadenaBitacora';
import type { BaseDatosPoa, ConocidoIntercambio, TrozoPreparado } from './db';
import { ErrorValidacion } from './errores';
import { autorizar, registrarBitacora, ultimaEntradaDe } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';
import { alinearEntrantes, resumenesAlineacion, seguirUnionesLocales, unirCatalogosDuplicados, unirPersonasDelArchivo } from './identidadCompartida';
import { avanzarSellos, guardarSellos, leerSellos } from './sellosBitacora';
import { actualizarSesion } from './sesion';
import { crearTrabajadorRespaldo, ERROR_TRABAJADOR_RESPALDO, respaldarEnTrabajador, type MotivoTrabajo, type TrabajadorRespaldo } from './trabajoRespaldo';
import { instantaneaRespaldo, volcarRegistrado, type AlAvanzar, type Avance, type DestinoRespaldo, type MotivoRespaldo } from './volcado';

function tablas(db: BaseDatosPoa): Table[] {
  return TABLAS_RESPALDO.map((t) => db.table(t));
}

export { instantaneaRespaldo, type Avance, type AlAvanzar, type DestinoRespaldo };
const sinAvance: AlAvanzar = () => undefined;

/** Who may make a backup for `motivo`: a plain copy is the one that leaves the PC readable, the head of the department's decision. */
export function autorizarRespaldo(db: BaseDatosPoa, motivo: MotivoRespaldo) {
  return autorizar(db, motivo === 'copia' ? 'copiar-respaldo-sin-contrasena' : 'copiar-respaldo');
}

/**
 * A backup someone asks for (any signed-in account may make one), in this thread: logged first, in the same
 * transaction, so the file carries its own entry. Accounts travel with their hashed credential only; no password is in
 * the file.
 */
export async function exportarRespaldo(
  db: BaseDatosPoa,
  motivo: MotivoRespaldo,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar = sinAvance,
): Promise<ResumenArchivo> {
  return volcarRegistrado(db, await autorizarRespaldo(db, motivo), motivo, destino, alAvanzar);
}

/**
 * A backup as the app makes it: written off the page, in the backup's worker (trabajoRespaldo.ts), so the screen never
 * stops answering; in this thread only where the platform has no workers (Node). The page asks the permission first:
 * an automatic backup needs none and is not logged, any other is logged in the file's own transaction.
 */
export async function escribirRespaldo(
  db: BaseDatosPoa,
  motivo: MotivoTrabajo,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar = sinAvance,
  crear: () => TrabajadorRespaldo | null = crearTrabajadorRespaldo,
): Promise<ResumenArchivo> {
  const autor = motivo === 'automatico' ? null : await autorizarRespaldo(db, motivo);
  let trabajador: TrabajadorRespaldo | null;
  try {
    trabajador = crear();
  } catch (e) {
    throw new Error(ERROR_TRABAJADOR_RESPALDO, { cause: e });
  }
  if (trabajador === null) return autor === null || motivo === 'automatico' ? instantaneaRespaldo(db, destino, alAvanzar) : volcarRegistrado(db, autor, motivo, destino, alAvanzar);
  return respaldarEnTrabajador(db.name, motivo, autor, destino, alAvanzar, () => trabajador, db.archivos);
}

/** A backup gathered in memory as its compressed bytes (a copy for another PC, a download in the browser, tests). */
export async function respaldoEnBytes(
  escribir: (destino: DestinoRespaldo) => Promise<ResumenArchivo>,
): Promise<Uint8Array<ArrayBuffer>> {
  const partes: Uint8Array[] = [];
  await escribir(async (b) => void partes.push(b));
  return juntar(partes);
}

/** A backup file from wherever it is read: its pieces, its bytes, or a plain JSON text of version 1 (tests, old files). */
export type FuenteRespaldo = FuenteBytes | Uint8Array | string;

function piezas(fuente: FuenteRespaldo): FuenteBytes {
  if (typeof fuente === 'string') return enTrozos(utf8(fuente));
  return fuente instanceof Uint8Array ? enTrozos(fuente) : fuente;
}

export async function leerEntero(fuente: FuenteRespaldo, fase: Avance['fase'], alAvanzar: AlAvanzar) {
  try {
    return await leerRespaldoEntero(piezas(fuente), (e) =>
      alAvanzar({ fase, tabla: e.tabla, hechas: e.leidas, total: e.total }),
    );
  } catch (e) {
    if (e instanceof ErrorArchivoRespaldo) throw new ErrorValidacion({ archivo: e.message });
    throw e;
  }
}

/** The entry without its place in the chain, to tell a copy sealed elsewhere from a different entry. */
const CAMPOS_PROPIOS = CAMPOS_SELLADOS.filter((c) => c !== 'secuencia' && c !== 'hashAnterior');
const sinSello = (e: EntradaSellada) => serializarCanonico(Object.fromEntries(CAMPOS_PROPIOS.map((c) => [c, e[c]])));

interface UnionEnBase {
  agregadas: number;
  repetidas: number;
  /** Entries with a local id but other content: the local one stays. */
  distintas: number;
}

/**
 * The file's bitácora joins the local one by id: a local entry is never removed or rewritten. Entries of a file older
 * than the chain are sealed here, after their station's last entry, in order of date. In a merge (`duenio` is the
 * file's station), an entry of that station whose only difference is its seal takes its own PC's seal: each station
 * keeps its chain, and a copy sealed here when the chain began gives way to the original.
 */
export async function unirBitacoraDelArchivo(db: BaseDatosPoa, filas: readonly Record<string, unknown>[], duenio: string | null): Promise<UnionEnBase> {
  const selladas = filas.filter((f) => !entradaSinSello(f)) as unknown as EntradaSellada[];
  const local = await db.bitacora.toArray();
  const union = unirBitacoras(local, selladas);
  await db.bitacora.bulkAdd(union.agregadas);
  const estaEstacion = (await obtenerConfiguracion(db)).estacion;
  const porId = new Map(local.map((e) => [e.id, e]));
  const delDuenio = union.distintas.filter(
    (e) => duenio !== null && e.estacion === duenio && e.estacion !== estaEstacion && sinSello(e) === sinSello(porId.get(e.id)!),
  );
  await db.bitacora.bulkPut(delDuenio);
  const presentes = new Set(union.bitacora.map((e) => e.id));
  const porSellar = (filas.filter(entradaSinSello) as unknown as ContenidoBitacora[])
    .filter((e) => !presentes.has(e.id))
    .sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const selladasAqui: EntradaSellada[] = [];
  for (const e of porSellar) {
    const anterior = (await ultimaEntradaDe(db, e.estacion)) ?? null;
    const sellada = await Dexie.waitFor(sellar(e, anterior));
    await db.bitacora.add(sellada);
    selladasAqui.push(sellada);
  }
  // The seals follow what was added: each station's chain now reaches its newest entry here.
  await avanzarSellos(db, [...union.agregadas, ...delDuenio, ...selladasAqui]);
  return { agregadas: union.agregadas.length + porSellar.length, repetidas: union.repetidas, distintas: union.distintas.length - delDuenio.length };
}

function exigirUsuariosUnicos(cuentas: readonly Record<string, unknown>[]): void {
  const vistos = new Set<unknown>();
  for (const c of cuentas) {
    if (vistos.has(c.usuario)) throw new ErrorValidacion({ archivo: `El respaldo trae dos cuentas con el usuario «${String(c.usuario)}»` });
    vistos.add(c.usuario);
  }
}

/**
 * Empties the staging of a restore. A restore left there by one that never finished (the app closed, the PC went off)
 * was never applied: applying empties it in the same transaction. So at every start it is discarded, never applied.
 */
export async function descartarRestauracionPendiente(db: BaseDatosPoa): Promise<void> {
  await db.preparacion.clear();
}

/** Chunks being written at once while the file is read on: what the database writes while the next lines are checked. */
const ESCRITURAS_EN_CURSO = 2;

/** Staged chunks read at a time while they are applied. */
const TROZOS_POR_LECTURA = 4;

/**
 * The file, checked row by row as it is read, into the staging store a chunk at a time (each in its own small
 * transaction): what it holds, and how many rows of each table were staged. A file that fails anywhere (even at its
 * very end) leaves the staging empty and the data untouched.
 */
async function prepararArchivo(db: BaseDatosPoa, fuente: FuenteRespaldo, alAvanzar: AlAvanzar) {
  await descartarRestauracionPendiente(db);
  let cabeza: Extract<EventoLectura, { tipo: 'encabezado' }> | null = null;
  const preparadas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, 0])) as Record<NombreTabla, number>;
  const escrituras: Promise<unknown>[] = [];
  try {
    for await (const e of leerRespaldo(piezas(fuente))) {
      if (e.tipo === 'encabezado') {
        if (e.paquete) throw new ErrorArchivoRespaldo(ES_PAQUETE);
        cabeza = e;
      } else if (e.tipo === 'filas' && TABLAS_DE_ARCHIVOS.includes(e.tabla)) {
        // The evidence files go to the PC's store of files now, each checked against its SHA-256; not staged.
        await guardarArchivos(db.archivos, e.filas);
        preparadas[e.tabla] += e.filas.length;
        alAvanzar({ fase: 'restauracion', tabla: e.tabla, hechas: e.leidas, total: e.total });
      } else if (e.tipo === 'filas') {
        // As JSON text: IndexedDB stores and reads back one string far quicker than a thousand objects. The next lines
        // are read and checked while the last ones are written (their order is kept: each write is a transaction of
        // its own on the same store, and those run in the order they were started).
        escrituras.push(db.preparacion.add({ tabla: e.tabla, filas: JSON.stringify(e.filas) }));
        if (escrituras.length > ESCRITURAS_EN_CURSO) await escrituras.shift();
        preparadas[e.tabla] += e.filas.length;
        alAvanzar({ fase: 'restauracion', tabla: e.tabla, hechas: e.leidas, total: e.total });
      } else {
        await Promise.all(escrituras.splice(0));
        return { cabeza: cabeza!, conteos: e.conteos, preparadas };
      }
    }
    throw new ErrorArchivoRespaldo('El respaldo está incompleto: el archivo está cortado (le falta su final)');
  } catch (e) {
    await Promise.allSettled(escrituras);
    await descartarRestauracionPendiente(db);
    if (e instanceof ErrorArchivoRespaldo) throw new ErrorValidacion({ archivo: e.message });
    throw e;
  }
}

const filasDe = (t: TrozoPreparado) => JSON.parse(t.filas) as Record<string, unknown>[];

const masReciente = (a: unknown, b: unknown): string | null => {
  const [x, y] = [typeof a === 'string' ? a : null, typeof b === 'string' ? b : null];
  return x === null ? y : y === null ? x : Date.parse(x) >= Date.parse(y) ? x : y;
};

/**
 * The exchange's own records of a restored file join this PC's, as the bitácora does, so a restore never loses what
 * this PC knows of the others nor a conflict waiting for the jefe: of what a station holds of a record, the newest
 * version received and sent of the two; a conflict or a package this PC already has stays as it is here.
 */
async function unirIntercambioDelArchivo(db: BaseDatosPoa, tabla: NombreTabla, filas: Record<string, unknown>[]): Promise<void> {
  if (tabla !== 'intercambio') {
    const destino = db.table(tabla);
    const existentes = await destino.bulkGet(filas.map((f) => f.id as string));
    await destino.bulkAdd(filas.filter((_, i) => existentes[i] === undefined));
    return;
  }
  const claves = filas.map((f) => [f.estacion, f.tabla, f.id] as [string, string, string]);
  const existentes = await db.intercambio.bulkGet(claves);
  await db.intercambio.bulkPut(
    filas.map((f, i) => {
      const aqui = existentes[i];
      const archivo = f as unknown as ConocidoIntercambio;
      return aqui ? { ...aqui, recibida: masReciente(aqui.recibida, archivo.recibida), enviada: masReciente(aqui.enviada, archivo.enviada) } : archivo;
    }),
  );
}

/** The staged chunks in the order they were staged, a few at a time, within the caller's transaction. */
async function* trozosPreparados(db: BaseDatosPoa, tabla?: string): AsyncGenerator<TrozoPreparado> {
  let ultimo = 0;
  for (;;) {
    const lote = await db.preparacion.where('orden').above(ultimo).limit(TROZOS_POR_LECTURA).toArray();
    if (lote.length === 0) return;
    for (const t of lote) if (tabla === undefined || t.tabla === tabla) yield t;
    ultimo = lote[lote.length - 1].orden!;
  }
}

/**
 * Replaces the data with the backup's (administrators only), all or nothing even if the app is closed half-way: the
 * file is read and checked a chunk at a time into a staging store (prepararArchivo), and only a file checked to its end
 * is applied, in one transaction that reads the staging a few chunks at a time, replaces the tables and empties the
 * staging. Closing the app before that transaction commits leaves the data exactly as they were (the staging is
 * discarded at the next start). The bitácora is not replaced: the local entries stay and the file's are added. The
 * accounts are the file's when it carries any (a restore on a new PC brings the office's staff); a file from before the
 * accounts leaves this PC's. The caller saves the current state first. If the signed-in account is not active in the
 * restored data, the sign-in ends.
 */
export async function restaurarRespaldo(db: BaseDatosPoa, fuente: FuenteRespaldo, alAvanzar: AlAvanzar = sinAvance): Promise<Record<NombreTabla, number>> {
  const autor = await autorizar(db, 'restaurar-respaldo');
  performance.mark('restauracion:inicio');
  const { cabeza, conteos, preparadas } = await prepararArchivo(db, fuente, alAvanzar);
  // The phases of a restore, for a profile (the benchmark prints them).
  performance.mark('restauracion:preparada');
  const conCuentas = preparadas.cuentas > 0;
  try {
    await db.transaction('rw', [...tablas(db), db.preparacion], async () => {
      const cuentas: Record<string, unknown>[] = [];
      for await (const t of trozosPreparados(db, 'cuentas')) cuentas.push(...filasDe(t));
      exigirUsuariosUnicos(cuentas);
      // The seals of this PC's bitácora stay with it, as its entries do: the file's configuración brings its own
      // settings, not how far this PC's chains reach.
      const sellos = await leerSellos(db);
      for (const t of TABLAS_RESPALDO) {
        if (t !== 'bitacora' && !TABLAS_DEL_INTERCAMBIO.includes(t) && !TABLAS_DE_ARCHIVOS.includes(t) && (t !== 'cuentas' || conCuentas)) await db.table(t).clear();
      }
      const bitacora: Record<string, unknown>[] = [];
      const hechas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, 0])) as Record<NombreTabla, number>;
      // Each chunk is parsed while the one before is being written: one write waits at a time.
      let escribiendo: Promise<unknown> = Promise.resolve();
      for await (const trozo of trozosPreparados(db)) {
        const t = trozo.tabla as NombreTabla;
        const filas = filasDe(trozo);
        await escribiendo;
        if (t === 'bitacora') bitacora.push(...filas);
        else if (TABLAS_DEL_INTERCAMBIO.includes(t)) await unirIntercambioDelArchivo(db, t, filas);
        else escribiendo = db.table(t).bulkAdd(filas);
        hechas[t] += filas.length;
        alAvanzar({ fase: 'aplicacion', tabla: t, hechas: hechas[t], total: preparadas[t] });
      }
      await escribiendo;
      performance.mark('restauracion:tablas-escritas');
      await db.preparacion.clear();
      await guardarSellos(db, sellos);
      const union = await unirBitacoraDelArchivo(db, bitacora, null);
      // A backup made before catalogue entries were one per tipo and name may hold them twice: they become one here too.
      await unirCatalogosDuplicados(Dexie.currentTransaction!, autor, 'al restaurar el respaldo');
      await registrarBitacora(db, autor, {
        accion: 'restaurar',
        entidad: 'respaldo',
        entidadId: null,
        resumen: `Base de datos restaurada del respaldo del ${cabeza.fecha.slice(0, 10)} (estación ${cabeza.estacion})${
          conCuentas ? ', con sus cuentas' : '; se conservaron las cuentas de esta PC'
        }. Bitácora: se conservaron todas las entradas de esta PC y se agregaron ${union.agregadas} del respaldo`,
      });
    });
  } catch (e) {
    await descartarRestauracionPendiente(db).catch(() => undefined);
    throw e;
  }
  performance.mark('restauracion:aplicada');
  await actualizarSesion(db, 'su cuenta no está activa en el respaldo restaurado');
  return conteos;
}

/** A package holds only some records: restoring it would empty the rest, and merging it whole would skip its conflicts. */
const ES_PAQUETE = 'Este archivo es un paquete de intercambio entre PCs, no un respaldo: incorpórelo con «Incorporar paquete»';

/**
 * A merge that failed on the unique folio index: two PCs with the same station code gave the same folio to different
 * requests. Any other error is returned as it is.
 */
export function comoFolioRepetido(e: unknown): unknown {
  if (e instanceof Error && e.name === 'ConstraintError') {
    return new ErrorValidacion({
      archivo:
        'Dos registros distintos tienen el mismo folio: las dos PCs usan la misma clave de estación. No se incorporó nada; cambie la clave de una de ellas en Configuración → General.',
    });
  }
  return e;
}

export interface ResultadoFusion {
  agregados: number;
  actualizados: number;
  sinCambio: number;
}

/** What a merge never takes from the other PC: its settings and its accounts stay there. The bitácora is joined. */
const NO_SE_INCORPORAN: readonly NombreTabla[] = ['configuracion', 'cuentas', 'bitacora', ...TABLAS_DEL_INTERCAMBIO, ...TABLAS_DE_ARCHIVOS];

/**
 * Brings in the captures of another PC (a jefe or an administrador): records new here are added, records changed
 * there after their copy here replace it, the rest stay. Folio counters keep the highest value so a folio is never
 * given twice. This PC's settings and accounts are not touched; the other PC's bitácora entries are added. All in
 * one transaction: a conflict (two PCs with the same station code giving the same folio to different requests)
 * changes nothing and says which folio.
 */
export async function fusionarRespaldo(db: BaseDatosPoa, fuente: FuenteRespaldo, alAvanzar: AlAvanzar = sinAvance): Promise<ResultadoFusion> {
  const autor = await autorizar(db, 'incorporar-capturas');
  const { respaldo, paquete } = await leerEntero(fuente, 'incorporacion', alAvanzar);
  if (paquete) throw new ErrorValidacion({ archivo: ES_PAQUETE });
  // The other PC's evidence files first: the records that name them come next, in one transaction.
  await guardarArchivos(db.archivos, respaldo.tablas.archivosEvidencia);
  const resultado: ResultadoFusion = { agregados: 0, actualizados: 0, sinCambio: 0 };
  try {
    await db.transaction('rw', tablas(db), async () => {
      // Catalogue entries (same tipo and name) this PC already has under another id are this PC's; personas with the
      // same CURP become one once the file is written.
      const alineacion = await alinearEntrantes(db, respaldo.tablas);
      for (const t of TABLAS_RESPALDO) {
        if (NO_SE_INCORPORAN.includes(t)) continue;
        const tabla = db.table(t);
        for (const fila of alineacion.tablas[t]) {
          const clave = t === 'folios' ? fila.serie : fila.id;
          const existente = (await tabla.get(clave as string)) as Record<string, unknown> | undefined;
          if (t === 'folios') {
            if (!existente || Number(existente.ultimo) < Number(fila.ultimo)) {
              await tabla.put(fila);
              resultado[existente ? 'actualizados' : 'agregados']++;
            } else resultado.sinCambio++;
          } else if (ganaEntrante(existente, fila) && !(existente && !('updatedAt' in fila))) {
            await tabla.put(fila);
            resultado[existente ? 'actualizados' : 'agregados']++;
          } else resultado.sinCambio++;
        }
      }
      alineacion.seguidos += await seguirUnionesLocales(db, alineacion.tablas.personas);
      alineacion.personas = await unirPersonasDelArchivo(db, alineacion.tablas.personas);
      const union = await unirBitacoraDelArchivo(db, respaldo.tablas.bitacora, respaldo.estacion);
      resultado.agregados += union.agregadas;
      resultado.sinCambio += union.repetidas + union.distintas;
      await registrarBitacora(db, autor, {
        accion: 'incorporar',
        entidad: 'respaldo',
        entidadId: null,
        resumen: `Capturas de la estación ${respaldo.estacion} incorporadas: ${resultado.agregados} nuevas, ${resultado.actualizados} actualizadas`,
      });
      for (const { entidad, resumen } of resumenesAlineacion(alineacion, respaldo.estacion)) {
        await registrarBitacora(db, autor, { accion: 'incorporar', entidad, entidadId: null, resumen });
      }
    });
  } catch (e) {
    throw comoFolioRepetido(e);
  }
  return resultado;
}
