import { Paper } from '@mui/material';
import { DataGrid, type GridColDef, type GridColumnVisibilityModel, type GridValidRowModel } from '@mui/x-data-grid';
import type { SxProps, Theme } from '@mui/material/styles';
import { useNavigate } from 'react-router-dom';

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
}: {
  etiqueta: string;
  filas: F[] | undefined;
  columnas: GridColDef<F>[];
  ruta: (fila: F) => string;
  ocultas?: GridColumnVisibilityModel;
  claseFila?: (fila: F) => string;
  sx?: SxProps<Theme>;
  alto?: string;
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
