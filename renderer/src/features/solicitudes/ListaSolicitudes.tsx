import { alpha } from '@mui/material/styles';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { estaVencida } from '../../../../shared/domain/estatusSolicitud';
import { FILTROS_VACIOS, type FilaSolicitud, type FiltrosSolicitudes as Filtros } from '../../../../shared/domain/filtroSolicitudes';
import { fechaIsoLocal, formatearFecha, formatearFechaHora } from '../../../../shared/domain/formato';
import { ETIQUETA_CANAL, ETIQUETA_ESTATUS_SOLICITUD, ETIQUETA_PRIORIDAD, type EstatusSolicitud } from '../../../../shared/schemas/solicitudes';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import PeopleIcon from '@mui/icons-material/People';
import { db } from '../../db';
import {
  CAMPOS_ORDEN_SOLICITUDES,
  coloniasDePersonas,
  contarSolicitudes,
  contarFiltradas,
  filasSolicitudes,
  ORDEN_INICIAL,
} from '../../db/repositorios/paginaSolicitudes';
import { BotonNuevo, EnlaceRegistro } from '../../componentes/lista/Enlaces';
import { ATAJO_NUEVA_SOLICITUD, RUTA_NUEVA_SOLICITUD } from '../../hooks/useAtajoCaptura';
import { TablaRegistros } from '../../componentes/lista/TablaRegistros';
import { ordenDeModelo, usePaginas } from '../../componentes/lista/usePaginas';
import { columnaTextoLargo } from '../../componentes/lista/TextoLargo';
import { EstatusConVencimiento } from './EtiquetaEstatus';
import { FiltrosSolicitudes } from './FiltrosSolicitudes';

type Fila = FilaSolicitud & { vencida: boolean };

/** Ordered by what the desk looks at first; at 1366 px the visible ones fit without scrolling sideways. */
const COLUMNAS: GridColDef<Fila>[] = [
  {
    field: 'folio',
    headerName: 'Folio',
    width: 140,
    renderCell: ({ row }) => <EnlaceRegistro a={`/atencion/${row.id}`}>{row.folio}</EnlaceRegistro>,
  },
  { field: 'fechaRecepcion', headerName: 'Recepción', width: 142, valueFormatter: (v: string) => formatearFechaHora(v) },
  { field: 'ciudadano', headerName: 'Ciudadano', flex: 1, minWidth: 180 },
  {
    field: 'estatus',
    headerName: 'Estatus',
    width: 190,
    renderCell: ({ row }) => <EstatusConVencimiento estatus={row.estatus} vencida={row.vencida} />,
    valueFormatter: (v: EstatusSolicitud) => ETIQUETA_ESTATUS_SOLICITUD[v],
  },
  {
    field: 'fechaCompromiso',
    headerName: 'Compromiso',
    width: 100,
    valueFormatter: (v: string) => formatearFecha(v),
    cellClassName: ({ row }) => (row.vencida ? 'celda-vencida' : ''),
  },
  columnaTextoLargo('tipoApoyo', 'Tipo de apoyo', 135),
  columnaTextoLargo('dependencia', 'Dependencia', 150),
  { field: 'colonia', headerName: 'Colonia', width: 150 },
  { field: 'curp', headerName: 'CURP', width: 185 },
  { field: 'descripcion', headerName: 'Descripción', width: 250 },
  { field: 'canal', headerName: 'Canal', width: 110, valueFormatter: (v: Fila['canal']) => ETIQUETA_CANAL[v] },
  { field: 'prioridad', headerName: 'Prioridad', width: 95, valueFormatter: (v: Fila['prioridad']) => ETIQUETA_PRIORIDAD[v] },
  { field: 'responsable', headerName: 'Responsable', width: 150 },
];

/** The database orders the list: only the orders it has an index for are offered (the status in workflow order). */
for (const c of COLUMNAS) if (!(CAMPOS_ORDEN_SOLICITUDES as readonly string[]).includes(c.field)) c.sortable = false;

const OCULTAS = { colonia: false, curp: false, descripcion: false, canal: false, prioridad: false, responsable: false };

function leerFiltros(p: URLSearchParams): Filtros {
  return {
    texto: p.get('q') ?? '',
    estatus: (p.get('estatus') ?? '') as Filtros['estatus'],
    tipoApoyoId: p.get('tipo') ?? '',
    dependenciaId: p.get('dependencia') ?? '',
    colonia: p.get('colonia') ?? '',
    desde: p.get('desde') ?? '',
    hasta: p.get('hasta') ?? '',
    soloVencidas: p.get('vencidas') === '1',
  };
}

function escribirFiltros(f: Filtros): URLSearchParams {
  const p = new URLSearchParams();
  const poner = (clave: string, valor: string) => valor && p.set(clave, valor);
  poner('q', f.texto);
  poner('estatus', f.estatus);
  poner('tipo', f.tipoApoyoId);
  poner('dependencia', f.dependenciaId);
  poner('colonia', f.colonia);
  poner('desde', f.desde);
  poner('hasta', f.hasta);
  poner('vencidas', f.soloVencidas ? '1' : '');
  return p;
}

/**
 * The live solicitudes, newest first, one page at a time from the database, narrowed by the filters (kept in the address, so coming back from a detail
 * finds the same list). Overdue ones are tinted, outlined in red and labelled «Vencida».
 */
export function ListaSolicitudes() {
  const [parametros, setParametros] = useSearchParams();
  const navegar = useNavigate();
  // The boxes follow local state (typing never waits for a navigation); the address keeps a copy for coming back.
  const [filtros, setFiltros] = useState(() => leerFiltros(parametros));
  const hoy = fechaIsoLocal(new Date());
  const { resultado, conteos: ultimo, servidor, alInicio } = usePaginas(
    (pagina, orden) =>
      filasSolicitudes(db, { filtros, orden: ordenDeModelo(orden, CAMPOS_ORDEN_SOLICITUDES, ORDEN_INICIAL), pagina: pagina.page, tamano: pagina.pageSize, hoy }),
    [filtros, hoy],
    () => contarSolicitudes(db),
    () => contarFiltradas(db, filtros, hoy),
  );
  const filas: Fila[] | undefined = useMemo(() => resultado?.filas.map((f) => ({ ...f, vencida: estaVencida(f, hoy) })), [resultado, hoy]);
  const colonias = useLiveQuery(() => coloniasDePersonas(db), []) ?? [];
  const poner = (nuevos: Filtros) => {
    setFiltros(nuevos);
    alInicio();
    setParametros(escribirFiltros(nuevos), { replace: true });
  };

  return (
    <>
      <EncabezadoPagina
        titulo="Atención Ciudadana"
        subtitulo="Solicitudes recibidas, su canalización y su seguimiento hasta el cierre"
        acciones={
          <>
            <BotonConPermiso accion="unir-personas" onClick={() => void navegar('/atencion/duplicados')} startIcon={<PeopleIcon />}>
              Posibles duplicados
            </BotonConPermiso>
            <BotonNuevo a={RUTA_NUEVA_SOLICITUD} atajo={ATAJO_NUEVA_SOLICITUD}>
              Nueva solicitud
            </BotonNuevo>
          </>
        }
      />
      <FiltrosSolicitudes
        filtros={filtros}
        cambiar={(cambios) => poner({ ...filtros, ...cambios })}
        limpiar={() => poner(FILTROS_VACIOS)}
        colonias={colonias}
        mostradas={ultimo.total}
        total={ultimo.todas}
        alMenos={ultimo.contando ? servidor.pagina.page * servidor.pagina.pageSize + (filas?.length ?? 0) : undefined}
      />
      <TablaRegistros
        etiqueta="Solicitudes"
        filas={filas}
        columnas={COLUMNAS}
        ruta={(f) => `/atencion/${f.id}`}
        ocultas={OCULTAS}
        alturaSegunTexto
        claseFila={(f) => (f.vencida ? 'fila-vencida' : '')}
        vacia={{
          texto: 'Aún no hay solicitudes registradas.',
          nuevo: { a: RUTA_NUEVA_SOLICITUD, texto: 'Nueva solicitud' },
          filtrada: ultimo.todas !== 0 && { texto: 'Ninguna solicitud coincide con la búsqueda y los filtros.', limpiar: () => poner(FILTROS_VACIOS) },
        }}
        servidor={servidor}
        sx={(t) => ({
          '& .fila-vencida': {
            bgcolor: alpha(t.palette.error.main, 0.06),
            boxShadow: `inset 4px 0 0 ${t.palette.error.main}`,
            '&:hover': { bgcolor: alpha(t.palette.error.main, 0.11) },
          },
          '& .celda-vencida': { color: 'error.main', fontWeight: 700 },
        })}
      />
    </>
  );
}
