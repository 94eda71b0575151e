import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { ESTATUS_MESA, ETIQUETA_ESTATUS_MESA } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarMesas, type FilaMesa } from '../../../db/repositorios/vinculacion';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { BotonNuevo, EnlaceRegistro } from '../comun/Enlaces';
import { EtiquetaMesa } from '../comun/Etiquetas';
import { aniosDe, coincide, opcionesDe, ordenDe } from '../comun/filtros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { useFiltros } from '../comun/useFiltros';
import { PestanasVinculacion } from './PestanasVinculacion';

const COLUMNAS: GridColDef<FilaMesa>[] = [
  { field: 'fecha', headerName: 'Fecha', width: 100, valueFormatter: (v: string) => formatearFecha(v) },
  {
    field: 'tema',
    headerName: 'Tema',
    flex: 1,
    minWidth: 220,
    renderCell: ({ row }) => <EnlaceRegistro a={`/vinculacion/mesas/${row.id}`}>{row.tema}</EnlaceRegistro>,
  },
  { field: 'convoca', headerName: 'Convoca', width: 180 },
  { field: 'sede', headerName: 'Sede', width: 140 },
  { field: 'instituciones', headerName: 'Instituciones', width: 110, type: 'number', valueGetter: (_v, row) => row.instituciones.length },
  { field: 'asistentes', headerName: 'Asistentes', width: 100, type: 'number' },
  {
    field: 'acuerdosPendientes',
    headerName: 'Acuerdos',
    width: 140,
    valueFormatter: (_v, row) => (row.acuerdos === 0 ? 'Sin acuerdos' : `${row.acuerdos} (${row.acuerdosPendientes} sin cumplir)`),
  },
  {
    field: 'estatus',
    headerName: 'Estatus',
    width: 120,
    sortComparator: ordenDe(ESTATUS_MESA),
    renderCell: ({ row }) => <EtiquetaMesa estatus={row.estatus} />,
  },
];

const OCULTAS = { instituciones: false };
const VACIOS = { texto: '', estatus: '', anio: '' };

export function ListaMesas() {
  const mesas = useLiveQuery(() => listarMesas(db), []);
  const { filtros: f, cambiar, limpiar } = useFiltros(VACIOS);
  const filas = useMemo(
    () =>
      (mesas ?? []).filter(
        (m) => coincide(f.texto, m.tema, m.convoca, m.sede, ...m.instituciones) && (!f.estatus || m.estatus === f.estatus) && (!f.anio || m.fecha.startsWith(f.anio)),
      ),
    [mesas, f],
  );
  return (
    <>
      <PestanasVinculacion
        acciones={<BotonNuevo a="/vinculacion/mesas/nueva">Nueva mesa</BotonNuevo>}
      />
      <BarraFiltros
        etiqueta="Filtros de mesas"
        textoBusqueda="Buscar por tema, quién convoca, sede o institución"
        busqueda={f.texto}
        alBuscar={cambiar('texto')}
        mostradas={filas.length}
        total={mesas?.length ?? 0}
        nombres={['mesa', 'mesas']}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Estatus" valor={f.estatus} alCambiar={cambiar('estatus')} opciones={opcionesDe(ESTATUS_MESA, ETIQUETA_ESTATUS_MESA)} todos="Todas" />
        <FiltroSelect etiqueta="Año" valor={f.anio} alCambiar={cambiar('anio')} opciones={aniosDe((mesas ?? []).map((m) => m.fecha))} ancho={1.5} />
      </BarraFiltros>
      <TablaRegistros etiqueta="Mesas interinstitucionales" filas={mesas === undefined ? undefined : filas} columnas={COLUMNAS} ruta={(m) => `/vinculacion/mesas/${m.id}`} ocultas={OCULTAS} />
    </>
  );
}
