import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { PaginasDelServidor } from './TablaRegistros';

/** What a page asked of the database says besides its rows: how many match the filters and how many there are. */
export interface Conteos {
  total: number;
  todas: number;
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
 */
export function usePaginas<R extends Conteos>(pedir: (pagina: GridPaginationModel, orden: GridSortModel) => Promise<R>, deps: readonly unknown[]) {
  const [pagina, setPagina] = useState(PAGINA_INICIAL);
  const [orden, setOrden] = useState<GridSortModel>([]);
  const resultado = useLiveQuery(() => pedir(pagina, orden), [...deps, pagina, orden]);
  // While the next page is asked for, the grid keeps the last count (a count of 0 would send it back to page 1).
  const ultimo = useRef<Conteos>({ total: 0, todas: 0 });
  if (resultado) ultimo.current = { total: resultado.total, todas: resultado.todas };
  const alInicio = () => setPagina((p) => ({ ...p, page: 0 }));
  const servidor: PaginasDelServidor = {
    total: ultimo.current.total,
    pagina,
    cambiarPagina: setPagina,
    orden,
    cambiarOrden: (o) => {
      setOrden(o);
      alInicio();
    },
  };
  return { resultado, conteos: ultimo.current, servidor, alInicio };
}
