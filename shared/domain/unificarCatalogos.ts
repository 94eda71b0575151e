import { DESCRIPTORES } from '../registros';
import { ETIQUETA_CATALOGO, type TipoCatalogo } from '../schemas/sistema';
import { claveCatalogo, idCatalogo } from './identidad';

/**
 * Catalogue entries are one per tipo and name in the whole office: «Despensa» of «Tipo de apoyo» created at two PCs
 * (by the seed before its ids came from the name, or by hand) is one entry once their captures meet, and the
 * records that pointed at either point at the one kept. Which fields point at catalogue entries is read from the
 * record descriptors (`catalogos`), so a kind that gains one is followed without listing it here.
 */

export type Fila = Record<string, unknown>;

/** The tables whose records point at catalogue entries, and by which fields. */
export const CAMPOS_CATALOGO: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  DESCRIPTORES.filter((d) => d.catalogos.length > 0).map((d) => [d.tabla, d.catalogos.map((c) => c.campo)]),
);

const clave = (c: Fila): string => claveCatalogo(String(c.tipo), String(c.nombre ?? ''));

/** Of two copies of the same record, the one that stays, the same at every PC: the live one, else the one created first, else the smaller id. */
export function antesPorAlta(a: Fila, b: Fila): boolean {
  const viva = (c: Fila) => c.eliminado === 0;
  if (viva(a) !== viva(b)) return viva(a);
  const ca = String(a.createdAt ?? '');
  const cb = String(b.createdAt ?? '');
  if (ca !== cb) return ca < cb;
  return String(a.id) < String(b.id);
}

/**
 * Of two entries with the same tipo and name, the one that stays, the same at every PC: the live one; else the one
 * whose id comes from its name (the seed's); else the one created first; else the smaller id.
 */
export function antesQue(a: Fila, b: Fila): boolean {
  if ((a.eliminado === 0) !== (b.eliminado === 0)) return a.eliminado === 0;
  const derivada = (c: Fila) => c.id === idCatalogo(String(c.tipo), String(c.nombre ?? ''));
  if (derivada(a) !== derivada(b)) return derivada(a);
  return antesPorAlta(a, b);
}

type Clave = (f: Fila) => string | null;
type Antes = (a: Fila, b: Fila) => boolean;

/** For each natural key, the row that stays among `filas`; rows without a key match nothing. */
function porClave(filas: readonly Fila[], clave: Clave, antes: Antes): Map<string, Fila> {
  const primera = new Map<string, Fila>();
  for (const f of filas) {
    const k = clave(f);
    if (k === null) continue;
    const previa = primera.get(k);
    if (!previa || antes(f, previa)) primera.set(k, f);
  }
  return primera;
}

/**
 * The duplicates among one database's entries: each id that gives way, with the id of the entry kept for its tipo
 * and name.
 */
export function duplicadosCatalogo(filas: readonly Fila[]): Map<string, string> {
  const conservada = porClave(filas, clave, antesQue);
  const mapa = new Map<string, string>();
  for (const f of filas) {
    const kept = conservada.get(clave(f))!;
    if (kept.id !== f.id) mapa.set(String(f.id), String(kept.id));
  }
  return mapa;
}

/**
 * The rows of a file from another PC that are already here under another id, by natural key (`clave`): each with the
 * id of the local row it becomes (the one that stays among the local ones with its key, by `antes`). A row whose id
 * is here is the same record and merges by id as any other; rows new here that repeat each other in the file become
 * the one that stays among them. Local rows never give way to the file's: a merge does not rewrite this PC's records.
 */
export function equivalenciasPorClave(locales: readonly Fila[], entrantes: readonly Fila[], clave: Clave, antes: Antes): Map<string, string> {
  const idsLocales = new Set(locales.map((c) => String(c.id)));
  const local = porClave(locales, clave, antes);
  const nuevas = entrantes.filter((c) => !idsLocales.has(String(c.id)));
  const delArchivo = porClave(nuevas, clave, antes);
  const mapa = new Map<string, string>();
  for (const f of nuevas) {
    const k = clave(f);
    if (k === null) continue;
    const destino = local.get(k) ?? delArchivo.get(k)!;
    if (destino.id !== f.id) mapa.set(String(f.id), String(destino.id));
  }
  return mapa;
}

/** The file's catalogue entries that are already here under another id, by tipo and name. */
export function equivalenciasCatalogo(locales: readonly Fila[], entrantes: readonly Fila[]): Map<string, string> {
  return equivalenciasPorClave(locales, entrantes, clave, antesQue);
}

/**
 * `filas` with the fields `campos` pointing at the records kept (`mapa`: id that gives way → id kept), and how many
 * changed. A record that changes keeps its updatedAt: it is the same version, pointing at the same record under the
 * id it has here, so the same record from two PCs still compares equal.
 */
export function repuntar(filas: readonly Fila[], campos: readonly string[], mapa: ReadonlyMap<string, string>): { filas: Fila[]; cambiadas: number } {
  let cambiadas = 0;
  const resultado = filas.map((f) => {
    let nueva: Fila | null = null;
    for (const campo of campos) {
      const id = f[campo];
      const destino = typeof id === 'string' ? mapa.get(id) : undefined;
      if (destino !== undefined) {
        nueva ??= { ...f };
        nueva[campo] = destino;
      }
    }
    if (nueva) cambiadas++;
    return nueva ?? f;
  });
  return { filas: resultado, cambiadas };
}

/** `filas` of `tabla` with their catalogue fields pointing at the entries kept. */
export function repuntarCatalogos(tabla: string, filas: readonly Fila[], mapa: ReadonlyMap<string, string>): { filas: Fila[]; cambiadas: number } {
  return repuntar(filas, CAMPOS_CATALOGO[tabla] ?? [], mapa);
}

/** "«Despensa» (Tipos de apoyo), «Centro» (Colonias)": the entries a bitácora entry names, the first few. */
export function nombrarEntradas(filas: readonly Fila[], maximo = 5): string {
  const nombres = filas.slice(0, maximo).map((c) => `«${String(c.nombre)}» (${ETIQUETA_CATALOGO[c.tipo as TipoCatalogo] ?? String(c.tipo)})`);
  return filas.length > maximo ? `${nombres.join(', ')} y ${filas.length - maximo} más` : nombres.join(', ');
}
