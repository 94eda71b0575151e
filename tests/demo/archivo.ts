import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { ESTACION_PRINCIPAL, generarOficina, type OpcionesOficina } from '../../shared/demo/generador';
import { FORMATO_RESPALDO, VERSION_RESPALDO, type NombreTabla } from '../../shared/schemas/respaldo';

export interface ResultadoArchivo {
  ruta: string;
  bytes: number;
  conteos: Partial<Record<NombreTabla, number>>;
  milisegundos: number;
}

/**
 * Writes the generated office as a backup file of the current format (the object `exportarRespaldo` makes), one
 * chunk of rows at a time: the file grows as the rows are generated and the whole text is never in memory. It is
 * written beside its final name and renamed when complete, so a file with that name is never half written.
 */
export async function escribirRespaldoDemo(ruta: string, opciones: OpcionesOficina, fecha = new Date()): Promise<ResultadoArchivo> {
  const inicio = performance.now();
  const temporal = `${ruta}.parcial`;
  const salida = createWriteStream(temporal, { encoding: 'utf8' });
  let bytes = 0;
  const escribir = async (texto: string) => {
    bytes += Buffer.byteLength(texto);
    if (!salida.write(texto)) await once(salida, 'drain');
  };
  const conteos: Partial<Record<NombreTabla, number>> = {};
  try {
    const cabeza = { formato: FORMATO_RESPALDO, version: VERSION_RESPALDO, fecha: fecha.toISOString(), estacion: ESTACION_PRINCIPAL };
    await escribir(`${JSON.stringify(cabeza).slice(0, -1)},"tablas":{`);
    let actual: NombreTabla | null = null;
    for (const { tabla, filas } of generarOficina(opciones)) {
      if (tabla !== actual) {
        await escribir(`${actual === null ? '' : '],'}${JSON.stringify(tabla)}:[`);
        actual = tabla;
        conteos[tabla] = 0;
      }
      if (filas.length === 0) continue;
      const texto = filas.map((f) => JSON.stringify(f)).join(',');
      await escribir(conteos[tabla] ? `,${texto}` : texto);
      conteos[tabla]! += filas.length;
    }
    await escribir(actual === null ? '}}' : ']}}');
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
