import { registrosQueCuentan, type RegistrosConteo, type TipoRegistroLogrado } from '../domain/conteo';
import { resumirPeriodo, type AjusteCronograma, type Cronograma, type ResumenPeriodo } from '../domain/cronograma';
import type { ColorSemaforo, UmbralesSemaforo } from '../domain/eficiencia';
import { mesesDelPeriodo } from '../domain/periodos';
import type { Ajuste } from '../schemas/poa';
import { justificacionesDelPeriodo, type JustificacionEtiquetada, type JustificacionReporte } from './justificaciones';
import { ultimoMesDe, type PeriodoHoja } from './periodoHoja';

/**
 * What the monthly (or quarterly) sheet prints, taken from the cronograma: each activity's programmed and achieved
 * figures for the period (achieved split into records and manual adjustments), its index and semáforo, the same
 * for January through the period's end, the justifications, and the records and adjustments behind the numbers.
 * Every sum goes through the cronograma's own `resumirPeriodo`, so the sheet and the grid cannot disagree.
 */
export interface FilaHoja {
  /** null = the POA total. */
  actividadId: string | null;
  numero: number | null;
  nombre: string;
  unidad: string;
  programado: number;
  logradoRegistros: number;
  ajustes: number;
  logrado: number;
  indice: number | null;
  semaforo: ColorSemaforo;
  acumulado: ResumenPeriodo;
  /** Amber or red: the period asks for the justification the head signs. */
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

export interface HojaAvance {
  anio: number;
  periodo: PeriodoHoja;
  filas: FilaHoja[];
  total: FilaHoja;
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
}

interface Serie {
  programado: readonly number[];
  logradoRegistros: readonly number[];
  ajustes: readonly number[];
  logrado: readonly number[];
}

function cifras(serie: Serie, periodo: PeriodoHoja, umbrales: UmbralesSemaforo) {
  const resumen = resumirPeriodo(serie.programado, serie.logrado, periodo, umbrales);
  const deRegistros = resumirPeriodo(serie.programado, serie.logradoRegistros, periodo, umbrales).logrado;
  const deAjustes = resumirPeriodo(serie.programado, serie.ajustes, periodo, umbrales).logrado;
  const acumulado = resumirPeriodo(serie.programado, serie.logrado, { tipo: 'acumulado', numero: ultimoMesDe(periodo) }, umbrales);
  return {
    programado: resumen.programado,
    logradoRegistros: deRegistros,
    ajustes: deAjustes,
    logrado: resumen.logrado,
    indice: resumen.indice,
    semaforo: resumen.semaforo,
    acumulado,
    fueraDeMeta: resumen.semaforo === 'ambar' || resumen.semaforo === 'rojo',
  };
}

export function hojaDeAvance(e: EntradaHoja): HojaAvance {
  const { cronograma, umbrales, periodo } = e;
  const anio = cronograma.anio;
  const meses = new Set<number>(mesesDelPeriodo(periodo));
  const filas: FilaHoja[] = cronograma.filas.map((f) => ({
    actividadId: f.actividad.id,
    numero: f.actividad.numero,
    nombre: f.actividad.nombre,
    unidad: f.actividad.unidadMedida,
    ...cifras(f, periodo, umbrales),
    justificaciones: justificacionesDelPeriodo(e.justificaciones, f.actividad.id, anio, periodo),
  }));
  const total: FilaHoja = {
    actividadId: null,
    numero: null,
    nombre: 'Total POA',
    unidad: '',
    ...cifras(cronograma.total, periodo, umbrales),
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

  return { anio, periodo, filas, total, registros, ajustes };
}
