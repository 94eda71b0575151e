import { nombreActividad, nombreCortoActividad } from '../../../../shared/domain/nombreActividad';
import { resumirPeriodo, type ResumenPeriodo } from '../../../../shared/domain/cronograma';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { bimestreDeMes, etiquetaPeriodo, trimestreDeMes, type Periodo } from '../../../../shared/domain/periodos';
import type { Justificacion } from '../../../../shared/schemas/poa';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { momentoDelPeriodo, type Hoy, type Momento } from '../../hooks/tiempo';

/** A row of the index panel: an activity, or the POA as a whole (actividadId null). */
export interface SujetoIndice {
  actividadId: string | null;
  /** «1. Atención Ciudadana y recepción de solicitudes», or «Total POA». */
  nombre: string;
  /** The same where space is tight. */
  corto: string;
  programado: readonly number[];
  logrado: readonly number[];
}

export function sujetosDe(datos: CronogramaCargado): SujetoIndice[] {
  return [
    ...datos.cronograma.filas.map((f) => ({
      actividadId: f.actividad.id,
      nombre: nombreActividad(f.actividad),
      corto: nombreCortoActividad(f.actividad),
      programado: f.programado,
      logrado: f.logrado,
    })),
    { actividadId: null, nombre: 'Total POA', corto: 'Total POA', programado: datos.cronograma.total.programado, logrado: datos.cronograma.total.logrado },
  ];
}

/** The periods the panel shows around a reference month: its month, bimester, quarter, the year to date and the year. */
export function periodosDeReferencia(mes: number): Periodo[] {
  return [
    { tipo: 'mes', numero: mes },
    { tipo: 'bimestre', numero: bimestreDeMes(mes) },
    { tipo: 'trimestre', numero: trimestreDeMes(mes) },
    { tipo: 'acumulado', numero: mes },
    { tipo: 'anual', numero: 12 },
  ];
}

export type TipoJustificable = Justificacion['tipoPeriodo'];

export interface EstadoPeriodo {
  resumen: ResumenPeriodo;
  momento: Momento;
  /** Ended off target (amber or red): the head owes a justification. */
  requiereJustificacion: boolean;
  justificacion: Justificacion | undefined;
}

/** A period that already ended and missed the green threshold asks for the text the head signs. */
export function estadoPeriodo(
  sujeto: SujetoIndice,
  periodo: Periodo,
  anio: number,
  hoy: Hoy,
  umbrales: UmbralesSemaforo,
  justificaciones: readonly Justificacion[],
): EstadoPeriodo {
  const resumen = resumirPeriodo(sujeto.programado, sujeto.logrado, periodo, umbrales);
  const momento = momentoDelPeriodo(anio, periodo, hoy);
  const justificable = periodo.tipo !== 'acumulado';
  const fuera = resumen.semaforo === 'ambar' || resumen.semaforo === 'rojo';
  const justificacion = justificable
    ? justificaciones.find(
        (j) => j.actividadId === sujeto.actividadId && j.tipoPeriodo === periodo.tipo && (periodo.tipo === 'anual' || j.numero === periodo.numero),
      )
    : undefined;
  return { resumen, momento, requiereJustificacion: justificable && momento === 'pasado' && fuera, justificacion };
}

export function etiquetaJustificable(tipo: TipoJustificable, numero: number, anio: number): string {
  return tipo === 'anual' ? `año ${anio}` : `${etiquetaPeriodo({ tipo, numero })} ${anio}`;
}
