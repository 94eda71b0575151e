import { ESQUEMAS_TABLAS } from '../schemas/respaldo';
import { antesPorAlta, equivalenciasPorClave, repuntar, type Fila } from './unificarCatalogos';

/**
 * A citizen is one persona in the whole office: two PCs that each registered her with the same CURP hold one persona
 * once their captures meet, and her solicitudes, apoyos and ARCO requests point at it. The fields that point at a
 * persona are read from the tables' schemas (every `personaId`), so a table that gains one is followed.
 */

export const CAMPOS_PERSONA: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(ESQUEMAS_TABLAS)
    .filter(([, schema]) => 'shape' in schema && 'personaId' in (schema.shape as object))
    .map(([tabla]) => [tabla, ['personaId']]),
);

/** A persona's CURP as it identifies her, or null without one (she is then matched by nobody). */
export function clavePersona(p: Fila): string | null {
  const curp = typeof p.curp === 'string' ? p.curp.trim().toUpperCase() : '';
  return curp === '' ? null : curp;
}

/**
 * The file's personas already here under another id (same CURP): each with the id of the local one she becomes (the
 * live one, else the one registered first).
 */
export function equivalenciasPersona(locales: readonly Fila[], entrantes: readonly Fila[]): Map<string, string> {
  return equivalenciasPorClave(locales, entrantes, clavePersona, antesPorAlta);
}

/** `filas` of `tabla` with their persona fields pointing at the personas kept. */
export function repuntarPersonas(tabla: string, filas: readonly Fila[], mapa: ReadonlyMap<string, string>): { filas: Fila[]; cambiadas: number } {
  return repuntar(filas, CAMPOS_PERSONA[tabla] ?? [], mapa);
}
