import type { z } from 'zod';
import { limpiarCaracteres, type MarcaCaracteres } from '../schemas/comunes';

/**
 * Rows stored before text fields refused control characters may hold a tab or a line break in a field of one line (a
 * name pasted from a spreadsheet): editing the row later would refuse what the user never typed. The row's own schema
 * says which fields refuse which characters (the mark on its issue), so every table is repaired by the same rule the
 * forms apply, and a field of several lines keeps its line breaks.
 */

type Fila = Record<string, unknown>;

const marca = (issue: z.core.$ZodIssue): MarcaCaracteres['caracteres'] | null => {
  const params = (issue as { params?: Partial<MarcaCaracteres> }).params;
  return issue.code === 'custom' && params?.caracteres ? params.caracteres : null;
};

// eslint-disable-next-line no-control-regex -- the characters the schemas refuse, to skip the rows that hold none
const RE_SOSPECHOSOS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

function tieneSospechosos(valor: unknown): boolean {
  if (typeof valor === 'string') return RE_SOSPECHOSOS.test(valor);
  if (Array.isArray(valor)) return valor.some(tieneSospechosos);
  if (valor !== null && typeof valor === 'object') return Object.values(valor).some(tieneSospechosos);
  return false;
}

function conValor(raiz: unknown, ruta: readonly PropertyKey[], cambiar: (v: string) => string): unknown {
  if (ruta.length === 0) return typeof raiz === 'string' ? cambiar(raiz) : raiz;
  const [paso, ...resto] = ruta;
  if (Array.isArray(raiz)) return raiz.map((x, i) => (i === paso ? conValor(x, resto, cambiar) : x));
  if (raiz !== null && typeof raiz === 'object') {
    const objeto = raiz as Record<PropertyKey, unknown>;
    return { ...objeto, [paso]: conValor(objeto[paso], resto, cambiar) };
  }
  return raiz;
}

/** The row with the text its schema refuses for its characters repaired, or null when there is nothing to repair. */
export function filaConTextosLimpios(schema: z.ZodType, fila: Fila): Fila | null {
  if (!tieneSospechosos(fila)) return null;
  let actual: unknown = fila;
  // A field may hold both kinds (a NUL and a tab): each pass repairs what the schema reports first.
  for (let pasada = 0; pasada < 3; pasada++) {
    const r = schema.safeParse(actual);
    const marcadas = r.success ? [] : r.error.issues.filter((i) => marca(i) !== null);
    if (marcadas.length === 0) break;
    for (const issue of marcadas) actual = conValor(actual, issue.path, (v) => limpiarCaracteres(v, marca(issue) === 'varias-lineas'));
  }
  return actual === fila ? null : (actual as Fila);
}
