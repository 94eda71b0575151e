import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { ESTACION_PRINCIPAL, generarOficina, type OpcionesOficina } from '../../shared/demo/generador';
import { FORMATO_RESPALDO, TABLAS_RESPALDO, VERSION_RESPALDO, type NombreTabla } from '../../shared/schemas/respaldo';
import { escribirComprimido, VERSION_ARCHIVO } from '../../shared/schemas/respaldoComprimido';
import { MIGRACIONES } from '../../renderer/src/db/migraciones';

export interface ResultadoArchivo {
  ruta: string;
  bytes: number;
  conteos: Partial<Record<NombreTabla, number>>;
  milisegundos: number;
}

/**
 * Writes the generated office as a backup file of the current format (the compressed one `exportarRespaldo` writes),
 * one chunk of rows at a time: the file grows as the rows are generated and the whole history is never in memory. The
 * header says how many rows each table holds, so the office is generated twice (it is the same every time: the rows
 * come from the seed): once to count, once to write. It is written beside its final name and renamed when complete, so
 * a file with that name is never half written.
 */
export async function escribirRespaldoDemo(ruta: string, opciones: OpcionesOficina, fecha = new Date()): Promise<ResultadoArchivo> {
  const inicio = performance.now();
  const conteos = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, 0])) as Record<NombreTabla, number>;
  for (const { tabla, filas } of generarOficina(opciones)) conteos[tabla] += filas.length;
  const temporal = `${ruta}.parcial`;
  const salida = createWriteStream(temporal);
  let bytes = 0;
  try {
    const encabezado = {
      formato: FORMATO_RESPALDO,
      archivo: VERSION_ARCHIVO,
      version: VERSION_RESPALDO,
      fecha: fecha.toISOString(),
      estacion: ESTACION_PRINCIPAL,
      esquema: MIGRACIONES.at(-1)!.version,
      tablas: conteos,
    };
    await escribirComprimido(encabezado, generarOficina(opciones), async (pieza) => {
      bytes += pieza.length;
      if (!salida.write(pieza)) await once(salida, 'drain');
    });
    salida.end();
    await once(salida, 'finish');
    await rename(temporal, ruta);
  } catch (e) {
    salida.destroy();
    await rm(temporal, { force: true });
    throw e;
  }
  return { ruta, bytes, conteos, milisegundos: performance.now() - inicio };
}
