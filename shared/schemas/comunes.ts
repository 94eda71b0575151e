import { z } from 'zod';
import { etiquetaCampo } from './etiquetas';

const ESPANOL = z.locales.es();

/** What a field of each type holds, as the message of a value of another type says it. */
const QUE_ES: Readonly<Record<string, string>> = {
  string: 'texto',
  number: 'un número',
  int: 'un número entero',
  bigint: 'un número entero',
  nan: 'un número',
  boolean: 'sí o no',
  array: 'una lista',
  object: 'un conjunto de datos',
  date: 'una fecha',
};

function mensajeEspanol(iss: z.core.$ZodRawIssue): string {
  const m = ESPANOL.localeError(iss);
  return typeof m === 'string' ? m : (m?.message ?? 'Dato inválido');
}

/**
 * The message of an issue whose schema has none of its own, naming the field by its label (shared/schemas/etiquetas:
 * the label its form shows), so a missing or mistyped value in a restored file or a careless call says which field.
 * The issue's path is complete here: zod gives the messages once the whole value has been read.
 */
export function mensajeConEtiqueta(iss: z.core.$ZodRawIssue): string | undefined {
  const clave = [...(iss.path ?? [])].reverse().find((p): p is string => typeof p === 'string');
  if (clave === undefined) return undefined;
  const etiqueta = etiquetaCampo(clave);
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) return `Falta el dato «${etiqueta}»`;
      return `${etiqueta} debe ser ${QUE_ES[iss.expected] ?? 'de otro tipo'}`;
    case 'invalid_value':
      return `${etiqueta}: elija una de las opciones`;
    case 'invalid_union':
      return iss.input === undefined || iss.input === null ? `Falta el dato «${etiqueta}»` : `${etiqueta}: el valor no es válido`;
    case 'invalid_format':
      return `${etiqueta}: el formato no es válido`;
    default:
      return `${etiqueta}: ${mensajeEspanol(iss)}`;
  }
}

// Every schema's own messages are written in Spanish; what a schema does not say itself names the field by its label,
// and zod's Spanish locale covers what has no field (a whole value of the wrong kind), so no English message from the
// library reaches a user. Every schema file imports this module.
z.config(ESPANOL);
z.config({ customError: mensajeConEtiqueta });

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

/**
 * What a text field may hold. Control characters are refused everywhere (a NUL or an escape pasted from another
 * program), except tab and line breaks in a field that takes several lines (a description, a motive); so are the
 * marks that override the direction of the text (they make «CURP» display as something else: U+202A–U+202E,
 * U+2066–U+2069) and the non-characters U+FFFE and U+FFFF (a workbook holding one cannot be opened again).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused
const RE_PROHIBIDOS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const RE_SALTOS = /[\t\n\r]/;

export interface OpcionesTexto {
  /** The field takes several lines: tab and line breaks are kept. */
  lineas?: boolean;
}

export function revisarCaracteres(campo: string, valor: string, lineas: boolean): string | null {
  if (RE_PROHIBIDOS.test(valor)) return `${campo} contiene caracteres no permitidos (de control o que cambian la dirección del texto)`;
  if (!lineas && RE_SALTOS.test(valor)) return `${campo} va en un solo renglón, sin tabuladores ni saltos de línea`;
  return null;
}

/** A missing text field and one of another type say which field, not only «se esperaba texto». */
const tipoTexto = (campo: string, faltante: string) =>
  z.string({ error: (iss) => (iss.input === undefined || iss.input === null ? faltante : `${campo} debe ser texto`) });

/**
 * The text as a field of one line (or of several, `lineas`) accepts it: tabs and line breaks become one space where
 * the field takes one line, the other forbidden characters are removed, and the ends trimmed. For rows stored before
 * these characters were refused, so that editing them later does not refuse what the user did not type.
 */
export function limpiarCaracteres(valor: string, lineas: boolean): string {
  const sinProhibidos = valor.replace(new RegExp(RE_PROHIBIDOS.source, 'g'), '');
  return (lineas ? sinProhibidos : sinProhibidos.replace(/ *[\t\n\r]+ */g, ' ')).trim();
}

/** The mark a refused character's issue carries, so a repair finds the field and whether it takes several lines. */
export interface MarcaCaracteres {
  caracteres: 'renglon' | 'varias-lineas';
}

const conCaracteresValidos = (s: z.ZodString, campo: string, { lineas = false }: OpcionesTexto) =>
  s.superRefine((valor, ctx) => {
    const error = revisarCaracteres(campo, valor, lineas);
    const params: MarcaCaracteres = { caracteres: lineas ? 'varias-lineas' : 'renglon' };
    if (error) ctx.addIssue({ code: 'custom', message: error, params });
  });

export const texto = (campo: string, max = 500, opciones: OpcionesTexto = {}) =>
  conCaracteresValidos(
    tipoTexto(campo, `${campo} es obligatorio`).trim().min(1, `${campo} es obligatorio`).max(max, `${campo} admite a lo más ${max} caracteres`),
    campo,
    opciones,
  );

export const textoOpcional = (campo: string, max = 500, opciones: OpcionesTexto = {}) =>
  conCaracteresValidos(tipoTexto(campo, `Falta ${campo}`).trim().max(max, `${campo} admite a lo más ${max} caracteres`), campo, opciones);

/** Shorthand for a field of several lines. */
export const VARIAS_LINEAS: OpcionesTexto = { lineas: true };

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
