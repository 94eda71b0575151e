import { TABLAS_RESPALDO, type NombreTabla } from '../schemas/respaldo';
import type { TipoCatalogo } from '../schemas/sistema';
import type { DatosActividad } from '../schemas/poa';
import { GRUPOS_EDAD, SIN_CUMPLIMIENTO, SIN_GRUPOS_EDAD, type Cumplimiento, type GrupoEdad, type GruposEdad } from '../schemas/modulos';
import type { EstatusSolicitud } from '../schemas/solicitudes';
import { ACTIVIDADES_POA_2026, AVISO_PRIVACIDAD_CORTO, CATALOGOS_INICIALES, ENCABEZADO_POA_2026 } from '../seed/poa2026';
import { idActividad, idCatalogo, idPoa } from '../domain/identidad';
import { proponerPoa, type PoaOrigen } from '../domain/nuevoPoa';
import { formatearFolio, serieFolio } from '../domain/folio';
import { nombreNormalizadoPersona, palabrasPersona } from '../domain/personas';
import { normalizarTexto } from '../domain/texto';
import { CONFIGURACION_POR_DEFECTO } from '../domain/configuracionPorDefecto';
import { azarDe, uuidDe, type Azar } from './azar';
import {
  avanceEnHistoria,
  crearCalendario,
  diasDespues,
  fechaDe,
  fechaHoraDe,
  isoDe,
  minutosDeFecha,
  momentoEnAnio,
  momentoEnHistoria,
  MINUTOS_DIA,
  type Calendario,
} from './calendario';
import { apellidoAlAzar, CALLES, COLONIAS, construirCurp, ENTIDADES_NACIMIENTO, LOCALIDADES, nombreAlAzar } from './nombres';
import * as T from './textos';
import { sha256Hex } from './sha256';
import { contenidoSellado, HASH_INICIAL, type EntradaSellada, type SelloEstacion } from '../seguridad/cadenaBitacora';
import { etiquetaCierre } from '../domain/cierres';

/**
 * A busy office's history, made up but shaped like the real one: one POA per year with its four activities (built
 * as «Nuevo POA» builds it from the year before, from the 2026 seed), the seed catalogues with the ids every PC gives
 * them, and years of personas, solicitudes with their seguimientos, apoyos, jornadas, eventos, mesas with their
 * acuerdos and convenios, with the folio counters those solicitudes used and the settings of the office's main PC.
 *
 * The same seed gives the same rows, always: every record is computed from its number alone (see azar.ts), so the
 * rows come out table by table in chunks and ten years are never held in memory at once.
 */

export interface OpcionesOficina {
  /** How many years of history, ending with `anioFinal`. */
  anios: number;
  semilla?: number;
  anioFinal?: number;
  /**
   * The last day of the history, 'AAAA-MM-DD' (in `anioFinal`); nothing is dated after it. By default 30 November of
   * `anioFinal`, so the data do not depend on the day they are made.
   */
  corte?: string;
}

export interface TrozoOficina {
  tabla: NombreTabla;
  filas: Record<string, unknown>[];
}

/** The largest chunk the generator hands out. */
export const FILAS_POR_TROZO = 5000;

/** What a busy office records in ten years (issue sizes); a history of other length scales linearly. */
export const POR_DECADA = {
  solicitudes: 100_000,
  personas: 60_000,
  apoyos: 30_000,
  jornadas: 2_000,
  eventos: 3_000,
  mesas: 1_500,
  convenios: 500,
} as const;
/** Seguimientos and acuerdos follow from what happened to each solicitud and mesa; these are their expected sizes. */
export const ESPERADOS_POR_DECADA = { seguimientos: 222_000 } as const;

export type TamanosOficina = Record<keyof typeof POR_DECADA, number>;

export function tamanosOficina(anios: number): TamanosOficina {
  return Object.fromEntries(Object.entries(POR_DECADA).map(([k, v]) => [k, Math.round((v * anios) / 10)])) as TamanosOficina;
}

/**
 * The PCs of the office: the main one (whose settings travel in the file) and two more desks. Their codes are not
 * the V1 a new PC proposes, so the generated bitácora never shares a chain with the entries of the PC that restores
 * the file (that PC takes the main station's code from the file and continues its chain).
 */
export const ESTACIONES_DEMO = ['D1', 'D2', 'D3'] as const;
export const ESTACION_PRINCIPAL = ESTACIONES_DEMO[0];
const PESO_ESTACION = [
  ['D1', 5],
  ['D2', 3],
  ['D3', 2],
] as const;

interface Personal {
  usuario: string;
  nombre: string;
  estacion: string;
}
const PERSONAL: readonly Personal[] = [
  { usuario: 'jefe.gestion', nombre: 'Rogelio Santillán Ortega', estacion: 'D1' },
  { usuario: 'maria.lopez', nombre: 'María López Hernández', estacion: 'D1' },
  { usuario: 'jose.ramirez', nombre: 'José Ramírez Cruz', estacion: 'D2' },
  { usuario: 'ana.torres', nombre: 'Ana Torres Gómez', estacion: 'D2' },
  { usuario: 'luis.mendoza', nombre: 'Luis Mendoza Reyes', estacion: 'D3' },
];
const JEFE = PERSONAL[0];
const personalDe = (az: Azar, estacion: string) => az.uno(PERSONAL.filter((p) => p.estacion === estacion && p !== JEFE));

/** Table codes that seed each record's chance; any fixed distinct numbers. */
const COD = {
  persona: 1,
  solicitud: 2,
  caminoSolicitud: 3,
  seguimiento: 4,
  apoyo: 5,
  jornada: 6,
  evento: 7,
  mesa: 8,
  acuerdo: 9,
  convenio: 10,
  cierre: 11,
  bitacora: 12,
  cuenta: 13,
  ajuste: 14,
  justificacion: 15,
  reconduccion: 16,
  arco: 17,
  cumplimiento: 18,
  programaApoyo: 19,
} as const;

/* ---------- The office's catalogues ---------- */

const COLONIAS_CATALOGO = COLONIAS.map(([nombre]) => nombre);
const LOCALIDADES_CATALOGO = LOCALIDADES.map(([nombre]) => nombre);
const CATALOGO: Record<TipoCatalogo, readonly string[]> = {
  tipoApoyo: CATALOGOS_INICIALES.tipoApoyo,
  dependencia: CATALOGOS_INICIALES.dependencia,
  colonia: [...new Set([...CATALOGOS_INICIALES.colonia, ...COLONIAS_CATALOGO])],
  localidad: [...new Set([...CATALOGOS_INICIALES.localidad, ...LOCALIDADES_CATALOGO])],
};

/** How often each tipo de apoyo is asked for, and in which months it is asked for more. */
const TIPOS_APOYO: readonly (readonly [string, number, readonly number[]])[] = [
  ['Despensa', 24, []],
  ['Material de construcción', 12, [5, 6, 7, 8]],
  ['Medicamento', 14, []],
  ['Apoyo económico', 12, []],
  ['Aparato ortopédico', 5, []],
  ['Lentes', 5, []],
  ['Cobijas', 4, [0, 1, 10, 11]],
  ['Apoyo escolar', 6, [6, 7]],
  ['Gestión de trámite', 14, []],
  ['Otro', 4, []],
];
const DEPENDENCIA_DE_TIPO: Readonly<Record<string, readonly string[]>> = {
  Despensa: ['DIF Municipal', 'Desarrollo Social Municipal', 'Organización de la sociedad civil'],
  'Material de construcción': ['Obras Públicas', 'Desarrollo Social Municipal', 'Secretaría de Desarrollo Social del Estado'],
  Medicamento: ['Instituto de Salud del Estado', 'DIF Municipal'],
  'Apoyo económico': ['Desarrollo Social Municipal', 'DIF Municipal'],
  'Aparato ortopédico': ['DIF Municipal', 'Secretaría de Bienestar (federal)'],
  Lentes: ['DIF Municipal', 'Organización de la sociedad civil'],
  Cobijas: ['DIF Municipal', 'Protección Civil'],
  'Apoyo escolar': ['Desarrollo Social Municipal', 'Secretaría de Desarrollo Social del Estado'],
  'Gestión de trámite': ['Servicios Públicos Municipales', 'Obras Públicas', 'Seguridad Pública Municipal', 'Secretaría de Bienestar (federal)'],
  Otro: ['Desarrollo Social Municipal'],
};
const UNIDAD_Y_VALOR: Readonly<Record<string, readonly [string, number, number, number]>> = {
  // unidad, cantidad máxima, valor mínimo y máximo de una unidad
  Despensa: ['paquete', 3, 280, 450],
  'Material de construcción': ['pieza', 20, 90, 420],
  Medicamento: ['caja', 6, 60, 900],
  'Apoyo económico': ['pesos', 1, 500, 5000],
  'Aparato ortopédico': ['pieza', 1, 600, 4500],
  Lentes: ['par', 2, 250, 900],
  Cobijas: ['pieza', 4, 150, 320],
  'Apoyo escolar': ['paquete', 3, 180, 600],
  'Gestión de trámite': ['servicio', 1, 0, 0],
  Otro: ['servicio', 1, 0, 300],
};

const catalogoId = (tipo: TipoCatalogo, nombre: string) => idCatalogo(tipo, nombre);

/* ---------- Counting records over the years ---------- */

/** Where year y's records start among `total` spread over `anios` years. */
const inicioDelAnio = (total: number, anios: number, y: number) => Math.floor((y * total) / anios);
function anioDe(total: number, anios: number, i: number): number {
  let y = Math.min(anios - 1, Math.floor((i * anios) / total));
  while (y > 0 && inicioDelAnio(total, anios, y) > i) y--;
  while (y < anios - 1 && inicioDelAnio(total, anios, y + 1) <= i) y++;
  return y;
}
/** The local moment of record i of `total` spread over the years: its place in its year, by the office's seasons. */
function momentoDe(c: Calendario, total: number, anios: number, i: number): { y: number; min: number; k: number } {
  const y = anioDe(total, anios, i);
  const inicio = inicioDelAnio(total, anios, y);
  const n = inicioDelAnio(total, anios, y + 1) - inicio;
  return { y, k: i - inicio, min: momentoEnAnio(c, y, (i - inicio + 0.5) / n) };
}

interface Contexto {
  semilla: number;
  anios: number;
  primerAnio: number;
  cal: Calendario;
  n: TamanosOficina;
  /** Where each station's bitácora chain ends, once the bitácora has been generated. */
  sellos: Record<string, SelloEstacion>;
}

/* ---------- Personas ---------- */

/** Persona j was registered at its share j/N of the history's work, so every one is registered before it is named. */
const registroPersona = (ctx: Contexto, j: number) => momentoEnHistoria(ctx.cal, j / ctx.n.personas);
const idPersona = (ctx: Contexto, j: number) => uuidDe(ctx.semilla, COD.persona, j);

/**
 * A citizen who comes to the desk at `min`: often someone registered these days (a first visit), otherwise anyone
 * registered before.
 */
function personaQueAcude(ctx: Contexto, az: Azar, min: number): number {
  const ultima = Math.max(0, Math.floor(avanceEnHistoria(ctx.cal, min) * ctx.n.personas) - 1);
  const j = az.si(0.45) ? ultima - az.entero(0, 40) : az.entero(0, ultima);
  return Math.max(0, Math.min(j, ultima));
}

function persona(ctx: Contexto, j: number, curpsVistas: Set<string>): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.persona, j);
  const alta = registroPersona(ctx, j);
  const sexo = az.pesado([
    ['M', 62],
    ['H', 37.7],
    ['X', 0.3],
  ] as const);
  const apellidoPaterno = apellidoAlAzar(az);
  const apellidoMaterno = az.si(0.97) ? apellidoAlAzar(az) : '';
  const nombres = nombreAlAzar(az, sexo);
  const edadAlta = az.pesado([
    [az.entero(18, 29), 18],
    [az.entero(30, 49), 34],
    [az.entero(50, 64), 28],
    [az.entero(65, 90), 20],
  ] as const);
  const nacimiento = fechaDe(alta - edadAlta * 365.25 * MINUTOS_DIA - az.entero(0, 364) * MINUTOS_DIA);
  const conCurp = az.si(0.72);
  const conFecha = conCurp || az.si(0.5);
  let curp = '';
  if (conCurp) {
    const datos = { apellidoPaterno, apellidoMaterno, nombres, sexo, fechaNacimiento: nacimiento, entidad: az.pesado(ENTIDADES_NACIMIENTO) };
    // Two made-up citizens may share every datum of a CURP: the homoclave tells them apart, as RENAPO's does.
    for (let d = az.entero(0, 24); ; d++) {
      curp = construirCurp({ ...datos, diferenciador: d });
      if (!curpsVistas.has(curp)) break;
    }
    curpsVistas.add(curp);
  }
  const [colonia, codigoPostal] = az.pesado(COLONIAS.map((c, i) => [c, i < 5 ? 6 : 2] as const));
  const localidad = colonia === 'Centro' || az.si(0.7) ? 'Cabecera municipal' : az.pesado(LOCALIDADES);
  const conCorreo = az.si(0.22);
  const correoBase = normalizarTexto(`${nombres.split(' ')[0]}.${apellidoPaterno}`).toLowerCase().replace(/[^a-z.]/g, '');
  const momento = isoDe(alta);
  const nombre = { apellidoPaterno, apellidoMaterno, nombres };
  return {
    id: idPersona(ctx, j),
    createdAt: momento,
    updatedAt: momento,
    estacion: az.pesado(PESO_ESTACION),
    eliminado: 0,
    ...nombre,
    curp,
    sexo,
    fechaNacimiento: conFecha ? nacimiento : null,
    edad: conFecha ? edadAlta : az.si(0.4) ? edadAlta : null,
    telefono: az.si(0.85) ? `771${String(az.entero(0, 9_999_999)).padStart(7, '0')}` : '',
    correo: conCorreo ? `${correoBase}${az.entero(1, 99)}@${az.uno(['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'])}` : '',
    calle: az.si(0.9) ? az.uno(CALLES) : '',
    numero: az.si(0.85) ? String(az.entero(1, 420)) : az.si(0.3) ? 'S/N' : '',
    colonia,
    localidad,
    codigoPostal: az.si(0.8) ? codigoPostal : '',
    nombreNormalizado: nombreNormalizadoPersona(nombre),
    palabras: palabrasPersona(nombre),
  };
}

/* ---------- Solicitudes and their seguimientos ---------- */

interface Paso {
  estatus: EstatusSolicitud;
  min: number;
  estacion: string;
  usuario: string;
}

interface NucleoSolicitud {
  id: string;
  y: number;
  k: number;
  recepcion: number;
  /** When it was captured: a few minutes after the citizen arrived. */
  captura: number;
  estacion: string;
  recibio: Personal;
  persona: number;
  tipo: string;
  pasos: Paso[];
  eliminada: boolean;
  original: number | null;
}

/** The path a solicitud takes after it is received, and how many days each step waits. */
type Camino = readonly (readonly [EstatusSolicitud, number, number])[];
const CAMINOS: readonly (readonly [Camino, number])[] = [
  [[['atendida', 0, 12]], 55],
  [[['improcedente', 1, 20]], 12],
  [[['cancelada', 0, 3]], 8],
  [[['duplicada', 0, 2]], 5],
  [[['canalizada', 0, 5], ['atendida', 5, 40]], 12],
  [[['canalizada', 0, 5], ['improcedente', 5, 30]], 2],
  [[['en-seguimiento', 1, 10], ['atendida', 5, 30]], 4],
  [[['canalizada', 0, 5], ['en-seguimiento', 3, 20], ['atendida', 5, 45]], 2],
];

const caminoDe = (ctx: Contexto, i: number): Camino => azarDe(ctx.semilla, COD.caminoSolicitud, i).pesado(CAMINOS);

function tipoSegunTemporada(az: Azar, mes: number): string {
  return az.pesado(TIPOS_APOYO.map(([tipo, peso, meses]) => [tipo, meses.includes(mes) ? peso * 3 : peso] as const));
}

function nucleoSolicitud(ctx: Contexto, i: number): NucleoSolicitud {
  const az = azarDe(ctx.semilla, COD.solicitud, i);
  const { y, k, min } = momentoDe(ctx.cal, ctx.n.solicitudes, ctx.anios, i);
  const estacion = az.pesado(PESO_ESTACION);
  const recibio = personalDe(az, estacion);
  let persona = personaQueAcude(ctx, az, min);
  let tipo = tipoSegunTemporada(az, new Date(min * 60000).getUTCMonth());
  let camino = caminoDe(ctx, i);
  let original: number | null = null;
  if (camino[0][0] === 'duplicada') {
    // The same citizen asking again for what the previous request already asks, unless that one is a duplicate too.
    if (i > 0 && caminoDe(ctx, i - 1)[0][0] !== 'duplicada') {
      original = i - 1;
      const o = nucleoBase(ctx, i - 1);
      persona = o.persona;
      tipo = o.tipo;
    } else camino = CAMINOS[1][0];
  }
  const pasos: Paso[] = [];
  let t = min + 3 + (k % 9);
  for (const [estatus, desde, hasta] of camino) {
    t = diasDespues(t, az.entero(desde, hasta), az.siguiente());
    if (t > ctx.cal.corteMin) break;
    const quien = estatus === 'canalizada' || az.si(0.7) ? recibio : az.si(0.5) ? JEFE : personalDe(az, estacion);
    pasos.push({ estatus, min: t, estacion: quien.estacion, usuario: quien.usuario });
  }
  const eliminada = original === null && pasos.length === 0 && az.si(0.02);
  return { id: uuidDe(ctx.semilla, COD.solicitud, i), y, k, recepcion: min, captura: min + 3 + (k % 9), estacion, recibio, persona, tipo, pasos, eliminada, original };
}

/** Who and what a solicitud is about, without its path (what a duplicate copies from its original). */
function nucleoBase(ctx: Contexto, i: number): { persona: number; tipo: string } {
  const az = azarDe(ctx.semilla, COD.solicitud, i);
  const { min } = momentoDe(ctx.cal, ctx.n.solicitudes, ctx.anios, i);
  const estacion = az.pesado(PESO_ESTACION);
  personalDe(az, estacion);
  const persona = personaQueAcude(ctx, az, min);
  return { persona, tipo: tipoSegunTemporada(az, new Date(min * 60000).getUTCMonth()) };
}

function solicitud(ctx: Contexto, s: NucleoSolicitud, folio: string, consecutivo: number): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.solicitud, 1_000_000_000 + ctx.n.solicitudes + s.k * 97 + s.y);
  const anio = ctx.primerAnio + s.y;
  const ultimo = s.pasos[s.pasos.length - 1];
  const estatus = ultimo?.estatus ?? 'recibida';
  const canalizada = s.pasos.find((p) => p.estatus === 'canalizada');
  const dependencias = DEPENDENCIA_DE_TIPO[s.tipo];
  const dependencia = canalizada || az.si(0.6) ? az.uno(dependencias) : null;
  const plantilla = az.uno(T.DESCRIPCIONES[s.tipo]);
  const descripcion = plantilla.replace('{n}', String(az.entero(2, 7))).replace('{e}', String(az.entero(70, 92)));
  const resultado =
    estatus === 'atendida'
      ? az.uno(T.RESULTADOS_ATENDIDA)
      : estatus === 'improcedente'
        ? az.uno(T.RESULTADOS_IMPROCEDENTE)
        : estatus === 'cancelada'
          ? az.uno(T.RESULTADOS_CANCELADA)
          : estatus === 'duplicada'
            ? T.RESULTADO_DUPLICADA
            : '';
  const captura = s.captura;
  const cambio = s.eliminada ? captura + az.entero(10, 240) : (ultimo?.min ?? captura);
  return {
    id: s.id,
    createdAt: isoDe(captura),
    updatedAt: isoDe(Math.min(cambio, ctx.cal.corteMin)),
    estacion: s.estacion,
    eliminado: s.eliminada ? 1 : 0,
    fechaRecepcion: fechaHoraDe(s.recepcion),
    canal: az.pesado([
      ['ventanilla', 55],
      ['telefono', 15],
      ['oficio', 15],
      ['jornada', 10],
      ['redes', 5],
    ] as const),
    personaId: idPersona(ctx, s.persona),
    tipoApoyoId: catalogoId('tipoApoyo', s.tipo),
    descripcion,
    prioridad: az.pesado([
      ['media', 60],
      ['baja', 15],
      ['alta', 20],
      ['urgente', 5],
    ] as const),
    dependenciaId: dependencia ? catalogoId('dependencia', dependencia) : null,
    responsable: s.recibio.nombre,
    fechaCompromiso: fechaDe(s.recepcion + CONFIGURACION_POR_DEFECTO.diasCompromiso * MINUTOS_DIA),
    consentimientoPrivacidad: true,
    folio,
    anio,
    consecutivo,
    estatus,
    numeroOficio: canalizada ? `GS/${anio}/${String(s.k + 1).padStart(5, '0')}` : '',
    fechaCanalizacion: canalizada ? fechaDe(canalizada.min) : null,
    resultado,
    duplicadaDeId: estatus === 'duplicada' && s.original !== null ? uuidDe(ctx.semilla, COD.solicitud, s.original) : null,
    consentimientoFecha: isoDe(captura),
    avisoPrivacidad: AVISO_PRIVACIDAD_CORTO,
    recibio: s.recibio.usuario,
  };
}

function seguimientos(ctx: Contexto, i: number, s: NucleoSolicitud): Record<string, unknown>[] {
  const az = azarDe(ctx.semilla, COD.seguimiento, i);
  const captura = isoDe(s.captura);
  const filas: Record<string, unknown>[] = [
    {
      id: uuidDe(ctx.semilla, COD.seguimiento, i * 8),
      createdAt: captura,
      updatedAt: captura,
      estacion: s.estacion,
      eliminado: 0,
      solicitudId: s.id,
      fecha: captura,
      nota: 'Solicitud recibida',
      usuario: s.recibio.usuario,
      estatusAnterior: null,
      estatusNuevo: 'recibida',
    },
  ];
  let anterior: EstatusSolicitud = 'recibida';
  s.pasos.forEach((p, n) => {
    const momento = isoDe(p.min);
    filas.push({
      id: uuidDe(ctx.semilla, COD.seguimiento, i * 8 + n + 1),
      createdAt: momento,
      updatedAt: momento,
      estacion: p.estacion,
      eliminado: 0,
      solicitudId: s.id,
      fecha: momento,
      nota: az.uno(T.NOTAS_SEGUIMIENTO[p.estatus]),
      usuario: p.usuario,
      estatusAnterior: anterior,
      estatusNuevo: p.estatus,
    });
    anterior = p.estatus;
  });
  return filas;
}

/* ---------- Apoyos, jornadas, eventos ---------- */

function apoyo(ctx: Contexto, a: number): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.apoyo, a);
  const { y, min } = momentoDe(ctx.cal, ctx.n.apoyos, ctx.anios, a);
  let solicitudId: string | null = null;
  let persona = -1;
  let tipo = '';
  let gestion = min;
  if (az.si(0.55)) {
    const desde = inicioDelAnio(ctx.n.solicitudes, ctx.anios, y);
    const hasta = inicioDelAnio(ctx.n.solicitudes, ctx.anios, y + 1);
    for (let intento = 0; intento < 4 && solicitudId === null && hasta > desde; intento++) {
      const s = nucleoSolicitud(ctx, az.entero(desde, hasta - 1));
      if (!s.eliminada && s.pasos.some((p) => p.estatus === 'atendida') && s.tipo !== 'Gestión de trámite') {
        solicitudId = s.id;
        persona = s.persona;
        tipo = s.tipo;
        gestion = Math.min(diasDespues(s.recepcion, az.entero(0, 6), az.siguiente()), ctx.cal.corteMin);
      }
    }
  }
  if (solicitudId === null) {
    persona = personaQueAcude(ctx, az, min);
    tipo = tipoSegunTemporada(az, new Date(min * 60000).getUTCMonth());
  }
  const [unidad, maximo, valorMin, valorMax] = UNIDAD_Y_VALOR[tipo];
  const cantidad = unidad === 'pesos' ? az.entero(valorMin / 100, valorMax / 100) * 100 : az.entero(1, maximo);
  const valorUnidad = unidad === 'pesos' ? 1 : az.entero(valorMin * 100, Math.max(valorMin, valorMax) * 100) / 100;
  const edad = (ctx.cal.corteMin - gestion) / MINUTOS_DIA;
  const rechazo = az.si(0.12);
  let entrega: number | null = rechazo ? null : diasDespues(gestion, az.entero(2, 30), az.siguiente());
  if (entrega !== null && entrega > ctx.cal.corteMin) entrega = null;
  const estatus = rechazo ? 'rechazado' : entrega !== null ? 'entregado' : edad > 10 && az.si(0.6) ? 'autorizado' : 'gestionado';
  const eliminado = az.si(0.003) ? 1 : 0;
  const ultimo = Math.min(Math.max(entrega ?? gestion, gestion + (rechazo ? az.entero(60, 7200) : 0)) + (eliminado ? 300 : 0), ctx.cal.corteMin);
  const programaId = solicitudId === null ? programaDelApoyo(ctx, a, y, fechaDe(gestion)) : null;
  return {
    id: uuidDe(ctx.semilla, COD.apoyo, a),
    createdAt: isoDe(gestion),
    updatedAt: isoDe(Math.max(ultimo, gestion)),
    estacion: az.pesado(PESO_ESTACION),
    eliminado,
    personaId: idPersona(ctx, persona),
    solicitudId,
    tipoApoyoId: catalogoId('tipoApoyo', tipo),
    cantidad,
    unidad,
    valorEstimado: Math.round(cantidad * valorUnidad * 100) / 100,
    fuente: az.pesado([
      ['municipal', 60],
      ['estatal', 20],
      ['federal', 12],
      ['osc', 8],
    ] as const),
    dependenciaId: catalogoId('dependencia', az.uno(DEPENDENCIA_DE_TIPO[tipo])),
    estatus,
    fechaGestion: fechaDe(gestion),
    fechaEntrega: entrega === null ? null : fechaDe(entrega),
    evidencia: estatus === 'entregado' ? az.uno(['Acta de entrega firmada', 'Fotografía y firma de recibido', 'Vale de entrega con copia de INE']) : '',
    programaId,
  };
}

/**
 * Some direct apoyos are given under a programa social of their year (one managed before the apoyo, not deleted), so
 * programas list beneficiaries by name. Drawn from a chance of its own, so the apoyo's other fields stay those of the
 * same seed before programas listed them.
 */
function programaDelApoyo(ctx: Contexto, a: number, y: number, gestion: string): string | null {
  const az = azarDe(ctx.semilla, COD.programaApoyo, a);
  if (!az.si(0.3)) return null;
  const desde = inicioDelAnio(ctx.n.eventos, ctx.anios, y);
  const hasta = inicioDelAnio(ctx.n.eventos, ctx.anios, y + 1);
  for (let intento = 0; intento < 6 && hasta > desde; intento++) {
    const e = evento(ctx, az.entero(desde, hasta - 1));
    if (e.tipo === 'programa' && e.eliminado === 0 && String(e.fecha) <= gestion) return String(e.id);
  }
  return null;
}

function algunos<T>(az: Azar, lista: readonly T[], min: number, max: number): T[] {
  const copia = [...lista];
  const n = Math.min(copia.length, az.entero(min, max));
  const elegidos: T[] = [];
  for (let i = 0; i < n; i++) elegidos.push(copia.splice(az.entero(0, copia.length - 1), 1)[0]);
  return elegidos;
}

/** When a record of an activity held on a day was written: that afternoon, or the next days, never after the cut-off. */
function registroDe(ctx: Contexto, az: Azar, min: number): number {
  return Math.min(diasDespues(min, az.entero(0, 3), az.siguiente()), ctx.cal.corteMin);
}

/** How attendance usually splits by age group (0–11, 12–17, 18–29, 30–59, 60 y más) at a jornada and at a taller. */
const PESOS_EDAD_JORNADA = [20, 12, 18, 34, 16] as const;
const PESOS_EDAD_TALLER = [4, 14, 27, 42, 13] as const;

/**
 * The age groups of `total` people, adding up to it: each group's usual share, stirred, rounded down, and what is
 * left to the largest groups first. Only the last year's records have them; those of earlier years read as captured
 * before the age groups were (null).
 */
function gruposEdadDe(ctx: Contexto, az: Azar, y: number, total: number, pesos: readonly number[]): GruposEdad {
  if (y < ctx.anios - 1) return { ...SIN_GRUPOS_EDAD };
  const w = pesos.map((p) => p * (0.6 + 0.8 * az.siguiente()));
  const suma = w.reduce((a, b) => a + b, 0);
  const cuentas = w.map((x) => Math.floor((total * x) / suma));
  let falta = total - cuentas.reduce((a, b) => a + b, 0);
  const orden = w.map((x, i) => [x, i] as const).sort((a, b) => b[0] - a[0]);
  for (let i = 0; falta > 0; i = (i + 1) % orden.length, falta--) cuentas[orden[i][1]] += 1;
  return Object.fromEntries(GRUPOS_EDAD.map((g, i) => [g, cuentas[i]])) as Record<GrupoEdad, number>;
}

function jornada(ctx: Contexto, j: number): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.jornada, j);
  const { y, min } = momentoDe(ctx.cal, ctx.n.jornadas, ctx.anios, j);
  const [colonia] = az.uno(COLONIAS);
  const localidad = az.pesado(LOCALIDADES);
  const realizada = az.si(0.95);
  const escrito = isoDe(registroDe(ctx, az, min));
  const dependencias = algunos(az, CATALOGOS_INICIALES.dependencia, 3, 6);
  const servicios = algunos(az, T.SERVICIOS_JORNADA, 3, 7);
  const mujeres = realizada ? az.entero(20, 180) : 0;
  const hombres = realizada ? az.entero(10, 120) : 0;
  const otro = realizada && az.si(0.1) ? az.entero(1, 3) : 0;
  return {
    id: uuidDe(ctx.semilla, COD.jornada, j),
    createdAt: isoDe(min - az.entero(3, 20) * MINUTOS_DIA),
    updatedAt: escrito,
    estacion: az.pesado(PESO_ESTACION),
    eliminado: 0,
    fecha: fechaDe(min),
    nombre: `Jornada comunitaria en ${localidad === 'Cabecera municipal' ? colonia : localidad}`,
    colonia: localidad === 'Cabecera municipal' ? colonia : '',
    localidad,
    dependencias,
    servicios,
    atendidasMujeres: mujeres,
    atendidasHombres: hombres,
    atendidasOtro: otro,
    realizada,
    ...gruposEdadDe(ctx, az, y, mujeres + hombres + otro, PESOS_EDAD_JORNADA),
  };
}

function evento(ctx: Contexto, e: number): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.evento, e);
  const { y, min } = momentoDe(ctx.cal, ctx.n.eventos, ctx.anios, e);
  const tipo = az.pesado([
    ['taller', 50],
    ['capacitacion', 30],
    ['programa', 20],
  ] as const);
  const [nombre, tema] = az.uno(T.EVENTOS[tipo]);
  const cancelado = az.si(0.06);
  const reciente = ctx.cal.corteMin - min < 3 * MINUTOS_DIA;
  const estatus = cancelado ? 'cancelado' : reciente && az.si(0.5) ? 'programado' : 'realizado';
  const mujeres = estatus === 'realizado' ? az.entero(8, 45) : 0;
  const hombres = estatus === 'realizado' ? az.entero(2, 25) : 0;
  const fechaFin = tipo === 'programa' ? fechaDe(min + az.entero(20, 120) * MINUTOS_DIA) : az.si(0.2) ? fechaDe(min + MINUTOS_DIA) : null;
  const eliminado = az.si(0.005) ? 1 : 0;
  const registro = {
    id: uuidDe(ctx.semilla, COD.evento, e),
    createdAt: isoDe(min - az.entero(5, 30) * MINUTOS_DIA),
    updatedAt: isoDe(registroDe(ctx, az, min)),
    estacion: az.pesado(PESO_ESTACION),
    eliminado,
    tipo,
    nombre,
    tema,
    dependenciaId: az.si(0.7) ? catalogoId('dependencia', az.uno(CATALOGOS_INICIALES.dependencia)) : null,
    facilitador: `${nombreAlAzar(az, az.si(0.6) ? 'M' : 'H')} ${apellidoAlAzar(az)} ${apellidoAlAzar(az)}`,
    fecha: fechaDe(min),
    fechaFin,
    horas: tipo === 'programa' ? az.entero(10, 120) : az.entero(2, 12),
    sede: az.uno(T.SEDES),
    localidad: az.pesado(LOCALIDADES),
    poblacionObjetivo: az.uno(T.POBLACIONES),
    asistentesMujeres: mujeres,
    asistentesHombres: hombres,
    asistentesOtro: estatus === 'realizado' && az.si(0.05) ? 1 : 0,
    beneficiarios: estatus === 'realizado' ? (tipo === 'programa' ? az.entero(30, 400) : mujeres + hombres) : 0,
    estatus,
    evidencia: estatus === 'realizado' ? 'Lista de asistencia y fotografías' : '',
  };
  // Drawn last, so the fields above are those of the same seed before the age groups existed.
  const asistentes = registro.asistentesMujeres + registro.asistentesHombres + registro.asistentesOtro;
  return { ...registro, ...(tipo === 'programa' ? SIN_GRUPOS_EDAD : gruposEdadDe(ctx, az, y, asistentes, PESOS_EDAD_TALLER)) };
}

/* ---------- Mesas, acuerdos, convenios ---------- */

function nucleoMesa(ctx: Contexto, m: number) {
  const az = azarDe(ctx.semilla, COD.mesa, m);
  const { min } = momentoDe(ctx.cal, ctx.n.mesas, ctx.anios, m);
  const reciente = ctx.cal.corteMin - min < 2 * MINUTOS_DIA;
  const estatus = az.si(0.05) ? 'cancelada' : reciente ? 'programada' : 'asistida';
  return { az, min, estatus, acuerdos: estatus === 'asistida' ? az.pesado([[0, 10], [1, 25], [2, 35], [3, 20], [4, 10]] as const) : 0 };
}

function mesa(ctx: Contexto, m: number): Record<string, unknown> {
  const { az, min, estatus } = nucleoMesa(ctx, m);
  return {
    id: uuidDe(ctx.semilla, COD.mesa, m),
    createdAt: isoDe(min - az.entero(2, 15) * MINUTOS_DIA),
    updatedAt: isoDe(registroDe(ctx, az, min)),
    estacion: ESTACION_PRINCIPAL,
    eliminado: 0,
    fecha: fechaDe(min),
    tema: az.uno(T.TEMAS_MESA),
    convoca: az.uno(T.CONVOCANTES),
    sede: az.uno(T.SEDES),
    instituciones: algunos(az, T.INSTITUCIONES, 2, 6),
    asistentes: estatus === 'asistida' ? az.entero(6, 40) : 0,
    estatus,
  };
}

function acuerdos(ctx: Contexto, m: number): Record<string, unknown>[] {
  const { min, acuerdos: cuantos } = nucleoMesa(ctx, m);
  const az = azarDe(ctx.semilla, COD.acuerdo, m);
  const filas: Record<string, unknown>[] = [];
  for (let k = 0; k < cuantos; k++) {
    const compromiso = min + az.entero(15, 90) * MINUTOS_DIA;
    const edad = (ctx.cal.corteMin - compromiso) / MINUTOS_DIA;
    const estatus = edad > 30 ? (az.si(0.85) ? 'cumplido' : 'en-proceso') : edad > -30 ? az.uno(['pendiente', 'en-proceso', 'cumplido'] as const) : 'pendiente';
    const alta = registroDe(ctx, az, min);
    const cambio = estatus === 'pendiente' ? alta : Math.min(Math.max(compromiso, alta), ctx.cal.corteMin);
    filas.push({
      id: uuidDe(ctx.semilla, COD.acuerdo, m * 8 + k),
      createdAt: isoDe(alta),
      updatedAt: isoDe(cambio),
      estacion: ESTACION_PRINCIPAL,
      eliminado: 0,
      mesaId: uuidDe(ctx.semilla, COD.mesa, m),
      texto: az.uno(T.ACUERDOS),
      responsable: az.uno(T.INSTITUCIONES),
      fechaCompromiso: az.si(0.9) ? fechaDe(compromiso) : null,
      estatus,
      ...(estatus === 'cumplido' ? cumplimiento(ctx, m * 8 + k, cambio) : SIN_CUMPLIMIENTO),
    });
  }
  return filas;
}

/** A cumplido acuerdo was fulfilled the day it was marked so, and says what proves it («Oficio DGS/123/2026»). */
function cumplimiento(ctx: Contexto, n: number, marcado: number): Cumplimiento {
  const az = azarDe(ctx.semilla, COD.cumplimiento, n);
  const fechaCumplimiento = fechaDe(marcado);
  const oficio = `Oficio DGS/${az.entero(100, 999)}/${fechaCumplimiento.slice(0, 4)}`;
  return { fechaCumplimiento, evidenciaCumplimiento: az.si(0.5) ? oficio : az.uno(T.EVIDENCIAS_ACUERDO) };
}

function convenio(ctx: Contexto, c: number): Record<string, unknown> {
  const az = azarDe(ctx.semilla, COD.convenio, c);
  const { y, k, min } = momentoDe(ctx.cal, ctx.n.convenios, ctx.anios, c);
  const [contraparte, sector] = az.uno(T.CONTRAPARTES);
  const edad = (ctx.cal.corteMin - min) / MINUTOS_DIA;
  const enTramite = edad < 45 && az.si(0.4);
  const cancelado = !enTramite && az.si(0.04);
  const firma = enTramite || cancelado ? null : min;
  const finVigencia = firma === null ? null : minutosDeFecha(`${ctx.primerAnio + y + az.entero(1, 3)}-12-31`);
  const estatus = enTramite
    ? 'en-tramite'
    : cancelado
      ? 'cancelado'
      : finVigencia !== null && finVigencia < ctx.cal.corteMin
        ? az.si(0.2)
          ? 'renovado'
          : 'vencido'
        : 'vigente';
  return {
    id: uuidDe(ctx.semilla, COD.convenio, c),
    createdAt: isoDe(min - az.entero(10, 60) * MINUTOS_DIA),
    updatedAt: isoDe(registroDe(ctx, az, min)),
    estacion: ESTACION_PRINCIPAL,
    eliminado: 0,
    numero: `GS/CONV/${ctx.primerAnio + y}/${String(k + 1).padStart(3, '0')}`,
    tipo: sector === 'civil' ? az.uno(['colaboracion', 'concertacion'] as const) : 'coordinacion',
    contraparte,
    sector,
    objeto: az.uno(T.OBJETOS_CONVENIO),
    fechaFirma: firma === null ? null : fechaDe(firma),
    vigenciaInicio: firma === null ? null : fechaDe(firma),
    vigenciaFin: finVigencia === null ? null : fechaDe(finVigencia),
    firmantes: ['Presidente Municipal', 'Síndico Procurador', `Representante de ${contraparte}`].slice(0, az.entero(2, 3)),
    responsable: JEFE.nombre,
    estatus,
  };
}

/* ---------- POA, closings, settings ---------- */

/** The annual goals the head sets for a year of this office: a little under what it usually achieves. */
function metasDelAnio(ctx: Contexto): Record<number, number> {
  const anual = (n: number) => Math.max(1, Math.round(n / ctx.anios));
  return {
    1: Math.round(anual(ctx.n.solicitudes) * 0.95),
    2: Math.round(anual(ctx.n.apoyos) * 0.75 + anual(ctx.n.jornadas) * 0.9),
    3: Math.round(anual(ctx.n.eventos) * 0.85),
    4: Math.round((anual(ctx.n.mesas) + anual(ctx.n.convenios)) * 0.8),
  };
}

function* poasYActividades(ctx: Contexto): Generator<{ poa: Record<string, unknown>; actividades: Record<string, unknown>[] }> {
  let origen: PoaOrigen = { encabezado: ENCABEZADO_POA_2026, actividades: ACTIVIDADES_POA_2026 };
  const metas = metasDelAnio(ctx);
  const ultimo = ctx.primerAnio + ctx.anios - 1;
  for (let anio = ctx.primerAnio; anio <= ultimo; anio++) {
    const propuesta = proponerPoa(anio, origen, metas);
    const creado = minutosDeFecha(`${anio - 1}-12-15`) + 11 * 60;
    const autorizado = minutosDeFecha(`${anio}-01-12`) + 10 * 60;
    const cerrado = anio < ultimo ? minutosDeFecha(`${anio + 1}-01-09`) + 12 * 60 : null;
    const poa = {
      id: idPoa(anio),
      createdAt: isoDe(creado),
      updatedAt: isoDe(cerrado ?? autorizado),
      estacion: ESTACION_PRINCIPAL,
      eliminado: 0,
      ...propuesta.encabezado,
      estado: cerrado === null ? 'autorizado' : 'cerrado',
      autorizacion: { nombre: 'Presidente Municipal', usuario: JEFE.usuario, fecha: isoDe(autorizado) },
      cierre: cerrado === null ? null : { usuario: JEFE.usuario, fecha: isoDe(cerrado) },
    };
    const actividades = propuesta.actividades.map((a: DatosActividad) => {
      const reconducida = reconduccionDe(ctx, anio, a);
      return {
        id: idActividad(anio, a.numero),
        createdAt: isoDe(creado),
        updatedAt: reconducida ? String(reconducida.fecha) : isoDe(autorizado),
        estacion: ESTACION_PRINCIPAL,
        eliminado: 0,
        poaId: poa.id,
        inicial: { metaAnual: a.metaAnual, programado: [...a.programado] },
        ...a,
        ...(reconducida ? { programado: [...(reconducida.despues as { programado: number[] }).programado] } : {}),
      };
    });
    yield { poa, actividades };
    origen = propuesta;
  }
}

/* ---------- Adjustments, justifications, reconducciones, ARCO requests ---------- */

/** The one reconducción of a year that had one: activity 3 of every year but the last, a unit of October moved to December in July. */
function reconduccionDe(ctx: Contexto, anio: number, a: DatosActividad): Record<string, unknown> | null {
  if (a.numero !== 3 || anio === ctx.primerAnio + ctx.anios - 1 || a.programado[9] < 1) return null;
  const despues = [...a.programado];
  despues[9] -= 1;
  despues[11] += 1;
  const momento = isoDe(minutosDeFecha(`${anio}-07-15`) + 12 * 60);
  return {
    id: uuidDe(ctx.semilla, COD.reconduccion, anio),
    createdAt: momento,
    updatedAt: momento,
    estacion: ESTACION_PRINCIPAL,
    eliminado: 0,
    poaId: idPoa(anio),
    anio,
    actividadId: idActividad(anio, a.numero),
    numeroActividad: a.numero,
    meses: [10, 12],
    antes: { metaAnual: a.metaAnual, programado: [...a.programado] },
    despues: { metaAnual: a.metaAnual, programado: despues },
    motivo: 'Las jornadas de octubre se pasan a diciembre por el calendario de la temporada de lluvias.',
    solicito: JEFE.nombre,
    autorizo: 'Presidente Municipal',
    usuario: JEFE.usuario,
    fecha: momento,
  };
}

function reconducciones(ctx: Contexto): Record<string, unknown>[] {
  const filas: Record<string, unknown>[] = [];
  for (const { poa, actividades } of poasYActividades(ctx)) {
    for (const a of actividades) {
      const r = reconduccionDe(ctx, Number(poa.anio), { ...(a as unknown as DatosActividad), programado: (a.inicial as { programado: number[] }).programado });
      if (r) filas.push(r);
    }
  }
  return filas;
}

const MOTIVOS_AJUSTE = [
  'Atenciones de la jornada en la comunidad anotadas en papel y capturadas después',
  'Solicitudes recibidas por oficio en la presidencia, fuera de la ventanilla',
  'Gestiones atendidas por teléfono que no pasaron por la captura',
];

/** Moments of the first days after each month of the history ends, up to the cut-off: when the head adds by hand. */
function* mesesCerrados(ctx: Contexto, cod: number, dia: [number, number]): Generator<{ anio: number; mes: number; min: number; az: Azar; n: number }> {
  let n = 0;
  for (let anio = ctx.primerAnio; anio < ctx.primerAnio + ctx.anios; anio++) {
    for (let mes = 1; mes <= 12; mes++) {
      const az = azarDe(ctx.semilla, cod, n);
      const siguiente = mes === 12 ? `${anio + 1}-01` : `${anio}-${String(mes + 1).padStart(2, '0')}`;
      const min = minutosDeFecha(`${siguiente}-0${az.entero(dia[0], dia[1])}`) + 9 * 60 + az.entero(0, 240);
      if (min > ctx.cal.corteMin) return;
      yield { anio, mes, min, az, n: n++ };
    }
  }
}

function ajustes(ctx: Contexto): Record<string, unknown>[] {
  const filas: Record<string, unknown>[] = [];
  for (const { anio, mes, min, az, n } of mesesCerrados(ctx, COD.ajuste, [1, 2])) {
    if (!az.si(0.4)) continue;
    const momento = isoDe(min);
    filas.push({
      id: uuidDe(ctx.semilla, COD.ajuste, n),
      createdAt: momento,
      updatedAt: momento,
      estacion: ESTACION_PRINCIPAL,
      eliminado: 0,
      actividadId: idActividad(anio, az.uno([1, 2, 4])),
      anio,
      mes,
      cantidad: az.entero(1, 6),
      motivo: az.uno(MOTIVOS_AJUSTE),
      usuario: JEFE.usuario,
    });
  }
  return filas;
}

function justificaciones(ctx: Contexto): Record<string, unknown>[] {
  const filas: Record<string, unknown>[] = [];
  for (const { anio, mes, min, az, n } of mesesCerrados(ctx, COD.justificacion, [2, 3])) {
    if (mes % 3 !== 0 || !az.si(0.5)) continue;
    const momento = isoDe(min);
    filas.push({
      id: uuidDe(ctx.semilla, COD.justificacion, n),
      createdAt: momento,
      updatedAt: momento,
      estacion: ESTACION_PRINCIPAL,
      eliminado: 0,
      actividadId: idActividad(anio, 3),
      anio,
      tipoPeriodo: 'trimestre',
      numero: mes / 3,
      texto: 'Los eventos del trimestre dependieron del calendario de las dependencias estatales, que cambió sus fechas.',
    });
  }
  return filas;
}

/** A few requests a year to see or correct one's data (access and rectification: nobody's data erased). */
function solicitudesArco(ctx: Contexto): Record<string, unknown>[] {
  const filas: Record<string, unknown>[] = [];
  const consecutivos = new Map<string, number>();
  for (const { anio, min, az, n } of mesesCerrados(ctx, COD.arco, [3, 9])) {
    if (!az.si(0.5)) continue;
    const j = personaQueAcude(ctx, az, min);
    const p = persona(ctx, j, new Set());
    const derecho = az.si(0.7) ? 'acceso' : 'rectificacion';
    const serie = `ARCO-${anio}-${ESTACION_PRINCIPAL}`;
    const consecutivo = (consecutivos.get(serie) ?? 0) + 1;
    consecutivos.set(serie, consecutivo);
    const momento = isoDe(min);
    filas.push({
      id: uuidDe(ctx.semilla, COD.arco, n),
      createdAt: momento,
      updatedAt: momento,
      estacion: ESTACION_PRINCIPAL,
      eliminado: 0,
      folio: formatearFolio(serie, consecutivo),
      folioAsignado: true,
      derecho,
      fecha: fechaDe(min),
      personaId: p.id,
      persona: [p.nombres, p.apellidoPaterno, p.apellidoMaterno].filter(Boolean).join(' '),
      notas: '',
      resultado: derecho === 'acceso' ? 'Se entregó el libro de Excel con sus datos.' : 'Se corrigió su domicilio con el comprobante que presentó.',
      atendio: JEFE.nombre,
    });
  }
  return filas;
}

/** Months and quarters closed by the head a few days after they end, as long as that day has come. */
function cierres(ctx: Contexto): Record<string, unknown>[] {
  const filas: Record<string, unknown>[] = [];
  let n = 0;
  for (let anio = ctx.primerAnio; anio < ctx.primerAnio + ctx.anios; anio++) {
    const periodos = [
      ...Array.from({ length: 12 }, (_, i) => ({ tipo: 'mes', numero: i + 1, finMes: i + 1 })),
      ...Array.from({ length: 4 }, (_, i) => ({ tipo: 'trimestre', numero: i + 1, finMes: (i + 1) * 3 })),
    ];
    for (const p of periodos) {
      const az = azarDe(ctx.semilla, COD.cierre, n);
      const siguiente = p.finMes === 12 ? `${anio + 1}-01` : `${anio}-${String(p.finMes + 1).padStart(2, '0')}`;
      const min = minutosDeFecha(`${siguiente}-0${az.entero(3, 8)}`) + 13 * 60 + az.entero(0, 180);
      if (min > ctx.cal.corteMin) continue;
      const momento = isoDe(min);
      filas.push({
        id: uuidDe(ctx.semilla, COD.cierre, n++),
        createdAt: momento,
        updatedAt: momento,
        estacion: ESTACION_PRINCIPAL,
        eliminado: 0,
        anio,
        tipo: p.tipo,
        numero: p.numero,
        cerrado: true,
        fecha: momento,
        usuario: JEFE.usuario,
      });
    }
  }
  return filas;
}

function catalogos(ctx: Contexto): Record<string, unknown>[] {
  const inicio = isoDe(minutosDeFecha(`${ctx.primerAnio}-01-02`) + 8 * 60);
  return (Object.entries(CATALOGO) as [TipoCatalogo, readonly string[]][]).flatMap(([tipo, nombres]) =>
    nombres.map((nombre) => ({ id: catalogoId(tipo, nombre), createdAt: inicio, updatedAt: inicio, estacion: ESTACION_PRINCIPAL, eliminado: 0, tipo, nombre, activo: true })),
  );
}

function configuracion(ctx: Contexto): Record<string, unknown>[] {
  return [
    {
      clave: 'general',
      valor: {
        ...CONFIGURACION_POR_DEFECTO,
        municipio: 'Municipio de San Miguel (datos de demostración)',
        estacion: ESTACION_PRINCIPAL,
        elaboro: { nombre: PERSONAL[1].nombre, cargo: 'Personal de Gestión Social' },
        reviso: { nombre: JEFE.nombre, cargo: 'Jefe del Departamento de Gestión Social' },
        autorizo: { nombre: 'Presidente Municipal', cargo: 'Presidente Municipal' },
      },
    },
    { clave: 'semilla-poa-2026', valor: isoDe(minutosDeFecha(`${ctx.primerAnio}-01-02`) + 8 * 60) },
    ...(Object.keys(ctx.sellos).length ? [{ clave: 'sellos-bitacora', valor: ctx.sellos }] : []),
  ];
}

/* ---------- The bitácora ---------- */

type Suceso = Omit<EntradaSellada, 'secuencia' | 'hashAnterior' | 'hash'>;

const rolDe = (p: Personal) => (p === JEFE ? 'jefe' : 'capturista');

/**
 * What the bitácora of such an office holds besides each capture: the staff signing in and out every working day,
 * the weekly backup, the POA of each year created, authorized and closed, and every closing of a period. Each
 * station's entries are sealed as one chain, in order of date, exactly as the app seals them.
 */
function bitacora(ctx: Contexto): Record<string, unknown>[] {
  const sucesos: Suceso[] = [];
  let n = 0;
  const suceso = (min: number, quien: Personal, datos: Pick<Suceso, 'accion' | 'entidad' | 'entidadId' | 'resumen'> & { cambios?: Suceso['cambios'] }) => {
    sucesos.push({
      id: uuidDe(ctx.semilla, COD.bitacora, n++),
      fecha: isoDe(min),
      usuario: quien.usuario,
      cuentaId: uuidDe(ctx.semilla, COD.cuenta, PERSONAL.indexOf(quien)),
      estacion: quien.estacion,
      cambios: null,
      ...datos,
    });
  };
  const az = azarDe(ctx.semilla, COD.bitacora, 0);
  for (const dia of ctx.cal.dias) {
    if (new Date(dia * 60000).getUTCDay() === 6) continue;
    for (const quien of PERSONAL) {
      if (!az.si(quien === JEFE ? 0.8 : 0.92)) continue;
      const cuenta = uuidDe(ctx.semilla, COD.cuenta, PERSONAL.indexOf(quien));
      const entra = dia + 8 * 60 + az.entero(0, 50);
      const sale = Math.min(dia + 15 * 60 + az.entero(20, 120), ctx.cal.corteMin);
      suceso(entra, quien, { accion: 'iniciar-sesion', entidad: 'cuenta', entidadId: cuenta, resumen: `${quien.nombre} (${quien.usuario}) inició sesión como ${rolDe(quien)}` });
      suceso(sale, quien, { accion: 'cerrar-sesion', entidad: 'cuenta', entidadId: cuenta, resumen: `${quien.nombre} (${quien.usuario}) cerró sesión` });
    }
    if (new Date(dia * 60000).getUTCDay() === 5) {
      suceso(Math.min(dia + 15 * 60, ctx.cal.corteMin), JEFE, { accion: 'respaldar', entidad: 'respaldo', entidadId: null, resumen: 'Respaldo de toda la base de datos hecho a mano' });
    }
  }
  for (const { poa } of poasYActividades(ctx)) {
    const minDe = (iso: string) => Date.parse(iso) / 60000 - 6 * 60;
    const id = str(poa.id);
    const anio = Number(poa.anio);
    const metas = Object.entries(metasDelAnio(ctx)).map(([numero, meta]) => `${numero}: ${meta}`).join(', ');
    suceso(minDe(str(poa.createdAt)), JEFE, {
      accion: 'crear',
      entidad: 'poa',
      entidadId: id,
      resumen: `POA ${anio} creado a partir del POA ${anio === ctx.primerAnio ? ENCABEZADO_POA_2026.anio : anio - 1} con 4 actividad(es) (borrador); metas anuales: ${metas}`,
    });
    const autorizacion = poa.autorizacion as { nombre: string; fecha: string };
    suceso(minDe(autorizacion.fecha), JEFE, {
      accion: 'estatus',
      entidad: 'poa',
      entidadId: id,
      resumen: `POA ${String(poa.anio)} autorizado por ${autorizacion.nombre}`,
      cambios: { estado: { antes: 'borrador', despues: 'autorizado' } },
    });
    const cierre = poa.cierre as { fecha: string } | null;
    if (cierre) {
      suceso(minDe(cierre.fecha), JEFE, {
        accion: 'cerrar',
        entidad: 'poa',
        entidadId: id,
        resumen: `POA ${String(poa.anio)} cerrado: su año ya no cambia hasta reabrirlo`,
        cambios: { estado: { antes: 'autorizado', despues: 'cerrado' } },
      });
    }
  }
  for (const c of cierres(ctx)) {
    const periodo = { anio: c.anio as number, tipo: c.tipo as 'mes' | 'trimestre', numero: c.numero as number };
    suceso(Date.parse(str(c.fecha)) / 60000 - 6 * 60, JEFE, {
      accion: 'cerrar',
      entidad: 'cierre',
      entidadId: str(c.id),
      resumen: `Periodo ${etiquetaCierre(periodo)} cerrado: lo que cuenta en él ya no cambia hasta reabrirlo`,
    });
  }
  sucesos.sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const filas: EntradaSellada[] = [];
  const ultima = new Map<string, EntradaSellada>();
  for (const s of sucesos) {
    const anterior = ultima.get(s.estacion);
    const sinHash = { ...s, secuencia: anterior ? anterior.secuencia + 1 : 1, hashAnterior: anterior ? anterior.hash : HASH_INICIAL };
    const sellada = { ...sinHash, hash: sha256Hex(contenidoSellado(sinHash)) };
    ultima.set(s.estacion, sellada);
    filas.push(sellada);
  }
  ctx.sellos = Object.fromEntries([...ultima].map(([estacion, e]) => [estacion, { secuencia: e.secuencia, hash: e.hash }]));
  return filas as unknown as Record<string, unknown>[];
}

const str = (v: unknown) => v as string;

/* ---------- The whole office, table by table ---------- */

function* enTrozos(tabla: NombreTabla, filas: Iterable<Record<string, unknown>>): Generator<TrozoOficina> {
  let trozo: Record<string, unknown>[] = [];
  for (const fila of filas) {
    trozo.push(fila);
    if (trozo.length === FILAS_POR_TROZO) {
      yield { tabla, filas: trozo };
      trozo = [];
    }
  }
  if (trozo.length) yield { tabla, filas: trozo };
}

function* rango<T>(n: number, f: (i: number) => T): Generator<T> {
  for (let i = 0; i < n; i++) yield f(i);
}

function* planos<T>(n: number, f: (i: number) => T[]): Generator<T> {
  for (let i = 0; i < n; i++) yield* f(i);
}

function crearContexto({ anios, semilla = 1, anioFinal = 2026, corte }: OpcionesOficina): Contexto {
  if (!Number.isInteger(anios) || anios < 1 || anios > 50) throw new RangeError(`Años de historia inválidos: ${anios} (de 1 a 50)`);
  if (!Number.isInteger(anioFinal) || anioFinal - anios + 1 < 2000 || anioFinal > 2100) throw new RangeError(`Año final inválido: ${anioFinal}`);
  const fin = corte ?? `${anioFinal}-11-30`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fin) || Number(fin.slice(0, 4)) !== anioFinal || fin < `${anioFinal}-02-01`) {
    throw new RangeError(`Fecha de corte inválida: ${fin} (debe ser del año ${anioFinal}, desde febrero)`);
  }
  const primerAnio = anioFinal - anios + 1;
  return { semilla: semilla >>> 0, anios, primerAnio, cal: crearCalendario(primerAnio, anioFinal, fin), n: tamanosOficina(anios), sellos: {} };
}

/**
 * The office's history as chunks of at most FILAS_POR_TROZO rows, table by table in the order of TABLAS_RESPALDO,
 * every table of a backup present (an empty one as one empty chunk). Each row passes the schema of its table as
 * captured data do.
 */
export function* generarOficina(opciones: OpcionesOficina): Generator<TrozoOficina> {
  const ctx = crearContexto(opciones);
  const contadores = new Map<string, number>();
  for (const tabla of TABLAS_RESPALDO) {
    let hubo = false;
    for (const trozo of filasDe(ctx, tabla, contadores)) {
      hubo = true;
      yield trozo;
    }
    if (!hubo) yield { tabla, filas: [] };
  }
}

function filasDe(ctx: Contexto, tabla: NombreTabla, contadores: Map<string, number>): Iterable<TrozoOficina> {
  switch (tabla) {
    case 'poas':
      return enTrozos(tabla, (function* () {
        for (const { poa } of poasYActividades(ctx)) yield poa;
      })());
    case 'actividades':
      return enTrozos(tabla, (function* () {
        for (const { actividades } of poasYActividades(ctx)) yield* actividades;
      })());
    case 'personas': {
      const curps = new Set<string>();
      return enTrozos(tabla, rango(ctx.n.personas, (j) => persona(ctx, j, curps)));
    }
    case 'solicitudes':
      return enTrozos(
        tabla,
        rango(ctx.n.solicitudes, (i) => {
          const s = nucleoSolicitud(ctx, i);
          const serie = serieFolio('AC', ctx.primerAnio + s.y, s.estacion);
          const consecutivo = (contadores.get(serie) ?? 0) + 1;
          contadores.set(serie, consecutivo);
          return solicitud(ctx, s, formatearFolio(serie, consecutivo), consecutivo);
        }),
      );
    case 'seguimientos':
      return enTrozos(tabla, planos(ctx.n.solicitudes, (i) => seguimientos(ctx, i, nucleoSolicitud(ctx, i))));
    case 'apoyos':
      return enTrozos(tabla, rango(ctx.n.apoyos, (a) => apoyo(ctx, a)));
    case 'jornadas':
      return enTrozos(tabla, rango(ctx.n.jornadas, (j) => jornada(ctx, j)));
    case 'eventos':
      return enTrozos(tabla, rango(ctx.n.eventos, (e) => evento(ctx, e)));
    case 'mesas':
      return enTrozos(tabla, rango(ctx.n.mesas, (m) => mesa(ctx, m)));
    case 'acuerdos':
      return enTrozos(tabla, planos(ctx.n.mesas, (m) => acuerdos(ctx, m)));
    case 'convenios':
      return enTrozos(tabla, rango(ctx.n.convenios, (c) => convenio(ctx, c)));
    case 'catalogos':
      return enTrozos(tabla, catalogos(ctx));
    case 'folios': {
      // After the solicitudes, so the counters hold the last consecutive each series gave; the ARCO requests' too.
      for (const a of solicitudesArco(ctx)) {
        const folio = String(a.folio);
        const serie = folio.slice(0, folio.lastIndexOf('-'));
        contadores.set(serie, Math.max(contadores.get(serie) ?? 0, Number(folio.slice(folio.lastIndexOf('-') + 1))));
      }
      return enTrozos(tabla, [...contadores].map(([serie, ultimo]) => ({ serie, ultimo })));
    }
    case 'ajustes':
      return enTrozos(tabla, ajustes(ctx));
    case 'justificaciones':
      return enTrozos(tabla, justificaciones(ctx));
    case 'reconducciones':
      return enTrozos(tabla, reconducciones(ctx));
    case 'solicitudesArco':
      return enTrozos(tabla, solicitudesArco(ctx));
    case 'cierres':
      return enTrozos(tabla, cierres(ctx));
    case 'bitacora':
      return enTrozos(tabla, bitacora(ctx));
    case 'configuracion':
      return enTrozos(tabla, configuracion(ctx));
    default:
      // Accounts start empty: a restore keeps this PC's accounts when the file brings none.
      return [];
  }
}
