import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { cambiosLegibles } from '../../../../shared/domain/cambiosBitacora';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import type { EntradaSellada } from '../../../../shared/seguridad/cadenaBitacora';
import { etiquetaAccionBitacora, etiquetaEntidadBitacora } from '../../../../shared/schemas/sistema';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { ContextoVacia, SinFilas } from '../../componentes/lista/TablaRegistros';
import { db } from '../../db';
import { buscarBitacora, cuentasDeBitacora, verificarIntegridadConEntradas, type ResultadoConEntrada } from '../../db/repositorios/bitacora';
import { FILTROS_VACIOS, FiltrosBitacora, type ValoresFiltros } from './FiltrosBitacora';
import { PanelIntegridad } from './PanelIntegridad';
import { useExportarBitacora } from './useExportarBitacora';
import { leerFiltros } from './valores';
import { textoDeError } from '../../db/errores';

/** Each change of an entry in words, one per line: "Estatus: Gestionado → Autorizado". */
function Cambios({ entrada }: { entrada: EntradaSellada }) {
  const cambios = cambiosLegibles(entrada.cambios);
  if (cambios.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, py: 0.75, pl: 2, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
      {cambios.map((c) => (
        <Typography component="li" variant="body2" key={c.campo}>
          <strong>{c.campo}:</strong> {c.antes} → {c.despues}
        </Typography>
      ))}
    </Box>
  );
}

/** The whole description, wrapping, never cut. */
function Descripcion({ entrada }: { entrada: EntradaSellada }) {
  return (
    <Typography variant="body2" sx={{ py: 0.75, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
      {entrada.resumen}
    </Typography>
  );
}

const COLUMNAS: GridColDef<EntradaSellada>[] = [
  { field: 'fecha', headerName: 'Fecha y hora', width: 138, sortable: false, valueFormatter: (v: string) => formatearFechaHora(v) },
  { field: 'usuario', headerName: 'Cuenta', width: 130, sortable: false },
  { field: 'estacion', headerName: 'Estación', width: 72, sortable: false },
  { field: 'accion', headerName: 'Acción', width: 130, sortable: false, valueFormatter: (v: string) => etiquetaAccionBitacora(v) },
  { field: 'entidad', headerName: 'Tipo de registro', width: 124, sortable: false, valueFormatter: (v: string) => etiquetaEntidadBitacora(v) },
  { field: 'resumen', headerName: 'Descripción', flex: 3, minWidth: 220, sortable: false, renderCell: ({ row }) => <Descripcion entrada={row} /> },
  { field: 'cambios', headerName: 'Cambios', flex: 2, minWidth: 160, sortable: false, renderCell: ({ row }) => <Cambios entrada={row} /> },
];

const mensajeDe = (e: unknown) => (textoDeError(e));

/**
 * The bitácora (jefes and administradores): who did what and when, newest first, filtered by account, dates,
 * action, kind and text in the repository and read a page at a time, its export to Excel and «Verificar
 * integridad».
 */
export function PaginaBitacora() {
  const [valores, setValores] = useState<ValoresFiltros>(FILTROS_VACIOS);
  const [pagina, setPagina] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [integridad, setIntegridad] = useState<{ resultados: ResultadoConEntrada[]; verificado: Date } | null>(null);
  const [verificando, setVerificando] = useState(false);
  // A verification reads again what the list shows: the entries may have been changed outside the app meanwhile.
  const [lectura, setLectura] = useState(0);
  const [errorIntegridad, setErrorIntegridad] = useState<string | null>(null);
  const { exportar, exportando, resultado: exportado } = useExportarBitacora();

  // The text is searched once typing pauses; the other filters at once.
  const texto = useDeferredValue(valores.texto);
  const leidos = leerFiltros({ ...valores, texto });
  const clave = JSON.stringify(leidos.filtros);
  const leido = useLiveQuery(
    () =>
      leidos.filtros
        ? buscarBitacora(db, leidos.filtros, { numero: pagina.page, tamano: pagina.pageSize }).then(
            (r) => ({ ...r, error: null }),
            (e: unknown) => ({ entradas: [], total: 0, error: mensajeDe(e) }),
          )
        : Promise.resolve(null),
    [clave, pagina.page, pagina.pageSize, lectura],
  );
  const cuentas = useLiveQuery(() => cuentasDeBitacora(db).catch(() => []), []) ?? [];

  function cambiar(cambios: Partial<ValoresFiltros>) {
    setValores((v) => ({ ...v, ...cambios }));
    setPagina((p) => ({ ...p, page: 0 }));
  }

  async function verificar() {
    setVerificando(true);
    setErrorIntegridad(null);
    try {
      setIntegridad({ resultados: await verificarIntegridadConEntradas(db), verificado: new Date() });
      setLectura((n) => n + 1);
    } catch (e) {
      setErrorIntegridad(mensajeDe(e));
    } finally {
      setVerificando(false);
    }
  }

  const filtrada = JSON.stringify(valores) !== JSON.stringify(FILTROS_VACIOS);
  const vacia = {
    texto: 'Aún no hay entradas en la bitácora.',
    filtrada: filtrada && { texto: 'Ninguna entrada de la bitácora coincide con los filtros.', limpiar: () => cambiar(FILTROS_VACIOS) },
  };
  const nombreCuenta = cuentas.find((c) => c.cuentaId === valores.cuentaId)?.nombre ?? null;
  return (
    <>
      <EncabezadoPagina
        titulo="Bitácora"
        subtitulo="Quién creó, cambió, eliminó, imprimió o exportó qué y cuándo"
        acciones={
          <>
            <Button variant="outlined" startIcon={<VerifiedUserIcon />} onClick={() => void verificar()} disabled={verificando}>
              {verificando ? 'Verificando…' : 'Verificar integridad'}
            </Button>
            <Button
              variant="contained"
              startIcon={<FileDownloadIcon />}
              onClick={() => leidos.filtros && void exportar(leidos.filtros, nombreCuenta)}
              disabled={exportando || !leidos.filtros}
            >
              {exportando ? 'Exportando…' : 'Exportar a Excel'}
            </Button>
          </>
        }
      />
      {errorIntegridad && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {errorIntegridad}
        </Alert>
      )}
      {integridad && <PanelIntegridad {...integridad} />}
      {exportado && (
        <Alert severity={exportado.tipo === 'guardado' ? 'success' : exportado.tipo === 'cancelado' ? 'info' : 'error'} sx={{ mb: 1.5 }}>
          {exportado.mensaje}
        </Alert>
      )}
      <FiltrosBitacora valores={valores} cambiar={cambiar} errores={leidos.errores ?? {}} cuentas={cuentas} total={leido?.total ?? 0} />
      {leido?.error && (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {leido.error}
        </Alert>
      )}
      <Paper sx={{ height: 'calc(100vh - 290px)', minHeight: 360 }}>
        <ContextoVacia.Provider value={vacia}>
          <DataGrid
            aria-label="Entradas de la bitácora"
            rows={leido?.entradas ?? []}
            columns={COLUMNAS}
            density="compact"
            getRowHeight={() => 'auto'}
            // A page holds at most 100 entries: all are rendered, so rows of every height are laid out at once.
            disableVirtualization
            paginationMode="server"
            rowCount={leido?.total ?? 0}
            paginationModel={pagina}
            onPaginationModelChange={setPagina}
            pageSizeOptions={[25, 50, 100]}
            loading={leido === undefined}
            disableColumnFilter
            disableColumnSorting
            disableRowSelectionOnClick
            slots={{ noRowsOverlay: SinFilas, noResultsOverlay: SinFilas }}
          />
        </ContextoVacia.Provider>
      </Paper>
    </>
  );
}
