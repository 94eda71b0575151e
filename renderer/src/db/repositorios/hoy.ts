import Dexie from 'dexie';
import { diasEntre, estadoVigencia } from '../../../../shared/domain/convenios';
import { resumirPeriodo } from '../../../../shared/domain/cronograma';
import { estadoDelPeriodo, metaALaFecha, pideJustificacion, type Hoy } from '../../../../shared/domain/enCurso';
import { esCerrada } from '../../../../shared/domain/estatusSolicitud';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { textoPlazo } from '../../../../shared/domain/plazos';
import { nombreCompleto } from '../../../../shared/schemas/personas';
import { ESTATUS_SOLICITUD } from '../../../../shared/schemas/solicitudes';
import type { BaseDatosPoa } from '../db';
import { estadoCierres } from './cierres';
import { cargarCronograma } from './cronograma';

/**
 * What the «Hoy» screen shows, read by index so it opens at once whatever the history: the solicitudes overdue or due
 * this week and those received today (for everyone), and for the head the acuerdos due, the convenios por vencer and
 * vencidos, the periods waiting to be closed or justified and the month's index so far.
 */

/** How far ahead «due this week» looks, in days. */
export const DIAS_POR_VENCER = 7;
/** At most this many items per list: the screen is a to-do list, the module lists hold the rest. */
export const MAXIMO_POR_LISTA = 12;

export interface PendienteHoy {
  id: string;
  /** Where the item opens. */
  ruta: string;
  titulo: string;
  detalle: string;
  /** Overdue or expired: shown in red. */
  urgente: boolean;
}

export interface IndiceDelMes {
  mes: string;
  programado: number;
  logrado: number;
  metaALaFecha: number;
  /** The month's index against its whole goal (null with nothing programmed). */
  indice: number | null;
  enCurso: boolean;
}

export interface DatosHoy {
  solicitudes: { items: PendienteHoy[]; total: number };
  capturadasHoy: { items: PendienteHoy[]; total: number };
  /** Only for the head (null for the rest). */
  jefatura: {
    acuerdos: PendienteHoy[];
    convenios: PendienteHoy[];
    periodos: PendienteHoy[];
    indice: IndiceDelMes | null;
  } | null;
}

function sumarDias(iso: string, dias: number): string {
  const [a, m, d] = iso.split('-').map(Number);
  const f = new Date(Date.UTC(a, m - 1, d + dias));
  return f.toISOString().slice(0, 10);
}

async function nombresDePersonas(db: BaseDatosPoa, ids: readonly string[]): Promise<Map<string, string>> {
  const unicos = [...new Set(ids)];
  const personas = await db.personas.bulkGet(unicos);
  return new Map(personas.filter((p) => p !== undefined).map((p) => [p.id, nombreCompleto(p)]));
}

/** Open solicitudes whose fecha compromiso is past or within the week, soonest first, by index. */
async function solicitudesPorAtender(db: BaseDatosPoa, hoyIso: string): Promise<DatosHoy['solicitudes']> {
  const hasta = sumarDias(hoyIso, DIAS_POR_VENCER);
  const abiertas = ESTATUS_SOLICITUD.filter((e) => !esCerrada(e));
  const listas = await Promise.all(
    abiertas.map((e) =>
      db.solicitudes
        .where('[estatus+fechaCompromiso]')
        .between([e, Dexie.minKey], [e, `${hasta}\uffff`], true, true)
        .filter((s) => s.eliminado === 0)
        .toArray(),
    ),
  );
  const todas = listas.flat().sort((a, b) => String(a.fechaCompromiso).localeCompare(String(b.fechaCompromiso)) || a.folio.localeCompare(b.folio));
  const primeras = todas.slice(0, MAXIMO_POR_LISTA);
  const nombres = await nombresDePersonas(db, primeras.map((s) => s.personaId));
  return {
    total: todas.length,
    items: primeras.map((s) => {
      const dias = diasEntre(hoyIso, String(s.fechaCompromiso));
      return {
        id: s.id,
        ruta: `/atencion/${s.id}`,
        titulo: `${s.folio} · ${nombres.get(s.personaId) ?? 'Persona no encontrada'}`,
        detalle: textoPlazo(dias, 'Venció', 'Vence'),
        urgente: dias < 0,
      };
    }),
  };
}

/** The solicitudes received today, newest first. */
async function recibidasHoy(db: BaseDatosPoa, hoyIso: string): Promise<DatosHoy['capturadasHoy']> {
  const hoy = (await db.solicitudes.where('fechaRecepcion').between(hoyIso, `${hoyIso}\uffff`, true, true).toArray())
    .filter((s) => s.eliminado === 0)
    .sort((a, b) => b.fechaRecepcion.localeCompare(a.fechaRecepcion));
  const primeras = hoy.slice(0, MAXIMO_POR_LISTA);
  const nombres = await nombresDePersonas(db, primeras.map((s) => s.personaId));
  return {
    total: hoy.length,
    items: primeras.map((s) => ({
      id: s.id,
      ruta: `/atencion/${s.id}`,
      titulo: `${s.folio} · ${nombres.get(s.personaId) ?? 'Persona no encontrada'}`,
      detalle: `Recibida a las ${s.fechaRecepcion.slice(11, 16)}`,
      urgente: false,
    })),
  };
}

async function acuerdosPorCumplir(db: BaseDatosPoa, hoyIso: string): Promise<PendienteHoy[]> {
  const hasta = sumarDias(hoyIso, DIAS_POR_VENCER);
  const pendientes = (await db.acuerdos.toArray())
    .filter((a) => a.eliminado === 0 && a.estatus !== 'cumplido' && a.fechaCompromiso !== null && a.fechaCompromiso <= hasta)
    .sort((a, b) => String(a.fechaCompromiso).localeCompare(String(b.fechaCompromiso)))
    .slice(0, MAXIMO_POR_LISTA);
  const mesas = await db.mesas.bulkGet([...new Set(pendientes.map((a) => a.mesaId))]);
  const vivas = new Map(mesas.filter((m) => m !== undefined && m.eliminado === 0).map((m) => [m!.id, m!]));
  return pendientes
    .filter((a) => vivas.has(a.mesaId))
    .map((a) => {
      const dias = diasEntre(hoyIso, a.fechaCompromiso!);
      const texto = a.texto.length > 80 ? `${a.texto.slice(0, 79)}…` : a.texto;
      return { id: a.id, ruta: `/vinculacion/mesas/${a.mesaId}`, titulo: texto, detalle: `${a.responsable} · ${textoPlazo(dias, 'Venció', 'Vence')}`, urgente: dias < 0 };
    });
}

async function conveniosConAviso(db: BaseDatosPoa, hoyIso: string): Promise<PendienteHoy[]> {
  const candidatos = await db.convenios.where('estatus').anyOf(['vigente', 'renovado', 'vencido']).toArray();
  return candidatos
    .filter((c) => c.eliminado === 0)
    .map((c) => ({ c, v: estadoVigencia(c, hoyIso) }))
    .filter(({ v }) => v.alerta !== null)
    .sort((a, b) => (a.v.dias ?? -Infinity) - (b.v.dias ?? -Infinity))
    .slice(0, MAXIMO_POR_LISTA)
    .map(({ c, v }) => ({
      id: c.id,
      ruta: `/vinculacion/convenios/${c.id}`,
      titulo: `${c.numero} · ${c.contraparte}`,
      detalle: v.dias === null ? 'Vencido' : textoPlazo(v.dias, 'Venció', 'Vence'),
      urgente: v.alerta === 'vencido',
    }));
}

/** The year's ended months still open, and the ended months off target without a justification, per activity. */
async function periodosPendientes(db: BaseDatosPoa, hoy: Hoy, ahora: Date): Promise<{ periodos: PendienteHoy[]; indice: IndiceDelMes | null }> {
  const datos = await cargarCronograma(db, hoy.anio);
  if (!datos) return { periodos: [], indice: null };
  const cierres = await estadoCierres(db, hoy.anio, ahora);
  const porCerrar = cierres.meses.filter((m) => m.puedeCerrar);
  const periodos: PendienteHoy[] = [];
  if (porCerrar.length > 0) {
    periodos.push({
      id: 'cerrar',
      ruta: '/cronograma',
      titulo: porCerrar.length === 1 ? `Cerrar ${porCerrar[0].etiqueta}` : `Cerrar ${porCerrar.length} meses terminados`,
      detalle: porCerrar.map((m) => NOMBRES_MES[m.periodo.numero - 1]).join(', '),
      urgente: false,
    });
  }
  // Oldest month first, each activity in order: what has waited longest comes first.
  for (let mes = 1; mes < hoy.mes; mes++) {
    for (const fila of datos.cronograma.filas) {
      const r = resumirPeriodo(fila.programado, fila.logrado, { tipo: 'mes', numero: mes }, datos.umbrales);
      if (!pideJustificacion(r.semaforo, 'pasado')) continue;
      const justificado = datos.justificaciones.some((j) => j.eliminado === 0 && j.actividadId === fila.actividad.id && j.tipoPeriodo === 'mes' && j.numero === mes);
      if (justificado) continue;
      periodos.push({
        id: `justificar-${fila.actividad.id}-${mes}`,
        ruta: '/cronograma',
        titulo: `Justificar ${NOMBRES_MES[mes - 1]}: ${fila.actividad.numero}. ${fila.actividad.nombre}`,
        detalle: `${r.logrado} de ${r.programado} programadas`,
        urgente: false,
      });
    }
  }
  const total = datos.cronograma.total;
  const r = resumirPeriodo(total.programado, total.logrado, { tipo: 'mes', numero: hoy.mes }, datos.umbrales);
  const indice: IndiceDelMes = {
    mes: NOMBRES_MES[hoy.mes - 1],
    programado: r.programado,
    logrado: r.logrado,
    metaALaFecha: metaALaFecha(total.programado, hoy.anio, { tipo: 'mes', numero: hoy.mes }, hoy),
    indice: r.indice,
    enCurso: estadoDelPeriodo(r.semaforo, 'actual') === 'en-curso',
  };
  return { periodos: periodos.slice(0, MAXIMO_POR_LISTA), indice };
}

export async function cargarHoy(db: BaseDatosPoa, hoy: Hoy, jefatura: boolean, ahora: Date = new Date()): Promise<DatosHoy> {
  const hoyIso = `${hoy.anio}-${String(hoy.mes).padStart(2, '0')}-${String(hoy.dia ?? 1).padStart(2, '0')}`;
  const [solicitudes, capturadasHoy] = await Promise.all([solicitudesPorAtender(db, hoyIso), recibidasHoy(db, hoyIso)]);
  if (!jefatura) return { solicitudes, capturadasHoy, jefatura: null };
  const [acuerdos, convenios, { periodos, indice }] = await Promise.all([
    acuerdosPorCumplir(db, hoyIso),
    conveniosConAviso(db, hoyIso),
    periodosPendientes(db, hoy, ahora),
  ]);
  return { solicitudes, capturadasHoy, jefatura: { acuerdos, convenios, periodos, indice } };
}
