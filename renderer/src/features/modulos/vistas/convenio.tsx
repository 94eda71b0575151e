import { propuestaConvenio } from '../../../../../shared/domain/propuestas';
import { Alert } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { DIAS_AVISO_VENCIMIENTO, estadoVigencia, textoDiasVigencia } from '../../../../../shared/domain/convenios';
import { fechaIsoLocal, formatearFecha } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import {
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  SECTORES_CONVENIO,
  TIPOS_CONVENIO,
  type Convenio,
  type DatosConvenio,
} from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { crearConvenio, editarConvenio, eliminarConvenio, listarConvenios, obtenerConvenio, type FilaConvenio } from '../../../db/repositorios/vinculacion';
import type { VistaCaptura } from '../comun/CapturaRegistro';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EstatusConvenio } from '../comun/Etiquetas';
import { columnaTextoLargo } from '../../../componentes/lista/TextoLargo';
import { filtroCampo, filtroEstatus, opcionesDe } from '../../../componentes/lista/filtros';
import type { VistaFormulario } from '../comun/FormularioVista';
import type { VistaLista } from '../comun/ListaRegistros';
import { MODULO_VINCULACION } from '../modulos';

const { estatus, ruta, cuentaEn, captura } = REGISTROS.convenio;

/** How many convenios end within 30 days, and how many still marked vigente already ended, above the list. */
function AvisoVencimientos({ filas }: { filas: readonly FilaConvenio[] }) {
  const porVencer = filas.filter((c) => c.alerta === 'por-vencer').length;
  const vencidos = filas.filter((c) => c.alerta === 'vencido' && c.estatus !== 'vencido').length;
  if (porVencer === 0 && vencidos === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1.5 }} role="status" aria-label="Convenios que requieren atención">
      {[
        porVencer > 0 && `${porVencer} ${porVencer === 1 ? 'convenio vence' : 'convenios vencen'} en los próximos ${DIAS_AVISO_VENCIMIENTO} días`,
        vencidos > 0 && `${vencidos} ${vencidos === 1 ? 'convenio vigente ya venció' : 'convenios vigentes ya vencieron'}: renuévelos o márquelos como vencidos`,
      ]
        .filter(Boolean)
        .join('. ')}
      .
    </Alert>
  );
}

/**
 * The convenios, those needing attention first: expired ones and those ending within 30 days are tinted, outlined
 * and labelled «Vencido» / «Por vencer», and counted above the list.
 */
export const LISTA_CONVENIOS: VistaLista<FilaConvenio> = {
  modulo: MODULO_VINCULACION,
  nuevo: { a: '/vinculacion/convenios/nuevo', texto: 'Nuevo convenio' },
  cargar: (hoy) => listarConvenios(db, hoy),
  etiqueta: 'Convenios',
  ruta,
  columnas: [
    columnaEnlace('numero', 'Número', ruta, { width: 130 }),
    columnaTextoLargo('contraparte', 'Contraparte', { flex: 1, minWidth: 160 }),
    { field: 'tipo', headerName: 'Tipo', width: 110, valueFormatter: (v: FilaConvenio['tipo']) => ETIQUETA_TIPO_CONVENIO[v] },
    { field: 'sector', headerName: 'Sector', width: 130, valueFormatter: (v: FilaConvenio['sector']) => ETIQUETA_SECTOR_CONVENIO[v] },
    columnaFecha('fechaFirma', 'Firma', 95),
    {
      field: 'vigenciaFin',
      headerName: 'Vigencia',
      width: 205,
      valueFormatter: (_v, row) => (row.vigenciaInicio || row.vigenciaFin ? `${formatearFecha(row.vigenciaInicio) || '…'} – ${formatearFecha(row.vigenciaFin) || '…'}` : ''),
      cellClassName: ({ row }) => (row.alerta ? `celda-${row.alerta}` : ''),
    },
    columnaEstatus(200, (c) => <EstatusConvenio estatus={c.estatus} alerta={c.alerta} dias={c.dias} />, estatus.valores),
    { field: 'objeto', headerName: 'Objeto', width: 260 },
    { field: 'responsable', headerName: 'Responsable', width: 180 },
  ],
  ocultas: { objeto: false, responsable: false },
  busqueda: {
    etiqueta: 'Filtros de convenios',
    texto: 'Buscar por número o contraparte',
    ancho: 2.5,
    en: (c) => [c.numero, c.contraparte, c.objeto, c.responsable, ...c.firmantes],
  },
  nombres: ['convenio', 'convenios'],
  vacia: { texto: 'Aún no hay convenios registrados.', filtrada: 'Ningún convenio coincide con la búsqueda y los filtros.' },
  filtros: [
    filtroCampo('tipo', 'Tipo', opcionesDe(TIPOS_CONVENIO, ETIQUETA_TIPO_CONVENIO), { ancho: 1.75 }),
    filtroCampo('sector', 'Sector', opcionesDe(SECTORES_CONVENIO, ETIQUETA_SECTOR_CONVENIO), { ancho: 2.25 }),
    filtroEstatus(estatus, { ancho: 1.5 }),
    filtroCampo(
      'alerta',
      'Vigencia',
      [
        { valor: 'por-vencer', texto: 'Por vencer' },
        { valor: 'vencido', texto: 'Vencidos' },
      ],
      { ancho: 1.5 },
    ),
  ],
  Aviso: AvisoVencimientos,
  tabla: {
    claseFila: (c) => (c.alerta ? `fila-${c.alerta}` : ''),
    alturaSegunTexto: true,
    alto: 'calc(100vh - 390px)',
    sx: (t) => ({
      '& .fila-por-vencer': { bgcolor: alpha(t.palette.warning.main, 0.08), boxShadow: `inset 4px 0 0 ${t.palette.warning.main}` },
      '& .fila-vencido': { bgcolor: alpha(t.palette.error.main, 0.06), boxShadow: `inset 4px 0 0 ${t.palette.error.main}` },
      '& .celda-por-vencer': { color: 'warning.dark', fontWeight: 700 },
      '& .celda-vencido': { color: 'error.main', fontWeight: 700 },
    }),
  },
};

/** Whether the convenio ends within 30 days or already ended, as of today. */
const vigenciaDe = (c: Convenio) => estadoVigencia(c, fechaIsoLocal(new Date()));

const FORMULARIO_CONVENIO: VistaFormulario<DatosConvenio> = {
  etiqueta: { captura: 'Captura de convenio', edicion: 'Edición del convenio' },
  schema: captura,
  secciones: [
    {
      titulo: 'Convenio',
      campos: [
        { tipo: 'texto', nombre: 'numero', etiqueta: 'Número de convenio', requerido: true, enfocar: true, ancho: 3 },
        { tipo: 'seleccion', nombre: 'tipo', etiqueta: 'Tipo de convenio', requerido: true, opciones: { valores: TIPOS_CONVENIO, etiquetas: ETIQUETA_TIPO_CONVENIO }, ancho: 2 },
        { tipo: 'texto', nombre: 'contraparte', etiqueta: 'Contraparte', requerido: true, ancho: 4 },
        { tipo: 'seleccion', nombre: 'sector', etiqueta: 'Sector', requerido: true, opciones: { valores: SECTORES_CONVENIO, etiquetas: ETIQUETA_SECTOR_CONVENIO }, ancho: 3 },
        { tipo: 'texto', nombre: 'objeto', etiqueta: 'Objeto', requerido: true, renglones: 2, ancho: 12 },
      ],
    },
    {
      titulo: 'Firma y vigencia',
      campos: [
        { tipo: 'fecha', nombre: 'fechaFirma', etiqueta: 'Fecha de firma', opcional: true, ayuda: 'Cuenta para la meta en el mes de su firma', ancho: 3 },
        { tipo: 'fecha', nombre: 'vigenciaInicio', etiqueta: 'Inicio de vigencia', opcional: true, ancho: 3 },
        { tipo: 'fecha', nombre: 'vigenciaFin', etiqueta: 'Fin de vigencia', opcional: true, ayuda: '30 días antes se marca «Por vencer»', ancho: 3 },
        { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus', requerido: true, opciones: estatus, ancho: 3 },
        { tipo: 'lista', nombre: 'firmantes', etiqueta: 'Firmantes', ayuda: 'Nombre y cargo de cada firmante; Enter agrega otro', ancho: 8 },
        { tipo: 'texto', nombre: 'responsable', etiqueta: 'Responsable del seguimiento', requerido: true, ancho: 4 },
      ],
    },
  ],
  proponer: propuestaConvenio,
};

/** /vinculacion/convenios/nuevo. */
export const CAPTURA_CONVENIO: VistaCaptura<DatosConvenio> = {
  formulario: FORMULARIO_CONVENIO,
  titulo: 'Nuevo convenio',
  subtitulo: 'Vinculación Institucional · un convenio firmado cuenta en el mes de su firma',
  textoGuardar: 'Guardar convenio',
  lista: '/vinculacion/convenios',
  nuevo: () => ({
    numero: '',
    tipo: 'colaboracion',
    contraparte: '',
    sector: 'civil',
    objeto: '',
    fechaFirma: null,
    vigenciaInicio: null,
    vigenciaFin: null,
    firmantes: [],
    responsable: '',
    estatus: 'en-tramite',
  }),
  crear: (datos) => crearConvenio(db, datos),
};

/** /vinculacion/convenios/:id, the address the cronograma's drill-down opens. */
export const DETALLE_CONVENIO: VistaDetalle<Convenio, Convenio, DatosConvenio> = {
  obtener: (id) => obtenerConvenio(db, id),
  registro: (c) => c,
  avisos: { eliminado: 'Este convenio fue eliminado.', noExiste: 'No existe ese convenio.' },
  volverA: '/vinculacion/convenios',
  volverTexto: 'Convenios',
  titulo: (c) => `Convenio ${c.numero}`,
  tituloEdicion: (c) => `Editar: convenio ${c.numero}`,
  etiquetas: (c) => {
    const vigencia = vigenciaDe(c);
    return <EstatusConvenio estatus={c.estatus} alerta={vigencia.alerta} dias={vigencia.dias} />;
  },
  nombreAcciones: 'Acciones del convenio',
  evidencias: { tipo: 'convenio', queAdjuntar: 'El convenio firmado:' },
  formulario: FORMULARIO_CONVENIO,
  editar: (id, datos) => editarConvenio(db, id, datos),
  cuentaEn,
  guardado: { registrado: 'Convenio registrado', registro: 'Este convenio' },
  eliminacion: (c) => ({
    titulo: `¿Eliminar el convenio ${c.numero}?`,
    consecuencia: 'El convenio dejará de verse y de contar para el POA. Queda registrado en la bitácora.',
    textoBoton: 'Eliminar convenio',
    eliminar: (motivo) => eliminarConvenio(db, c.id, motivo),
  }),
  antes: (c) => {
    const vigencia = vigenciaDe(c);
    return (
      vigencia.alerta &&
      vigencia.dias !== null && (
        <Alert severity={vigencia.alerta === 'vencido' ? 'error' : 'warning'} sx={{ mb: 2 }}>
          {textoDiasVigencia(vigencia.dias)} ({formatearFecha(c.vigenciaFin)}).{' '}
          {vigencia.alerta === 'vencido' ? 'Renuévelo o márquelo como vencido.' : 'Prevea su renovación.'}
        </Alert>
      )
    );
  },
  datos: {
    titulo: 'Datos del convenio',
    filas: [
      { etiqueta: 'Contraparte', ancho: 6, valor: (c) => c.contraparte },
      { etiqueta: 'Tipo', ancho: 3, valor: (c) => ETIQUETA_TIPO_CONVENIO[c.tipo] },
      { etiqueta: 'Sector', ancho: 3, valor: (c) => ETIQUETA_SECTOR_CONVENIO[c.sector] },
      { etiqueta: 'Objeto', ancho: 12, valor: (c) => c.objeto },
      { etiqueta: 'Fecha de firma', ancho: 3, valor: (c) => formatearFecha(c.fechaFirma) },
      { etiqueta: 'Inicio de vigencia', ancho: 3, valor: (c) => formatearFecha(c.vigenciaInicio) },
      { etiqueta: 'Fin de vigencia', ancho: 3, valor: (c) => formatearFecha(c.vigenciaFin) },
      { etiqueta: 'Responsable', ancho: 3, valor: (c) => c.responsable },
      { etiqueta: 'Firmantes', ancho: 12, valor: (c) => c.firmantes.join('\n') },
    ],
  },
};
