import nodePath from 'node:path';
import { escribirAtomico, nombreArchivoSeguro, type FsEscritura } from '../atomic-write';
import type { ElegirRutaGuardado, Manejador } from './types';

export interface DependenciasGuardarArchivo {
  elegirRuta: ElegirRutaGuardado;
  fs: FsEscritura;
  /** Folder the dialog opens in (the user's Documents). */
  carpetaSugerida: () => string;
}

/** `archivo:guardar`: asks where, then writes the bytes atomically. Cancelling is not an error. */
export function crearManejadorGuardarArchivo(dep: DependenciasGuardarArchivo): Manejador<'archivo:guardar'> {
  return async ({ nombreSugerido, filtros, datos }) => {
    const ruta = await dep.elegirRuta({
      titulo: 'Guardar archivo',
      rutaSugerida: nodePath.join(dep.carpetaSugerida(), nombreArchivoSeguro(nombreSugerido)),
      filtros,
    });
    if (!ruta) return { guardado: false };
    await escribirAtomico(dep.fs, ruta, datos);
    return { guardado: true, ruta };
  };
}
