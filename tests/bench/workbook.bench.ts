import { bench, describe } from 'vitest';
import { construirLibroPoa, crearLibro } from '../../shared/workbook/libro';
import { VOLUMEN, entradaOficinaOcupada } from './datosVolumen';

/**
 * The POA workbook for a busy year: 10,000 solicitudes, 3,000 apoyos, 200 jornadas, 300 eventos, 100 mesas,
 * 50 convenios and an 8,000-person padrón. Target: a few seconds. Run with
 *   npx vitest bench --run tests/bench/workbook.bench.ts
 * Each run prints its own figures (build and write time, file size, heap) besides vitest's summary.
 */
const entrada = entradaOficinaOcupada();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe(`libro POA con ${VOLUMEN.solicitudes.toLocaleString('es-MX')} solicitudes y ${VOLUMEN.padron.toLocaleString('es-MX')} personas en el padrón`, () => {
  bench(
    'construirLibroPoa',
    async () => {
      const heapAntes = process.memoryUsage().heapUsed;
      const inicio = performance.now();
      const libro = crearLibro(entrada);
      const armado = performance.now();
      const datos = (await libro.xlsx.writeBuffer()) as unknown as Uint8Array;
      const fin = performance.now();
      const heapDespues = process.memoryUsage().heapUsed;
      console.log(
        [
          `hojas: ${libro.worksheets.length}`,
          `armar: ${(armado - inicio).toFixed(0)} ms`,
          `escribir xlsx: ${(fin - armado).toFixed(0)} ms`,
          `total: ${(fin - inicio).toFixed(0)} ms`,
          `tamaño: ${mb(datos.byteLength)}`,
          `heap usado al terminar: ${mb(heapDespues)} (+${mb(heapDespues - heapAntes)})`,
          `rss: ${mb(process.memoryUsage().rss)}`,
        ].join(' · '),
      );
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );

  bench('construirLibroPoa (bytes listos para guardar)', async () => {
    await construirLibroPoa(entrada);
  }, { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 });
});
