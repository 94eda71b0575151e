import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { texto, textoOpcional, VARIAS_LINEAS } from '../../../shared/schemas/comunes';

/**
 * Every message a schema can give reaches a user somewhere (a field, a restore, an import): a walk over every schema
 * exported from shared/, fed what a broken file or a careless caller gives (nothing, the wrong type, each field
 * missing or of the wrong type), finds no English word in any message.
 */

const modulos = import.meta.glob<Record<string, unknown>>(['../../../shared/schemas/*.ts', '../../../shared/seguridad/*.ts', '../../../shared/ipc/*.ts', '../../../shared/registros/*.ts'], { eager: true });

const esquemas: [string, z.ZodType][] = Object.entries(modulos).flatMap(([archivo, m]) =>
  Object.entries(m)
    .filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType)
    .map(([nombre, s]) => [`${archivo.replace(/^.*shared\//, '')} ${nombre}`, s] as [string, z.ZodType]),
);

const PALABRAS_INGLES = /\b(invalid|expected|received|required|must|string|number|boolean|array|object|input|undefined|too (small|big)|characters?|greater|less|than|should|option|key|unrecognized|format|date|value)\b/i;

/** Values of every wrong kind, for a whole object and for each of its fields. */
const MALOS: unknown[] = [undefined, null, 42, -1.5, 'x', '', true, [], {}, [1, 'a'], 'a'.repeat(20_000), Number.NaN];

function formaObjeto(s: z.ZodType): Record<string, z.ZodType> | null {
  let actual: unknown = s;
  for (let i = 0; i < 5 && actual; i++) {
    if (actual instanceof z.ZodObject) return actual.shape as Record<string, z.ZodType>;
    const def = (actual as { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }).def;
    actual = def?.innerType ?? def?.in ?? def?.schema;
  }
  return null;
}

function mensajes(s: z.ZodType, valor: unknown): string[] {
  const r = s.safeParse(valor);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('mensajes de los esquemas', () => {
  it('recorre los esquemas de shared/', () => {
    expect(esquemas.length).toBeGreaterThan(40);
  });

  it.each(esquemas)('%s habla sólo español', (_nombre, s) => {
    const todos: string[] = [];
    for (const v of MALOS) todos.push(...mensajes(s, v));
    const forma = formaObjeto(s);
    if (forma) {
      for (const campo of Object.keys(forma)) {
        for (const v of MALOS) todos.push(...mensajes(s, { [campo]: v }));
      }
    }
    const ingles = [...new Set(todos.filter((m) => PALABRAS_INGLES.test(m)))];
    expect(ingles).toEqual([]);
  });
});

describe('caracteres de los campos de texto', () => {
  const renglon = texto('Colonia', 150);
  const parrafo = texto('Descripción', 4000, VARIAS_LINEAS);
  const opcional = textoOpcional('Calle', 150);

  it('un campo de un renglón rechaza tabuladores y saltos de línea, uno de varios los guarda', () => {
    expect(renglon.safeParse('Centro\tNorte').error?.issues[0]?.message).toBe('Colonia va en un solo renglón, sin tabuladores ni saltos de línea');
    expect(renglon.safeParse('Centro\nNorte').success).toBe(false);
    expect(parrafo.parse('Pide láminas.\n\tSu techo se cayó.')).toBe('Pide láminas.\n\tSu techo se cayó.');
  });

  it.each([
    ['NUL', 'Ana\u0000'],
    ['escape', 'Ana\u001b[31m'],
    ['DEL', 'Ana\u007f'],
    ['control C1', 'Ana\u0085'],
    ['inversión de dirección', 'ANAC\u202eXXX'],
    ['aislamiento de dirección', 'Ana\u2066x\u2069'],
    ['no carácter U+FFFE', 'Ana\ufffe'],
    ['no carácter U+FFFF', 'Ana\uffff'],
  ])('rechaza %s en cualquier campo, aun de varios renglones', (_nombre, valor) => {
    const mensaje = 'contiene caracteres no permitidos (de control o que cambian la dirección del texto)';
    expect(renglon.safeParse(valor).error?.issues[0]?.message).toBe(`Colonia ${mensaje}`);
    expect(parrafo.safeParse(valor).error?.issues[0]?.message).toBe(`Descripción ${mensaje}`);
    expect(opcional.safeParse(valor).error?.issues[0]?.message).toBe(`Calle ${mensaje}`);
  });

  it('acentos, eñes, emojis y comillas tipográficas pasan', () => {
    expect(renglon.parse('  Peña «Ñandú» — 🏠  ')).toBe('Peña «Ñandú» — 🏠');
  });

  it('un campo que falta o de otro tipo dice cuál', () => {
    expect(renglon.safeParse(undefined).error?.issues[0]?.message).toBe('Colonia es obligatorio');
    expect(renglon.safeParse(12).error?.issues[0]?.message).toBe('Colonia debe ser texto');
    expect(opcional.safeParse(undefined).error?.issues[0]?.message).toBe('Falta Calle');
  });
});
