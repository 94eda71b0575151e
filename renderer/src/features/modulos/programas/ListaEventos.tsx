import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { ESTATUS_EVENTO, ETIQUETA_ESTATUS_EVENTO, ETIQUETA_TIPO_EVENTO, TIPOS_EVENTO } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { listarEventos, type FilaEvento } from '../../../db/repositorios/eventos';
import { BarraFiltros, FiltroSelect } from '../comun/BarraFiltros';
import { BotonNuevo, EnlaceRegistro } from '../comun/Enlaces';
import { EtiquetaEvento } from '../comun/Etiquetas';
import { aniosDe, coincide, opcionesDe, ordenDe } from '../comun/filtros';
import { resumenPorSexo } from '../comun/numeros';
import { TablaRegistros } from '../comun/TablaRegistros';
import { useFiltros } from '../comun/useFiltros';

type Fila = FilaEvento & { asistentes: number };

const COLUMNAS: GridColDef<Fila>[] = [
  { field: 'fecha', headerName: 'Fecha', width: 100, valueFormatter: (v: string) => formatearFecha(v) },
  { field: 'tipo', headerName: 'Tipo', width: 110, valueFormatter: (v: Fila['tipo']) => ETIQUETA_TIPO_EVENTO[v] },
  {
    field: 'nombre',
    headerName: 'Nombre',
    flex: 1,
    minWidth: 200,
    renderCell: ({ row }) => <EnlaceRegistro a={`/programas/${row.id}`}>{row.nombre}</EnlaceRegistro>,
  },
  { field: 'tema', headerName: 'Tema', width: 180 },
  { field: 'quien', headerName: 'Dependencia / facilitador', width: 180, valueGetter: (_v, row) => [row.dependencia, row.facilitador].filter(Boolean).join(' · ') },
  { field: 'lugar', headerName: 'Sede / localidad', width: 150, valueGetter: (_v, row) => [row.sede, row.localidad].filter(Boolean).join(', ') },
  {
    field: 'asistentes',
    headerName: 'Asistentes (M / H / O)',
    width: 165,
    align: 'right',
    headerAlign: 'right',
    valueFormatter: (_v, row) => resumenPorSexo(row.asistentesMujeres, row.asistentesHombres, row.asistentesOtro),
  },
  { field: 'horas', headerName: 'Horas', width: 70, type: 'number' },
  { field: 'beneficiarios', headerName: 'Beneficiarios', width: 110, type: 'number' },
  {
    field: 'estatus',
    headerName: 'Estatus',
    width: 120,
    sortComparator: ordenDe(ESTATUS_EVENTO),
    renderCell: ({ row }) => <EtiquetaEvento estatus={row.estatus} />,
  },
];

const OCULTAS = { horas: false, beneficiarios: false, tema: false };
const VACIOS = { texto: '', tipo: '', estatus: '', anio: '' };

/** Módulo 3's list: talleres, capacitaciones and programas, newest first. */
export function ListaEventos() {
  const eventos = useLiveQuery(() => listarEventos(db), []);
  const { filtros: f, cambiar, limpiar } = useFiltros(VACIOS);
  const filas = useMemo(
    () =>
      (eventos ?? [])
        .map((e) => ({ ...e, asistentes: e.asistentesMujeres + e.asistentesHombres + e.asistentesOtro }))
        .filter(
          (e) =>
            coincide(f.texto, e.nombre, e.tema, e.dependencia, e.facilitador, e.sede, e.localidad, e.poblacionObjetivo) &&
            (!f.tipo || e.tipo === f.tipo) &&
            (!f.estatus || e.estatus === f.estatus) &&
            (!f.anio || e.fecha.startsWith(f.anio)),
        ),
    [eventos, f],
  );
  const asistentes = filas.reduce((s, e) => s + e.asistentes, 0);
  return (
    <>
      <EncabezadoPagina
        titulo="Programas Sociales y gestión ante dependencias externas"
        subtitulo="Talleres y capacitaciones de desarrollo humano y comunitario, y programas sociales gestionados"
        acciones={<BotonNuevo a="/programas/nuevo">Nuevo registro</BotonNuevo>}
      />
      <BarraFiltros
        etiqueta="Filtros de programas"
        textoBusqueda="Buscar por nombre, tema, dependencia o sede"
        busqueda={f.texto}
        alBuscar={cambiar('texto')}
        mostradas={filas.length}
        total={eventos?.length ?? 0}
        nombres={['registro', 'registros']}
        resumen={`${formatearNumero(asistentes)} ${asistentes === 1 ? 'asistente' : 'asistentes'}`}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Tipo" valor={f.tipo} alCambiar={cambiar('tipo')} opciones={opcionesDe(TIPOS_EVENTO, ETIQUETA_TIPO_EVENTO)} />
        <FiltroSelect etiqueta="Estatus" valor={f.estatus} alCambiar={cambiar('estatus')} opciones={opcionesDe(ESTATUS_EVENTO, ETIQUETA_ESTATUS_EVENTO)} />
        <FiltroSelect etiqueta="Año" valor={f.anio} alCambiar={cambiar('anio')} opciones={aniosDe((eventos ?? []).map((e) => e.fecha))} ancho={1.5} />
      </BarraFiltros>
      <TablaRegistros etiqueta="Talleres, capacitaciones y programas" filas={eventos === undefined ? undefined : filas} columnas={COLUMNAS} ruta={(e) => `/programas/${e.id}`} ocultas={OCULTAS} />
    </>
  );
}
