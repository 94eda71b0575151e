/**
 * The office's working days over the years of the history, each weighted by how busy it is (the month's season, the
 * day of the week), so that a record's place in its year (0..1) becomes a date and time: the n-th of N solicitudes of
 * a year lands where the n/N share of that year's work is done. The mapping is monotone, so numbering records by
 * time gives folios that grow with their date.
 *
 * Times are the municipality's local time, kept as minutes counted as if local time were UTC; the municipality keeps
 * UTC−6 all year (no daylight saving since 2022), which turns them into the stored ISO timestamps.
 */

export const MINUTOS_DIA = 24 * 60;
const DESFASE_UTC_MIN = 6 * 60;
const APERTURA_MIN = 8 * 60 + 30;
const HORAS_ATENCION_MIN = 7 * 60;

/** How much busier or calmer each month is than an average one: cold months, school start, holidays. */
export const TEMPORADA = [1.15, 1.0, 0.95, 0.85, 1.0, 1.05, 0.8, 1.2, 1.0, 1.0, 1.1, 0.75] as const;
/** Sunday..Saturday: the office opens Monday to Friday and a few Saturdays (jornadas, campaigns). */
const DIA_SEMANA = [0, 1.05, 1.0, 1.0, 1.0, 0.9, 0.1] as const;

export const minutosDeFecha = (fecha: string): number => Date.UTC(+fecha.slice(0, 4), +fecha.slice(5, 7) - 1, +fecha.slice(8, 10)) / 60000;
/** 'AAAA-MM-DD' of a local moment. */
export const fechaDe = (min: number): string => new Date(Math.floor(min) * 60000).toISOString().slice(0, 10);
/** 'AAAA-MM-DDTHH:mm' of a local moment, as the capture forms write it. */
export const fechaHoraDe = (min: number): string => new Date(Math.floor(min) * 60000).toISOString().slice(0, 16);
/** The stored ISO timestamp (UTC) of a local moment. */
export const isoDe = (min: number): string => new Date(Math.floor((min + DESFASE_UTC_MIN) * 60) * 1000).toISOString();

export interface Calendario {
  primerAnio: number;
  anioFinal: number;
  /** Local minutes of the cut-off: nothing happens after it. */
  corteMin: number;
  /** Local minutes at midnight of each working day, in order. */
  dias: Float64Array;
  /** Weight accumulated up to the end of each day. */
  acumulado: Float64Array;
  /** Index of the first day of each year (and one past the last day at the end). */
  inicioAnio: number[];
}

export function crearCalendario(primerAnio: number, anioFinal: number, corte: string): Calendario {
  const dias: number[] = [];
  const acumulado: number[] = [];
  const inicioAnio: number[] = [];
  const fin = minutosDeFecha(corte);
  let suma = 0;
  for (let anio = primerAnio; anio <= anioFinal; anio++) {
    inicioAnio.push(dias.length);
    // 1 January is a holiday everywhere.
    for (let d = minutosDeFecha(`${anio}-01-02`); d <= Math.min(fin, minutosDeFecha(`${anio}-12-31`)); d += MINUTOS_DIA) {
      const fecha = new Date(d * 60000);
      const peso = TEMPORADA[fecha.getUTCMonth()] * DIA_SEMANA[fecha.getUTCDay()];
      if (peso === 0) continue;
      suma += peso;
      dias.push(d);
      acumulado.push(suma);
    }
  }
  inicioAnio.push(dias.length);
  return {
    primerAnio,
    anioFinal,
    corteMin: fin + 19 * 60,
    dias: Float64Array.from(dias),
    acumulado: Float64Array.from(acumulado),
    inicioAnio,
  };
}

/** Accumulated weight before day `i`. */
const antesDe = (c: Calendario, i: number) => (i === 0 ? 0 : c.acumulado[i - 1]);

/** The first day whose accumulated weight reaches `objetivo`. */
function diaDeObjetivo(c: Calendario, objetivo: number): number {
  let bajo = 0;
  let alto = c.dias.length - 1;
  while (bajo < alto) {
    const medio = (bajo + alto) >> 1;
    if (c.acumulado[medio] < objetivo) bajo = medio + 1;
    else alto = medio;
  }
  return bajo;
}

/** The local moment at share `u` (0..1) of the weight between days `desde` and `hasta` (exclusive), office hours. */
function momentoEntre(c: Calendario, desde: number, hasta: number, u: number): number {
  const base = antesDe(c, desde);
  const objetivo = base + Math.min(Math.max(u, 0), 0.999999) * (antesDe(c, hasta) - base);
  const i = diaDeObjetivo(c, objetivo);
  const fraccion = (objetivo - antesDe(c, i)) / (c.acumulado[i] - antesDe(c, i));
  return c.dias[i] + APERTURA_MIN + fraccion * HORAS_ATENCION_MIN;
}

/** The local moment at share `u` of year number `y` (0 = the first year of the history). */
export function momentoEnAnio(c: Calendario, y: number, u: number): number {
  return momentoEntre(c, c.inicioAnio[y], c.inicioAnio[y + 1], u);
}

/** The local moment at share `u` of the whole history. */
export function momentoEnHistoria(c: Calendario, u: number): number {
  return momentoEntre(c, 0, c.dias.length, u);
}

/** The share of the whole history's work done by local moment `min` (the inverse of momentoEnHistoria). */
export function avanceEnHistoria(c: Calendario, min: number): number {
  const total = c.acumulado[c.acumulado.length - 1];
  const dia = Math.floor(min / MINUTOS_DIA) * MINUTOS_DIA;
  let bajo = 0;
  let alto = c.dias.length;
  while (bajo < alto) {
    const medio = (bajo + alto) >> 1;
    if (c.dias[medio] < dia) bajo = medio + 1;
    else alto = medio;
  }
  if (bajo >= c.dias.length) return 1;
  const peso = c.acumulado[bajo] - antesDe(c, bajo);
  const enDia = c.dias[bajo] === dia ? Math.min(Math.max((min - dia - APERTURA_MIN) / HORAS_ATENCION_MIN, 0), 1) : 0;
  return (antesDe(c, bajo) + enDia * peso) / total;
}

/** A moment `dias` calendar days after `desde`, at a random office hour (`fraccion` 0..1), never after the cut-off. */
export function diasDespues(desde: number, dias: number, fraccion: number): number {
  const dia = Math.floor(desde / MINUTOS_DIA) * MINUTOS_DIA + dias * MINUTOS_DIA;
  const min = dia + APERTURA_MIN + fraccion * (HORAS_ATENCION_MIN + 120);
  return Math.max(min, desde + 5);
}
