/**
 * A package of one station's changes for another: a backup file of format 2 (respaldoComprimido.ts) whose header
 * carries, besides the usual fields, `paquete`: which station it is for, what it holds (the changes since the last
 * package for that station, those since a date, or everything), its id, and per record the version this station knew
 * the destination held (its `base`, the record's updatedAt), which tells a change made on both sides (a conflict)
 * from one made on one side only. The rows are checked by the same reader as a backup's.
 */
import { z } from 'zod';
import { TABLAS_DEL_INTERCAMBIO, TABLAS_RESPALDO, type NombreTabla } from './respaldo';

export const MODOS_PAQUETE = ['cambios', 'fecha', 'todo'] as const;
export type ModoPaquete = (typeof MODOS_PAQUETE)[number];

const clave = z.string().trim().min(1, 'Escriba la clave de estación de la otra PC').max(20, 'La clave de estación tiene hasta 20 caracteres');

/** What the «Escribir paquete» dialog asks. */
export const pedidoPaqueteSchema = z
  .object({
    destino: clave,
    modo: z.enum(MODOS_PAQUETE, 'Elija qué lleva el paquete'),
    desde: z.iso.datetime({ offset: true, message: 'Escriba la fecha desde la que van los cambios' }).nullable(),
  })
  .refine((p) => p.modo !== 'fecha' || p.desde !== null, { path: ['desde'], message: 'Escriba la fecha desde la que van los cambios' });
export type PedidoPaquete = z.infer<typeof pedidoPaqueteSchema>;

const instante = z.iso.datetime({ offset: true, message: 'Fecha del paquete inválida' });

export const datosPaqueteSchema = z.object({
  id: z.uuid('El paquete no dice su identificador'),
  destino: clave,
  modo: z.enum(MODOS_PAQUETE, 'El paquete no dice «Qué lleva el paquete»'),
  desde: z.iso.datetime({ offset: true, message: 'Fecha «Desde» del paquete inválida' }).nullable(),
  bases: z.record(z.string(), z.record(z.string(), instante)),
});
export type DatosPaquete = z.infer<typeof datosPaqueteSchema>;

/**
 * What a package never carries: this PC's settings and accounts stay here, as in «Incorporar capturas», and so do the
 * exchange's own records (what it knows of each station, its conflicts, its packages).
 */
export const TABLAS_SIN_PAQUETE: readonly NombreTabla[] = ['configuracion', 'cuentas', ...TABLAS_DEL_INTERCAMBIO];
export const TABLAS_PAQUETE = TABLAS_RESPALDO.filter((t) => !TABLAS_SIN_PAQUETE.includes(t));
/** Tables that are not records with a version: the bitácora joins by id, folio counters keep the highest. */
export const TABLAS_SIN_VERSION: readonly NombreTabla[] = ['bitacora', 'folios'];
