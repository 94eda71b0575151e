import { z } from 'zod';
import { MAXIMO_POR_TIPO } from '../domain/cierres';
import { entero, texto } from './comunes';

const periodo = {
  anio: entero('Año', 2000, 2100),
  tipo: z.enum(['mes', 'trimestre'], { error: 'Elija mes o trimestre' }),
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
    motivo: texto('Motivo de la reapertura', 1000).refine(
      (m) => m.length >= 10,
      'Explique el motivo de la reapertura (al menos 10 caracteres)',
    ),
  })
  .refine(dentroDelAnio, fueraDelAnio);
