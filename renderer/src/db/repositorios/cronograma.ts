import { calcularCronograma, type Cronograma } from '../../../../shared/domain/cronograma';
import { mesDeCorte } from '../../../../shared/domain/periodos';
import { REGISTROS_VACIOS, type ConteoPorTipo, type RegistrosConteo } from '../../../../shared/domain/conteo';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import {
  DESCRIPTORES,
  personasQueNombran,
  type NombresRegistro,
  type TipoRegistro,
} from '../../../../shared/registros';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import type { Actividad, Ajuste, Justificacion, Poa, Reconduccion } from '../../../../shared/schemas/poa';
import type { Solicitud } from '../../../../shared/schemas/solicitudes';
import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { registrosPorId } from './lecturaDirecta';
import { listarActividades, obtenerPoaDelAnio } from './poa';
import { obtenerConfiguracion } from './configuracion';
import { listarAjustesDelAnio, listarJustificaciones } from './ajustes';
import { listarReconducciones } from './reconducciones';

/**
 * The year's full records, by the date that makes each one count; a superset of what the counting rules read. With
 * the names of the people and catalogue entries the counted ones point at, for the drill-down's descriptions.
 */
export interface RegistrosDelAnio extends RegistrosConteo {
  solicitudes: Solicitud[];
  apoyos: Apoyo[];
  jornadas: Jornada[];
  eventos: Evento[];
  mesas: Mesa[];
  convenios: Convenio[];
  nombres: NombresRegistro;
}

/**
 * Everything the cronograma screen reads: the figures come from the monthly counts (`contarDelAnio`), no record
 * is loaded; the drill-down reads its month's records when opened (`cargarRegistrosDelMes`).
 */
export interface CronogramaCargado {
  poa: Poa;
  actividades: Actividad[];
  /** Each kind's records that count, per month of the year: what the achieved figures add. */
  conteos: ConteoPorTipo;
  ajustes: Ajuste[];
  justificaciones: Justificacion[];
  /** The year's reconducciones, oldest first: the history behind each Meta modificada. */
  reconducciones: Reconduccion[];
  umbrales: UmbralesSemaforo;
  cronograma: Cronograma;
}

/** The cronograma's figures with the year's records behind them: what the tablero, the sheets and the workbook read. */
export interface CronogramaConRegistros extends CronogramaCargado {
  registros: RegistrosDelAnio;
}

/**
 * Indexed range over a date field: 'AAAA-MM-DD' and 'AAAA-MM-DDTHH:mm' values of the period sort between these
 * bounds, so reading a year or a month never scans a whole table.
 */
const dos = (n: number) => String(n).padStart(2, '0');
const desde = (anio: number, mes = 1) => `${anio}-${dos(mes)}-01`;
const hasta = (anio: number, mes = 12) => `${anio}-${dos(mes)}-31\uffff`;

/** The stored records of the given kinds dated (by each one's `campoFecha`) between two bounds; other kinds empty. */
async function registrosEntre(db: BaseDatosPoa, inicio: string, fin: string, tipos: readonly TipoRegistro[]) {
  const listas = await Promise.all(
    DESCRIPTORES.filter((d) => tipos.includes(d.tipo)).map(async (d) => [
      d.tabla,
      await db.table(d.tabla).where(d.campoFecha).between(inicio, fin, true, true).toArray(),
    ]),
  );
  // Each descriptor names its own table, so each list holds that kind's stored records.
  return { ...REGISTROS_VACIOS, ...Object.fromEntries(listas) } as Omit<RegistrosDelAnio, 'nombres'>;
}

const TODOS_LOS_TIPOS = DESCRIPTORES.map((d) => d.tipo);

/**
 * The year's stored records of the given kinds (all by default), by the date that places each one (as
 * `cargarRegistrosDelAnio`), without their names; the other kinds empty.
 */
export function leerRegistrosDelAnio(db: BaseDatosPoa, anio: number, tipos: readonly TipoRegistro[] = TODOS_LOS_TIPOS): Promise<Omit<RegistrosDelAnio, 'nombres'>> {
  return registrosEntre(db, desde(anio), hasta(anio), tipos);
}

/**
 * Each kind by the indexed date its descriptor places it with (`campoFecha`), which is the date `cuentaEn` returns:
 * the year's range of that index holds every record that can count in the year.
 */
export async function cargarRegistrosDelAnio(db: BaseDatosPoa, anio: number): Promise<RegistrosDelAnio> {
  const registros = await leerRegistrosDelAnio(db, anio);
  return { ...registros, nombres: await nombresDe(db, registros) };
}

/** The drill-down of a cell: one month's records of the kinds its rule counts, with the names they point at. */
export async function cargarRegistrosDelMes(
  db: BaseDatosPoa,
  tipos: readonly TipoRegistro[],
  anio: number,
  mes: number,
): Promise<RegistrosDelAnio> {
  const registros = await registrosEntre(db, desde(anio, mes), hasta(anio, mes), tipos);
  return { ...registros, nombres: await nombresDe(db, registros) };
}

/**
 * Each kind's count per month of a year without loading a record: the twelve monthly counts the conteosMensuales
 * middleware keeps beside every write, a month with none counting 0.
 */
export async function contarDelAnio(db: BaseDatosPoa, anio: number): Promise<ConteoPorTipo> {
  const pares = await Promise.all(
    DESCRIPTORES.map(async (d): Promise<[TipoRegistro, number[]]> => {
      const filas = await db.conteosMensuales.where('[tipo+mes]').between([d.tipo, `${anio}-01`], [d.tipo, `${anio}-12`], true, true).toArray();
      const conteo = Array.from({ length: 12 }, () => 0);
      for (const f of filas) conteo[Number(f.mes.slice(5, 7)) - 1] = f.n;
      return [d.tipo, conteo];
    }),
  );
  return Object.fromEntries(pares) as Record<TipoRegistro, number[]>;
}

/** Names of the people the counted records point at, and of every catalogue entry (inactive ones too). */
async function nombresDe(db: BaseDatosPoa, registros: RegistrosConteo): Promise<NombresRegistro> {
  const [personas, catalogos] = await Promise.all([registrosPorId<Persona>(db, 'personas', personasQueNombran(registros)), db.catalogos.toArray()]);
  return { personas: new Map(personas.map((p) => [p.id, nombreCompleto(p)])), catalogos: new Map(catalogos.map((c) => [c.id, c.nombre])) };
}

/** The POA of a year with its live figures; null when there is no POA for that year. */
export async function cargarCronograma(
  db: BaseDatosPoa,
  anio: number,
  mesCorte: number = mesDeCorte(anio),
): Promise<CronogramaCargado | null> {
  const poa = await obtenerPoaDelAnio(db, anio);
  if (!poa) return null;
  const [actividades, conteos, ajustes, justificaciones, reconducciones, configuracion] = await Promise.all([
    listarActividades(db, poa.id),
    contarDelAnio(db, anio),
    listarAjustesDelAnio(db, anio),
    listarJustificaciones(db, anio),
    listarReconducciones(db, anio),
    obtenerConfiguracion(db),
  ]);
  const umbrales: UmbralesSemaforo = { verde: configuracion.umbralVerde, ambar: configuracion.umbralAmbar };
  const cronograma = calcularCronograma({ anio, actividades, conteos, ajustes, umbrales, mesCorte });
  return { poa, actividades, conteos, ajustes, justificaciones, reconducciones, umbrales, cronograma };
}

/** The cronograma of a year, its figures from the same counts, with the year's records for the annexes and sheets. */
export async function cargarCronogramaConRegistros(
  db: BaseDatosPoa,
  anio: number,
  mesCorte: number = mesDeCorte(anio),
): Promise<CronogramaConRegistros | null> {
  const [cargado, registros] = await Promise.all([cargarCronograma(db, anio, mesCorte), cargarRegistrosDelAnio(db, anio)]);
  return cargado && { ...cargado, registros };
}

/** The years that have a POA, newest first (the year selector). */
export async function listarAniosPoa(db: BaseDatosPoa): Promise<number[]> {
  const poas = await db.poas.orderBy('anio').reverse().toArray();
  return [...new Set(poas.filter((p) => p.eliminado === 0).map((p) => p.anio))];
}
