import { REGISTROS } from '../registros';
import type { Apoyo, Evento, Jornada } from '../schemas/modulos';
import type { Persona } from '../schemas/personas';
import type { ElementoCatalogo } from '../schemas/sistema';
import { ESTATUS_SOLICITUD, ETIQUETA_ESTATUS_SOLICITUD, type Solicitud } from '../schemas/solicitudes';
import type { Cronograma, ResumenPeriodo } from './cronograma';
import { indiceEficiencia, type ColorSemaforo } from './eficiencia';
import { NOMBRES_MES_CORTO, anioDeFechaIso } from './periodos';
import { normalizarTexto } from './texto';

/**
 * Aggregations behind the tablero's charts. Each returns the series a chart draws, labelled in Spanish, in the
 * order it is drawn. Soft-deleted records never count; the caller chooses the records (year, period, filters).
 */
export interface Dato {
  etiqueta: string;
  valor: number;
}

export interface DatoIndice {
  etiqueta: string;
  valor: number | null;
}

type SolicitudTablero = Pick<Solicitud, 'estatus' | 'eliminado'>;

const vigente = (r: { eliminado: 0 | 1 }): boolean => r.eliminado === 0;

const ordenarPorValor = (a: Dato, b: Dato): number =>
  b.valor - a.valor || (a.etiqueta < b.etiqueta ? -1 : a.etiqueta > b.etiqueta ? 1 : 0);

/** Every status in workflow order, zeros included, so each status keeps its place and color from chart to chart. */
export function solicitudesPorEstatus(solicitudes: readonly SolicitudTablero[]): Dato[] {
  const cuenta = new Map(ESTATUS_SOLICITUD.map((e) => [e, 0]));
  for (const s of solicitudes) if (vigente(s)) cuenta.set(s.estatus, (cuenta.get(s.estatus) ?? 0) + 1);
  return ESTATUS_SOLICITUD.map((e) => ({ etiqueta: ETIQUETA_ESTATUS_SOLICITUD[e], valor: cuenta.get(e) ?? 0 }));
}

/** Requests per tipo de apoyo, most frequent first; a type missing from the catalogue shows as 'Tipo no registrado'. */
export function solicitudesPorTipo(
  solicitudes: readonly Pick<Solicitud, 'tipoApoyoId' | 'eliminado'>[],
  catalogo: readonly Pick<ElementoCatalogo, 'id' | 'nombre'>[],
): Dato[] {
  const nombres = new Map(catalogo.map((c) => [c.id, c.nombre]));
  const cuenta = new Map<string, number>();
  for (const s of solicitudes) {
    if (!vigente(s)) continue;
    const etiqueta = nombres.get(s.tipoApoyoId) ?? 'Tipo no registrado';
    cuenta.set(etiqueta, (cuenta.get(etiqueta) ?? 0) + 1);
  }
  return [...cuenta].map(([etiqueta, valor]) => ({ etiqueta, valor })).sort(ordenarPorValor);
}

/**
 * Requests per colonia of the citizen, the `top` most frequent and the rest together as 'Otras'. Colonias that
 * differ only in accents or case are one ("Centro" = "CENTRO"); the label is the first spelling met.
 */
export function solicitudesPorColonia(
  solicitudes: readonly Pick<Solicitud, 'personaId' | 'eliminado'>[],
  personas: readonly Pick<Persona, 'id' | 'colonia'>[],
  top = 8,
): Dato[] {
  const colonias = new Map(personas.map((p) => [p.id, p.colonia]));
  const cuenta = new Map<string, Dato>();
  for (const s of solicitudes) {
    if (!vigente(s)) continue;
    const colonia = colonias.get(s.personaId)?.trim() || 'Sin colonia';
    const clave = normalizarTexto(colonia);
    const dato = cuenta.get(clave) ?? { etiqueta: colonia, valor: 0 };
    dato.valor += 1;
    cuenta.set(clave, dato);
  }
  const ordenados = [...cuenta.values()].sort(ordenarPorValor);
  if (ordenados.length <= top) return ordenados;
  const resto = ordenados.slice(top).reduce((s, d) => s + d.valor, 0);
  return [...ordenados.slice(0, top), { etiqueta: 'Otras', valor: resto }];
}

/**
 * Distinct people served, by sex: whoever had a request received (not cancelled nor a duplicate) or a support
 * delivered, in `anio` when given. A person served several times counts once.
 */
export function personasAtendidasPorSexo(
  solicitudes: readonly Pick<Solicitud, 'personaId' | 'estatus' | 'fechaRecepcion' | 'eliminado'>[],
  personas: readonly Pick<Persona, 'id' | 'sexo'>[],
  apoyos: readonly Pick<Apoyo, 'personaId' | 'estatus' | 'fechaEntrega' | 'eliminado'>[],
  anio?: number,
): Dato[] {
  const delAnio = (fecha: string | null): boolean => fecha !== null && (anio === undefined || anioDeFechaIso(fecha) === anio);
  const atendidas = new Set<string>();
  for (const s of solicitudes) if (delAnio(REGISTROS.solicitud.cuentaEn(s))) atendidas.add(s.personaId);
  for (const a of apoyos) if (delAnio(REGISTROS.apoyo.cuentaEn(a))) atendidas.add(a.personaId);
  const sexo = new Map(personas.map((p) => [p.id, p.sexo]));
  const cuenta = { H: 0, M: 0, X: 0 };
  for (const id of atendidas) {
    const s = sexo.get(id);
    if (s) cuenta[s] += 1;
  }
  return [
    { etiqueta: 'Mujeres', valor: cuenta.M },
    { etiqueta: 'Hombres', valor: cuenta.H },
    { etiqueta: 'No binario / otro', valor: cuenta.X },
  ];
}

export interface PersonasAtendidas {
  /** Everyone served in the year, by sex (the doughnut's series and the KPI's detail). */
  porSexo: Dato[];
  total: number;
  /** Where they come from: each citizen with a request or a delivered support once, plus the attendance of events. */
  conSolicitudOApoyo: number;
  enJornadas: number;
  enTalleres: number;
}

type SexoAtendido = 'M' | 'H' | 'X';

/**
 * Everyone the department served in `anio`: the distinct citizens with a request received or a support delivered
 * (`personasAtendidasPorSexo`), plus the people served at the jornadas held and those who attended the talleres and
 * capacitaciones given, by sex as each one recorded them. Attendance is counted, not named, so a citizen who also
 * went to a taller counts there again.
 */
export function personasAtendidas(
  datos: {
    solicitudes: Parameters<typeof personasAtendidasPorSexo>[0];
    personas: Parameters<typeof personasAtendidasPorSexo>[1];
    apoyos: Parameters<typeof personasAtendidasPorSexo>[2];
    jornadas: readonly Pick<Jornada, 'fecha' | 'realizada' | 'eliminado' | 'atendidasMujeres' | 'atendidasHombres' | 'atendidasOtro'>[];
    eventos: readonly Pick<Evento, 'tipo' | 'fecha' | 'estatus' | 'eliminado' | 'asistentesMujeres' | 'asistentesHombres' | 'asistentesOtro'>[];
  },
  anio: number,
): PersonasAtendidas {
  const delAnio = (fecha: string | null): boolean => fecha !== null && anioDeFechaIso(fecha) === anio;
  const ciudadanos = personasAtendidasPorSexo(datos.solicitudes, datos.personas, datos.apoyos, anio);
  const cuenta: Record<SexoAtendido, number> = { M: ciudadanos[0].valor, H: ciudadanos[1].valor, X: ciudadanos[2].valor };
  const sumar = (m: number, h: number, x: number): number => {
    cuenta.M += m;
    cuenta.H += h;
    cuenta.X += x;
    return m + h + x;
  };
  let enJornadas = 0;
  for (const j of datos.jornadas) {
    if (delAnio(REGISTROS.jornada.cuentaEn(j))) enJornadas += sumar(j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro);
  }
  let enTalleres = 0;
  for (const e of datos.eventos) {
    if (e.tipo !== 'programa' && delAnio(REGISTROS.evento.cuentaEn(e))) enTalleres += sumar(e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro);
  }
  const porSexo = [
    { etiqueta: 'Mujeres', valor: cuenta.M },
    { etiqueta: 'Hombres', valor: cuenta.H },
    { etiqueta: 'No binario / otro', valor: cuenta.X },
  ];
  const conSolicitudOApoyo = ciudadanos.reduce((s, d) => s + d.valor, 0);
  return { porSexo, total: conSolicitudOApoyo + enJornadas + enTalleres, conSolicitudOApoyo, enJornadas, enTalleres };
}

const SINGULAR_SEXO: Record<string, string> = { Mujeres: 'mujer', Hombres: 'hombre', 'No binario / otro': 'no binario / otro' };

/** "1 mujer · 3 hombres · 0 no binario / otro": each figure with its own number. */
export function textoAtendidasPorSexo(porSexo: readonly Dato[]): string {
  return porSexo
    .map((d) => `${d.valor.toLocaleString('es-MX')} ${d.valor === 1 ? (SINGULAR_SEXO[d.etiqueta] ?? d.etiqueta.toLowerCase()) : d.etiqueta.toLowerCase()}`)
    .join(' · ');
}

/**
 * Cumulative Índice de Eficiencia month by month (January through each month), for the line over the bars;
 * null while nothing has been programmed yet.
 */
export function indiceAcumuladoMensual(programado: readonly number[], logrado: readonly number[]): DatoIndice[] {
  let p = 0;
  let l = 0;
  return NOMBRES_MES_CORTO.map((corto, i) => {
    p += programado[i] ?? 0;
    l += logrado[i] ?? 0;
    return { etiqueta: corto.charAt(0).toUpperCase() + corto.slice(1), valor: indiceEficiencia(l, p) };
  });
}

export interface DatoIndiceActividad extends DatoIndice {
  semaforo: ColorSemaforo;
}

/** Year-to-date index of each activity with its semáforo ("1. Atención Ciudadana…"). */
export function indicePorActividad(cronograma: Cronograma, resumen: 'acumulado' | 'anual' = 'acumulado'): DatoIndiceActividad[] {
  return cronograma.filas.map((f) => {
    const r: ResumenPeriodo = f[resumen];
    return { etiqueta: `${f.actividad.numero}. ${f.actividad.nombre}`, valor: r.indice, semaforo: r.semaforo };
  });
}
