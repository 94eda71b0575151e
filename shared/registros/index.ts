import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../schemas/modulos';
import { anioDeFechaIso, mesDeFechaIso } from '../domain/periodos';
import type { ReglaConteo } from '../schemas/poa';
import type { Solicitud } from '../schemas/solicitudes';
import { apoyo, type ApoyoConteo } from './apoyo';
import { convenio, type ConvenioConteo } from './convenio';
import { evento, type EventoConteo } from './evento';
import { jornada, type JornadaConteo } from './jornada';
import { mesa, type MesaConteo } from './mesa';
import { solicitud, type SolicitudConteo } from './solicitud';
import type { AnexoRegistro, DescriptorRegistro, NombresRegistro, TablaDeRegistro, TipoRegistro } from './tipos';

export { cantidadApoyo } from './apoyo';
export { SIN_NOMBRES, type EstatusRegistro, type NombresRegistro, type TablaRegistro, type TipoRegistro } from './tipos';

/** Every kind of record that makes an achieved number, each declared once in its own file. */
export const REGISTROS = { solicitud, apoyo, jornada, evento, mesa, convenio } as const;

/** The same declarations as a list, in the order the year loader reads them. */
export const DESCRIPTORES = Object.values(REGISTROS);

/**
 * The counting rules of domain.md ("Meta alcanzada"): the kinds of record each POA rule counts. When each record
 * counts is its kind's `cuentaEn`.
 */
export const TIPOS_POR_REGLA: Readonly<Record<ReglaConteo, readonly TipoRegistro[]>> = {
  solicitudes: ['solicitud'],
  apoyos: ['apoyo', 'jornada'],
  programas: ['evento'],
  gestion: ['mesa', 'convenio'],
  ninguna: [],
};

/**
 * A year's records as counting reads them, by table: full records or lean projections with the fields counting and
 * describing read. `nombres`, when given, lets the drill-down name each record's tipo and person.
 */
export interface RegistrosConteo {
  solicitudes: readonly SolicitudConteo[];
  apoyos: readonly ApoyoConteo[];
  jornadas: readonly JornadaConteo[];
  eventos: readonly EventoConteo[];
  mesas: readonly MesaConteo[];
  convenios: readonly ConvenioConteo[];
  nombres?: NombresRegistro;
}

interface RegistroDeTipo {
  solicitud: Solicitud;
  apoyo: Apoyo;
  jornada: Jornada;
  evento: Evento;
  mesa: Mesa;
  convenio: Convenio;
}

type ConteoDe<K extends TipoRegistro> = RegistrosConteo[TablaDeRegistro[K]][number];

/**
 * The declarations typed so that a kind's descriptor and its list in RegistrosConteo go together: code generic over
 * the kind hands a record of the list to the descriptor's own functions.
 */
const POR_TIPO: { [K in TipoRegistro]: DescriptorRegistro<RegistroDeTipo[K], ConteoDe<K>> & { tipo: K; tabla: TablaDeRegistro[K] } } = REGISTROS;

/** A record of `tipo` that counts, with the day it counts on. */
export interface Contado<K extends TipoRegistro> {
  registro: ConteoDe<K>;
  fecha: string;
}

/** The records of one kind that count in some month, each with its `cuentaEn`, in the list's order. */
export function contadosDe<K extends TipoRegistro>(tipo: K, registros: RegistrosConteo): Contado<K>[] {
  const d = POR_TIPO[tipo];
  const contados: Contado<K>[] = [];
  for (const registro of registros[d.tabla]) {
    const fecha = d.cuentaEn(registro);
    if (fecha !== null) contados.push({ registro, fecha });
  }
  return contados;
}

/** The drill-down's line for a record of `tipo`, with the names `registros` carries. */
export function describirRegistro<K extends TipoRegistro>(tipo: K, registro: ConteoDe<K>, nombres: NombresRegistro): string {
  return POR_TIPO[tipo].describir(registro, nombres);
}

/** The annex sheet `tipo` declares, typed for its full records. */
export function anexoDe<K extends TipoRegistro>(tipo: K): AnexoRegistro<RegistroDeTipo[K]> {
  return POR_TIPO[tipo].anexo;
}

function personasDe<K extends TipoRegistro>(tipo: K, registros: RegistrosConteo): (string | undefined)[] {
  return contadosDe(tipo, registros).map(({ registro }) => POR_TIPO[tipo].personaDe(registro));
}

/** The people the counted records name, once each: the names the drill-down needs. */
export function personasQueNombran(registros: RegistrosConteo): string[] {
  const ids = DESCRIPTORES.flatMap((d) => personasDe(d.tipo, registros));
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** Records that count per kind and month (index 0 = January) in one year: what the cronograma's figures add. */
export type ConteoPorTipo = Readonly<Record<TipoRegistro, readonly number[]>>;

/** Adds a record's `cuentaEn` to its month when it falls in `anio`. */
function sumarMes(conteo: number[], fecha: string | null, anio: number): void {
  if (fecha !== null && anioDeFechaIso(fecha) === anio) conteo[mesDeFechaIso(fecha) - 1] += 1;
}

/** The count per month of a kind from its records: what the monthly counts must give. */
export function contarRegistros<K extends TipoRegistro>(tipo: K, registros: RegistrosConteo, anio: number): number[] {
  const conteo = Array.from({ length: 12 }, () => 0);
  for (const { fecha } of contadosDe(tipo, registros)) sumarMes(conteo, fecha, anio);
  return conteo;
}

/** Every kind's count per month from records in memory. */
export function conteoDeRegistros(registros: RegistrosConteo, anio: number): ConteoPorTipo {
  return Object.fromEntries(DESCRIPTORES.map((d) => [d.tipo, contarRegistros(d.tipo, registros, anio)])) as Record<TipoRegistro, number[]>;
}
