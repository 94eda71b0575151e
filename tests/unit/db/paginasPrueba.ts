import { expect } from 'vitest';
import type { Pagina } from '../../../renderer/src/db/repositorios/paginas';

/**
 * Every page of a paged list in turn, until one comes empty: the ids in the order they came and the totals each page
 * said; each page holds at most `tamano` rows and counts `todas` live records.
 */
export async function todasLasPaginas(pedir: (pagina: number) => Promise<Pagina<{ id: string }>>, tamano: number, todas: number) {
  const ids: string[] = [];
  const totales = new Set<number>();
  for (let pagina = 0; ; pagina++) {
    const r = await pedir(pagina);
    totales.add(r.total);
    expect(r.todas).toBe(todas);
    if (r.filas.length === 0) break;
    expect(r.filas.length).toBeLessThanOrEqual(tamano);
    ids.push(...r.filas.map((f) => f.id));
  }
  return { ids, totales: [...totales] };
}

type Orden<C extends string> = { campo: C; direccion: 'asc' | 'desc' };

/** Each order, both ways, page by page, gives the ids the in-memory reference gives, and one total: their number. */
export async function cadaOrdenComoEnMemoria<C extends string>(
  campos: readonly C[],
  esperado: (orden: Orden<C>) => string[],
  paginas: (orden: Orden<C>) => Promise<{ ids: string[]; totales: number[] }>,
): Promise<void> {
  for (const campo of campos) {
    for (const direccion of ['asc', 'desc'] as const) {
      const ref = esperado({ campo, direccion });
      const { ids, totales } = await paginas({ campo, direccion });
      expect(ids, `${campo} ${direccion}`).toEqual(ref);
      expect(totales, `${campo} ${direccion}`).toEqual([ref.length]);
    }
  }
}
