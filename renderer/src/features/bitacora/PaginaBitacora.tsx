import { Alert, Paper } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { ETIQUETA_ACCION_BITACORA, type AccionBitacora, type EntradaBitacora } from '../../../../shared/schemas/sistema';
import { db } from '../../db';
import { listarBitacoraReciente } from '../../db/repositorios/bitacora';
import { EncabezadoPagina } from '../../componentes/Encabezado';

const COLUMNAS: GridColDef<EntradaBitacora>[] = [
  { field: 'fecha', headerName: 'Fecha y hora', width: 160, valueFormatter: (v: string) => formatearFechaHora(v) },
  { field: 'usuario', headerName: 'Usuario', width: 150 },
  { field: 'estacion', headerName: 'Estación', width: 90 },
  { field: 'accion', headerName: 'Acción', width: 150, valueFormatter: (v: AccionBitacora) => ETIQUETA_ACCION_BITACORA[v] ?? v },
  { field: 'entidad', headerName: 'Registro', width: 120 },
  { field: 'resumen', headerName: 'Qué pasó', flex: 1, minWidth: 300 },
  {
    field: 'cambios',
    headerName: 'Cambios',
    flex: 1,
    minWidth: 220,
    valueGetter: (_v, fila) =>
      fila.cambios ? Object.entries(fila.cambios).map(([k, c]) => `${k}: ${JSON.stringify(c.antes)} → ${JSON.stringify(c.despues)}`).join('; ') : '',
  },
];

export function PaginaBitacora() {
  // A role that may not read it gets the refusal's message instead of the entries.
  const leido = useLiveQuery(
    () =>
      listarBitacoraReciente(db, 5000).then(
        (filas) => ({ filas, error: null }),
        (e: unknown) => ({ filas: [], error: e instanceof Error ? e.message : String(e) }),
      ),
    [],
  );
  const filas = leido?.filas ?? [];
  return (
    <>
      <EncabezadoPagina titulo="Bitácora" subtitulo="Quién creó, cambió, eliminó, imprimió o exportó qué y cuándo" />
      {leido?.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {leido.error}
        </Alert>
      )}
      <Paper sx={{ height: 'calc(100vh - 170px)' }}>
        <DataGrid rows={filas} columns={COLUMNAS} density="compact" initialState={{ pagination: { paginationModel: { pageSize: 50 } } }} pageSizeOptions={[25, 50, 100]} />
      </Paper>
    </>
  );
}
