import type { Table } from 'dexie';
import type { AccionBitacora, EntradaBitacora } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { obtenerConfiguracion } from './configuracion';

/** Who is working at this PC: recorded with every change. */
export interface Sesion {
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

export async function sesionActual(db: BaseDatosPoa): Promise<Sesion> {
  const c = await obtenerConfiguracion(db);
  return { usuario: c.usuario, estacion: c.estacion };
}

export interface DatosBitacora {
  accion: AccionBitacora;
  entidad: string;
  entidadId: string | null;
  resumen: string;
  cambios?: EntradaBitacora['cambios'];
}

/**
 * The one place every write goes through: its transaction, with the configuración (whose session makes the change)
 * and the bitácora always in its scope, and the session that makes it. Who may do what will be checked here.
 */
export function escribir<T>(db: BaseDatosPoa, tablas: readonly Table[], trabajo: (sesion: Sesion) => Promise<T>): Promise<T> {
  const alcance = new Map([...tablas, db.configuracion, db.bitacora].map((t) => [t.name, t]));
  return db.transaction('rw', [...alcance.values()], async () => trabajo(await sesionActual(db)));
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
  sesion: Sesion,
  tabla: TablaDe<NoInfer<T>>,
  datos: Omit<T, keyof RegistroGuardado> & Partial<Pick<RegistroGuardado, 'id'>>,
  anotar: (registro: T) => Omit<Anotacion, 'accion'>,
): Promise<T> {
  const registro = { ...camposNuevos(sesion.estacion), ...datos } as unknown as T;
  await tabla.put(registro);
  await registrarBitacora(db, sesion, { accion: 'crear', ...anotar(registro), entidadId: registro.id });
  return registro;
}

/**
 * The new version of a stored record, written with its entry; inside `escribir`. The entry lists the changes field by
 * field unless it says them itself.
 */
export async function guardarVersion<T extends { id: string }>(
  db: BaseDatosPoa,
  sesion: Sesion,
  tabla: TablaDe<NoInfer<T>>,
  anterior: T,
  nuevo: T,
  anotacion: Anotacion,
): Promise<T> {
  await tabla.put(nuevo);
  await registrarBitacora(db, sesion, { cambios: diferencias(anterior, nuevo), ...anotacion, entidadId: nuevo.id });
  return nuevo;
}

/** Must be called inside the transaction of the change it records (the bitácora table in its scope). */
export async function registrarBitacora(db: BaseDatosPoa, sesion: Sesion, datos: DatosBitacora): Promise<void> {
  await db.bitacora.add({
    id: nuevaId(),
    fecha: await fechaSiguienteBitacora(db),
    usuario: sesion.usuario,
    estacion: sesion.estacion,
    accion: datos.accion,
    entidad: datos.entidad,
    entidadId: datos.entidadId,
    resumen: datos.resumen,
    cambios: datos.cambios ?? null,
  });
}

/**
 * Now, or one millisecond after the last entry when several changes land in the same millisecond (or the clock went
 * back), so the bitácora always reads in the order things happened.
 */
async function fechaSiguienteBitacora(db: BaseDatosPoa): Promise<string> {
  const ahora = Date.now();
  const ultima = await db.bitacora.orderBy('fecha').last();
  const despuesDeUltima = ultima ? Date.parse(ultima.fecha) + 1 : 0;
  return new Date(Math.max(ahora, despuesDeUltima)).toISOString();
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
