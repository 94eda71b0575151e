import { puente } from '../bridge';

/** Said when the user closes the save dialog without choosing where. */
export const EXPORTACION_CANCELADA = 'Exportación cancelada: no se guardó ningún archivo.';

/** Where an Excel workbook went: the path chosen (desktop), or the name it was downloaded as (browser). */
export interface LibroGuardado {
  destino: string;
  /** Saved to a chosen path rather than downloaded. */
  enRuta: boolean;
}

/**
 * Offers to save an Excel workbook under `nombre` through the bridge; null when the user cancels. The bridge takes
 * bytes over a plain ArrayBuffer; a copy costs milliseconds even for a busy year.
 */
export async function guardarLibroExcel(nombre: string, bytes: ArrayBuffer | Uint8Array): Promise<LibroGuardado | null> {
  const respuesta = await puente.guardarArchivo({
    nombreSugerido: nombre,
    filtros: [{ name: 'Libro de Excel', extensions: ['xlsx'] }],
    datos: new Uint8Array(bytes),
  });
  if (!respuesta.guardado) return null;
  return { destino: respuesta.ruta ?? nombre, enRuta: Boolean(respuesta.ruta) };
}
