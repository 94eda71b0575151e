import type { Persona } from '../../../../shared/schemas/personas';
import type { ElementoCatalogo } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { cargarCronogramaConRegistros, type CronogramaConRegistros } from './cronograma';

export interface DatosTablero extends CronogramaConRegistros {
  /** The people behind the year's requests and delivered supports (colonia and sexo for the charts). */
  personas: Persona[];
  tiposApoyo: ElementoCatalogo[];
}

/** The cronograma of the year plus the people and catalogue the charts label with; null when the year has no POA. */
export async function cargarTablero(db: BaseDatosPoa, anio: number): Promise<DatosTablero | null> {
  const cargado = await cargarCronogramaConRegistros(db, anio);
  if (!cargado) return null;
  const ids = new Set([...cargado.registros.solicitudes.map((s) => s.personaId), ...cargado.registros.apoyos.map((a) => a.personaId)]);
  const [personas, tiposApoyo] = await Promise.all([db.personas.bulkGet([...ids]), db.catalogos.where('tipo').equals('tipoApoyo').toArray()]);
  return { ...cargado, personas: personas.filter((p): p is Persona => p !== undefined), tiposApoyo };
}
