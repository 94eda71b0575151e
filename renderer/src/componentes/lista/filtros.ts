import { coincideBusqueda, normalizarTexto } from '../../../../shared/domain/texto';
import type { TipoCatalogo } from '../../../../shared/schemas/sistema';

/** Every word typed begins a word of any of the texts (accents and case aside): "desp lop" finds a despensa to López. */
export function coincide(consulta: string, ...textos: (string | number | null | undefined)[]): boolean {
  return coincideBusqueda(normalizarTexto(textos.filter((t) => t !== null && t !== undefined).join(' ')), consulta);
}

/** The distinct years of the dates given ('AAAA-MM-DD'), newest first, as filter options. */
export function aniosDe(fechas: readonly (string | null)[]): { valor: string; texto: string }[] {
  const anios = [...new Set(fechas.filter((f): f is string => Boolean(f)).map((f) => f.slice(0, 4)))].sort().reverse();
  return anios.map((a) => ({ valor: a, texto: a }));
}

/** Options of a select from catalogue entries (tipos de apoyo, dependencias), by id. */
export function opcionesDeCatalogo(elementos: readonly { id: string; nombre: string }[]): { valor: string; texto: string }[] {
  return elementos.map((e) => ({ valor: e.id, texto: e.nombre }));
}

/** Options of a select from a label map. */
export function opcionesDe<K extends string>(claves: readonly K[], etiquetas: Record<K, string>): { valor: string; texto: string }[] {
  return claves.map((k) => ({ valor: k, texto: etiquetas[k] }));
}

/** Sorts a status column in its workflow's order, not alphabetically. */
export function ordenDe<K extends string>(orden: readonly K[]): (a: K, b: K) => number {
  return (a, b) => orden.indexOf(a) - orden.indexOf(b);
}

export interface Opcion {
  valor: string;
  texto: string;
}

/**
 * Where a select filter's options come from: fixed, from the rows of a list loaded whole (their years), a catalogue's
 * active entries, or asked of the database (a paged list's years, from an index).
 */
export type OpcionesFiltro<F> =
  | readonly Opcion[]
  | ((filas: readonly F[]) => Opcion[])
  | { catalogo: TipoCatalogo }
  | { consulta: () => Promise<readonly Opcion[]> };

/** One select of a list's filter bar, as a kind's view declares it; "" is "all". */
export interface FiltroVista<F> {
  campo: string;
  etiqueta: string;
  opciones: OpcionesFiltro<F>;
  cumple: (fila: F, valor: string) => boolean;
  /** What "all" is called ("Todas" for mesas). */
  todos?: string;
  ancho?: number;
}

/** A select that keeps the rows whose `campo` is the value chosen (a status, a tipo, a sector, true/false). */
export function filtroCampo<F>(
  campo: keyof F & string,
  etiqueta: string,
  opciones: OpcionesFiltro<F>,
  extra: Pick<FiltroVista<F>, 'todos' | 'ancho'> = {},
): FiltroVista<F> {
  return { campo, etiqueta, opciones, cumple: (fila, valor) => String(fila[campo]) === valor, ...extra };
}

/** The status select of a kind with statuses, its options in the workflow's order. */
export function filtroEstatus<F extends { estatus: string }>(
  estatus: { valores: readonly string[]; etiquetas: Readonly<Record<string, string>> },
  extra: Pick<FiltroVista<F>, 'todos' | 'ancho'> = {},
): FiltroVista<F> {
  return filtroCampo<F>('estatus', 'Estatus', opcionesDe(estatus.valores, estatus.etiquetas), extra);
}

/** The «Año» select: the years of the date that places each row, newest first. */
export function filtroAnio<F>(fecha: (fila: F) => string | null): FiltroVista<F> {
  return {
    campo: 'anio',
    etiqueta: 'Año',
    opciones: (filas) => aniosDe(filas.map(fecha)),
    cumple: (fila, anio) => Boolean(fecha(fila)?.startsWith(anio)),
    ancho: 1.5,
  };
}

/**
 * The count above a list: «12,000 apoyos», «3 de 12,000 apoyos»; while the live records are still counted, what is
 * known («3 apoyos» of the filters) or «Contando apoyos…»; while the filtered matches are counted after their first
 * page, `alMenos` of them are known: «Al menos 25 de 99,997 solicitudes; contando…».
 */
export function textoConteo(mostradas: number | null, total: number | null, [uno, varios]: readonly [string, string], alMenos?: number): string {
  const nombre = (n: number) => `${n.toLocaleString('es-MX')} ${n === 1 ? uno : varios}`;
  if (mostradas === null && alMenos !== undefined) {
    return total === null ? `Al menos ${nombre(alMenos)}; contando…` : `Al menos ${alMenos.toLocaleString('es-MX')} de ${nombre(total)}; contando…`;
  }
  if (total === null) return mostradas === null ? `Contando ${varios}…` : nombre(mostradas);
  if (mostradas === null || mostradas === total) return nombre(total);
  return `${mostradas.toLocaleString('es-MX')} de ${nombre(total)}`;
}

/**
 * The grid's pager in Mexican figures («1–25 de 99,997»; the grid's own Spanish writes «99.997»), and «de más de 25»
 * while the rows are still counted.
 */
export function filasMostradas({ from, to, count }: { from: number; to: number; count: number }): string {
  const n = (x: number) => x.toLocaleString('es-MX');
  return `${n(from)}–${n(to)} de ${count === -1 ? `más de ${n(to)}` : n(count)}`;
}
