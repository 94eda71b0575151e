import { z } from 'zod';

// Every schema's own messages are written in Spanish; zod's Spanish locale covers the rest (a missing field, a wrong
// type), so no English message from the library reaches a user. Every schema file imports this module.
z.config(z.locales.es());

/** Fields every stored record carries, so captures from several PCs merge without collisions. */
export const baseRegistro = {
  id: z.uuid('Identificador inválido'),
  createdAt: z.iso.datetime({ offset: true, message: 'Fecha de creación inválida' }),
  updatedAt: z.iso.datetime({ offset: true, message: 'Fecha de modificación inválida' }),
  estacion: z.string().min(1, 'Falta la estación'),
  /** 0 = vigente, 1 = eliminado (soft delete; a number so IndexedDB can index it). */
  eliminado: z.union([z.literal(0), z.literal(1)]),
};

export type CamposBase = 'id' | 'createdAt' | 'updatedAt' | 'estacion' | 'eliminado';

export const texto = (campo: string, max = 500) =>
  z.string().trim().min(1, `${campo} es obligatorio`).max(max, `${campo} admite a lo más ${max} caracteres`);

export const textoOpcional = (campo: string, max = 500) =>
  z.string().trim().max(max, `${campo} admite a lo más ${max} caracteres`);

const RE_FECHA = /^\d{4}-\d{2}-\d{2}$/;
const RE_FECHA_HORA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function fechaReal(valor: string): boolean {
  const [a, m, d] = valor.slice(0, 10).split('-').map(Number);
  const f = new Date(Date.UTC(a, m - 1, d));
  return f.getUTCFullYear() === a && f.getUTCMonth() === m - 1 && f.getUTCDate() === d;
}

/** A calendar date 'AAAA-MM-DD' (no time zone: a date in the municipality is the date the clerk sees). */
export const fecha = (campo: string) =>
  z
    .string({ error: `${campo} es obligatoria` })
    .regex(RE_FECHA, `${campo}: escriba una fecha válida (dd/mm/aaaa)`)
    .refine(fechaReal, `${campo}: la fecha no existe`);

/** A local date and time 'AAAA-MM-DDTHH:mm'. */
export const fechaHora = (campo: string) =>
  z
    .string({ error: `${campo} es obligatoria` })
    .regex(RE_FECHA_HORA, `${campo}: escriba fecha y hora válidas`)
    .refine(fechaReal, `${campo}: la fecha no existe`);

export const entero = (campo: string, min = 0, max = 1_000_000) =>
  z
    .number({ error: `${campo} debe ser un número` })
    .int(`${campo} debe ser un número entero`)
    .min(min, `${campo} no puede ser menor que ${min}`)
    .max(max, `${campo} no puede ser mayor que ${max}`);

export const doceMeses = <T extends z.ZodType>(item: T, campo: string) =>
  z.array(item).length(12, `${campo}: deben ser 12 meses`);
