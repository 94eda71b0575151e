import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { BaseDatosPoa } from '../../renderer/src/db/db';
import { cargarCronograma, cargarCronogramaConRegistros } from '../../renderer/src/db/repositorios/cronograma';
import { generarOficina } from '../../shared/demo/generador';

/**
 * «Cronograma calculado»: the repository call alone over the generated office (fake-indexeddb here, slower than the
 * browser's IndexedDB), counting by index, against loading the year's records as the tablero and the workbook do.
 *   npx vitest bench --run tests/bench/cronograma.bench.ts        (ANIOS_BENCH=3 for three years of history)
 */
const ANIOS = Number(process.env.ANIOS_BENCH ?? 1);

async function oficina(): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`bench-cronograma-${ANIOS}`);
  await db.open();
  for (const { tabla, filas } of generarOficina({ anios: ANIOS, semilla: 1 })) {
    if (tabla === 'configuracion' || tabla === 'cuentas') continue;
    await db.table(tabla).bulkPut(filas);
  }
  return db;
}

const lista = oficina();

describe(`cronograma 2026 con ${ANIOS} año(s) de historia`, () => {
  bench('cronograma calculado (conteo por índice)', async () => {
    await cargarCronograma(await lista, 2026);
  }, { iterations: 5, warmupIterations: 1 });

  bench('cronograma con los registros del año (tablero, hojas, libro)', async () => {
    await cargarCronogramaConRegistros(await lista, 2026);
  }, { iterations: 5, warmupIterations: 1 });
});
