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

/** `filas` of `tabla` with their persona fields pointing at the personas kept. */
export function repuntarPersonas(tabla: string, filas: readonly Fila[], mapa: ReadonlyMap<string, string>): { filas: Fila[]; cambiadas: number } {
  return repuntar(filas, CAMPOS_PERSONA[tabla] ?? [], mapa);
}

/**
 * The personas one database holds twice with the same CURP (captures exchanged before personas were matched by
 * CURP): each live one that gives way, with the id of the one kept, the same at every PC (the one registered first).
 */
export function duplicadosPersona(filas: readonly Fila[]): Map<string, string> {
  const vivas = filas.filter((p) => p.eliminado === 0);
  return equivalenciasPorClave([], vivas, clavePersona, antesPorAlta);
}

/**
 * Where each persona merged into another (`unidaCon`) leads, at the end of the chain (a persona merged into one that
 * was merged later): `unidas` gives each merged persona's `unidaCon`. A chain that loops (two PCs that each merged
 * the pair the other way) ends at the smaller id, the same at every PC.
 */
export function destinosDeUnion(unidas: ReadonlyMap<string, string>): Map<string, string> {
  const destinos = new Map<string, string>();
  for (const inicio of unidas.keys()) {
    const vistos = [inicio];
    let actual = unidas.get(inicio)!;
    while (unidas.has(actual) && !vistos.includes(actual)) {
      vistos.push(actual);
      actual = unidas.get(actual)!;
    }
    const destino = vistos.includes(actual) ? [...vistos].sort()[0] : actual;
    if (destino !== inicio) destinos.set(inicio, destino);
  }
  return destinos;
}
