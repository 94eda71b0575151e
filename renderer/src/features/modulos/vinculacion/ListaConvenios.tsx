import { Alert } from '@mui/material';
import { alpha } from '@mui/material/styles';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { DIAS_AVISO_VENCIMIENTO } from '../../../../../shared/domain/convenios';
import { fechaIsoLocal, formatearFecha } from '../../../../../shared/domain/formato';
import {
  ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  SECTORES_CONVENIO,
  TIPOS_CONVENIO,
} from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarConvenios, type FilaConvenio } from '../../../db/repositorios/vinculacion';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { BotonNuevo, EnlaceRegistro } from '../comun/Enlaces';
import { EstatusConvenio } from '../comun/Etiquetas';
import { coincide, opcionesDe, ordenDe } from '../comun/filtros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { useFiltros } from '../comun/useFiltros';
import { PestanasVinculacion } from './PestanasVinculacion';

const COLUMNAS: GridColDef<FilaConvenio>[] = [
  {
    field: 'numero',
    headerName: 'Número',
    width: 130,
    renderCell: ({ row }) => <EnlaceRegistro a={`/vinculacion/convenios/${row.id}`}>{row.numero}</EnlaceRegistro>,
  },
  { field: 'contraparte', headerName: 'Contraparte', flex: 1, minWidth: 160 },
  { field: 'tipo', headerName: 'Tipo', width: 110, valueFormatter: (v: FilaConvenio['tipo']) => ETIQUETA_TIPO_CONVENIO[v] },
  { field: 'sector', headerName: 'Sector', width: 130, valueFormatter: (v: FilaConvenio['sector']) => ETIQUETA_SECTOR_CONVENIO[v] },
  { field: 'fechaFirma', headerName: 'Firma', width: 95, valueFormatter: (v: string | null) => formatearFecha(v) },
  {
    field: 'vigenciaFin',
    headerName: 'Vigencia',
    width: 205,
    valueFormatter: (_v, row) => (row.vigenciaInicio || row.vigenciaFin ? `${formatearFecha(row.vigenciaInicio) || '…'} – ${formatearFecha(row.vigenciaFin) || '…'}` : ''),
    cellClassName: ({ row }) => (row.alerta ? `celda-${row.alerta}` : ''),
  },
  {
    field: 'estatus',
    headerName: 'Estatus',
    width: 200,
    sortComparator: ordenDe(ESTATUS_CONVENIO),
    renderCell: ({ row }) => <EstatusConvenio estatus={row.estatus} alerta={row.alerta} dias={row.dias} />,
  },
  { field: 'objeto', headerName: 'Objeto', width: 260 },
  { field: 'responsable', headerName: 'Responsable', width: 180 },
];

const OCULTAS = { objeto: false, responsable: false };
const VACIOS = { texto: '', tipo: '', sector: '', estatus: '', alerta: '' };

/**
 * The convenios, those needing attention first: expired ones and those ending within 30 days are tinted, outlined
 * and labelled «Vencido» / «Por vencer», and counted above the list.
 */
export function ListaConvenios() {
  const hoy = fechaIsoLocal(new Date());
  const convenios = useLiveQuery(() => listarConvenios(db, hoy), [hoy]);
  const { filtros: f, cambiar, limpiar } = useFiltros(VACIOS);
  const filas = useMemo(
    () =>
      (convenios ?? []).filter(
        (c) =>
          coincide(f.texto, c.numero, c.contraparte, c.objeto, c.responsable, ...c.firmantes) &&
          (!f.tipo || c.tipo === f.tipo) &&
          (!f.sector || c.sector === f.sector) &&
          (!f.estatus || c.estatus === f.estatus) &&
          (!f.alerta || c.alerta === f.alerta),
      ),
    [convenios, f],
  );
  const porVencer = (convenios ?? []).filter((c) => c.alerta === 'por-vencer').length;
  const vencidos = (convenios ?? []).filter((c) => c.alerta === 'vencido' && c.estatus !== 'vencido').length;
  return (
    <>
      <PestanasVinculacion
        acciones={<BotonNuevo a="/vinculacion/convenios/nuevo">Nuevo convenio</BotonNuevo>}
      />
      {(porVencer > 0 || vencidos > 0) && (
        <Alert severity="warning" sx={{ mb: 1.5 }} role="status" aria-label="Convenios que requieren atención">
          {[
            porVencer > 0 && `${porVencer} ${porVencer === 1 ? 'convenio vence' : 'convenios vencen'} en los próximos ${DIAS_AVISO_VENCIMIENTO} días`,
            vencidos > 0 && `${vencidos} ${vencidos === 1 ? 'convenio vigente ya venció' : 'convenios vigentes ya vencieron'}: renuévelos o márquelos como vencidos`,
          ]
            .filter(Boolean)
            .join('. ')}
          .
        </Alert>
      )}
      <BarraFiltros
        etiqueta="Filtros de convenios"
        textoBusqueda="Buscar por número, contraparte, objeto o firmante"
        busqueda={f.texto}
        alBuscar={cambiar('texto')}
        mostradas={filas.length}
        total={convenios?.length ?? 0}
        nombres={['convenio', 'convenios']}
        anchoBusqueda={3}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Tipo" valor={f.tipo} alCambiar={cambiar('tipo')} opciones={opcionesDe(TIPOS_CONVENIO, ETIQUETA_TIPO_CONVENIO)} ancho={1.5} />
        <FiltroSelect etiqueta="Sector" valor={f.sector} alCambiar={cambiar('sector')} opciones={opcionesDe(SECTORES_CONVENIO, ETIQUETA_SECTOR_CONVENIO)} ancho={1.5} />
        <FiltroSelect etiqueta="Estatus" valor={f.estatus} alCambiar={cambiar('estatus')} opciones={opcionesDe(ESTATUS_CONVENIO, ETIQUETA_ESTATUS_CONVENIO)} ancho={1.5} />
        <FiltroSelect
          etiqueta="Vigencia"
          valor={f.alerta}
          alCambiar={cambiar('alerta')}
          opciones={[
            { valor: 'por-vencer', texto: 'Por vencer' },
            { valor: 'vencido', texto: 'Vencidos' },
          ]}
          ancho={1.5}
        />
      </BarraFiltros>
      <TablaRegistros
        etiqueta="Convenios"
        filas={convenios === undefined ? undefined : filas}
        columnas={COLUMNAS}
        ruta={(c) => `/vinculacion/convenios/${c.id}`}
        ocultas={OCULTAS}
        claseFila={(c) => (c.alerta ? `fila-${c.alerta}` : '')}
        alto="calc(100vh - 390px)"
        sx={(t) => ({
          '& .fila-por-vencer': { bgcolor: alpha(t.palette.warning.main, 0.08), boxShadow: `inset 4px 0 0 ${t.palette.warning.main}` },
          '& .fila-vencido': { bgcolor: alpha(t.palette.error.main, 0.06), boxShadow: `inset 4px 0 0 ${t.palette.error.main}` },
          '& .celda-por-vencer': { color: 'warning.dark', fontWeight: 700 },
          '& .celda-vencido': { color: 'error.main', fontWeight: 700 },
        })}
      />
    </>
  );
}
