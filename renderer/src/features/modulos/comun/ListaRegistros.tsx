import type { SxProps, Theme } from '@mui/material/styles';
import type { GridColDef, GridColumnVisibilityModel, GridValidRowModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { TipoCatalogo } from '../../../../../shared/schemas/sistema';
import { BarraFiltros, FiltroSelect } from '../../../componentes/lista/BarraFiltros';
import { BotonNuevo } from '../../../componentes/lista/Enlaces';
import { coincide, opcionesDeCatalogo, type FiltroVista, type Opcion } from '../../../componentes/lista/filtros';
import { TablaRegistros, type PaginasDelServidor } from '../../../componentes/lista/TablaRegistros';
import { usePaginas, type Conteos, type PaginaPedida } from '../../../componentes/lista/usePaginas';
import { useCatalogo } from '../../../hooks/useCatalogo';
import type { FuentePorFecha } from '../../../db/repositorios/paginaPorFecha';
import { EncabezadoModulo, type Modulo } from './Pestanas';
import { paginasPorFecha } from './paginasPorFecha';
import { useFiltros } from './useFiltros';

/**
 * How a kind's list looks: its heading, the rows it shows (kept live), the columns, the search and the selects of
 * the filter bar, and what is particular to it (a total under the count, a notice above the bar, tinted rows).
 */
export interface VistaLista<F extends GridValidRowModel & { id: string }> {
  /** The module's heading (and its tabs), where the button that opens a new capture goes. */
  modulo: Modulo;
  nuevo: { a: string; texto: string };
  /** The rows, loaded whole and filtered in memory; `hoy` is for what depends on the day (a convenio's vigencia). */
  cargar?: (hoy: string) => Promise<F[]>;
  /** Instead of `cargar`: the database gives one page at a time, filtered and ordered by its indexes. */
  paginas?: PaginasVista<F>;
  /**
   * Instead of `cargar`: pages read along the kind's date index; the search (`busqueda.en`), the filters (`cumple`)
   * and every column's order work as in a list loaded whole, and the «Año» options come from the index.
   */
  porFecha?: FuentePorFecha<F>;
  /** The table's accessible name. */
  etiqueta: string;
  ruta: (id: string) => string;
  columnas: GridColDef<F>[];
  ocultas?: GridColumnVisibilityModel;
  busqueda: {
    /** The filter bar's accessible name. */
    etiqueta: string;
    texto: string;
    ancho?: number;
    /** The texts of a row the search looks in (a list loaded whole; a paged one searches in its `pedir`). */
    en?: (fila: F) => (string | number | null | undefined)[];
  };
  /** What the rows are called, singular and plural. */
  nombres: readonly [string, string];
  /** What the empty list says: with no records at all, and when the search and filters leave none. */
  vacia: { texto: string; filtrada: string };
  filtros: FiltroVista<F>[];
  /** A total of the rows shown, under the count (a list loaded whole; a paged one asks its `paginas.resumen`). */
  resumen?: (visibles: readonly F[]) => string;
  /** A notice above the filter bar, about all the rows (a list loaded whole). */
  Aviso?: ComponentType<{ filas: readonly F[] }>;
  tabla?: { claseFila?: (fila: F) => string; alto?: string; sx?: SxProps<Theme>; alturaSegunTexto?: boolean };
}

/** The filter values by `campo` ('' is "all"; `texto` is the search) and the order asked for one page. */
export interface ConsultaVista {
  filtros: Record<string, string>;
  orden: { campo: string; direccion: 'asc' | 'desc' } | null;
  pagina: number;
  tamano: number;
}

/** A list the database pages: one page of the matching rows with the counts, the orders it has indexes for, the total under the count. */
export interface PaginasVista<F> {
  /** The page's rows and how many match (null with no filter); with `todas` when it counts the live ones itself. */
  pedir: (consulta: ConsultaVista) => Promise<PaginaPedida<F>>;
  /** How many live records there are, when `pedir` leaves it out: its own query, so the page shows first. */
  contar?: () => Promise<number>;
  /** The columns (fields) the grid may sort by; the others are not sortable. */
  ordenes: readonly string[];
  /** The summary under the count, of every row matching the filters (not only the page). */
  resumen?: (filtros: Record<string, string>) => Promise<string>;
}

/**
 * A kind's list from its view: each view is its own screen (filters and rows start anew when the tab changes to
 * another kind's list, since routes of the same module reuse the element in place).
 */
export function ListaRegistros<F extends GridValidRowModel & { id: string }>({ vista }: { vista: VistaLista<F> }) {
  return <Lista key={vista.etiqueta} vista={vista} />;
}

function Lista<F extends GridValidRowModel & { id: string }>({ vista }: { vista: VistaLista<F> }) {
  const filtros = useFiltros<Record<string, string>>(Object.fromEntries([['texto', ''], ...vista.filtros.map((x) => [x.campo, ''])]));
  const porFecha = useMemo(() => (vista.porFecha ? paginasPorFecha(vista, vista.porFecha) : null), [vista]);
  if (porFecha) return <ListaPorPaginas vista={porFecha.vista} paginas={porFecha.paginas} {...filtros} />;
  return vista.paginas ? <ListaPorPaginas vista={vista} paginas={vista.paginas} {...filtros} /> : <ListaEnMemoria vista={vista} {...filtros} />;
}

type Filtros = ReturnType<typeof useFiltros<Record<string, string>>>;

/** Every row loaded (kept live) and narrowed in memory: the lists that stay small. */
function ListaEnMemoria<F extends GridValidRowModel & { id: string }>({ vista, filtros: f, cambiar, limpiar }: { vista: VistaLista<F> } & Filtros) {
  const hoy = fechaIsoLocal(new Date());
  const filas = useLiveQuery(() => vista.cargar?.(hoy) ?? Promise.resolve([]), [vista, hoy]);
  const todas = useMemo(() => filas ?? [], [filas]);
  const visibles = useMemo(
    () =>
      todas.filter((fila) => coincide(f.texto ?? '', ...(vista.busqueda.en?.(fila) ?? [])) && vista.filtros.every((x) => !f[x.campo] || x.cumple(fila, f[x.campo]))),
    [todas, f, vista],
  );
  const { Aviso } = vista;
  return (
    <Presentacion
      vista={vista}
      filtros={{ filtros: f, cambiar, limpiar }}
      aviso={Aviso && <Aviso filas={todas} />}
      filas={filas === undefined ? undefined : visibles}
      conteos={{ total: visibles.length, todas: todas.length }}
      resumen={vista.resumen?.(visibles)}
      opcionesDeFilas={todas}
    />
  );
}

/** One page at a time from the database, as its view asks for it; only the sorts it has indexes for are offered. */
function ListaPorPaginas<F extends GridValidRowModel & { id: string }>({
  vista,
  paginas,
  filtros: f,
  cambiar,
  limpiar,
}: { vista: VistaLista<F>; paginas: PaginasVista<F> } & Filtros) {
  const { resultado, conteos, servidor, alInicio } = usePaginas(
    (pagina, orden) => {
      const [primero] = orden;
      const ordenado = primero?.sort && paginas.ordenes.includes(primero.field) ? { campo: primero.field, direccion: primero.sort } : null;
      return paginas.pedir({ filtros: f, orden: ordenado, pagina: pagina.page, tamano: pagina.pageSize });
    },
    [paginas, f],
    paginas.contar,
  );
  // The summary is its own query, started once the first page is in, as the count: IndexedDB answers one request
  // after another, and the apoyos' sum walks every live apoyo's value (at ten years it held their first page 100 ms).
  const paginaLista = resultado !== undefined;
  const resumen = useLiveQuery(() => (paginaLista ? paginas.resumen?.(f) : undefined) ?? Promise.resolve(undefined), [paginas, f, paginaLista]);
  const columnas = useMemo(() => vista.columnas.map((c) => (paginas.ordenes.includes(c.field) ? c : { ...c, sortable: false })), [vista, paginas]);
  return (
    <Presentacion
      vista={{ ...vista, columnas }}
      filtros={{
        filtros: f,
        cambiar: (campo) => (valor) => {
          cambiar(campo)(valor);
          alInicio();
        },
        limpiar: () => {
          limpiar();
          alInicio();
        },
      }}
      filas={resultado?.filas}
      conteos={conteos}
      resumen={resumen}
      servidor={servidor}
    />
  );
}

/** The heading, the filter bar with the count and the grid, whichever way the rows come. */
function Presentacion<F extends GridValidRowModel & { id: string }>({
  vista,
  filtros: { filtros: f, cambiar, limpiar },
  aviso,
  filas,
  conteos,
  resumen,
  opcionesDeFilas = [],
  servidor,
}: {
  vista: VistaLista<F>;
  filtros: Filtros;
  aviso?: ReactNode;
  filas: F[] | undefined;
  conteos: Conteos;
  resumen?: string;
  opcionesDeFilas?: readonly F[];
  servidor?: PaginasDelServidor;
}) {
  return (
    <>
      <EncabezadoModulo modulo={vista.modulo} acciones={<BotonNuevo a={vista.nuevo.a}>{vista.nuevo.texto}</BotonNuevo>} />
      {aviso}
      <BarraFiltros
        etiqueta={vista.busqueda.etiqueta}
        textoBusqueda={vista.busqueda.texto}
        busqueda={f.texto ?? ''}
        alBuscar={cambiar('texto')}
        mostradas={conteos.total}
        total={conteos.todas}
        nombres={vista.nombres}
        anchoBusqueda={vista.busqueda.ancho}
        resumen={resumen}
        limpiar={limpiar}
      >
        {vista.filtros.map((x) => {
          const props = { etiqueta: x.etiqueta, valor: f[x.campo] ?? '', alCambiar: cambiar(x.campo), todos: x.todos, ancho: x.ancho };
          if ('catalogo' in x.opciones) return <FiltroCatalogo key={x.campo} {...props} catalogo={x.opciones.catalogo} />;
          if ('consulta' in x.opciones) return <FiltroConsultado key={x.campo} {...props} consulta={x.opciones.consulta} />;
          return <FiltroSelect key={x.campo} {...props} opciones={typeof x.opciones === 'function' ? x.opciones(opcionesDeFilas) : x.opciones} />;
        })}
      </BarraFiltros>
      <TablaRegistros
        etiqueta={vista.etiqueta}
        filas={filas}
        columnas={vista.columnas}
        ruta={(fila) => vista.ruta(fila.id)}
        ocultas={vista.ocultas}
        vacia={{ texto: vista.vacia.texto, nuevo: vista.nuevo, filtrada: conteos.todas !== 0 && { texto: vista.vacia.filtrada, limpiar } }}
        servidor={servidor}
        {...vista.tabla}
      />
    </>
  );
}

/** A select whose options the database gives (kept live). */
function FiltroConsultado({ consulta, ...props }: Omit<Parameters<typeof FiltroSelect>[0], 'opciones'> & { consulta: () => Promise<readonly Opcion[]> }) {
  return <FiltroSelect {...props} opciones={useLiveQuery(consulta, [consulta]) ?? []} />;
}

/** A select whose options are a catalogue's active entries, by id. */
function FiltroCatalogo({ catalogo, ...props }: Omit<Parameters<typeof FiltroSelect>[0], 'opciones'> & { catalogo: TipoCatalogo }) {
  return <FiltroSelect {...props} opciones={opcionesDeCatalogo(useCatalogo(catalogo))} />;
}
