export { construirLibroPoa, crearLibro, nombreArchivoLibro, HOJA_PADRON } from './libro';
export type { ActividadLibro, CeldaAnexo, LibroPoaEntrada, TablaAnexo, TipoColumnaAnexo } from './tipos';
export { construirLibroBitacora, crearLibroBitacora, nombreArchivoBitacora, HOJA_BITACORA, type BitacoraLibroEntrada } from './bitacora';
