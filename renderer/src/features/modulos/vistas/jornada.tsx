import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import type { DatosJornada, Jornada } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { crearJornada, editarJornada, eliminarJornada, obtenerJornada, paginasJornadas, type FilaJornada } from '../../../db/repositorios/jornadas';
import type { VistaCaptura } from '../comun/CapturaRegistro';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaJornada } from '../comun/Etiquetas';
import { filtroAnio, filtroCampo } from '../../../componentes/lista/filtros';
import type { VistaFormulario } from '../comun/FormularioVista';
import type { VistaLista } from '../comun/ListaRegistros';
import { MODULO_APOYOS } from '../modulos';
import { resumenPorSexo, GRUPOS_EDAD_EN_CERO, textoPorEdad, textoPorSexo } from '../comun/porSexo';

const { ruta, cuentaEn, captura } = REGISTROS.jornada;

type Fila = FilaJornada;

/** The jornadas comunitarias, newest first. */
export const LISTA_JORNADAS: VistaLista<Fila> = {
  modulo: MODULO_APOYOS,
  nuevo: { a: '/apoyos/jornadas/nueva', texto: 'Nueva jornada' },
  porFecha: paginasJornadas(db),
  etiqueta: 'Jornadas comunitarias',
  ruta,
  columnas: [
    columnaFecha('fecha', 'Fecha', 100),
    columnaEnlace('nombre', 'Jornada', ruta, { flex: 1, minWidth: 220 }),
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
    columnaEstatus(120, (j) => <EtiquetaJornada realizada={j.realizada} />, undefined, 'realizada'),
  ],
  ocultas: { servicios: false },
  busqueda: {
    etiqueta: 'Filtros de jornadas',
    texto: 'Buscar por nombre, colonia, dependencia o servicio',
    en: (j) => [j.nombre, j.colonia, j.localidad, ...j.dependencias, ...j.servicios],
  },
  nombres: ['jornada', 'jornadas'],
  vacia: { texto: 'Aún no hay jornadas comunitarias registradas.', filtrada: 'Ninguna jornada coincide con la búsqueda y los filtros.' },
  filtros: [
    filtroCampo('realizada', 'Estatus', [
      { valor: 'true', texto: 'Realizada' },
      { valor: 'false', texto: 'Por realizar' },
    ]),
    filtroAnio((j) => j.fecha),
  ],
  resumen: (visibles) => {
    const personas = visibles.reduce((s, j) => s + j.atendidas, 0);
    return `${formatearNumero(personas)} ${personas === 1 ? 'persona atendida' : 'personas atendidas'}`;
  },
};

/** Services that jornadas usually bring; any other is typed as is. */
const SERVICIOS_FRECUENTES = [
  'Consulta médica',
  'Vacunación',
  'Corte de cabello',
  'Asesoría jurídica',
  'Trámite de actas',
  'Credencialización',
  'Entrega de despensas',
  'Esterilización de mascotas',
  'Pláticas de prevención',
];

const FORMULARIO_JORNADA: VistaFormulario<DatosJornada> = {
  etiqueta: { captura: 'Captura de jornada', edicion: 'Edición de la jornada' },
  schema: captura,
  secciones: [
    {
      titulo: 'Jornada comunitaria',
      campos: [
        { tipo: 'fecha', nombre: 'fecha', etiqueta: 'Fecha', requerido: true, ancho: 3 },
        { tipo: 'texto', nombre: 'nombre', etiqueta: 'Nombre de la jornada', requerido: true, enfocar: true, ancho: 9 },
        { tipo: 'sugerido', nombre: 'colonia', etiqueta: 'Colonia', sugerencias: 'colonia', ancho: 6 },
        { tipo: 'sugerido', nombre: 'localidad', etiqueta: 'Localidad', sugerencias: 'localidad', ancho: 6 },
        { tipo: 'lista', nombre: 'dependencias', etiqueta: 'Dependencias participantes', sugerencias: 'dependencia', ancho: 6 },
        { tipo: 'lista', nombre: 'servicios', etiqueta: 'Servicios ofrecidos', sugerencias: SERVICIOS_FRECUENTES, ancho: 6 },
      ],
    },
    {
      titulo: 'Personas atendidas',
      campos: [
        { tipo: 'porSexo', etiqueta: 'Personas atendidas', nombres: ['atendidasMujeres', 'atendidasHombres', 'atendidasOtro'] },
        { tipo: 'porEdad', etiqueta: 'Personas atendidas por grupo de edad', porSexo: ['atendidasMujeres', 'atendidasHombres', 'atendidasOtro'] },
        { tipo: 'sino', nombre: 'realizada', etiqueta: 'La jornada se realizó', ayuda: 'Una jornada realizada cuenta para la meta de Apoyos en el mes de su fecha' },
      ],
    },
  ],
};

/** /apoyos/jornadas/nueva. */
export const CAPTURA_JORNADA: VistaCaptura<DatosJornada> = {
  formulario: FORMULARIO_JORNADA,
  titulo: 'Nueva jornada comunitaria',
  subtitulo: 'Gestión de Apoyos y Jornadas · una jornada realizada cuenta en el mes de su fecha',
  textoGuardar: 'Guardar jornada',
  lista: '/apoyos/jornadas',
  nuevo: (hoy) => ({
    fecha: hoy,
    nombre: '',
    colonia: '',
    localidad: '',
    dependencias: [],
    servicios: [],
    atendidasMujeres: 0,
    atendidasHombres: 0,
    atendidasOtro: 0,
    ...GRUPOS_EDAD_EN_CERO,
    realizada: false,
  }),
  crear: (datos) => crearJornada(db, datos),
};

/** A jornada is held or not: its one step toggles it. */
type Realizacion = 'realizada' | 'por-realizar';

/** /apoyos/jornadas/:id, the address the cronograma's drill-down opens. */
export const DETALLE_JORNADA: VistaDetalle<Jornada, Jornada, DatosJornada, Realizacion> = {
  obtener: (id) => obtenerJornada(db, id),
  registro: (j) => j,
  avisos: { eliminado: 'Esta jornada fue eliminada.', noExiste: 'No existe esa jornada.' },
  volverA: '/apoyos/jornadas',
  volverTexto: 'Jornadas',
  titulo: (j) => j.nombre,
  etiquetas: (j) => <EtiquetaJornada realizada={j.realizada} />,
  nombreAcciones: 'Acciones de la jornada',
  evidencias: { tipo: 'jornada', queAdjuntar: 'La lista de asistencia y las fotos:' },
  pasos: {
    de: (j) => (j.realizada ? 'realizada' : 'por-realizar'),
    siguientes: { 'por-realizar': ['realizada'], realizada: ['por-realizar'] },
    textos: { realizada: 'Marcar como realizada', 'por-realizar': 'Marcar como no realizada' },
    dar: (j, paso) => editarJornada(db, j.id, { ...j, realizada: paso === 'realizada' }),
  },
  formulario: FORMULARIO_JORNADA,
  editar: (id, datos) => editarJornada(db, id, datos),
  cuentaEn,
  guardado: { registrado: 'Jornada registrada', sinCuenta: '. Cuando se realice, márquela como realizada para que cuente.', registro: 'Esta jornada' },
  eliminacion: (j) => ({
    titulo: `¿Eliminar la jornada «${j.nombre}»?`,
    consecuencia: 'La jornada dejará de verse y de contar para el POA. Queda registrada en la bitácora.',
    textoBoton: 'Eliminar jornada',
    eliminar: (motivo) => eliminarJornada(db, j.id, motivo),
  }),
  datos: {
    titulo: 'Datos de la jornada',
    filas: [
      { etiqueta: 'Fecha', ancho: 3, valor: (j) => formatearFecha(j.fecha) },
      { etiqueta: 'Colonia', ancho: 3, valor: (j) => j.colonia },
      { etiqueta: 'Localidad', ancho: 3, valor: (j) => j.localidad },
      { etiqueta: 'Realizada', ancho: 3, valor: (j) => (j.realizada ? 'Sí' : 'No') },
      { etiqueta: 'Dependencias participantes', ancho: 6, valor: (j) => j.dependencias.join('\n') },
      { etiqueta: 'Servicios ofrecidos', ancho: 6, valor: (j) => j.servicios.join('\n') },
      { etiqueta: 'Personas atendidas', ancho: 12, valor: (j) => textoPorSexo(j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro) },
      { etiqueta: 'Personas atendidas por grupo de edad', ancho: 12, valor: textoPorEdad },
    ],
    captura: { etiqueta: 'Capturada' },
  },
};
