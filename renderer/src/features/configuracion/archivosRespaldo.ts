import { TAMANO_TROZO_RESPALDO } from '../../../../shared/ipc/limites';
import type { PuenteApi } from '../../bridge';
import type { ArchivoElegido } from '../../db/respaldoBloqueado';

/** The pieces of a browser stream as they are read. */
async function* piezasDe(flujo: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const lector = flujo.getReader();
  try {
    for (;;) {
      const { done, value } = await lector.read();
      if (done) return;
      yield value;
    }
  } finally {
    lector.releaseLock();
  }
}

/** A file picked from the computer, read as a stream (`File.stream()`), never whole unless it is a locked copy. */
export function archivoDeFile(archivo: File): ArchivoElegido {
  return {
    tamano: archivo.size,
    primeros: async (cantidad) => new Uint8Array(await archivo.slice(0, cantidad).arrayBuffer()),
    leer: () => piezasDe(archivo.stream()),
    bytes: async () => new Uint8Array(await archivo.arrayBuffer()),
  };
}

/** A backup of this PC's backups folder, read a piece at a time through the bridge. */
export function archivoGuardado(puente: PuenteApi, nombre: string, tamano: number): ArchivoElegido {
  async function* leer(): AsyncGenerator<Uint8Array> {
    for (let desde = 0; ; ) {
      const { bytes, tamano: total } = await puente.leerTrozoRespaldo({ nombre, desde, cantidad: TAMANO_TROZO_RESPALDO });
      if (bytes.length === 0) return;
      desde += bytes.length;
      yield bytes;
      if (desde >= total) return;
    }
  }
  return {
    tamano,
    primeros: async (cantidad) => (await puente.leerTrozoRespaldo({ nombre, desde: 0, cantidad: Math.max(1, Math.min(cantidad, TAMANO_TROZO_RESPALDO)) })).bytes,
    leer,
    bytes: async () => {
      const partes: Uint8Array[] = [];
      for await (const p of leer()) partes.push(p);
      return new Uint8Array(await new Blob(partes as BlobPart[]).arrayBuffer());
    },
  };
}
