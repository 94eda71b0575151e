import { describirFiltrosBitacora } from '../../../../shared/domain/cambiosBitacora';
import type { FiltrosBitacora } from '../../../../shared/schemas/filtrosBitacora';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { db } from '../../db';
import { entradasDeBitacora, registrarExportacionBitacora } from '../../db/repositorios/bitacora';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { sesionActual } from '../../db/sesion';
import { textoGuardado, useExportacion } from '../../hooks/useExportacion';

/**
 * Exports what the filters show, every matching entry and not only the page: reads them (only who may see the
 * bitácora), builds the sheet (exceljs loads only now), hands it to the bridge's save dialog and logs the export.
 */
export function useExportarBitacora() {
  const { correr, exportando, resultado } = useExportacion();

  const exportar = (filtros: FiltrosBitacora, nombreCuenta: string | null) =>
    correr(async () => {
      const entradas = await entradasDeBitacora(db, filtros);
      const { construirLibroBitacora, nombreArchivoBitacora } = await import('../../../../shared/workbook/bitacora');
      const generado = new Date();
      const bytes = await construirLibroBitacora({
        entradas,
        filtros: describirFiltrosBitacora(filtros, nombreCuenta),
        municipio: (await obtenerConfiguracion(db)).municipio,
        usuario: sesionActual(db)?.nombre ?? 'Sin sesión',
        generado,
      });
      const guardado = await guardarLibroExcel(nombreArchivoBitacora(generado), bytes);
      if (!guardado) return { tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA };
      await registrarExportacionBitacora(db, { filtros, nombreCuenta, entradas: entradas.length, destino: guardado.destino });
      const cuantas = entradas.length === 1 ? '1 entrada' : `${entradas.length.toLocaleString('es-MX')} entradas`;
      return { tipo: 'guardado', mensaje: textoGuardado(guardado, `Bitácora (${cuantas})`, 'guardada en', 'descargada como') };
    }, 'No se pudo exportar la bitácora');

  return { exportar, exportando, resultado };
}
