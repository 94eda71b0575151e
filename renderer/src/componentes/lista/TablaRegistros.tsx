import { Paper } from '@mui/material';
import {
  DataGrid,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridPaginationModel,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import type { SxProps, Theme } from '@mui/material/styles';
import { useNavigate } from 'react-router-dom';

/** A list whose pages and order the database gives: the grid shows one page and asks for the next. */
export interface PaginasDelServidor {
  total: number;
  pagina: GridPaginationModel;
  cambiarPagina: (pagina: GridPaginationModel) => void;
  orden: GridSortModel;
  cambiarOrden: (orden: GridSortModel) => void;
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
}) {
  const navegar = useNavigate();
  return (
    <Paper sx={{ height: alto, minHeight: 320 }}>
      <DataGrid<F>
        label={etiqueta}
        rows={filas ?? []}
        columns={columnas}
        loading={filas === undefined}
        density="compact"
        disableColumnFilter
        disableRowSelectionOnClick
        showToolbar
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
          rowCount: servidor.total,
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
        sx={[{ border: 0, '& .MuiDataGrid-row': { cursor: 'pointer' } }, ...(Array.isArray(sx) ? sx : sx ? [sx] : [])]}
      />
    </Paper>
  );
}
