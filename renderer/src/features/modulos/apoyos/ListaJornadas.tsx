import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import type { Jornada } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarJornadas } from '../../../db/repositorios/jornadas';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { BotonNuevo, EnlaceRegistro } from '../comun/Enlaces';
import { EtiquetaJornada } from '../comun/Etiquetas';
import { aniosDe, coincide } from '../comun/filtros';
import { resumenPorSexo } from '../comun/numeros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { useFiltros } from '../comun/useFiltros';
import { PestanasApoyos } from './PestanasApoyos';

type Fila = Jornada & { atendidas: number };

const COLUMNAS: GridColDef<Fila>[] = [
  { field: 'fecha', headerName: 'Fecha', width: 100, valueFormatter: (v: string) => formatearFecha(v) },
  {
    field: 'nombre',
    headerName: 'Jornada',
    flex: 1,
    minWidth: 220,
    renderCell: ({ row }) => <EnlaceRegistro a={`/apoyos/jornadas/${row.id}`}>{row.nombre}</EnlaceRegistro>,
  },
  { field: 'lugar', headerName: 'Colonia / localidad', width: 160, valueGetter: (_v, row) => [row.colonia, row.localidad].filter(Boolean).join(', ') },
  { field: 'dependencias', headerName: 'Dependencias', width: 200, valueGetter: (_v, row) => row.dependencias.join(', ') },
  { field: 'servicios', headerName: 'Servicios', width: 220, valueGetter: (_v, row) => row.servicios.join(', ') },
  {
    field: 'atendidas',
    headerName: 'Atendidas (M / H / O)',
    width: 160,
    align: 'right',
    headerAlign: 'right',
    valueFormatter: (_v, row) => resumenPorSexo(row.atendidasMujeres, row.atendidasHombres, row.atendidasOtro),
  },
  { field: 'realizada', headerName: 'Estatus', width: 120, renderCell: ({ row }) => <EtiquetaJornada realizada={row.realizada} /> },
];

const OCULTAS = { servicios: false };
const VACIOS = { texto: '', realizada: '', anio: '' };

/** The jornadas comunitarias, newest first. */
export function ListaJornadas() {
  const jornadas = useLiveQuery(() => listarJornadas(db), []);
  const { filtros: f, cambiar, limpiar } = useFiltros(VACIOS);
  const filas = useMemo(
    () =>
      (jornadas ?? [])
        .map((j) => ({ ...j, atendidas: j.atendidasMujeres + j.atendidasHombres + j.atendidasOtro }))
        .filter(
          (j) =>
            coincide(f.texto, j.nombre, j.colonia, j.localidad, ...j.dependencias, ...j.servicios) &&
            (!f.realizada || String(j.realizada) === f.realizada) &&
            (!f.anio || j.fecha.startsWith(f.anio)),
        ),
    [jornadas, f],
  );
  const personas = filas.reduce((s, j) => s + j.atendidas, 0);
  return (
    <>
      <PestanasApoyos
        acciones={<BotonNuevo a="/apoyos/jornadas/nueva">Nueva jornada</BotonNuevo>}
      />
      <BarraFiltros
        etiqueta="Filtros de jornadas"
        textoBusqueda="Buscar por nombre, colonia, dependencia o servicio"
        busqueda={f.texto}
        alBuscar={cambiar('texto')}
        mostradas={filas.length}
        total={jornadas?.length ?? 0}
        nombres={['jornada', 'jornadas']}
        resumen={`${formatearNumero(personas)} ${personas === 1 ? 'persona atendida' : 'personas atendidas'}`}
        limpiar={limpiar}
      >
        <FiltroSelect
          etiqueta="Estatus"
          valor={f.realizada}
          alCambiar={cambiar('realizada')}
          opciones={[
            { valor: 'true', texto: 'Realizada' },
            { valor: 'false', texto: 'Por realizar' },
          ]}
        />
        <FiltroSelect etiqueta="Año" valor={f.anio} alCambiar={cambiar('anio')} opciones={aniosDe((jornadas ?? []).map((j) => j.fecha))} ancho={1.5} />
      </BarraFiltros>
      <TablaRegistros etiqueta="Jornadas comunitarias" filas={jornadas === undefined ? undefined : filas} columnas={COLUMNAS} ruta={(j) => `/apoyos/jornadas/${j.id}`} ocultas={OCULTAS} />
    </>
  );
}
