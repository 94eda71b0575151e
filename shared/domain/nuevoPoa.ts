import type { DatosActividad, EncabezadoPoa } from '../schemas/poa';
import { distribuirMetaAnual } from './metas';

/**
 * Next year's POA, proposed from the previous one: the header, every activity with its PMD alignment, Actividad
 * Específica, responsable, unit, months and frequency; the annual goals the head gives (the previous year's when
 * none is given), spread again over the months by largest remainder; start and end dates moved to the new year.
 */

/** The same day and month in another year; 29 February becomes 28 February in a common year. */
export function moverFechaAlAnio(fecha: string | null, anioOrigen: number, anioDestino: number): string | null {
  if (fecha === null) return null;
  const anio = Number(fecha.slice(0, 4)) + (anioDestino - anioOrigen);
  const mesDia = fecha.slice(4, 10);
  const bisiesto = (a: number) => (a % 4 === 0 && a % 100 !== 0) || a % 400 === 0;
  if (mesDia === '-02-29' && !bisiesto(anio)) return `${anio}-02-28`;
  return `${anio}${mesDia}`;
}

export interface PoaOrigen {
  encabezado: EncabezadoPoa;
  actividades: readonly DatosActividad[];
}

export interface PropuestaPoa {
  encabezado: EncabezadoPoa;
  actividades: DatosActividad[];
}

/**
 * The POA of `anio` from `origen`. `metas` maps an activity's número to its new annual goal; a missing one keeps the
 * previous year's.
 */
export function proponerPoa(anio: number, origen: PoaOrigen, metas: Readonly<Record<number, number>> = {}): PropuestaPoa {
  const { direccion, area, objetivoGeneral, objetivosEspecificos, anio: desde } = origen.encabezado;
  return {
    // Only the header's own fields: the origin may be a stored record, whose id and state stay with it.
    encabezado: { anio, direccion, area, objetivoGeneral, objetivosEspecificos },
    actividades: origen.actividades.map((a) => {
      const metaAnual = metas[a.numero] ?? a.metaAnual;
      return {
        numero: a.numero,
        nombre: a.nombre,
        eje: a.eje,
        linea: a.linea,
        actividadEspecifica: a.actividadEspecifica,
        responsable: a.responsable,
        unidadMedida: a.unidadMedida,
        frecuencia: a.frecuencia,
        medioVerificacion: a.medioVerificacion,
        reglaConteo: a.reglaConteo,
        acciones: [...a.acciones],
        meses: [...a.meses],
        metaAnual,
        programado: distribuirMetaAnual(metaAnual, a.meses),
        fechaInicio: moverFechaAlAnio(a.fechaInicio, desde, anio),
        fechaFin: moverFechaAlAnio(a.fechaFin, desde, anio),
      };
    }),
  };
}
