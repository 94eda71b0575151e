import type { SxProps, Theme } from '@mui/material/styles';
import type { GridColDef, GridColumnVisibilityModel, GridValidRowModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ComponentType } from 'react';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { TipoCatalogo } from '../../../../../shared/schemas/sistema';
import { BarraFiltros, FiltroSelect } from '../../../componentes/lista/BarraFiltros';
import { BotonNuevo } from '../../../componentes/lista/Enlaces';
import { coincide, opcionesDeCatalogo, type FiltroVista } from '../../../componentes/lista/filtros';
import { TablaRegistros } from '../../../componentes/lista/TablaRegistros';
import { useCatalogo } from '../../../hooks/useCatalogo';
import { EncabezadoModulo, type Modulo } from './Pestanas';
import { useFiltros } from './useFiltros';

/**
 * How a kind's list looks: its heading, the rows it shows (kept live), the columns, the search and the selects of
 * the filter bar, and what is particular to it (a total under the count, a notice above the bar, tinted rows).
 */
export interface VistaLista<F extends GridValidRowModel & { id: string }> {
  /** The module's heading (and its tabs), where the button that opens a new capture goes. */
  modulo: Modulo;
  nuevo: { a: string; texto: string };
  /** The rows; `hoy` is for what depends on the day (a convenio's vigencia). */
  cargar: (hoy: string) => Promise<F[]>;
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
    /** The texts of a row the search looks in. */
    en: (fila: F) => (string | number | null | undefined)[];
  };
  /** What the rows are called, singular and plural. */
  nombres: readonly [string, string];
  /** What the empty list says: with no records at all, and when the search and filters leave none. */
  vacia: { texto: string; filtrada: string };
  filtros: FiltroVista<F>[];
  /** A total of the rows shown, under the count. */
  resumen?: (visibles: readonly F[]) => string;
  /** A notice above the filter bar, about all the rows. */
  Aviso?: ComponentType<{ filas: readonly F[] }>;
  tabla?: { claseFila?: (fila: F) => string; alto?: string; sx?: SxProps<Theme>; alturaSegunTexto?: boolean };
}

/**
 * A kind's list from its view: each view is its own screen (filters and rows start anew when the tab changes to
 * another kind's list, since routes of the same module reuse the element in place).
 */
export function ListaRegistros<F extends GridValidRowModel & { id: string }>({ vista }: { vista: VistaLista<F> }) {
  return <Lista key={vista.etiqueta} vista={vista} />;
}

function Lista<F extends GridValidRowModel & { id: string }>({ vista }: { vista: VistaLista<F> }) {
  const hoy = fechaIsoLocal(new Date());
  const filas = useLiveQuery(() => vista.cargar(hoy), [vista, hoy]);
  const { filtros: f, cambiar, limpiar } = useFiltros<Record<string, string>>(Object.fromEntries([['texto', ''], ...vista.filtros.map((x) => [x.campo, ''])]));
  const todas = useMemo(() => filas ?? [], [filas]);
  const visibles = useMemo(
    () => todas.filter((fila) => coincide(f.texto ?? '', ...vista.busqueda.en(fila)) && vista.filtros.every((x) => !f[x.campo] || x.cumple(fila, f[x.campo]))),
    [todas, f, vista],
  );
  const { Aviso } = vista;
  return (
    <>
      <EncabezadoModulo modulo={vista.modulo} acciones={<BotonNuevo a={vista.nuevo.a}>{vista.nuevo.texto}</BotonNuevo>} />
      {Aviso && <Aviso filas={todas} />}
      <BarraFiltros
        etiqueta={vista.busqueda.etiqueta}
        textoBusqueda={vista.busqueda.texto}
        busqueda={f.texto ?? ''}
        alBuscar={cambiar('texto')}
        mostradas={visibles.length}
        total={todas.length}
        nombres={vista.nombres}
        anchoBusqueda={vista.busqueda.ancho}
        resumen={vista.resumen?.(visibles)}
        limpiar={limpiar}
      >
        {vista.filtros.map((x) => {
          const props = { etiqueta: x.etiqueta, valor: f[x.campo] ?? '', alCambiar: cambiar(x.campo), todos: x.todos, ancho: x.ancho };
          if ('catalogo' in x.opciones) return <FiltroCatalogo key={x.campo} {...props} catalogo={x.opciones.catalogo} />;
          return <FiltroSelect key={x.campo} {...props} opciones={typeof x.opciones === 'function' ? x.opciones(todas) : x.opciones} />;
        })}
      </BarraFiltros>
      <TablaRegistros
        etiqueta={vista.etiqueta}
        filas={filas === undefined ? undefined : visibles}
        columnas={vista.columnas}
        ruta={(fila) => vista.ruta(fila.id)}
        ocultas={vista.ocultas}
        vacia={{ texto: vista.vacia.texto, nuevo: vista.nuevo, filtrada: todas.length > 0 && { texto: vista.vacia.filtrada, limpiar } }}
        {...vista.tabla}
      />
    </>
  );
}

/** A select whose options are a catalogue's active entries, by id. */
function FiltroCatalogo({ catalogo, ...props }: Omit<Parameters<typeof FiltroSelect>[0], 'opciones'> & { catalogo: TipoCatalogo }) {
  return <FiltroSelect {...props} opciones={opcionesDeCatalogo(useCatalogo(catalogo))} />;
}
