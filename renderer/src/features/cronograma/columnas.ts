import {
  etiquetaPeriodo,
  mesesDelPeriodo,
  NOMBRES_MES_CORTO,
  periodosDeFrecuencia,
  type Mes,
  type Periodo,
} from '../../../../shared/domain/periodos';
import { resumirPeriodo, sumar, type ResumenPeriodo, type TipoResumen } from '../../../../shared/domain/cronograma';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { estadoDelPeriodo, metaALaFecha } from '../../../../shared/domain/enCurso';
import { momentoDelPeriodo, type Hoy, type Momento } from '../../hooks/tiempo';
import type { EstadoCelda } from '../../componentes/semaforo';

/** The grid's period switch: one column per month, bimester or quarter. */
export type Vista = TipoResumen;

export const ETIQUETA_VISTA: Record<Vista, string> = { mes: 'Mensual', bimestre: 'Bimestral', trimestre: 'Trimestral' };

export interface Columna {
  periodo: Periodo;
  meses: Mes[];
  /** Header text: "Ene", "Ene–Feb", "1er trim.". */
  titulo: string;
  /** What a screen reader and the dialog say: "enero", "1er bimestre (ene–feb)". */
  etiqueta: string;
  momento: Momento;
  anio: number;
  hoy: Hoy;
}

const FRECUENCIA_DE_VISTA = { mes: 'mensual', bimestre: 'bimestral', trimestre: 'trimestral' } as const;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function titulo(periodo: Periodo, meses: Mes[]): string {
  const corto = (m: Mes) => NOMBRES_MES_CORTO[m - 1];
  if (periodo.tipo === 'mes') return capital(corto(meses[0]));
  return `${capital(corto(meses[0]))}–${corto(meses[meses.length - 1])}`;
}

export function columnasDe(vista: Vista, anio: number, hoy: Hoy): Columna[] {
  return periodosDeFrecuencia(FRECUENCIA_DE_VISTA[vista]).map((periodo) => {
    const meses = mesesDelPeriodo(periodo);
    return { periodo, meses, titulo: titulo(periodo, meses), etiqueta: etiquetaPeriodo(periodo), momento: momentoDelPeriodo(anio, periodo, hoy), anio, hoy };
  });
}

/** The monthly series of a row or of the POA total, as the shared cronograma computed them. */
export interface SerieMensual {
  programado: readonly number[];
  logradoRegistros: readonly number[];
  ajustes: readonly number[];
  logrado: readonly number[];
}

/** What one cell shows: the period's index from the shared rule, and its achieved split into records and adjustments. */
export interface DatosCelda {
  resumen: ResumenPeriodo;
  registros: number;
  ajustes: number;
  estado: EstadoCelda;
  /** While the period runs: the part of its goal that should be reached by today. */
  metaALaFecha: number | null;
}

export function datosCelda(serie: SerieMensual, columna: Columna, umbrales: UmbralesSemaforo): DatosCelda {
  const resumen = resumirPeriodo(serie.programado, serie.logrado, columna.periodo, umbrales);
  const estado = estadoDelPeriodo(resumen.semaforo, columna.momento);
  return {
    resumen,
    registros: sumar(serie.logradoRegistros, columna.meses),
    ajustes: sumar(serie.ajustes, columna.meses),
    estado,
    metaALaFecha: estado === 'en-curso' ? metaALaFecha(serie.programado, columna.anio, columna.periodo, columna.hoy) : null,
  };
}

/**
 * "+2 aj." / "−1 aj." ("+ 2 aj." spaced, after the records' count: "12 + 2 aj."): an adjustment is always shown apart
 * from what the records count.
 */
export function textoAjuste(ajustes: number, espaciado = false): string {
  return `${ajustes > 0 ? '+' : '−'}${espaciado ? ' ' : ''}${Math.abs(ajustes)} aj.`;
}
