import type { Persona } from '../../../../shared/schemas/personas';
import type { ElementoCatalogo } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { cargarCronogramaConPersonas, type CronogramaConRegistros } from './cronograma';
import { registrosPorId } from './lecturaDirecta';

export interface DatosTablero extends CronogramaConRegistros {
  /** The people behind the year's requests and delivered supports (colonia and sexo for the charts). */
  personas: Persona[];
  tiposApoyo: ElementoCatalogo[];
}

/** The cronograma of the year plus the people and catalogue the charts label with; null when the year has no POA. */
export async function cargarTablero(db: BaseDatosPoa, anio: number): Promise<DatosTablero | null> {
  const [cargado, tiposApoyo] = await Promise.all([cargarCronogramaConPersonas(db, anio), db.catalogos.where('tipo').equals('tipoApoyo').toArray()]);
  if (!cargado) return null;
  const { conRegistros, personas } = cargado;
  // The citizens of the year's solicitudes and apoyos: those of the records that count were read for their names;
  // only the others' (cancelled, deleted) are read here.
  const ids = [...new Set([...conRegistros.registros.solicitudes.map((s) => s.personaId), ...conRegistros.registros.apoyos.map((a) => a.personaId)])];
  // Read as the others were, without the live query noting each key (lecturaDirecta.ts).
  const faltan = await registrosPorId<Persona>(db, 'personas', ids.filter((id) => !personas.has(id)));
  for (const p of faltan) personas.set(p.id, p);
  return { ...conRegistros, personas: ids.map((id) => personas.get(id)).filter((p): p is Persona => p !== undefined), tiposApoyo };
}
