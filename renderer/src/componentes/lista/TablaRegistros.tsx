import { Box, Button, Paper, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import {
  DataGrid,
  GridOverlay,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridPaginationModel,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import type { SxProps, Theme } from '@mui/material/styles';
import { createContext, useContext } from 'react';
import { useNavigate } from 'react-router-dom';

/** A list whose pages and order the database gives: the grid shows one page and asks for the next. */
export interface PaginasDelServidor {
  /** How many rows match; null while they are counted (the pager reads «1–25 de más de 25»). */
  total: number | null;
  /** Whether a page follows this one, while the total is not known yet. */
  haySiguiente: boolean;
  pagina: GridPaginationModel;
  cambiarPagina: (pagina: GridPaginationModel) => void;
  orden: GridSortModel;
  cambiarOrden: (orden: GridSortModel) => void;
}

/**
 * What an empty list says instead of the grid's «Sin filas»: that there is nothing yet and how to add the first one,
 * or, when there are records but the search and filters leave none, that nothing matches and how to clear them.
 */
export interface ListaVacia {
  /** With no records at all: «Aún no hay apoyos registrados.» */
  texto: string;
  /** The list's own «Nuevo …» action, offered under the sentence (only where the list offers it above). */
  nuevo?: { a: string; texto: string };
  /** Set while there are records but none matches: «Ningún apoyo coincide con la búsqueda y los filtros.» */
  filtrada?: { texto: string; limpiar: () => void } | false;
}

/** What the overlay of a grid inside it says; TablaRegistros provides it, a grid of its own (the bitácora) may too. */
export const ContextoVacia = createContext<ListaVacia | undefined>(undefined);

/** The grid's overlay when it has no rows to show (its own «Sin filas» never reaches the user). */
export function SinFilas() {
  const vacia = useContext(ContextoVacia);
  const navegar = useNavigate();
  const filtrada = vacia?.filtrada || null;
  const nuevo = vacia?.nuevo;
  return (
    <GridOverlay>
      <Box role="status" sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1.5, p: 3, textAlign: 'center', maxWidth: 520 }}>
        <Typography color="text.secondary">{filtrada ? filtrada.texto : (vacia?.texto ?? 'No hay registros que mostrar.')}</Typography>
        {filtrada ? (
          <Button variant="outlined" startIcon={<FilterAltOffIcon />} onClick={filtrada.limpiar}>
            Limpiar filtros
          </Button>
        ) : (
          nuevo && (
            // A button, not a second link of the same name as the one above the list: it does what that link does.
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navegar(nuevo.a)}>
              {nuevo.texto}
            </Button>
          )
        )}
      </Box>
    </GridOverlay>
  );
}

/**
 * A module's list: sortable columns, pages of 25, a row opens its detail by click or Enter. Filtering is done by the
 * search bar above it (accent-insensitive), so the grid's own filter menu is off.
 */
export function TablaRegistros<F extends GridValidRowModel & { id: string }>({
  etiqueta,
  filas,
  columnas,
  ruta,
  ocultas,
  claseFila,
  sx,
  alto = 'calc(100vh - 330px)',
  servidor,
  vacia,
  alturaSegunTexto,
}: {
  etiqueta: string;
  filas: F[] | undefined;
  columnas: GridColDef<F>[];
  ruta: (fila: F) => string;
  ocultas?: GridColumnVisibilityModel;
  claseFila?: (fila: F) => string;
  sx?: SxProps<Theme>;
  alto?: string;
  /** Paged, ordered and filtered by the database instead of in memory. */
  servidor?: PaginasDelServidor;
  vacia?: ListaVacia;
  /** Rows grow to show the whole text of the columns that wrap it (long catalogue names); the others keep one line. */
  alturaSegunTexto?: boolean;
}) {
  const navegar = useNavigate();
  return (
    <Paper sx={{ height: alto, minHeight: 320 }}>
      <ContextoVacia.Provider value={vacia}>
        <DataGrid<F>
          label={etiqueta}
          rows={filas ?? []}
          columns={columnas}
          loading={filas === undefined}
          density="compact"
          disableColumnFilter
          disableRowSelectionOnClick
          showToolbar
          slots={{ noRowsOverlay: SinFilas, noResultsOverlay: SinFilas }}
          getRowHeight={alturaSegunTexto ? () => 'auto' : undefined}
          slotProps={{
            toolbar: {
              showQuickFilter: false,
              showHistoryControls: false,
              csvOptions: { disableToolbarButton: true },
              printOptions: { disableToolbarButton: true },
            },
          }}
          initialState={{
            columns: { columnVisibilityModel: ocultas ?? {} },
            pagination: { paginationModel: { pageSize: 25 } },
          }}
          pageSizeOptions={[25, 50, 100]}
          {...(servidor && {
            paginationMode: 'server',
            sortingMode: 'server',
            filterMode: 'server',
            rowCount: servidor.total ?? -1,
            paginationMeta: servidor.total === null ? { hasNextPage: servidor.haySiguiente } : undefined,
            paginationModel: servidor.pagina,
            onPaginationModelChange: servidor.cambiarPagina,
            sortModel: servidor.orden,
            onSortModelChange: servidor.cambiarOrden,
          })}
          getRowClassName={claseFila ? ({ row }) => claseFila(row) : undefined}
          onRowClick={({ row }) => navegar(ruta(row))}
          onCellKeyDown={({ row }, e) => {
            if (e.key === 'Enter') navegar(ruta(row));
          }}
          sx={[
            { border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } },
            // Rows that grow keep the compact height when their text fits in one line, and every cell centred in them.
            !!alturaSegunTexto && { '& .MuiDataGrid-cell': { minHeight: 36, display: 'flex', alignItems: 'center' } },
            ...(Array.isArray(sx) ? sx : sx ? [sx] : []),
          ]}
        />
      </ContextoVacia.Provider>
    </Paper>
  );
}
