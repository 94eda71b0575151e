import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { z } from 'zod';
import { formatearFecha, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { propuestaApoyo } from '../../../../../shared/domain/propuestas';
import { REGISTROS } from '../../../../../shared/registros';
import { ETIQUETA_FUENTE, FUENTES_APOYO, type Apoyo, type DatosApoyo, type EstatusApoyo } from '../../../../../shared/schemas/modulos';
import { filtroAnio, filtroCampo, filtroEstatus } from '../../../componentes/lista/filtros';
import { columnaTextoLargo } from '../../../componentes/lista/TextoLargo';
import { TarjetaPersona } from '../../../componentes/personas/TarjetaPersona';
import { db } from '../../../db';
import {
  crearApoyo,
  editarApoyo,
  eliminarApoyo,
  obtenerDetalleApoyo,
  esProgramaVigente,
  obtenerSolicitudOrigen,
  type DetalleApoyo,
  type FilaApoyo,
} from '../../../db/repositorios/apoyos';
import {
  aniosDeApoyos,
  CAMPOS_ORDEN_APOYOS,
  contarApoyos,
  filasApoyos,
  ORDEN_INICIAL_APOYOS,
  valorEstimadoApoyos,
  type CampoOrdenApoyos,
  type FiltrosApoyos,
} from '../../../db/repositorios/paginaApoyos';
import { AvisoApoyoRepetido, AvisoApoyoRepetidoAlCapturar } from '../apoyos/AvisoApoyoRepetido';
import { BeneficiarioApoyo } from '../apoyos/BeneficiarioApoyo';
import { CampoProgramaApoyo } from '../apoyos/CampoProgramaApoyo';
import { CampoSolicitudOrigen } from '../apoyos/CampoSolicitudOrigen';
import { ACCION_PASO, DialogoEstatusApoyo } from '../apoyos/DialogoEstatusApoyo';
import type { VistaCaptura } from '../comun/CapturaRegistro';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaApoyo } from '../comun/Etiquetas';
import type { VistaFormulario } from '../comun/FormularioVista';
import type { VistaLista } from '../comun/ListaRegistros';
import { MODULO_APOYOS } from '../modulos';

const { estatus, ruta, cuentaEn, captura } = REGISTROS.apoyo;

/** The date that places an apoyo in a year: its delivery, or its gestión while not delivered. */
const fechaDe = (a: FilaApoyo) => a.fechaEntrega ?? a.fechaGestion;

/** The list's filter values as the database's query takes them. */
const filtrosApoyos = (f: Record<string, string>): FiltrosApoyos => ({
  texto: f.texto ?? '',
  estatus: f.estatus ?? '',
  tipoApoyoId: f.tipoApoyoId ?? '',
  anio: f.anio ?? '',
});

/**
 * Every live apoyo, newest first, narrowed by name, CURP, folio, status, type and year: one page at a time from
 * the database (`filasApoyos` in paginaApoyos.ts), with the estimated value of all the matching ones under the count.
 */
export const LISTA_APOYOS: VistaLista<FilaApoyo> = {
  modulo: MODULO_APOYOS,
  nuevo: { a: '/apoyos/nuevo', texto: 'Nuevo apoyo' },
  paginas: {
    pedir: ({ filtros, orden, pagina, tamano }) =>
      filasApoyos(db, {
        filtros: filtrosApoyos(filtros),
        orden: orden ? { campo: orden.campo as CampoOrdenApoyos, direccion: orden.direccion } : ORDEN_INICIAL_APOYOS,
        pagina,
        tamano,
      }),
    contar: () => contarApoyos(db),
    ordenes: CAMPOS_ORDEN_APOYOS,
    resumen: async (filtros) => `Valor estimado: ${formatearMoneda(await valorEstimadoApoyos(db, filtrosApoyos(filtros)))}`,
  },
  etiqueta: 'Apoyos',
  ruta,
  columnas: [
    columnaEnlace('beneficiario', 'Beneficiario', ruta, { flex: 1, minWidth: 170 }),
    columnaTextoLargo('tipoApoyo', 'Tipo de apoyo', 150),
    { field: 'cantidad', headerName: 'Cantidad', width: 110, valueFormatter: (_v, row) => `${formatearNumero(row.cantidad, 2)} ${row.unidad}` },
    { field: 'valorEstimado', headerName: 'Valor estimado', width: 120, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatearMoneda(v) },
    columnaEstatus(115, (a) => <EtiquetaApoyo estatus={a.estatus} />, estatus.valores),
    columnaFecha('fechaEntrega', 'Entrega', 95),
    columnaFecha('fechaGestion', 'Gestión', 95),
    { field: 'fuente', headerName: 'Fuente', width: 110, valueFormatter: (v: FilaApoyo['fuente']) => ETIQUETA_FUENTE[v] },
    columnaTextoLargo('dependencia', 'Dependencia', 160),
    { field: 'folioSolicitud', headerName: 'Solicitud', width: 130 },
    columnaTextoLargo('programa', 'Programa social', 170),
    { field: 'colonia', headerName: 'Colonia / localidad', width: 160 },
    { field: 'curp', headerName: 'CURP', width: 185 },
  ],
  ocultas: { fuente: false, curp: false, colonia: false, fechaGestion: false, programa: false },
  busqueda: {
    etiqueta: 'Filtros de apoyos',
    texto: 'Buscar por beneficiario, CURP, tipo o folio',
    ancho: 3,
  },
  nombres: ['apoyo', 'apoyos'],
  vacia: { texto: 'Aún no hay apoyos registrados.', filtrada: 'Ningún apoyo coincide con la búsqueda y los filtros.' },
  filtros: [
    filtroEstatus(estatus),
    filtroCampo('tipoApoyoId', 'Tipo de apoyo', { catalogo: 'tipoApoyo' }),
    { ...filtroAnio(fechaDe), opciones: { consulta: async () => (await aniosDeApoyos(db)).map((a) => ({ valor: a, texto: a })) } },
  ],
  tabla: { alturaSegunTexto: true },
};

const entregado = (a: Pick<DatosApoyo, 'estatus'>) => a.estatus === 'entregado';

/**
 * The beneficiary found by CURP or name (or registered on the spot), what was given and by whom, and where it
 * stands. The fecha de entrega travels only with a delivered apoyo: for other statuses its box is hidden and what it
 * kept is ignored, so switching back to Entregado shows it again.
 */
const FORMULARIO_APOYO: VistaFormulario<DatosApoyo> = {
  etiqueta: { captura: 'Captura de apoyo', edicion: 'Edición del apoyo' },
  schema: z.preprocess((a: DatosApoyo) => (entregado(a) ? a : { ...a, fechaEntrega: null }), captura),
  secciones: [
    {
      titulo: 'Beneficiario',
      campos: [
        { tipo: 'particular', Componente: BeneficiarioApoyo },
        { tipo: 'particular', Componente: CampoSolicitudOrigen, ancho: 6 },
        { tipo: 'particular', Componente: CampoProgramaApoyo, ancho: 6 },
      ],
    },
    {
      titulo: 'Apoyo',
      campos: [
        { tipo: 'catalogo', nombre: 'tipoApoyoId', etiqueta: 'Tipo de apoyo', catalogo: 'tipoApoyo', requerido: true, ancho: 4 },
        { tipo: 'numero', nombre: 'cantidad', etiqueta: 'Cantidad', requerido: true, ancho: 2 },
        { tipo: 'texto', nombre: 'unidad', etiqueta: 'Unidad', requerido: true, ejemplo: 'paquetes, piezas…', ancho: 2 },
        { tipo: 'moneda', nombre: 'valorEstimado', etiqueta: 'Valor estimado', requerido: true, ancho: 4 },
        { tipo: 'seleccion', nombre: 'fuente', etiqueta: 'Fuente', requerido: true, opciones: { valores: FUENTES_APOYO, etiquetas: ETIQUETA_FUENTE }, ancho: 4 },
        { tipo: 'catalogo', nombre: 'dependenciaId', etiqueta: 'Dependencia que lo otorga', catalogo: 'dependencia', opcional: true, ancho: 8 },
      ],
    },
    {
      titulo: 'Estatus y evidencia',
      campos: [
        { tipo: 'seleccion', nombre: 'estatus', etiqueta: 'Estatus', requerido: true, opciones: estatus, ancho: 3 },
        { tipo: 'fecha', nombre: 'fechaGestion', etiqueta: 'Fecha de gestión', requerido: true, ancho: 3 },
        { tipo: 'fecha', nombre: 'fechaEntrega', etiqueta: 'Fecha de entrega', requerido: true, ayuda: 'Cuenta para la meta en este mes', visible: entregado, ancho: 3 },
        { tipo: 'texto', nombre: 'evidencia', etiqueta: 'Evidencia', renglones: 2, ayuda: 'Acta de entrega, fotografías, número de vale…', ancho: 12 },
      ],
    },
  ],
  despues: AvisoApoyoRepetidoAlCapturar,
  proponer: propuestaApoyo,
};

/**
 * /apoyos/nuevo. With ?solicitud=<id> (from a request being answered) the form starts with that request's citizen,
 * type and dependency; with ?programa=<id> (a programa's «Agregar beneficiario») it starts with that programa.
 */
export const CAPTURA_APOYO: VistaCaptura<DatosApoyo> = {
  formulario: FORMULARIO_APOYO,
  titulo: 'Nuevo apoyo',
  subtitulo: 'Gestión de Apoyos · cuenta para la meta cuando se registra su entrega',
  textoGuardar: 'Guardar apoyo',
  lista: '/apoyos',
  nuevo: (hoy) => ({
    personaId: '',
    solicitudId: null,
    tipoApoyoId: '',
    cantidad: 1,
    unidad: '',
    valorEstimado: 0,
    fuente: 'municipal',
    dependenciaId: null,
    estatus: 'gestionado',
    fechaGestion: hoy,
    fechaEntrega: null,
    evidencia: '',
    programaId: null,
  }),
  desde: async (parametros, nuevo) => {
    const id = parametros.get('solicitud');
    const s = id ? await obtenerSolicitudOrigen(db, id) : undefined;
    const programa = parametros.get('programa');
    const conPrograma = { ...nuevo, programaId: programa && (await esProgramaVigente(db, programa)) ? programa : null };
    return s ? { ...conPrograma, personaId: s.personaId, solicitudId: s.id, tipoApoyoId: s.tipoApoyoId, dependenciaId: s.dependenciaId } : conPrograma;
  },
  crear: (datos) => crearApoyo(db, datos),
};

const titulo = (d: DetalleApoyo) => `Apoyo de ${d.tipoApoyo}`;

/** /apoyos/:id, the address the cronograma's drill-down opens. Each step asks for its own confirmation (and delivering, for the date). */
export const DETALLE_APOYO: VistaDetalle<DetalleApoyo, Apoyo, DatosApoyo, EstatusApoyo> = {
  obtener: (id) => obtenerDetalleApoyo(db, id),
  registro: (d) => d.apoyo,
  avisos: { eliminado: 'Este apoyo fue eliminado.', noExiste: 'No existe ese apoyo.' },
  volverA: '/apoyos',
  volverTexto: 'Apoyos',
  titulo,
  etiquetas: (d) => <EtiquetaApoyo estatus={d.apoyo.estatus} />,
  nombreAcciones: 'Acciones del apoyo',
  evidencias: { tipo: 'apoyo', queAdjuntar: 'El acuse firmado o la foto de la entrega:' },
  pasos: {
    de: (d) => d.apoyo.estatus,
    siguientes: estatus.pasos,
    textos: ACCION_PASO,
    negativo: 'rechazado',
    Dialogo: ({ detalle, ...props }) => <DialogoEstatusApoyo apoyo={detalle.apoyo} {...props} />,
  },
  formulario: FORMULARIO_APOYO,
  editar: (id, datos) => editarApoyo(db, id, datos),
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
        etiqueta: 'Programa social',
        ancho: 8,
        valor: (d) =>
          d.programa && (
            <Link component={RouterLink} to={`/programas/${d.programa.id}`}>
              {d.programa.nombre}
            </Link>
          ),
      },
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
