import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import { coincide, type FiltroVista } from '../../../componentes/lista/filtros';
import type { ConsultaPorFecha, FuentePorFecha } from '../../../db/repositorios/paginaPorFecha';
import type { Pagina } from '../../../db/repositorios/paginas';
import type { ConsultaVista, PaginasVista, VistaLista } from './ListaRegistros';

/**
 * A kind's list read page by page along its date index (`porFecha`), with what users had when it was loaded whole:
 * the same search and filters (the view's own `busqueda.en` and `cumple`), every column sortable as the grid sorts
 * it, the summary of every matching row, and the «Año» options from the index instead of from the rows.
 */
export function paginasPorFecha<F extends GridValidRowModel & { id: string }>(
  vista: VistaLista<F>,
  fuente: FuentePorFecha<F>,
): { vista: VistaLista<F>; paginas: Omit<PaginasVista<F>, 'pedir'> & { pedir: (c: ConsultaVista) => Promise<Pagina<F>> } } {
  const columnas = new Map(vista.columnas.map((c) => [c.field, c]));
  const consulta = (c: Pick<ConsultaVista, 'filtros' | 'orden'>): Pick<ConsultaPorFecha<F>, 'anio' | 'cumple' | 'orden'> => {
    const { anio = '', texto = '' } = c.filtros;
    const otros = vista.filtros.filter((x) => x.campo !== 'anio' && c.filtros[x.campo]);
    const buscar = texto.trim() !== '';
    const cumple =
      buscar || otros.length > 0
        ? (fila: F) => (!buscar || coincide(texto, ...(vista.busqueda.en?.(fila) ?? []))) && otros.every((x) => x.cumple(fila, c.filtros[x.campo]))
        : null;
    const columna = c.orden && columnas.get(c.orden.campo);
    if (!c.orden || !columna || columna.field === fuente.campoFecha) return { anio, cumple, orden: { fecha: c.orden?.direccion ?? 'desc' } };
    const signo = c.orden.direccion === 'asc' ? 1 : -1;
    const comparar = comparadorDeColumna(columna);
    return { anio, cumple, orden: { comparar: (a, b) => signo * comparar(a, b) } };
  };
  const filtros: FiltroVista<F>[] = vista.filtros.map((x) =>
    x.campo === 'anio' ? { ...x, opciones: { consulta: async () => (await fuente.anios()).map((a) => ({ valor: a, texto: a })) } } : x,
  );
  const { resumen } = vista;
  return {
    vista: { ...vista, filtros },
    paginas: {
      ordenes: vista.columnas.filter((c) => c.sortable !== false).map((c) => c.field),
      pedir: (c) => fuente.pagina({ ...consulta(c), pagina: c.pagina, tamano: c.tamano }),
      resumen: resumen && (async (f) => resumen(await fuente.todas(consulta({ filtros: f, orden: null })))),
    },
  };
}

/** Two rows compared as the grid compares a column: its value (`valueGetter`) and its `sortComparator`, else text or number. */
export function comparadorDeColumna<F extends GridValidRowModel>(columna: GridColDef<F>): (a: F, b: F) => number {
  const valor = (fila: F): unknown => (columna.valueGetter ? columna.valueGetter(fila[columna.field] as never, fila, columna, undefined as never) : fila[columna.field]);
  const { sortComparator } = columna;
  if (sortComparator) return (a, b) => sortComparator(valor(a), valor(b), undefined as never, undefined as never);
  return (a, b) => compararValores(valor(a), valor(b));
}

const texto = new Intl.Collator('es-MX', { sensitivity: 'base', numeric: true });

/** Empty first; numbers as numbers; text in Spanish order, accents and case aside. */
export function compararValores(a: unknown, b: unknown): number {
  const vacio = (v: unknown) => v === null || v === undefined || v === '';
  if (vacio(a) || vacio(b)) return Number(!vacio(a)) - Number(!vacio(b));
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return texto.compare(String(a), String(b));
}
