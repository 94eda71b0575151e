import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { texto, textoOpcional, VARIAS_LINEAS } from '../../../shared/schemas/comunes';
import { ETIQUETA_CAMPO, OTRAS_ETIQUETAS } from '../../../shared/schemas/etiquetas';
import { PALABRAS_INGLES } from './ingles';

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

describe('cada mensaje nombra su campo', () => {
  const sinAcentos = (t: string) => t.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const SOLO_ESQUEMAS = esquemas.filter(([nombre]) => nombre.startsWith('schemas/'));
  /** What a missing or mistyped value gives; a rule on a value of the right type (a length, a range) says its own thing. */
  const DE_TIPO = new Set(['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format']);
  const VALORES = [undefined, null, 42, 'x', true, [], {}];

  it.each(SOLO_ESQUEMAS)('%s: un campo que falta o de otro tipo dice su etiqueta', (_nombre, s) => {
    const forma = formaObjeto(s);
    if (!forma) return;
    const problemas: string[] = [];
    for (const campo of Object.keys(forma)) {
      for (const v of VALORES) {
        const r = s.safeParse({ [campo]: v });
        if (r.success) continue;
        for (const issue of r.error.issues.filter((i) => i.path[0] === campo && DE_TIPO.has(i.code))) {
          const clave = [...issue.path].reverse().find((p): p is string => typeof p === 'string')!;
          if (!Object.hasOwn(ETIQUETA_CAMPO, clave)) {
            problemas.push(`${clave}: sin etiqueta declarada`);
            continue;
          }
          const etiquetas = [ETIQUETA_CAMPO[clave], ...(OTRAS_ETIQUETAS[clave] ?? [])];
          if (!etiquetas.some((e) => sinAcentos(issue.message).includes(sinAcentos(e)))) {
            problemas.push(`${issue.path.join('.')} = ${JSON.stringify(v)}: «${issue.message}» no dice «${etiquetas.join('» ni «')}»`);
          }
        }
      }
    }
    expect([...new Set(problemas)]).toEqual([]);
  });

  it('un campo sin mensaje propio dice su etiqueta: falta, de otro tipo o fuera de las opciones', () => {
    const s = z.object({ fechaEntrega: z.string(), cantidad: z.number(), sexo: z.enum(['H', 'M']), activo: z.boolean() });
    const r = s.safeParse({ cantidad: 'tres', sexo: 'Z', activo: null });
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      'Falta el dato «Fecha de entrega»',
      'Cantidad debe ser un número',
      'Sexo: elija una de las opciones',
      'Falta el dato «Activo»',
    ]);
  });
});
