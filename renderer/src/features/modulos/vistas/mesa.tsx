import { formatearFecha } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import type { DatosMesa, Mesa } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { crearMesa, editarMesa, eliminarMesa, obtenerDetalleMesa, paginasMesas, type DetalleMesa, type FilaMesa } from '../../../db/repositorios/vinculacion';
import type { VistaCaptura } from '../comun/CapturaRegistro';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaMesa } from '../comun/Etiquetas';
import { filtroAnio, filtroEstatus } from '../../../componentes/lista/filtros';
import type { VistaFormulario } from '../comun/FormularioVista';
import type { VistaLista } from '../comun/ListaRegistros';
import { MODULO_VINCULACION } from '../modulos';
import { AcuerdosMesa } from '../vinculacion/AcuerdosMesa';

const { estatus, ruta, cuentaEn, captura } = REGISTROS.mesa;

export const LISTA_MESAS: VistaLista<FilaMesa> = {
  modulo: MODULO_VINCULACION,
  nuevo: { a: '/vinculacion/mesas/nueva', texto: 'Nueva mesa' },
  porFecha: paginasMesas(db),
  etiqueta: 'Mesas interinstitucionales',
  ruta,
  columnas: [
    columnaFecha('fecha', 'Fecha', 100),
    columnaEnlace('tema', 'Tema', ruta, { flex: 1, minWidth: 220 }),
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
    columnaEstatus(120, (m) => <EtiquetaMesa estatus={m.estatus} />, estatus.valores),
  ],
  ocultas: { instituciones: false },
  busqueda: {
    etiqueta: 'Filtros de mesas',
    texto: 'Buscar por tema, quién convoca, sede o institución',
    en: (m) => [m.tema, m.convoca, m.sede, ...m.instituciones],
  },
  nombres: ['mesa', 'mesas'],
  vacia: { texto: 'Aún no hay mesas interinstitucionales registradas.', filtrada: 'Ninguna mesa coincide con la búsqueda y los filtros.' },
  filtros: [filtroEstatus(estatus, { todos: 'Todas' }), filtroAnio((m) => m.fecha)],
};

/** A mesa's data; its acuerdos are added in its detail once it is saved. */
const FORMULARIO_MESA: VistaFormulario<DatosMesa> = {
  etiqueta: { captura: 'Captura de mesa interinstitucional', edicion: 'Edición de la mesa' },
  schema: captura,
  secciones: [
    {
      titulo: 'Mesa interinstitucional',
      campos: [
        { tipo: 'fecha', nombre: 'fecha', etiqueta: 'Fecha', requerido: true, ancho: 3 },
        { tipo: 'texto', nombre: 'tema', etiqueta: 'Tema', requerido: true, enfocar: true, ancho: 9 },
        { tipo: 'texto', nombre: 'convoca', etiqueta: 'Convoca', requerido: true, ancho: 6 },
        { tipo: 'texto', nombre: 'sede', etiqueta: 'Sede', ancho: 6 },
        { tipo: 'lista', nombre: 'instituciones', etiqueta: 'Instituciones participantes', sugerencias: 'dependencia', ancho: 12 },
        { tipo: 'numero', nombre: 'asistentes', etiqueta: 'Asistentes', entero: true, vacioEsCero: true, ancho: 3 },
        { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus', requerido: true, opciones: estatus, ayuda: 'Cuenta para la meta cuando está Asistida', ancho: 3 },
      ],
    },
  ],
};

/** /vinculacion/mesas/nueva. */
export const CAPTURA_MESA: VistaCaptura<DatosMesa> = {
  formulario: FORMULARIO_MESA,
  titulo: 'Nueva mesa interinstitucional',
  subtitulo: 'Vinculación Institucional · una mesa asistida cuenta en el mes de su fecha; sus acuerdos se agregan al guardarla',
  textoGuardar: 'Guardar mesa',
  lista: '/vinculacion/mesas',
  nuevo: (hoy) => ({ fecha: hoy, tema: '', convoca: '', sede: '', instituciones: [], asistentes: 0, estatus: 'programada' }),
  crear: (datos) => crearMesa(db, datos),
};

/** /vinculacion/mesas/:id, the address the cronograma's drill-down opens, with the mesa's acuerdos. */
export const DETALLE_MESA: VistaDetalle<DetalleMesa, Mesa, DatosMesa, Mesa['estatus']> = {
  obtener: (id) => obtenerDetalleMesa(db, id),
  registro: (d) => d.mesa,
  avisos: { eliminado: 'Esta mesa fue eliminada.', noExiste: 'No existe esa mesa.' },
  volverA: '/vinculacion/mesas',
  volverTexto: 'Mesas',
  titulo: (d) => `Mesa: ${d.mesa.tema}`,
  tituloEdicion: (d) => `Editar: ${d.mesa.tema}`,
  etiquetas: (d) => <EtiquetaMesa estatus={d.mesa.estatus} />,
  nombreAcciones: 'Acciones de la mesa',
  evidencias: { tipo: 'mesa', queAdjuntar: 'La minuta de la sesión:' },
  pasos: {
    de: (d) => d.mesa.estatus,
    siguientes: estatus.pasos,
    textos: { asistida: 'Marcar como asistida', cancelada: 'Cancelar', programada: 'Reprogramar' },
    negativo: 'cancelada',
    dar: ({ mesa: m }, paso) => editarMesa(db, m.id, { ...m, estatus: paso }),
  },
  formulario: FORMULARIO_MESA,
  editar: (id, datos) => editarMesa(db, id, datos),
  cuentaEn,
  guardado: { registrado: 'Mesa registrada', registro: 'Esta mesa' },
  eliminacion: ({ mesa: m, acuerdos }) => ({
    titulo: `¿Eliminar la mesa «${m.tema}»?`,
    consecuencia: `La mesa${acuerdos.length ? ` y sus ${acuerdos.length} acuerdo(s)` : ''} dejarán de verse y de contar para el POA. Queda registrado en la bitácora.`,
    textoBoton: 'Eliminar mesa',
    eliminar: (motivo) => eliminarMesa(db, m.id, motivo),
  }),
  datos: {
    titulo: 'Datos de la mesa',
    filas: [
      { etiqueta: 'Fecha', ancho: 2, valor: (d) => formatearFecha(d.mesa.fecha) },
      { etiqueta: 'Convoca', ancho: 4, valor: (d) => d.mesa.convoca },
      { etiqueta: 'Sede', ancho: 4, valor: (d) => d.mesa.sede },
      { etiqueta: 'Asistentes', ancho: 2, valor: (d) => d.mesa.asistentes },
      { etiqueta: 'Instituciones participantes', ancho: 12, valor: (d) => d.mesa.instituciones.join(' · ') },
    ],
    captura: { etiqueta: 'Capturada' },
  },
  despues: (d) => <AcuerdosMesa mesaId={d.mesa.id} acuerdos={d.acuerdos} />,
};
