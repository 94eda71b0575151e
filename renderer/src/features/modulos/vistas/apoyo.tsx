import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import { ETIQUETA_FUENTE, type Apoyo, type EstatusApoyo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarApoyo, eliminarApoyo, listarApoyos, obtenerDetalleApoyo, type DetalleApoyo, type FilaApoyo } from '../../../db/repositorios/apoyos';
import { TarjetaPersona } from '../../../componentes/personas/TarjetaPersona';
import { AvisoApoyoRepetido } from '../apoyos/AvisoApoyoRepetido';
import { ACCION_PASO, DialogoEstatusApoyo } from '../apoyos/DialogoEstatusApoyo';
import { FormularioApoyo } from '../apoyos/FormularioApoyo';
import { PestanasApoyos } from '../apoyos/PestanasApoyos';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaApoyo } from '../comun/Etiquetas';
import { filtroAnio, filtroCampo, filtroEstatus } from '../../../componentes/lista/filtros';
import type { VistaLista } from '../comun/ListaRegistros';

const { estatus, ruta, cuentaEn } = REGISTROS.apoyo;

/** The date that places an apoyo in a year: its delivery, or its gestión while not delivered. */
const fechaDe = (a: FilaApoyo) => a.fechaEntrega ?? a.fechaGestion;

/** Every live apoyo, newest first, narrowed by name, CURP, folio, status, type and year. */
export const LISTA_APOYOS: VistaLista<FilaApoyo> = {
  Encabezado: PestanasApoyos,
  nuevo: { a: '/apoyos/nuevo', texto: 'Nuevo apoyo' },
  cargar: () => listarApoyos(db),
  etiqueta: 'Apoyos',
  ruta,
  columnas: [
    columnaEnlace('beneficiario', 'Beneficiario', ruta, { flex: 1, minWidth: 180 }),
    { field: 'tipoApoyo', headerName: 'Tipo de apoyo', width: 150 },
    { field: 'cantidad', headerName: 'Cantidad', width: 120, valueFormatter: (_v, row) => `${formatearNumero(row.cantidad, 2)} ${row.unidad}` },
    { field: 'valorEstimado', headerName: 'Valor estimado', width: 120, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatearMoneda(v) },
    columnaEstatus(115, (a) => <EtiquetaApoyo estatus={a.estatus} />, estatus.valores),
    columnaFecha('fechaEntrega', 'Entrega', 95),
    columnaFecha('fechaGestion', 'Gestión', 95),
    { field: 'fuente', headerName: 'Fuente', width: 110, valueFormatter: (v: FilaApoyo['fuente']) => ETIQUETA_FUENTE[v] },
    { field: 'dependencia', headerName: 'Dependencia', width: 160 },
    { field: 'folioSolicitud', headerName: 'Solicitud', width: 135 },
    { field: 'colonia', headerName: 'Colonia / localidad', width: 160 },
    { field: 'curp', headerName: 'CURP', width: 185 },
  ],
  ocultas: { fuente: false, curp: false, colonia: false, fechaGestion: false },
  busqueda: {
    etiqueta: 'Filtros de apoyos',
    texto: 'Buscar por beneficiario, CURP, tipo o folio',
    ancho: 3,
    en: (a) => [a.beneficiario, a.curp, a.tipoApoyo, a.folioSolicitud, a.dependencia, a.colonia],
  },
  nombres: ['apoyo', 'apoyos'],
  filtros: [filtroEstatus(estatus), filtroCampo('tipoApoyoId', 'Tipo de apoyo', { catalogo: 'tipoApoyo' }), filtroAnio(fechaDe)],
  resumen: (visibles) => `Valor estimado: ${formatearMoneda(visibles.reduce((s, a) => s + a.valorEstimado, 0))}`,
};

const titulo = (d: DetalleApoyo) => `Apoyo de ${d.tipoApoyo}`;

/** /apoyos/:id, the address the cronograma's drill-down opens. Each step asks for its own confirmation (and delivering, for the date). */
export const DETALLE_APOYO: VistaDetalle<DetalleApoyo, Apoyo, EstatusApoyo> = {
  obtener: (id) => obtenerDetalleApoyo(db, id),
  registro: (d) => d.apoyo,
  avisos: { eliminado: 'Este apoyo fue eliminado.', noExiste: 'No existe ese apoyo.' },
  volverA: '/apoyos',
  volverTexto: 'Apoyos',
  titulo,
  etiquetas: (d) => <EtiquetaApoyo estatus={d.apoyo.estatus} />,
  nombreAcciones: 'Acciones del apoyo',
  pasos: {
    de: (d) => d.apoyo.estatus,
    siguientes: estatus.pasos,
    textos: ACCION_PASO,
    negativo: 'rechazado',
    Dialogo: ({ detalle, ...props }) => <DialogoEstatusApoyo apoyo={detalle.apoyo} {...props} />,
  },
  editor: ({ apoyo: a }, estado) => (
    <FormularioApoyo inicial={a} apoyoId={a.id} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarApoyo(db, a.id, datos))} />
  ),
  cuentaEn,
  guardado: { registrado: 'Apoyo registrado', registro: 'Este apoyo' },
  eliminacion: (d) => ({
    titulo: `¿Eliminar el ${titulo(d).toLowerCase()}?`,
    consecuencia: 'El apoyo dejará de verse, de contar para el POA y de aparecer en el padrón. Queda registrado en la bitácora.',
    textoBoton: 'Eliminar apoyo',
    eliminar: (motivo) => eliminarApoyo(db, d.apoyo.id, motivo),
  }),
  datos: {
    titulo: 'Datos del apoyo',
    filas: [
      { etiqueta: 'Tipo de apoyo', valor: (d) => d.tipoApoyo },
      { etiqueta: 'Cantidad', valor: ({ apoyo: a }) => `${formatearNumero(a.cantidad, 2)} ${a.unidad}` },
      { etiqueta: 'Valor estimado', valor: (d) => formatearMoneda(d.apoyo.valorEstimado) },
      { etiqueta: 'Fuente', valor: (d) => ETIQUETA_FUENTE[d.apoyo.fuente] },
      { etiqueta: 'Dependencia', ancho: 8, valor: (d) => d.dependencia },
      { etiqueta: 'Fecha de gestión', valor: (d) => formatearFecha(d.apoyo.fechaGestion) },
      { etiqueta: 'Fecha de entrega', valor: (d) => formatearFecha(d.apoyo.fechaEntrega) },
      {
        etiqueta: 'Solicitud de origen',
        valor: (d) =>
          d.solicitud && (
            <Link component={RouterLink} to={`/atencion/${d.solicitud.id}`}>
              {d.solicitud.folio}
            </Link>
          ),
      },
      { etiqueta: 'Evidencia', ancho: 12, valor: (d) => d.apoyo.evidencia },
    ],
    captura: { ancho: 4 },
  },
  despues: (d) => <AvisoApoyoRepetido apoyo={d.apoyo} tipo={d.tipoApoyo} />,
  lateral: ({ apoyo: a, persona }) => persona && <TarjetaPersona persona={persona} excepto={a.solicitudId ?? undefined} enlazar exportable />,
};
