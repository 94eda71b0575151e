import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { recorrer, type Segmento } from '../../../renderer/src/db/repositorios/paginas';

interface Fila {
  id: string;
  n: number;
  grupo: 'a' | 'b';
}

let tabla: Table<Fila, string>;
const FILAS: Fila[] = Array.from({ length: 230 }, (_x, i) => ({ id: `f${String(i).padStart(4, '0')}`, n: (i * 37) % 230, grupo: i % 3 === 0 ? 'a' : 'b' }));

beforeAll(async () => {
  const db = new Dexie('prueba-recorrer');
  db.version(1).stores({ filas: 'id, n, [grupo+n]' });
  tabla = db.table('filas');
  await tabla.bulkAdd(FILAS);
});

/** By `n`, ascending or descending, then the group 'a' before 'b' by n: two ranges one after the other. */
const partes = (direccion: 'asc' | 'desc'): Segmento[] =>
  (['a', 'b'] as const).map((g) => () => {
    const c = tabla.where('[grupo+n]').between([g, -Infinity], [g, Infinity]);
    return (direccion === 'desc' ? c.reverse() : c) as never;
  });

describe('recorrer un orden filtrado por lotes', () => {
  it('da cada página igual que filtrar y cortar todo, con lotes más chicos y más grandes que la página', async () => {
    for (const direccion of ['asc', 'desc'] as const) {
      const signo = direccion === 'asc' ? 1 : -1;
      const orden = (['a', 'b'] as const).flatMap((g) => FILAS.filter((f) => f.grupo === g).sort((x, y) => signo * (x.n - y.n)));
      for (const [nombre, aceptar] of [
        ['múltiplos de 5', (id: string) => Number(id.slice(1)) % 5 === 0],
        ['casi ninguno', (id: string) => id === 'f0007' || id === 'f0228'],
        ['todos', () => true],
      ] as const) {
        const esperado = orden.map((f) => f.id).filter(aceptar);
        for (const lote of [1, 7, 2000]) {
          for (const [desde, cuantas] of [[0, 10], [10, 10], [35, 25], [0, 500], [400, 10]]) {
            const ids = await recorrer(partes(direccion), desde, cuantas, aceptar, lote);
            expect(ids, `${nombre}, ${direccion}, lote ${lote}, desde ${desde}`).toEqual(esperado.slice(desde, desde + cuantas));
          }
        }
      }
    }
  });
});
