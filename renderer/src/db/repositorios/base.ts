import Dexie, { type Table } from 'dexie';
import { sellar, type EntradaSellada } from '../../../../shared/seguridad/cadenaBitacora';
import { ETIQUETA_ROL, exigir, PermisoDenegado, PERMISOS, type Accion, type Sesion } from '../../../../shared/seguridad/permisos';
import type { AccionBitacora, EntidadBitacora, EntradaBitacora } from '../../../../shared/schemas/sistema';
import { avanzarSellos } from '../sellosBitacora';
import type { BaseDatosPoa } from '../db';
import { SesionBloqueada } from '../errores';
import { sesionActual, sesionBloqueada } from '../sesionEnMemoria';
import { obtenerConfiguracion } from './configuracion';

/**
 * Who makes a change and where: the signed-in account and this PC's station, written with every bitácora entry and
 * in the records that name who did something (who received a solicitud, who closed a period).
 */
export interface Autor {
  /** The signed-in account; null for what the app does with nobody signed in (the seed, the first-run setup). */
  cuentaId: string | null;
  /** The account's name, as the bitácora and the records show it. */
  usuario: string;
  estacion: string;
}

export function ahoraIso(ahora: Date = new Date()): string {
  return ahora.toISOString();
}

export function nuevaId(): string {
  return crypto.randomUUID();
}

/** What every stored record carries besides its captured data. */
export interface RegistroGuardado {
  id: string;
  createdAt: string;
  updatedAt: string;
  estacion: string;
  eliminado: 0 | 1;
}

export function camposNuevos(estacion: string, ahora: Date = new Date()) {
  const t = ahoraIso(ahora);
  return { id: nuevaId(), createdAt: t, updatedAt: t, estacion, eliminado: 0 as const };
}

/**
 * A locked sign-in is no usable sign-in: every repository call refuses with SesionBloqueada. The refusal is not
 * logged as a denied permission: nobody asked for anything (the screens under the lock screen stay mounted and may
 * read again on their own), and an entry would make the bitácora's own live reads run again, endlessly.
 */
function exigirDesbloqueada(db: BaseDatosPoa): void {
  if (sesionBloqueada(db)) throw new SesionBloqueada();
}

export async function autorDe(db: BaseDatosPoa, sesion: Pick<Sesion, 'cuentaId' | 'nombre'> | null): Promise<Autor> {
  const { estacion } = await obtenerConfiguracion(db);
  return { cuentaId: sesion?.cuentaId ?? null, usuario: sesion?.nombre ?? 'Sin sesión', estacion };
}

/**
 * The author of a change, if the signed-in account's role may do `accion` (shared/seguridad/permisos). Call it before
 * the change's transaction opens: a refusal throws PermisoDenegado with its Spanish message, writes nothing, and is
 * itself logged in a transaction of its own. A locked sign-in refuses everything with SesionBloqueada.
 */
export async function autorizar(db: BaseDatosPoa, accion: Accion): Promise<Autor> {
  exigirDesbloqueada(db);
  const sesion = sesionActual(db);
  try {
    exigir(sesion, accion);
  } catch (e) {
    if (e instanceof PermisoDenegado) await registrarRechazo(db, sesion, e);
    throw e;
  }
  return autorDe(db, sesion);
}

/**
 * A read only some roles may make (the bitácora, the accounts, the workbook's data): `leer` runs if the signed-in
 * account's role may do `accion`; a refusal is logged and rejects with PermisoDenegado. Not async on purpose: in a
 * live query the read must start in the same tick, or Dexie would not see which tables it watches.
 */
export function leerConPermiso<T>(db: BaseDatosPoa, accion: Accion, leer: () => Promise<T>): Promise<T> {
  const sesion = sesionActual(db);
  try {
    exigirDesbloqueada(db);
    exigir(sesion, accion);
  } catch (e) {
    if (e instanceof PermisoDenegado) return registrarRechazo(db, sesion, e).then(() => Promise.reject(e));
    return Promise.reject(e);
  }
  return leer();
}

/**
 * The refusal's entry runs outside whatever called: the caller's transaction fails with the refusal (and would take
 * the entry with it), and a live query may not write. Inside a transaction it is left to run once that one ends;
 * otherwise it is awaited, so the refusal is in the bitácora when the caller hears of it.
 */
async function registrarRechazo(db: BaseDatosPoa, sesion: Sesion | null, e: PermisoDenegado): Promise<void> {
  const quien = sesion ? `${sesion.nombre} (${ETIQUETA_ROL[sesion.rol].toLowerCase()})` : 'Alguien sin iniciar sesión';
  const escribir = async () =>
    registrarBitacora(db, await autorDe(db, sesion), {
      accion: 'permiso-denegado',
      entidad: 'permiso',
      entidadId: e.accion,
      resumen: `${quien} intentó ${PERMISOS[e.accion].texto}: no se permitió. ${e.message}`,
    });
  const fuera = new Promise<unknown>((ok, mal) => setTimeout(() => escribir().then(ok, mal), 0));
  if (Dexie.currentTransaction) {
    fuera.catch((error: unknown) => console.error('No se pudo anotar un permiso denegado en la bitácora', error));
    return;
  }
  await fuera;
}

/* ---------- The bitácora ---------- */

export interface DatosBitacora {
  accion: AccionBitacora;
  entidad: EntidadBitacora;
  entidadId: string | null;
  resumen: string;
  cambios?: EntradaBitacora['cambios'];
}

/**
 * The one place every write goes through: the signed-in account must be allowed `accion`
 * (shared/seguridad/permisos; a refusal writes nothing and is logged), then the work runs in one transaction, with
 * the configuración and the bitácora always in its scope, knowing who makes it.
 */
export async function escribir<T>(
  db: BaseDatosPoa,
  accion: Accion,
  tablas: readonly Table[],
  trabajo: (autor: Autor) => Promise<T>,
): Promise<T> {
  const autor = await autorizar(db, accion);
  const alcance = new Map([...tablas, db.configuracion, db.bitacora].map((t) => [t.name, t]));
  return db.transaction('rw', [...alcance.values()], async () => trabajo(autor));
}

/** Where a write stores a record: any table of its kind. */
interface TablaDe<T> {
  put(registro: T): PromiseLike<unknown>;
}

/** The bitácora entry of a write that adds or changes one record: the record's id is the entry's. */
export type Anotacion = Omit<DatosBitacora, 'entidadId'>;

/**
 * A new record of this station (id, timestamps, station, live), stored with its creation entry; inside `escribir`.
 * A record whose identity comes from its data (an activity of its año and número) may bring its own id and comes
 * back as itself.
 */
export async function agregar<T extends RegistroGuardado>(
  db: BaseDatosPoa,
  autor: Autor,
  tabla: TablaDe<NoInfer<T>>,
  datos: Omit<T, keyof RegistroGuardado> & Partial<Pick<RegistroGuardado, 'id'>>,
  anotar: (registro: T) => Omit<Anotacion, 'accion'>,
): Promise<T> {
  const registro = { ...camposNuevos(autor.estacion), ...datos } as unknown as T;
  await tabla.put(registro);
  await registrarBitacora(db, autor, { accion: 'crear', ...anotar(registro), entidadId: registro.id });
  return registro;
}

/**
 * The new version of a stored record, written with its entry; inside `escribir`. The entry lists the changes field by
 * field unless it says them itself.
 */
export async function guardarVersion<T extends { id: string }>(
  db: BaseDatosPoa,
  autor: Autor,
  tabla: TablaDe<NoInfer<T>>,
  anterior: T,
  nuevo: T,
  anotacion: Anotacion,
): Promise<T> {
  await tabla.put(nuevo);
  await registrarBitacora(db, autor, { cambios: diferencias(anterior, nuevo), ...anotacion, entidadId: nuevo.id });
  return nuevo;
}

/** The last entry of a station's chain, by the [estacion+secuencia] index. */
export function ultimaEntradaDe(db: BaseDatosPoa, estacion: string): Promise<EntradaSellada | undefined> {
  return db.bitacora.where('[estacion+secuencia]').between([estacion, Dexie.minKey], [estacion, Dexie.maxKey]).last();
}

/**
 * The tables a bitácora entry is written to: the entry itself and its station's seal (db/sellosBitacora). A
 * transaction that calls registrarBitacora has both in its scope.
 */
export function tablasBitacora(db: BaseDatosPoa): Table[] {
  return [db.bitacora, db.configuracion];
}

/**
 * Appends an entry to this station's chain, sealed after its last one, and moves the station's seal to it. Call it
 * inside the transaction of the change it records (tablasBitacora in its scope): the change, its entry and the seal
 * commit or fail together. The seal's hash is WebCrypto's, outside IndexedDB; Dexie.waitFor keeps the transaction
 * open while it is computed. One indexed read finds the link: the station's last entry gives both the chain's
 * previous hash and the time the new entry may not precede.
 */
export async function registrarBitacora(db: BaseDatosPoa, autor: Autor, datos: DatosBitacora, ahora = Date.now()): Promise<EntradaSellada> {
  return db.transaction('rw', tablasBitacora(db), async () => {
    const anterior = (await ultimaEntradaDe(db, autor.estacion)) ?? null;
    const contenido = {
      id: nuevaId(),
      fecha: fechaSiguiente(anterior, ahora),
      usuario: autor.usuario,
      cuentaId: autor.cuentaId,
      estacion: autor.estacion,
      accion: datos.accion,
      entidad: datos.entidad,
      entidadId: datos.entidadId,
      resumen: datos.resumen,
      cambios: datos.cambios ?? null,
    };
    const sellada = await Dexie.waitFor(sellar(contenido, anterior));
    await db.bitacora.add(sellada);
    await avanzarSellos(db, [sellada]);
    return sellada;
  });
}

/**
 * Now, or one millisecond after the station's last entry when several changes land in the same millisecond (or the
 * clock went back), so a station's chain always reads in the order things happened. Entries of other PCs carry
 * their own clocks and are not compared.
 */
function fechaSiguiente(anterior: EntradaSellada | null, ahora: number): string {
  const despuesDeUltima = anterior ? Date.parse(anterior.fecha) + 1 : 0;
  return new Date(Math.max(ahora, Number.isNaN(despuesDeUltima) ? 0 : despuesDeUltima)).toISOString();
}

const IGNORAR = new Set(['updatedAt', 'createdAt', 'nombreNormalizado', 'palabras']);

/** Field-by-field changes between two versions of a record, for the bitácora. */
export function diferencias(antes: object, despues: object): EntradaBitacora['cambios'] {
  const a = antes as Record<string, unknown>;
  const d = despues as Record<string, unknown>;
  const cambios: NonNullable<EntradaBitacora['cambios']> = {};
  for (const clave of new Set([...Object.keys(a), ...Object.keys(d)])) {
    if (IGNORAR.has(clave)) continue;
    if (JSON.stringify(a[clave]) !== JSON.stringify(d[clave])) cambios[clave] = { antes: a[clave], despues: d[clave] };
  }
  return Object.keys(cambios).length ? cambios : null;
}
