import { z } from 'zod';
import { fecha } from './comunes';
import { ACCIONES_BITACORA, ENTIDADES_BITACORA } from './sistema';

/**
 * What the bitácora screen filters by, and its export with it. Empty means "any": null for the selects and the
 * dates, '' for the text. Dates are calendar days 'AAAA-MM-DD' of this PC's clock, both included.
 */
export const filtrosBitacoraSchema = z
  .object({
    cuentaId: z.uuid('Elija una cuenta de la lista').nullable(),
    desde: fecha('Desde').nullable(),
    hasta: fecha('Hasta').nullable(),
    accion: z.enum(ACCIONES_BITACORA, 'Elija una acción de la lista').nullable(),
    entidad: z.enum(ENTIDADES_BITACORA, 'Elija un tipo de registro de la lista').nullable(),
    texto: z.string().trim().max(200, 'El texto a buscar admite a lo más 200 caracteres'),
  })
  .refine((f) => !f.desde || !f.hasta || f.desde <= f.hasta, {
    path: ['hasta'],
    message: 'La fecha final no puede ser anterior a la inicial',
  });
export type FiltrosBitacora = z.infer<typeof filtrosBitacoraSchema>;

export const SIN_FILTROS_BITACORA: FiltrosBitacora = { cuentaId: null, desde: null, hasta: null, accion: null, entidad: null, texto: '' };

/** A page of the results: the first is 0. */
export const paginaBitacoraSchema = z.object({
  numero: z.number().int().min(0),
  tamano: z.number().int().min(1).max(500),
});
export type PaginaBitacora = z.infer<typeof paginaBitacoraSchema>;
