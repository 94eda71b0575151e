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
