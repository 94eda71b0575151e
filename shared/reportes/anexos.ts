import {
  ETIQUETA_ESTATUS_APOYO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_FUENTE,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  ETIQUETA_TIPO_EVENTO,
} from '../schemas/modulos';
import { nombreCompleto } from '../schemas/personas';
import { ETIQUETA_ESTATUS_SOLICITUD } from '../schemas/solicitudes';
import type { TablaAnexo } from '../workbook/tipos';
import { unidadTerritorial } from './padron';
import { queCuentan } from './queCuentan';
import type { Referencias, RegistrosReporte } from './tipos';

/**
 * The annex sheets: the records behind the workbook's figures. Each lists exactly the records its counting rule
 * counts in the year (the same `registrosQueCuentan` the cronograma adds up), in the same order, so a row count
 * on a sheet is the achieved number the cronograma shows for that kind of record.
 */

const lista = (valores: readonly string[], catalogos: ReadonlyMap<string, string>) =>
  valores.map((v) => catalogos.get(v) ?? v).filter(Boolean).join(', ');

/** The name of a catalogue entry a record may point at (tipo de apoyo, dependencia); blank when it points at none. */
const nombreDe = (ref: Referencias, id: string | null) => (id ? (ref.catalogos.get(id) ?? '') : '');

/** Mujeres, hombres, otro and their total, as the POA reports attendance. */
const columnasPorSexo = (total: string, ancho: number): TablaAnexo['columnas'] => [
  { titulo: 'Mujeres', tipo: 'numero', ancho: 9 },
  { titulo: 'Hombres', tipo: 'numero', ancho: 9 },
  { titulo: 'Otro', tipo: 'numero', ancho: 7 },
  { titulo: total, tipo: 'numero', ancho },
];
const cifrasPorSexo = (mujeres: number, hombres: number, otro: number) => [mujeres, hombres, otro, mujeres + hombres + otro];

export function anexoSolicitudes(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Solicitudes',
    titulo: `Solicitudes recibidas ${anio} (sin canceladas ni duplicadas)`,
    columnas: [
      { titulo: 'Folio', tipo: 'texto', ancho: 18 },
      { titulo: 'Fecha de recepción', tipo: 'fecha' },
      { titulo: 'Ciudadano', tipo: 'texto', ancho: 32 },
      { titulo: 'Tipo de apoyo', tipo: 'texto', ancho: 22 },
      { titulo: 'Colonia', tipo: 'texto', ancho: 22 },
      { titulo: 'Dependencia', tipo: 'texto', ancho: 28 },
      { titulo: 'Estatus', tipo: 'texto', ancho: 15 },
      { titulo: 'Fecha compromiso', tipo: 'fecha' },
    ],
    filas: queCuentan('solicitudes', 'solicitud', registros.solicitudes, registros, anio).map((s) => {
      const persona = ref.personas.get(s.personaId);
      return [
        s.folio,
        s.fechaRecepcion,
        persona ? nombreCompleto(persona) : '(ciudadano no encontrado)',
        nombreDe(ref, s.tipoApoyoId),
        persona?.colonia ?? '',
        nombreDe(ref, s.dependenciaId),
        ETIQUETA_ESTATUS_SOLICITUD[s.estatus],
        s.fechaCompromiso,
      ];
    }),
  };
}

export function anexoApoyos(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Apoyos',
    titulo: `Apoyos entregados ${anio}`,
    columnas: [
      { titulo: 'Fecha de entrega', tipo: 'fecha' },
      { titulo: 'Folio de solicitud', tipo: 'texto', ancho: 18 },
      { titulo: 'Beneficiario', tipo: 'texto', ancho: 32 },
      { titulo: 'Colonia / localidad', tipo: 'texto', ancho: 26 },
      { titulo: 'Tipo de apoyo', tipo: 'texto', ancho: 22 },
      { titulo: 'Cantidad', tipo: 'numero', ancho: 10 },
      { titulo: 'Unidad', tipo: 'texto', ancho: 12 },
      { titulo: 'Valor estimado', tipo: 'moneda' },
      { titulo: 'Fuente', tipo: 'texto', ancho: 16 },
      { titulo: 'Dependencia', tipo: 'texto', ancho: 26 },
      { titulo: 'Estatus', tipo: 'texto', ancho: 12 },
    ],
    filas: queCuentan('apoyos', 'apoyo', registros.apoyos, registros, anio).map((a) => {
      const persona = ref.personas.get(a.personaId);
      return [
        a.fechaEntrega,
        a.solicitudId ? (ref.folios.get(a.solicitudId) ?? '') : '',
        persona ? nombreCompleto(persona) : '(beneficiario no encontrado)',
        persona ? unidadTerritorial(persona) : '',
        nombreDe(ref, a.tipoApoyoId),
        a.cantidad,
        a.unidad,
        a.valorEstimado,
        ETIQUETA_FUENTE[a.fuente],
        nombreDe(ref, a.dependenciaId),
        ETIQUETA_ESTATUS_APOYO[a.estatus],
      ];
    }),
  };
}

export function anexoJornadas(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Jornadas',
    titulo: `Jornadas comunitarias realizadas ${anio}`,
    columnas: [
      { titulo: 'Fecha', tipo: 'fecha' },
      { titulo: 'Nombre', tipo: 'texto', ancho: 32 },
      { titulo: 'Colonia', tipo: 'texto', ancho: 20 },
      { titulo: 'Localidad', tipo: 'texto', ancho: 20 },
      { titulo: 'Dependencias participantes', tipo: 'texto', ancho: 34 },
      { titulo: 'Servicios ofrecidos', tipo: 'texto', ancho: 34 },
      ...columnasPorSexo('Personas atendidas', 11),
    ],
    filas: queCuentan('apoyos', 'jornada', registros.jornadas, registros, anio).map((j) => [
      j.fecha,
      j.nombre,
      j.colonia,
      j.localidad,
      lista(j.dependencias, ref.catalogos),
      j.servicios.join(', '),
      ...cifrasPorSexo(j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro),
    ]),
  };
}

export function anexoEventos(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Talleres y programas',
    titulo: `Talleres, capacitaciones y programas sociales realizados ${anio}`,
    columnas: [
      { titulo: 'Fecha', tipo: 'fecha' },
      { titulo: 'Fecha de término', tipo: 'fecha' },
      { titulo: 'Tipo', tipo: 'texto', ancho: 15 },
      { titulo: 'Nombre', tipo: 'texto', ancho: 32 },
      { titulo: 'Tema', tipo: 'texto', ancho: 28 },
      { titulo: 'Facilitador / dependencia', tipo: 'texto', ancho: 28 },
      { titulo: 'Sede', tipo: 'texto', ancho: 22 },
      { titulo: 'Localidad', tipo: 'texto', ancho: 18 },
      { titulo: 'Horas', tipo: 'numero', ancho: 7 },
      ...columnasPorSexo('Asistentes', 10),
    ],
    filas: queCuentan('programas', 'evento', registros.eventos, registros, anio).map((e) => [
      e.fecha,
      e.fechaFin,
      ETIQUETA_TIPO_EVENTO[e.tipo],
      e.nombre,
      e.tema,
      e.facilitador || nombreDe(ref, e.dependenciaId),
      e.sede,
      e.localidad,
      e.horas,
      ...cifrasPorSexo(e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro),
    ]),
  };
}

export function anexoMesas(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Mesas',
    titulo: `Mesas interinstitucionales asistidas ${anio}`,
    columnas: [
      { titulo: 'Fecha', tipo: 'fecha' },
      { titulo: 'Tema', tipo: 'texto', ancho: 36 },
      { titulo: 'Convoca', tipo: 'texto', ancho: 28 },
      { titulo: 'Sede', tipo: 'texto', ancho: 24 },
      { titulo: 'Instituciones participantes', tipo: 'texto', ancho: 40 },
      { titulo: 'Asistentes', tipo: 'numero', ancho: 10 },
    ],
    filas: queCuentan('gestion', 'mesa', registros.mesas, registros, anio).map((m) => [
      m.fecha,
      m.tema,
      m.convoca,
      m.sede,
      lista(m.instituciones, ref.catalogos),
      m.asistentes,
    ]),
  };
}

export function anexoConvenios(registros: RegistrosReporte, _ref: Referencias, anio: number): TablaAnexo {
  return {
    nombre: 'Convenios',
    titulo: `Convenios firmados ${anio}`,
    columnas: [
      { titulo: 'Número', tipo: 'texto', ancho: 16 },
      { titulo: 'Tipo', tipo: 'texto', ancho: 14 },
      { titulo: 'Contraparte', tipo: 'texto', ancho: 30 },
      { titulo: 'Sector', tipo: 'texto', ancho: 18 },
      { titulo: 'Objeto', tipo: 'texto', ancho: 40 },
      { titulo: 'Fecha de firma', tipo: 'fecha' },
      { titulo: 'Inicio de vigencia', tipo: 'fecha' },
      { titulo: 'Fin de vigencia', tipo: 'fecha' },
      { titulo: 'Firmantes', tipo: 'texto', ancho: 30 },
      { titulo: 'Responsable', tipo: 'texto', ancho: 24 },
      { titulo: 'Estatus', tipo: 'texto', ancho: 12 },
    ],
    filas: queCuentan('gestion', 'convenio', registros.convenios, registros, anio).map((c) => [
      c.numero,
      ETIQUETA_TIPO_CONVENIO[c.tipo],
      c.contraparte,
      ETIQUETA_SECTOR_CONVENIO[c.sector],
      c.objeto,
      c.fechaFirma,
      c.vigenciaInicio,
      c.vigenciaFin,
      c.firmantes.join(', '),
      c.responsable,
      ETIQUETA_ESTATUS_CONVENIO[c.estatus],
    ]),
  };
}

/** The six annexes in the order the POA's activities name them. */
export function anexosDelLibro(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo[] {
  return [anexoSolicitudes, anexoApoyos, anexoJornadas, anexoEventos, anexoMesas, anexoConvenios].map((anexo) =>
    anexo(registros, ref, anio),
  );
}
