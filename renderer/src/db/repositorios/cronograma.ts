import { calcularCronograma, type Cronograma } from '../../../../shared/domain/cronograma';
import { mesDeCorte } from '../../../../shared/domain/periodos';
import type { RegistrosConteo } from '../../../../shared/domain/conteo';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { DESCRIPTORES, personasQueNombran, type NombresRegistro } from '../../../../shared/registros';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import type { Actividad, Ajuste, Justificacion, Poa, Reconduccion } from '../../../../shared/schemas/poa';
import type { Solicitud } from '../../../../shared/schemas/solicitudes';
import type { Apoyo, Convenio, Evento, Jornada, Mesa } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
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

/** Everything the cronograma, the tablero, the monthly sheet and the workbook read, loaded once the same way. */
export interface CronogramaCargado {
  poa: Poa;
  actividades: Actividad[];
  registros: RegistrosDelAnio;
  ajustes: Ajuste[];
  justificaciones: Justificacion[];
  /** The year's reconducciones, oldest first: the history behind each Meta modificada. */
  reconducciones: Reconduccion[];
  umbrales: UmbralesSemaforo;
  cronograma: Cronograma;
}

/**
 * Indexed range over a date field: 'AAAA-MM-DD' and 'AAAA-MM-DDTHH:mm' values of the year sort between these
 * bounds, so counting a year never scans a whole table.
 */
const desde = (anio: number) => `${anio}-01-01`;
const hasta = (anio: number) => `${anio}-12-31\uffff`;

/**
 * Each kind by the indexed date its descriptor places it with (`campoFecha`), which is the date `cuentaEn` returns:
 * the year's range of that index holds every record that can count in the year.
 */
export async function cargarRegistrosDelAnio(db: BaseDatosPoa, anio: number): Promise<RegistrosDelAnio> {
  const listas = await Promise.all(
    DESCRIPTORES.map(async (d) => [d.tabla, await db.table(d.tabla).where(d.campoFecha).between(desde(anio), hasta(anio), true, true).toArray()]),
  );
  // Each descriptor names its own table, so each list holds that kind's stored records.
  const registros = Object.fromEntries(listas) as Omit<RegistrosDelAnio, 'nombres'>;
  return { ...registros, nombres: await nombresDe(db, registros) };
}

/** Names of the people the counted records point at, and of every catalogue entry (inactive ones too). */
async function nombresDe(db: BaseDatosPoa, registros: RegistrosConteo): Promise<NombresRegistro> {
  const [personas, catalogos] = await Promise.all([db.personas.bulkGet(personasQueNombran(registros)), db.catalogos.toArray()]);
  return {
    personas: new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, nombreCompleto(p)])),
    catalogos: new Map(catalogos.map((c) => [c.id, c.nombre])),
  };
}

/** The POA of a year with its live figures; null when there is no POA for that year. */
export async function cargarCronograma(
  db: BaseDatosPoa,
  anio: number,
  mesCorte: number = mesDeCorte(anio),
): Promise<CronogramaCargado | null> {
  const poa = await obtenerPoaDelAnio(db, anio);
  if (!poa) return null;
  const [actividades, registros, ajustes, justificaciones, reconducciones, configuracion] = await Promise.all([
    listarActividades(db, poa.id),
    cargarRegistrosDelAnio(db, anio),
    listarAjustesDelAnio(db, anio),
    listarJustificaciones(db, anio),
    listarReconducciones(db, anio),
    obtenerConfiguracion(db),
  ]);
  const umbrales: UmbralesSemaforo = { verde: configuracion.umbralVerde, ambar: configuracion.umbralAmbar };
  const cronograma = calcularCronograma({ anio, actividades, registros, ajustes, umbrales, mesCorte });
  return { poa, actividades, registros, ajustes, justificaciones, reconducciones, umbrales, cronograma };
}

/** The years that have a POA, newest first (the year selector). */
export async function listarAniosPoa(db: BaseDatosPoa): Promise<number[]> {
  const poas = await db.poas.orderBy('anio').reverse().toArray();
  return [...new Set(poas.filter((p) => p.eliminado === 0).map((p) => p.anio))];
}
