import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import { conGruposEdad, ETIQUETA_TIPO_EVENTO, TIPOS_EVENTO, type DatosEvento, type Evento } from '../../../../../shared/schemas/modulos';
import { filtroAnio, filtroCampo, filtroEstatus, opcionesDe } from '../../../componentes/lista/filtros';
import { db } from '../../../db';
import { crearEvento, editarEvento, eliminarEvento, obtenerEvento, paginasEventos, type DetalleEvento, type FilaEvento } from '../../../db/repositorios/eventos';
import { BeneficiariosPrograma } from '../programas/BeneficiariosPrograma';
import type { VistaCaptura } from '../comun/CapturaRegistro';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaEvento } from '../comun/Etiquetas';
import type { VistaFormulario } from '../comun/FormularioVista';
import type { VistaLista } from '../comun/ListaRegistros';
import { MODULO_PROGRAMAS } from '../modulos';
import { resumenPorSexo, GRUPOS_EDAD_EN_CERO, textoPorEdad, textoPorSexo } from '../comun/porSexo';

const { estatus, ruta, cuentaEn, captura } = REGISTROS.evento;

type Fila = FilaEvento;

const asistentesDe = (e: Evento) => e.asistentesMujeres + e.asistentesHombres + e.asistentesOtro;

/** Módulo 3's list: talleres, capacitaciones and programas, newest first. */
export const LISTA_EVENTOS: VistaLista<Fila> = {
  modulo: MODULO_PROGRAMAS,
  nuevo: { a: '/programas/nuevo', texto: 'Nuevo registro' },
  porFecha: paginasEventos(db),
  etiqueta: 'Talleres, capacitaciones y programas',
  ruta,
  columnas: [
    columnaFecha('fecha', 'Fecha', 100),
    { field: 'tipo', headerName: 'Tipo', width: 110, valueFormatter: (v: Fila['tipo']) => ETIQUETA_TIPO_EVENTO[v] },
    columnaEnlace('nombre', 'Nombre', ruta, { flex: 1, minWidth: 200 }),
    { field: 'tema', headerName: 'Tema', width: 180 },
    { field: 'quien', headerName: 'Dependencia / facilitador', width: 180, valueGetter: (_v, row) => [row.dependencia, row.facilitador].filter(Boolean).join(' · ') },
    { field: 'lugar', headerName: 'Sede / localidad', width: 150, valueGetter: (_v, row) => [row.sede, row.localidad].filter(Boolean).join(', ') },
    {
      field: 'asistentes',
      headerName: 'Asistentes (M / H / O)',
      valueGetter: (_v, row) => asistentesDe(row),
      width: 165,
      align: 'right',
      headerAlign: 'right',
      valueFormatter: (_v, row) => resumenPorSexo(row.asistentesMujeres, row.asistentesHombres, row.asistentesOtro),
    },
    { field: 'horas', headerName: 'Horas', width: 70, type: 'number' },
    { field: 'beneficiarios', headerName: 'Beneficiarios', width: 110, type: 'number' },
    columnaEstatus(120, (e) => <EtiquetaEvento estatus={e.estatus} />, estatus.valores),
  ],
  ocultas: { horas: false, beneficiarios: false, tema: false },
  busqueda: {
    etiqueta: 'Filtros de programas',
    texto: 'Buscar por nombre, tema, dependencia o sede',
    en: (e) => [e.nombre, e.tema, e.dependencia, e.facilitador, e.sede, e.localidad, e.poblacionObjetivo],
  },
  nombres: ['registro', 'registros'],
  vacia: { texto: 'Aún no hay talleres, capacitaciones ni programas registrados.', filtrada: 'Ningún taller, capacitación o programa coincide con la búsqueda y los filtros.' },
  filtros: [filtroCampo('tipo', 'Tipo', opcionesDe(TIPOS_EVENTO, ETIQUETA_TIPO_EVENTO)), filtroEstatus(estatus), filtroAnio((e) => e.fecha)],
  resumen: (visibles) => {
    const asistentes = visibles.reduce((s, e) => s + asistentesDe(e), 0);
    return `${formatearNumero(asistentes)} ${asistentes === 1 ? 'asistente' : 'asistentes'}`;
  },
};

/** How the notice of a year without POA names the record. */
const ESTE: Record<Evento['tipo'], string> = { taller: 'Este taller', capacitacion: 'Esta capacitación', programa: 'Este programa social' };

/**
 * A programa is managed before a dependency (its date is the fecha de gestión, and it reports beneficiaries);
 * talleres and capacitaciones report hours and attendance.
 */
const esPrograma = (e: Pick<Evento, 'tipo'>) => e.tipo === 'programa';
const siPrograma = <T,>(programa: T, otro: T) => (e: Pick<Evento, 'tipo'>) => (esPrograma(e) ? programa : otro);

const FORMULARIO_EVENTO: VistaFormulario<DatosEvento> = {
  etiqueta: { captura: 'Captura de taller, capacitación o programa', edicion: 'Edición del registro' },
  schema: captura,
  secciones: [
    {
      titulo: 'Qué y quién',
      campos: [
        { tipo: 'seleccion', nombre: 'tipo', etiqueta: 'Tipo', requerido: true, opciones: { valores: TIPOS_EVENTO, etiquetas: ETIQUETA_TIPO_EVENTO }, ancho: 3 },
        { tipo: 'texto', nombre: 'nombre', etiqueta: siPrograma('Programa', 'Nombre'), requerido: true, enfocar: true, ancho: 9 },
        { tipo: 'texto', nombre: 'tema', etiqueta: 'Tema', ayuda: 'Desarrollo humano y comunitario, salud, economía familiar…', ancho: 6 },
        { tipo: 'texto', nombre: 'poblacionObjetivo', etiqueta: 'Población objetivo', ancho: 6 },
        { tipo: 'catalogo', nombre: 'dependenciaId', etiqueta: 'Dependencia externa', catalogo: 'dependencia', opcional: true, ancho: 6 },
        { tipo: 'texto', nombre: 'facilitador', etiqueta: siPrograma('Enlace en la dependencia', 'Facilitador'), ancho: 6 },
      ],
    },
    {
      titulo: 'Cuándo y dónde',
      campos: [
        { tipo: 'fecha', nombre: 'fecha', etiqueta: siPrograma('Fecha de gestión', 'Fecha'), requerido: true, ancho: 3 },
        { tipo: 'fecha', nombre: 'fechaFin', etiqueta: 'Fecha de término', opcional: true, ayuda: 'Si dura varios días; cuenta en el mes en que inicia', ancho: 3 },
        { tipo: 'numero', nombre: 'horas', etiqueta: 'Horas', vacioEsCero: true, visible: (e) => !esPrograma(e), ancho: 2 },
        { tipo: 'texto', nombre: 'sede', etiqueta: 'Sede', ancho: siPrograma(3, 2) },
        { tipo: 'sugerido', nombre: 'localidad', etiqueta: 'Localidad', sugerencias: 'localidad', ancho: siPrograma(3, 2) },
      ],
    },
    {
      titulo: siPrograma('Beneficiarios y estatus', 'Asistencia y estatus'),
      campos: [
        { tipo: 'porSexo', etiqueta: 'Asistentes', nombres: ['asistentesMujeres', 'asistentesHombres', 'asistentesOtro'] },
        { tipo: 'porEdad', etiqueta: 'Asistencia por grupo de edad', porSexo: ['asistentesMujeres', 'asistentesHombres', 'asistentesOtro'], visible: conGruposEdad },
        { tipo: 'numero', nombre: 'beneficiarios', etiqueta: 'Beneficiarios del programa', entero: true, vacioEsCero: true, visible: esPrograma, ancho: 3 },
        { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus', requerido: true, opciones: estatus, ayuda: 'Cuenta para la meta cuando está Realizado', ancho: 3 },
        { tipo: 'texto', nombre: 'evidencia', etiqueta: 'Evidencia', ayuda: 'Lista de asistencia, fotografías, oficio de gestión…', ancho: siPrograma(6, 9) },
      ],
    },
  ],
};

/** /programas/nuevo. */
export const CAPTURA_EVENTO: VistaCaptura<DatosEvento> = {
  formulario: FORMULARIO_EVENTO,
  titulo: 'Nuevo taller, capacitación o programa',
  subtitulo: 'Programas Sociales · cuenta para la meta en el mes en que se realiza',
  textoGuardar: 'Guardar registro',
  lista: '/programas',
  nuevo: (hoy) => ({
    tipo: 'taller',
    nombre: '',
    tema: '',
    dependenciaId: null,
    facilitador: '',
    fecha: hoy,
    fechaFin: null,
    horas: 0,
    sede: '',
    localidad: '',
    poblacionObjetivo: '',
    asistentesMujeres: 0,
    asistentesHombres: 0,
    asistentesOtro: 0,
    ...GRUPOS_EDAD_EN_CERO,
    beneficiarios: 0,
    estatus: 'programado',
    evidencia: '',
  }),
  crear: (datos) => crearEvento(db, datos),
};

/** /programas/:id, the address the cronograma's drill-down opens. Other corrections than the steps are made by editing. */
export const DETALLE_EVENTO: VistaDetalle<DetalleEvento, DetalleEvento, DatosEvento, Evento['estatus']> = {
  obtener: (id) => obtenerEvento(db, id),
  registro: (e) => e,
  avisos: { eliminado: 'Este registro fue eliminado.', noExiste: 'No existe ese registro.' },
  volverA: '/programas',
  volverTexto: 'Programas',
  titulo: (e) => `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`,
  etiquetas: (e) => <EtiquetaEvento estatus={e.estatus} />,
  nombreAcciones: 'Acciones del registro',
  evidencias: { tipo: 'evento', queAdjuntar: 'La lista de asistencia y las fotos:' },
  pasos: {
    de: (e) => e.estatus,
    siguientes: estatus.pasos,
    textos: { realizado: 'Marcar como realizado', cancelado: 'Cancelar', programado: 'Reprogramar' },
    negativo: 'cancelado',
    dar: (e, paso) => editarEvento(db, e.id, { ...e, estatus: paso }),
  },
  formulario: FORMULARIO_EVENTO,
  editar: (id, datos) => editarEvento(db, id, datos),
  cuentaEn,
  guardado: { registrado: 'Registro guardado', registro: (e) => ESTE[e.tipo] },
  eliminacion: (e) => ({
    titulo: `¿Eliminar «${e.nombre}»?`,
    consecuencia: 'El registro dejará de verse y de contar para el POA. Queda registrado en la bitácora.',
    textoBoton: 'Eliminar registro',
    eliminar: (motivo) => eliminarEvento(db, e.id, motivo),
  }),
  datos: {
    titulo: 'Datos del registro',
    filas: [
      { etiqueta: 'Tipo', ancho: 3, valor: (e) => ETIQUETA_TIPO_EVENTO[e.tipo] },
      { etiqueta: 'Tema', ancho: 5, valor: (e) => e.tema },
      { etiqueta: 'Población objetivo', ancho: 4, valor: (e) => e.poblacionObjetivo },
      { etiqueta: 'Dependencia externa', ancho: 4, valor: (e) => e.dependencia },
      { etiqueta: (e) => (esPrograma(e) ? 'Enlace en la dependencia' : 'Facilitador'), ancho: 4, valor: (e) => e.facilitador },
      { etiqueta: (e) => (esPrograma(e) ? 'Fecha de gestión' : 'Fecha'), ancho: 2, valor: (e) => formatearFecha(e.fecha) },
      { etiqueta: 'Fecha de término', ancho: 2, valor: (e) => formatearFecha(e.fechaFin) },
      { etiqueta: 'Sede', ancho: 4, valor: (e) => e.sede },
      { etiqueta: 'Localidad', ancho: 4, valor: (e) => e.localidad },
      { etiqueta: 'Horas', ancho: 4, valor: (e) => (esPrograma(e) ? '' : formatearNumero(e.horas, 1)) },
      { etiqueta: 'Asistentes', ancho: 8, valor: (e) => textoPorSexo(e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro) },
      { etiqueta: 'Asistencia por grupo de edad', ancho: 12, valor: (e) => (conGruposEdad(e) ? textoPorEdad(e) : '') },
      { etiqueta: 'Beneficiarios', ancho: 4, valor: (e) => (esPrograma(e) ? textoBeneficiarios(e) : '') },
      { etiqueta: 'Evidencia', ancho: 12, valor: (e) => e.evidencia },
    ],
  },
  // A programa lists the people it reached: each one an apoyo that names it.
  despues: (e) => esPrograma(e) && <BeneficiariosPrograma programaId={e.id} eliminado={e.eliminado === 1} />,
};

/**
 * The figure captured for the programa stays as the user wrote it; next to it, how many are registered by name
 * («120 (3 registrados por nombre)»), so neither hides the other.
 */
function textoBeneficiarios(e: DetalleEvento): string {
  const registrados = `${formatearNumero(e.registrados)} ${e.registrados === 1 ? 'registrado' : 'registrados'} por nombre`;
  return `${formatearNumero(e.beneficiarios)} (${registrados})`;
}
