import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatearFecha, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { ESTATUS_APOYO, ETIQUETA_ESTATUS_APOYO, ETIQUETA_FUENTE } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarApoyos, type FilaApoyo } from '../../../db/repositorios/apoyos';
import { useCatalogo } from '../../solicitudes/consultas';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { BotonNuevo, EnlaceRegistro } from '../comun/Enlaces';
import { EtiquetaApoyo } from '../comun/Etiquetas';
import { aniosDe, coincide, opcionesDe, opcionesDeCatalogo, ordenDe } from '../comun/filtros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { useFiltros } from '../comun/useFiltros';
import { PestanasApoyos } from './PestanasApoyos';

const COLUMNAS: GridColDef<FilaApoyo>[] = [
  {
    field: 'beneficiario',
    headerName: 'Beneficiario',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => <EnlaceRegistro a={`/apoyos/${row.id}`}>{row.beneficiario}</EnlaceRegistro>,
  },
  { field: 'tipoApoyo', headerName: 'Tipo de apoyo', width: 150 },
  {
    field: 'cantidad',
    headerName: 'Cantidad',
    width: 120,
    valueFormatter: (_v, row) => `${formatearNumero(row.cantidad, 2)} ${row.unidad}`,
  },
  { field: 'valorEstimado', headerName: 'Valor estimado', width: 120, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatearMoneda(v) },
  {
    field: 'estatus',
    headerName: 'Estatus',
    width: 115,
    sortComparator: ordenDe(ESTATUS_APOYO),
    renderCell: ({ row }) => <EtiquetaApoyo estatus={row.estatus} />,
  },
  { field: 'fechaEntrega', headerName: 'Entrega', width: 95, valueFormatter: (v: string | null) => formatearFecha(v) },
  { field: 'fechaGestion', headerName: 'Gestión', width: 95, valueFormatter: (v: string) => formatearFecha(v) },
  { field: 'fuente', headerName: 'Fuente', width: 110, valueFormatter: (v: FilaApoyo['fuente']) => ETIQUETA_FUENTE[v] },
  { field: 'dependencia', headerName: 'Dependencia', width: 160 },
  { field: 'folioSolicitud', headerName: 'Solicitud', width: 135 },
  { field: 'colonia', headerName: 'Colonia / localidad', width: 160 },
  { field: 'curp', headerName: 'CURP', width: 185 },
];

const OCULTAS = { fuente: false, curp: false, colonia: false, fechaGestion: false };
const VACIOS = { texto: '', estatus: '', tipo: '', anio: '' };

/** Every live apoyo, newest first, narrowed by name, CURP, folio, status, type and year. */
export function ListaApoyos() {
  const filas = useLiveQuery(() => listarApoyos(db), []);
  const tipos = useCatalogo('tipoApoyo');
  const { filtros: f, cambiar, limpiar } = useFiltros(VACIOS);
  const visibles = useMemo(
    () =>
      (filas ?? []).filter(
        (a) =>
          coincide(f.texto, a.beneficiario, a.curp, a.tipoApoyo, a.folioSolicitud, a.dependencia, a.colonia) &&
          (!f.estatus || a.estatus === f.estatus) &&
          (!f.tipo || a.tipoApoyoId === f.tipo) &&
          (!f.anio || (a.fechaEntrega ?? a.fechaGestion).startsWith(f.anio)),
      ),
    [filas, f],
  );
  const total = visibles.reduce((s, a) => s + a.valorEstimado, 0);
  return (
    <>
      <PestanasApoyos
        acciones={<BotonNuevo a="/apoyos/nuevo">Nuevo apoyo</BotonNuevo>}
      />
      <BarraFiltros
        etiqueta="Filtros de apoyos"
        textoBusqueda="Buscar por beneficiario, CURP, tipo o folio"
        busqueda={f.texto}
        alBuscar={cambiar('texto')}
        mostradas={visibles.length}
        total={filas?.length ?? 0}
        nombres={['apoyo', 'apoyos']}
        anchoBusqueda={3}
        resumen={`Valor estimado: ${formatearMoneda(total)}`}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Estatus" valor={f.estatus} alCambiar={cambiar('estatus')} opciones={opcionesDe(ESTATUS_APOYO, ETIQUETA_ESTATUS_APOYO)} />
        <FiltroSelect etiqueta="Tipo de apoyo" valor={f.tipo} alCambiar={cambiar('tipo')} opciones={opcionesDeCatalogo(tipos)} />
        <FiltroSelect etiqueta="Año" valor={f.anio} alCambiar={cambiar('anio')} opciones={aniosDe((filas ?? []).map((a) => a.fechaEntrega ?? a.fechaGestion))} ancho={1.5} />
      </BarraFiltros>
      <TablaRegistros etiqueta="Apoyos" filas={filas === undefined ? undefined : visibles} columnas={COLUMNAS} ruta={(a) => `/apoyos/${a.id}`} ocultas={OCULTAS} />
    </>
  );
}
