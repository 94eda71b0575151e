import { Button, Link } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { ESTATUS_MESA, ETIQUETA_ESTATUS_MESA } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarMesas, type FilaMesa } from '../../../db/repositorios/vinculacion';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { EtiquetaMesa } from '../comun/Etiquetas';
import { aniosDe, coincide, opcionesDe } from '../comun/filtros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { PestanasVinculacion } from './PestanasVinculacion';

const COLUMNAS: GridColDef<FilaMesa>[] = [
  { field: 'fecha', headerName: 'Fecha', width: 100, valueFormatter: (v: string) => formatearFecha(v) },
  {
    field: 'tema',
    headerName: 'Tema',
    flex: 1,
    minWidth: 220,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/vinculacion/mesas/${row.id}`} onClick={(e) => e.stopPropagation()} sx={{ fontWeight: 600 }}>
        {row.tema}
      </Link>
    ),
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
    sortComparator: (a: FilaMesa['estatus'], b: FilaMesa['estatus']) => ESTATUS_MESA.indexOf(a) - ESTATUS_MESA.indexOf(b),
    renderCell: ({ row }) => <EtiquetaMesa estatus={row.estatus} />,
  },
];

const OCULTAS = { instituciones: false };
const VACIOS = { texto: '', estatus: '', anio: '' };

export function ListaMesas() {
  const mesas = useLiveQuery(() => listarMesas(db), []);
  const [f, setF] = useState(VACIOS);
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
        acciones={
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/vinculacion/mesas/nueva">
            Nueva mesa
          </Button>
        }
      />
      <BarraFiltros
        etiqueta="Filtros de mesas"
        textoBusqueda="Buscar por tema, quién convoca, sede o institución"
        busqueda={f.texto}
        alBuscar={(texto) => setF({ ...f, texto })}
        mostradas={filas.length}
        total={mesas?.length ?? 0}
        nombres={['mesa', 'mesas']}
        limpiar={() => setF(VACIOS)}
      >
        <FiltroSelect etiqueta="Estatus" valor={f.estatus} alCambiar={(estatus) => setF({ ...f, estatus })} opciones={opcionesDe(ESTATUS_MESA, ETIQUETA_ESTATUS_MESA)} todos="Todas" />
        <FiltroSelect etiqueta="Año" valor={f.anio} alCambiar={(anio) => setF({ ...f, anio })} opciones={aniosDe((mesas ?? []).map((m) => m.fecha))} ancho={1.5} />
      </BarraFiltros>
      <TablaRegistros etiqueta="Mesas interinstitucionales" filas={mesas === undefined ? undefined : filas} columnas={COLUMNAS} ruta={(m) => `/vinculacion/mesas/${m.id}`} ocultas={OCULTAS} />
    </>
  );
}
