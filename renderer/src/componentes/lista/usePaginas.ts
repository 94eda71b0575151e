import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { PaginasDelServidor } from './TablaRegistros';

/**
 * What a list says besides its rows: how many match the filters and how many there are; null while still counted
 * (the count is its own query, so the first page never waits for it).
 */
export interface Conteos {
  total: number | null;
  todas: number | null;
  /** The filtered matches are being counted (`total` null meanwhile). */
  contando?: boolean;
}

/**
 * What a page asked of the database brings: its rows, how many match (null: no filter, every one), maybe the count;
 * `porContar`: filtered, and the matches are counted after the page shows.
 */
export interface PaginaPedida<F> {
  filas: F[];
  total: number | null;
  todas?: number;
  porContar?: true;
}

/** The grid's order as the database's: the first sorted column when it has an index, else the list's own order. */
export function ordenDeModelo<C extends string>(modelo: GridSortModel, campos: readonly C[], inicial: { campo: C; direccion: 'asc' | 'desc' }) {
  const [primero] = modelo;
  if (!primero?.sort || !(campos as readonly string[]).includes(primero.field)) return inicial;
  return { campo: primero.field as C, direccion: primero.sort };
}

const PAGINA_INICIAL: GridPaginationModel = { page: 0, pageSize: 25 };

/**
 * A list paged by the database: the grid's page and order, and the one page asked for them (kept live). A query the
 * user has moved on from (other filters, page or screen) is dropped when it answers, and it only ever reads one page.
 * `deps` are what else the query reads (the filters); when they change, call `alInicio` so the list starts at page 1.
 * `contar` gives how many live records there are when the page leaves it out: it runs after the first page (kept
 * live too), and a first page with no filter that is not full says it without waiting. `contarFiltradas` counts the
 * matches of a page that came `porContar`, after it shows (kept live, asked again when the filters change).
 */
export function usePaginas<F, R extends PaginaPedida<F>>(
  pedir: (pagina: GridPaginationModel, orden: GridSortModel) => Promise<R>,
  deps: readonly unknown[],
  contar?: () => Promise<number>,
  contarFiltradas?: () => Promise<number | null>,
) {
  const [pagina, setPagina] = useState(PAGINA_INICIAL);
  const [orden, setOrden] = useState<GridSortModel>([]);
  // Each page comes with the filters it was asked with.
  const pedido = useLiveQuery(async () => ({ deps, resultado: await pedir(pagina, orden) }), [...deps, pagina, orden]);
  const resultado = pedido?.resultado;
  // The count does not depend on the filters or the page: one query for the list's life, answered again on changes.
  // It starts once the first page is in: IndexedDB answers one request after another, so a count asked beside the
  // page would hold the page's reads behind it.
  const paginaLista = resultado !== undefined;
  const contada = useLiveQuery(() => (paginaLista && contar ? contar() : Promise.resolve(undefined)), [paginaLista]);
  // The matches of the filters, asked once a page of theirs is in (asked with the page, the count would hold its
  // reads back) and not again for their other pages; a count made for other filters is never shown.
  const porContar = resultado?.porContar === true;
  const filtrosDelPedido = pedido?.deps ?? deps.map(() => undefined);
  const filtradas = useLiveQuery(
    async () => (porContar && contarFiltradas ? { deps: filtrosDelPedido, n: await contarFiltradas() } : undefined),
    [porContar, ...filtrosDelPedido],
  );
  const coincidencias = filtradas && filtradas.deps.every((d, i) => Object.is(d, deps[i])) ? filtradas.n : null;
  // While the next page is asked for, the grid keeps the last counts (a count of 0 would send it back to page 1).
  const ultimo = useRef<{ total: number | null; todas?: number; enLaPrimera?: number }>({ total: null });
  if (resultado) {
    ultimo.current = {
      total: porContar ? coincidencias : resultado.total,
      todas: resultado.todas,
      // No filter and a first page that is not full: every live record is on it.
      enLaPrimera: resultado.total === null && pagina.page === 0 && resultado.filas.length < pagina.pageSize ? resultado.filas.length : undefined,
    };
  }
  const todas = ultimo.current.todas ?? contada ?? ultimo.current.enLaPrimera ?? null;
  // Counting the matches: the grid goes on by pages («de más de 25») and the count says so.
  const contando = porContar && ultimo.current.total === null;
  const conteos: Conteos = { total: contando ? null : (ultimo.current.total ?? todas), todas, contando };
  const alInicio = () => setPagina((p) => ({ ...p, page: 0 }));
  const servidor: PaginasDelServidor = {
    total: conteos.total,
    haySiguiente: resultado ? resultado.filas.length === pagina.pageSize : false,
    pagina,
    cambiarPagina: setPagina,
    orden,
    cambiarOrden: (o) => {
      setOrden(o);
      alInicio();
    },
  };
  return { resultado, conteos, servidor, alInicio };
}
