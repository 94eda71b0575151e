import { registrosQueCuentan, type RegistrosConteo, type TipoRegistroLogrado } from '../domain/conteo';
import { resumirPeriodo, sumar, sumarPorMes, type AjusteCronograma, type Cronograma, type ResumenPeriodo } from '../domain/cronograma';
import type { ColorSemaforo, UmbralesSemaforo } from '../domain/eficiencia';
import { mesesDelPeriodo, type Periodo } from '../domain/periodos';
import { estadoDelPeriodo, metaALaFecha, momentoDelPeriodo, pideJustificacion, type EstadoPeriodo, type Hoy } from '../domain/enCurso';
import type { Ajuste } from '../schemas/poa';
import { describirCambios } from '../domain/reconduccion';
import { justificacionesDelPeriodo, type JustificacionEtiquetada, type JustificacionReporte } from './justificaciones';
import { ultimoMesDe, type PeriodoHoja } from './periodoHoja';
import { metaInicial, nombreActividad, reconduccionesDelAnio, type ReconduccionReporte } from './reconducciones';

/**
 * What the monthly (or quarterly) sheet prints, taken from the cronograma: each activity's programmed (Meta
 * modificada, with the Meta inicial beside it) and achieved figures for the period (achieved split into records and
 * manual adjustments), its index and semáforo, the same for January through the period's end, the justifications,
 * the reconducciones that changed a month of the period, and the records and adjustments behind the numbers.
 * Every sum goes through the cronograma's own `resumirPeriodo`, so the sheet and the grid cannot disagree.
 */
export interface FilaHoja {
  /** null = the POA total. */
  actividadId: string | null;
  numero: number | null;
  nombre: string;
  unidad: string;
  /** The period's Meta modificada: the goal in force, which the index is measured against. */
  programado: number;
  /** The period's Meta inicial (as authorized); equals `programado` unless a reconducción changed it. */
  programadoInicial: number;
  logradoRegistros: number;
  ajustes: number;
  logrado: number;
  indice: number | null;
  semaforo: ColorSemaforo;
  /** What the period shows: its semáforo once ended, «en curso» while it runs (never red before it ends). */
  estado: EstadoPeriodo;
  /** While the period runs: the part of its goal due by today. */
  metaALaFecha: number | null;
  acumulado: ResumenPeriodo;
  /** Meta inicial from January through the period's end. */
  acumuladoInicial: number;
  /** Ended amber or red: the period asks for the justification the head signs. */
  fueraDeMeta: boolean;
  justificaciones: JustificacionEtiquetada[];
}

export interface RegistroHoja {
  actividad: number;
  tipo: TipoRegistroLogrado;
  id: string;
  descripcion: string;
  fecha: string;
}

export interface AjusteHoja {
  actividad: number;
  mes: number;
  cantidad: number;
  motivo: string;
  usuario: string;
}

/** A reconducción that changed a month of the period, with every change it made (also outside the period). */
export interface ReconduccionHoja {
  actividad: number;
  nombre: string;
  /** "noviembre 7 → 9, diciembre 7 → 5". */
  cambios: string;
  metaAnual: { antes: number; despues: number };
  motivo: string;
  solicito: string;
  autorizo: string;
  /** ISO instant it was recorded. */
  fecha: string;
}

export interface HojaAvance {
  anio: number;
  periodo: PeriodoHoja;
  filas: FilaHoja[];
  total: FilaHoja;
  reconducciones: ReconduccionHoja[];
  registros: RegistroHoja[];
  ajustes: AjusteHoja[];
}

export interface EntradaHoja {
  cronograma: Cronograma;
  umbrales: UmbralesSemaforo;
  periodo: PeriodoHoja;
  registros: RegistrosConteo;
  ajustes: readonly (AjusteCronograma & Pick<Ajuste, 'motivo' | 'usuario' | 'createdAt'>)[];
  justificaciones: readonly JustificacionReporte[];
  reconducciones: readonly ReconduccionReporte[];
  /** Today, for what is still running; without it every period is taken as ended. */
  hoy?: Hoy;
}

interface Serie {
  programado: readonly number[];
  inicial: readonly number[];
  logradoRegistros: readonly number[];
  ajustes: readonly number[];
  logrado: readonly number[];
}

const sumaDe = (valores: readonly number[], periodo: Periodo) => sumar(valores, mesesDelPeriodo(periodo));

function cifras(serie: Serie, periodo: PeriodoHoja, umbrales: UmbralesSemaforo, anio: number, hoy: Hoy | undefined) {
  const resumen = resumirPeriodo(serie.programado, serie.logrado, periodo, umbrales);
  const deRegistros = resumirPeriodo(serie.programado, serie.logradoRegistros, periodo, umbrales).logrado;
  const deAjustes = resumirPeriodo(serie.programado, serie.ajustes, periodo, umbrales).logrado;
  const hastaElPeriodo = { tipo: 'acumulado', numero: ultimoMesDe(periodo) } as const;
  const acumulado = resumirPeriodo(serie.programado, serie.logrado, hastaElPeriodo, umbrales);
  const momento = (p: Periodo) => (hoy ? momentoDelPeriodo(anio, p, hoy) : 'pasado');
  const estado = estadoDelPeriodo(resumen.semaforo, momento(periodo));
  return {
    programado: resumen.programado,
    programadoInicial: sumaDe(serie.inicial, periodo),
    logradoRegistros: deRegistros,
    ajustes: deAjustes,
    logrado: resumen.logrado,
    indice: resumen.indice,
    semaforo: resumen.semaforo,
    estado,
    metaALaFecha: estado === 'en-curso' && hoy ? metaALaFecha(serie.programado, anio, periodo, hoy) : null,
    acumulado,
    acumuladoInicial: sumaDe(serie.inicial, hastaElPeriodo),
    fueraDeMeta: pideJustificacion(resumen.semaforo, momento(periodo)),
  };
}

export function hojaDeAvance(e: EntradaHoja): HojaAvance {
  const { cronograma, umbrales, periodo } = e;
  const anio = cronograma.anio;
  const meses = new Set<number>(mesesDelPeriodo(periodo));
  const iniciales = cronograma.filas.map((f) => metaInicial(f.actividad).programado);
  const inicialTotal = sumarPorMes(iniciales);
  const filas: FilaHoja[] = cronograma.filas.map((f, i) => ({
    actividadId: f.actividad.id,
    numero: f.actividad.numero,
    nombre: f.actividad.nombre,
    unidad: f.actividad.unidadMedida,
    ...cifras({ ...f, inicial: iniciales[i] }, periodo, umbrales, anio, e.hoy),
    justificaciones: justificacionesDelPeriodo(e.justificaciones, f.actividad.id, anio, periodo),
  }));
  const total: FilaHoja = {
    actividadId: null,
    numero: null,
    nombre: 'Total POA',
    unidad: '',
    ...cifras({ ...cronograma.total, inicial: inicialTotal }, periodo, umbrales, anio, e.hoy),
    justificaciones: justificacionesDelPeriodo(e.justificaciones, null, anio, periodo),
  };

  const registros: RegistroHoja[] = cronograma.filas.flatMap((f) =>
    registrosQueCuentan(f.actividad.reglaConteo, e.registros, anio)
      .filter((r) => meses.has(r.mes))
      .map((r) => ({ actividad: f.actividad.numero, tipo: r.tipo, id: r.id, descripcion: r.descripcion, fecha: r.fecha })),
  );

  const numeroDe = new Map(cronograma.filas.map((f) => [f.actividad.id, f.actividad.numero]));
  const ajustes: AjusteHoja[] = e.ajustes
    .filter((a) => a.eliminado === 0 && a.anio === anio && meses.has(a.mes) && numeroDe.has(a.actividadId))
    .sort((a, b) => numeroDe.get(a.actividadId)! - numeroDe.get(b.actividadId)! || a.mes - b.mes || a.createdAt.localeCompare(b.createdAt))
    .map((a) => ({ actividad: numeroDe.get(a.actividadId)!, mes: a.mes, cantidad: a.cantidad, motivo: a.motivo, usuario: a.usuario }));

  const nombres = new Map(cronograma.filas.map((f) => [f.actividad.id, f.actividad.nombre]));
  const reconducciones: ReconduccionHoja[] = reconduccionesDelAnio(e.reconducciones, anio)
    .filter((r) => r.meses.some((m) => meses.has(m)))
    .map((r) => ({
      actividad: r.numeroActividad,
      nombre: nombreActividad(nombres, r),
      cambios: describirCambios(r.antes.programado, r.despues.programado),
      metaAnual: { antes: r.antes.metaAnual, despues: r.despues.metaAnual },
      motivo: r.motivo,
      solicito: r.solicito,
      autorizo: r.autorizo,
      fecha: r.fecha,
    }));

  return { anio, periodo, filas, total, reconducciones, registros, ajustes };
}
