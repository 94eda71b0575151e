import { z } from 'zod';
import { MAXIMO_POR_TIPO } from '../domain/cierres';
import { baseRegistro, entero, texto, VARIAS_LINEAS } from './comunes';

const periodo = {
  anio: entero('Año', 2000, 2100),
  tipo: z.enum(['mes', 'trimestre'], { error: 'Elija el tipo de periodo: mes o trimestre' }),
  numero: entero('Periodo', 1, 12),
};

const dentroDelAnio = (p: { tipo: keyof typeof MAXIMO_POR_TIPO; numero: number }) => p.numero <= MAXIMO_POR_TIPO[p.tipo];
const fueraDelAnio = { path: ['numero'], message: 'El trimestre va del 1 al 4' };

/** The period the head asks to close: a month (1..12) or a quarter (1..4) of a POA year. */
export const periodoCierreSchema = z.object(periodo).refine(dentroDelAnio, fueraDelAnio);

/** Reopening asks why: the reason stays in the bitácora next to the reopening. */
export const reaperturaSchema = z
  .object({
    ...periodo,
    motivo: texto('Motivo de la reapertura', 1000, VARIAS_LINEAS).refine(
      (m) => m.length >= 10,
      'Explique el motivo de la reapertura (al menos 10 caracteres)',
    ),
  })
  .refine(dentroDelAnio, fueraDelAnio);

/**
 * A closing or reopening of a period, stored like every other record (id, station, createdAt/updatedAt, soft delete)
 * so it merges between PCs; append-only: a reopening is a newer record with `cerrado: false`.
 */
export const cierreSchema = z.object({
  ...baseRegistro,
  ...periodo,
  cerrado: z.boolean({ error: 'Falta si el periodo está cerrado' }),
  /** ISO timestamp of the step: the newest record of a period decides. */
  fecha: z.iso.datetime({ offset: true, message: 'Fecha del cierre inválida' }),
  usuario: z.string({ error: 'Falta el usuario del cierre' }),
});
export type CierrePeriodo = z.infer<typeof cierreSchema>;

/** A closing record of version 1 or 2 with the fields every record carries since version 3. */
export function cierreConCamposDeRegistro(fila: Record<string, unknown>, estacion: string): Record<string, unknown> {
  return { createdAt: fila.fecha, updatedAt: fila.fecha, estacion, eliminado: 0, ...fila };
}
