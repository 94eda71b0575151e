import { MENSAJE_ARCHIVO_AUSENTE, sha256De, type AlmacenArchivos } from '../../../renderer/src/db/archivosEvidencia';

/** A PC whose files live apart from its database, as the desktop app's data folder: a map by SHA-256. */
export function carpetaDeDatos(): AlmacenArchivos & { archivos: Map<string, Uint8Array> } {
  const archivos = new Map<string, Uint8Array>();
  return {
    lugar: 'puente',
    archivos,
    async guardar(sha256, _extension, bytes) {
      if ((await sha256De(bytes)) !== sha256) throw new Error('El archivo de evidencia llegó dañado (su contenido no coincide con su huella SHA-256).');
      if (archivos.has(sha256)) return false;
      archivos.set(sha256, new Uint8Array(bytes));
      return true;
    },
    async leer(sha256) {
      const bytes = archivos.get(sha256);
      if (!bytes) throw new Error(MENSAJE_ARCHIVO_AUSENTE);
      return bytes;
    },
  };
}
