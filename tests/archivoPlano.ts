/** A compressed backup file turned into the plain JSON file of version 1 that holds the same, for tests that spoil it. */
import { gunzipSync } from 'node:zlib';

/** The content of a compressed backup as a plain JSON file of version 1: `{formato, version, fecha, estacion, tablas}`. */
export function comoPlano(bytes: Uint8Array): string {
  const lineas = gunzipSync(bytes).toString('utf8').split('\n').filter((l) => l !== '');
  const { formato, version, fecha, estacion, tablas: conteos } = JSON.parse(lineas[0]) as { formato: string; version: number; fecha: string; estacion: string; tablas: Record<string, number> };
  const tablas: Record<string, unknown[]> = Object.fromEntries(Object.keys(conteos).map((t) => [t, []]));
  for (const linea of lineas.slice(1, -1)) {
    const { tabla, filas } = JSON.parse(linea) as { tabla: string; filas: unknown[] };
    tablas[tabla].push(...filas);
  }
  return JSON.stringify({ formato, version, fecha, estacion, tablas });
}

