import ExcelJS from 'exceljs';
import type { ExpedientePersona } from '../domain/datosPersonales';
import { formatearFecha, formatearFechaHora, formatearMoneda } from '../domain/formato';
import { ETIQUETA_ESTATUS_APOYO, ETIQUETA_FUENTE } from '../schemas/modulos';
import { ETIQUETA_SEXO, nombreCompleto } from '../schemas/personas';
import { ETIQUETA_ACCION_BITACORA } from '../schemas/sistema';
import { ETIQUETA_CANAL, ETIQUETA_ESTATUS_SOLICITUD, ETIQUETA_PRIORIDAD } from '../schemas/solicitudes';
import { ALINEAR_TEXTO, FUENTE_ENCABEZADO, FUENTE_TITULO, RELLENO_ENCABEZADO } from './estilos';
import { limpiarTextosNoXml } from './libro';

/**
 * A citizen's data as handed over for a request of access (ARCO): one workbook a person can read, with catalogue
 * names (tipo de apoyo, dependencia), status labels and dd/mm/aaaa dates instead of the ids and codes stored.
 * Sheets: Persona, Solicitudes, Seguimientos, Apoyos and Bitácora (what was done with their data, and by whom).
 */

type Celda = string | number;

function hoja(libro: ExcelJS.Workbook, nombre: string, titulo: string, encabezados: string[], filas: Celda[][], anchos: number[]): void {
  const h = libro.addWorksheet(nombre);
  h.getCell('A1').value = titulo;
  h.getCell('A1').font = FUENTE_TITULO;
  const cabeza = h.getRow(3);
  encabezados.forEach((e, i) => {
    const c = cabeza.getCell(i + 1);
    c.value = e;
    c.font = FUENTE_ENCABEZADO;
    c.fill = RELLENO_ENCABEZADO;
  });
  filas.forEach((f, i) => {
    const r = h.getRow(4 + i);
    f.forEach((v, j) => {
      r.getCell(j + 1).value = v;
      r.getCell(j + 1).alignment = ALINEAR_TEXTO;
    });
  });
  if (filas.length === 0) h.getCell('A4').value = 'Sin registros';
  anchos.forEach((a, i) => (h.getColumn(i + 1).width = a));
}

const siNo = (eliminado: 0 | 1) => (eliminado === 1 ? 'Sí' : 'No');

/** `nombres` maps catalogue ids (tipos de apoyo, dependencias) to their names, inactive entries included. */
export function crearLibroExpediente(expediente: ExpedientePersona, nombres: ReadonlyMap<string, string>): ExcelJS.Workbook {
  const libro = new ExcelJS.Workbook();
  libro.creator = 'POA Gestión Social';
  const nombre = (id: string | null) => (id === null ? '' : (nombres.get(id) ?? 'Elemento de catálogo eliminado'));
  const p = expediente.persona;
  const generado = `Datos personales de ${nombreCompleto(p)} · generado el ${formatearFechaHora(expediente.generado)}`;

  hoja(
    libro,
    'Persona',
    generado,
    ['Dato', 'Valor'],
    [
      ['Nombre(s)', p.nombres],
      ['Apellido paterno', p.apellidoPaterno],
      ['Apellido materno', p.apellidoMaterno],
      ['CURP', p.curp],
      ['Sexo', ETIQUETA_SEXO[p.sexo]],
      ['Fecha de nacimiento', formatearFecha(p.fechaNacimiento)],
      ['Edad', p.edad ?? ''],
      ['Teléfono', p.telefono],
      ['Correo electrónico', p.correo],
      ['Calle', p.calle],
      ['Número', p.numero],
      ['Colonia', p.colonia],
      ['Localidad', p.localidad],
      ['Código postal', p.codigoPostal],
      ['Registrado el', formatearFechaHora(p.createdAt)],
      ['Última modificación', formatearFechaHora(p.updatedAt)],
    ],
    [24, 60],
  );

  hoja(
    libro,
    'Solicitudes',
    'Solicitudes de atención ciudadana',
    ['Folio', 'Recepción', 'Canal', 'Tipo de apoyo', 'Descripción', 'Prioridad', 'Dependencia', 'Responsable', 'Fecha compromiso', 'Estatus', 'Resultado', 'Recibió', 'Aviso de privacidad aceptado', 'Eliminada'],
    expediente.solicitudes.map((s) => [
      s.folio,
      formatearFechaHora(s.fechaRecepcion),
      ETIQUETA_CANAL[s.canal],
      nombre(s.tipoApoyoId),
      s.descripcion,
      ETIQUETA_PRIORIDAD[s.prioridad],
      nombre(s.dependenciaId),
      s.responsable,
      formatearFecha(s.fechaCompromiso),
      ETIQUETA_ESTATUS_SOLICITUD[s.estatus],
      s.resultado,
      s.recibio,
      formatearFechaHora(s.consentimientoFecha),
      siNo(s.eliminado),
    ]),
    [18, 17, 12, 20, 40, 10, 20, 20, 14, 14, 30, 18, 18, 10],
  );

  hoja(
    libro,
    'Seguimientos',
    'Seguimiento de las solicitudes',
    ['Folio', 'Fecha', 'Estatus anterior', 'Estatus nuevo', 'Nota', 'Usuario'],
    expediente.solicitudes.flatMap((s) =>
      s.seguimientos.map((g) => [
        s.folio,
        formatearFechaHora(g.fecha),
        g.estatusAnterior ? ETIQUETA_ESTATUS_SOLICITUD[g.estatusAnterior] : '',
        ETIQUETA_ESTATUS_SOLICITUD[g.estatusNuevo],
        g.nota,
        g.usuario,
      ]),
    ),
    [18, 17, 16, 16, 50, 18],
  );

  const folios = new Map(expediente.solicitudes.map((s) => [s.id, s.folio]));
  hoja(
    libro,
    'Apoyos',
    'Apoyos gestionados y entregados',
    ['Tipo de apoyo', 'Cantidad', 'Unidad', 'Valor estimado', 'Fuente', 'Dependencia', 'Estatus', 'Fecha de gestión', 'Fecha de entrega', 'Solicitud', 'Eliminado'],
    expediente.apoyos.map((a) => [
      nombre(a.tipoApoyoId),
      a.cantidad,
      a.unidad,
      formatearMoneda(a.valorEstimado),
      ETIQUETA_FUENTE[a.fuente],
      nombre(a.dependenciaId),
      ETIQUETA_ESTATUS_APOYO[a.estatus],
      formatearFecha(a.fechaGestion),
      formatearFecha(a.fechaEntrega),
      a.solicitudId ? (folios.get(a.solicitudId) ?? '') : '',
      siNo(a.eliminado),
    ]),
    [20, 10, 12, 16, 12, 20, 12, 14, 14, 18, 10],
  );

  hoja(
    libro,
    'Bitácora',
    'Qué se hizo con sus datos y quién lo hizo',
    ['Fecha', 'Usuario', 'Estación', 'Acción', 'Resumen'],
    expediente.bitacora.map((e) => [formatearFechaHora(e.fecha), e.usuario, e.estacion, ETIQUETA_ACCION_BITACORA[e.accion], e.resumen]),
    [17, 20, 10, 22, 70],
  );
  return libro;
}

/** The .xlsx bytes of `crearLibroExpediente`. */
export async function construirLibroExpediente(expediente: ExpedientePersona, nombres: ReadonlyMap<string, string>): Promise<Uint8Array<ArrayBuffer>> {
  const datos = (await limpiarTextosNoXml(crearLibroExpediente(expediente, nombres)).xlsx.writeBuffer()) as unknown as Uint8Array;
  // A copy over a plain ArrayBuffer: the bridge takes exactly those bytes.
  return new Uint8Array(datos);
}

