import type { ReactNode } from 'react';
import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { REGISTROS } from '../../../../../shared/registros';
import { ETIQUETA_TIPO_EVENTO, TIPOS_EVENTO, type Evento } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { editarEvento, eliminarEvento, listarEventos, obtenerEvento, type FilaEvento } from '../../../db/repositorios/eventos';
import { columnaEnlace, columnaEstatus, columnaFecha } from '../comun/columnas';
import type { VistaDetalle } from '../comun/DetalleRegistro';
import { EtiquetaEvento } from '../comun/Etiquetas';
import { filtroAnio, filtroCampo, filtroEstatus, opcionesDe } from '../../../componentes/lista/filtros';
import type { VistaLista } from '../comun/ListaRegistros';
import { resumenPorSexo, textoPorSexo } from '../comun/porSexo';
import { FormularioEvento } from '../programas/FormularioEvento';

const { estatus, ruta, cuentaEn } = REGISTROS.evento;

type Fila = FilaEvento & { asistentes: number };

/** Módulo 3 has no sections: its heading stands alone. */
function EncabezadoProgramas({ acciones }: { acciones: ReactNode }) {
  return (
    <EncabezadoPagina
      titulo="Programas Sociales y gestión ante dependencias externas"
      subtitulo="Talleres y capacitaciones de desarrollo humano y comunitario, y programas sociales gestionados"
      acciones={acciones}
    />
  );
}

/** Módulo 3's list: talleres, capacitaciones and programas, newest first. */
export const LISTA_EVENTOS: VistaLista<Fila> = {
  Encabezado: EncabezadoProgramas,
  nuevo: { a: '/programas/nuevo', texto: 'Nuevo registro' },
  cargar: async () => (await listarEventos(db)).map((e) => ({ ...e, asistentes: e.asistentesMujeres + e.asistentesHombres + e.asistentesOtro })),
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
  filtros: [filtroCampo('tipo', 'Tipo', opcionesDe(TIPOS_EVENTO, ETIQUETA_TIPO_EVENTO)), filtroEstatus(estatus), filtroAnio((e) => e.fecha)],
  resumen: (visibles) => {
    const asistentes = visibles.reduce((s, e) => s + e.asistentes, 0);
    return `${formatearNumero(asistentes)} ${asistentes === 1 ? 'asistente' : 'asistentes'}`;
  },
};

/** How the notice of a year without POA names the record. */
const ESTE: Record<Evento['tipo'], string> = { taller: 'Este taller', capacitacion: 'Esta capacitación', programa: 'Este programa social' };

const esPrograma = (e: FilaEvento) => e.tipo === 'programa';

/** /programas/:id, the address the cronograma's drill-down opens. Other corrections than the steps are made by editing. */
export const DETALLE_EVENTO: VistaDetalle<FilaEvento, FilaEvento, Evento['estatus']> = {
  obtener: (id) => obtenerEvento(db, id),
  registro: (e) => e,
  avisos: { eliminado: 'Este registro fue eliminado.', noExiste: 'No existe ese registro.' },
  volverA: '/programas',
  volverTexto: 'Programas',
  titulo: (e) => `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`,
  etiquetas: (e) => <EtiquetaEvento estatus={e.estatus} />,
  nombreAcciones: 'Acciones del registro',
  pasos: {
    de: (e) => e.estatus,
    siguientes: estatus.pasos,
    textos: { realizado: 'Marcar como realizado', cancelado: 'Cancelar', programado: 'Reprogramar' },
    negativo: 'cancelado',
    dar: (e, paso) => editarEvento(db, e.id, { ...e, estatus: paso }),
  },
  editor: (e, estado) => (
    <FormularioEvento inicial={e} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarEvento(db, e.id, datos))} />
  ),
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
      { etiqueta: 'Beneficiarios', ancho: 4, valor: (e) => (esPrograma(e) ? formatearNumero(e.beneficiarios) : '') },
      { etiqueta: 'Evidencia', ancho: 12, valor: (e) => e.evidencia },
    ],
  },
};
