import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../schemas/modulos';
import { ETIQUETA_TIPO_EVENTO } from '../schemas/modulos';
import type { ReglaConteo } from '../schemas/poa';
import type { Solicitud } from '../schemas/solicitudes';
import { anioDeFechaIso, mesDeFechaIso, type Mes } from './periodos';

/**
 * The counting rules of domain.md ("Meta alcanzada"): which records make an activity's achieved count, and the
 * date that places each one in a month. Achieved figures are always counted from the records, never typed.
 *
 * Only the fields each rule reads are required, so callers may pass full records or lean projections.
 */
export type SolicitudConteo = Pick<Solicitud, 'id' | 'folio' | 'fechaRecepcion' | 'estatus' | 'eliminado'>;
export type ApoyoConteo = Pick<Apoyo, 'id' | 'estatus' | 'fechaEntrega' | 'cantidad' | 'unidad' | 'eliminado'>;
export type JornadaConteo = Pick<Jornada, 'id' | 'fecha' | 'nombre' | 'realizada' | 'eliminado'>;
export type EventoConteo = Pick<Evento, 'id' | 'tipo' | 'nombre' | 'fecha' | 'estatus' | 'eliminado'>;
export type MesaConteo = Pick<Mesa, 'id' | 'fecha' | 'tema' | 'estatus' | 'eliminado'>;
export type ConvenioConteo = Pick<Convenio, 'id' | 'numero' | 'contraparte' | 'fechaFirma' | 'estatus' | 'eliminado'>;

export interface RegistrosConteo {
  solicitudes: readonly SolicitudConteo[];
  apoyos: readonly ApoyoConteo[];
  jornadas: readonly JornadaConteo[];
  eventos: readonly EventoConteo[];
  mesas: readonly MesaConteo[];
  convenios: readonly ConvenioConteo[];
}

export const REGISTROS_VACIOS: RegistrosConteo = {
  solicitudes: [],
  apoyos: [],
  jornadas: [],
  eventos: [],
  mesas: [],
  convenios: [],
};

export type TipoRegistroLogrado = 'solicitud' | 'apoyo' | 'jornada' | 'evento' | 'mesa' | 'convenio';

/** One record behind an achieved number (the drill-down list). */
export interface RegistroLogrado {
  tipo: TipoRegistroLogrado;
  id: string;
  /** 'AAAA-MM-DD': the date that makes the record count. */
  fecha: string;
  mes: Mes;
  /** What the list shows: the folio, the name of the jornada or event, the mesa's topic… */
  descripcion: string;
}

/** Statuses of a convenio that do not count as signed even with a fecha de firma. */
const CONVENIO_NO_FIRMADO: readonly Convenio['estatus'][] = ['en-tramite', 'cancelado'];

function logrado(tipo: TipoRegistroLogrado, id: string, fecha: string, descripcion: string): RegistroLogrado {
  const dia = fecha.slice(0, 10);
  return { tipo, id, fecha: dia, mes: mesDeFechaIso(dia), descripcion };
}

function cantidadApoyo(a: ApoyoConteo): string {
  return `Apoyo: ${Number.isInteger(a.cantidad) ? a.cantidad : a.cantidad.toFixed(2)} ${a.unidad}`.trim();
}

function candidatos(regla: ReglaConteo, r: RegistrosConteo): RegistroLogrado[] {
  switch (regla) {
    case 'solicitudes':
      // Received in the month, not cancelled nor a duplicate; every other status counts (the request was received).
      return r.solicitudes
        .filter((s) => s.eliminado === 0 && s.estatus !== 'cancelada' && s.estatus !== 'duplicada')
        .map((s) => logrado('solicitud', s.id, s.fechaRecepcion, `Solicitud ${s.folio}`));
    case 'apoyos':
      return [
        ...r.apoyos
          .filter((a) => a.eliminado === 0 && a.estatus === 'entregado' && a.fechaEntrega)
          .map((a) => logrado('apoyo', a.id, a.fechaEntrega as string, cantidadApoyo(a))),
        ...r.jornadas
          .filter((j) => j.eliminado === 0 && j.realizada)
          .map((j) => logrado('jornada', j.id, j.fecha, `Jornada: ${j.nombre}`)),
      ];
    case 'programas':
      // A multi-day event counts once, in the month it starts.
      return r.eventos
        .filter((e) => e.eliminado === 0 && e.estatus === 'realizado')
        .map((e) => logrado('evento', e.id, e.fecha, `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`));
    case 'gestion':
      return [
        ...r.mesas
          .filter((m) => m.eliminado === 0 && m.estatus === 'asistida')
          .map((m) => logrado('mesa', m.id, m.fecha, `Mesa: ${m.tema}`)),
        ...r.convenios
          .filter((c) => c.eliminado === 0 && c.fechaFirma && !CONVENIO_NO_FIRMADO.includes(c.estatus))
          .map((c) => logrado('convenio', c.id, c.fechaFirma as string, `Convenio ${c.numero} con ${c.contraparte}`)),
      ];
    case 'ninguna':
      return [];
  }
}

/** Plain code-unit order: dates and ids sort the same on every PC, whatever its locale. */
function comparar(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The records that count for a rule in a year, ordered by date (then kind and id, so the order is stable). */
export function registrosQueCuentan(regla: ReglaConteo, registros: RegistrosConteo, anio: number): RegistroLogrado[] {
  return candidatos(regla, registros)
    .filter((l) => anioDeFechaIso(l.fecha) === anio)
    .sort((x, y) => comparar(x.fecha, y.fecha) || comparar(x.tipo, y.tipo) || comparar(x.id, y.id));
}

/** Achieved count per month (index 0 = January) from the records alone, without manual adjustments. */
export function contarPorMes(regla: ReglaConteo, registros: RegistrosConteo, anio: number): number[] {
  const conteo = Array.from({ length: 12 }, () => 0);
  for (const l of registrosQueCuentan(regla, registros, anio)) conteo[l.mes - 1] += 1;
  return conteo;
}

/** The records behind one month's achieved number (drill-down from the cronograma). */
export function logrosDelMes(regla: ReglaConteo, registros: RegistrosConteo, anio: number, mes: number): RegistroLogrado[] {
  return registrosQueCuentan(regla, registros, anio).filter((l) => l.mes === mes);
}
