import { useState } from 'react';
import { describirFiltrosBitacora } from '../../../../shared/domain/cambiosBitacora';
import type { FiltrosBitacora } from '../../../../shared/schemas/filtrosBitacora';
import { enEscritorio } from '../../bridge';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { db } from '../../db';
import { entradasDeBitacora, registrarExportacionBitacora } from '../../db/repositorios/bitacora';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { sesionActual } from '../../db/sesion';
import { textoDeError } from '../../db/errores';

export type ResultadoExportacionBitacora = { tipo: 'guardado' | 'cancelado' | 'error'; mensaje: string };

/**
 * Exports what the filters show, every matching entry and not only the page: reads them (only who may see the
 * bitácora), builds the sheet (exceljs loads only now), hands it to the bridge's save dialog and logs the export.
 */
export function useExportarBitacora() {
  const [exportando, setExportando] = useState(false);
  const [resultado, setResultado] = useState<ResultadoExportacionBitacora | null>(null);

  async function exportar(filtros: FiltrosBitacora, nombreCuenta: string | null): Promise<void> {
    setResultado(null);
    setExportando(true);
    try {
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
      const nombre = nombreArchivoBitacora(generado);
      const guardado = await guardarLibroExcel(nombre, bytes);
      if (!guardado) {
        setResultado({ tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA });
        return;
      }
      const { destino } = guardado;
      await registrarExportacionBitacora(db, { filtros, nombreCuenta, entradas: entradas.length, destino });
      const cuantas = entradas.length === 1 ? '1 entrada' : `${entradas.length.toLocaleString('es-MX')} entradas`;
      setResultado({
        tipo: 'guardado',
        mensaje: `Bitácora (${cuantas}) ${guardado.enRuta || enEscritorio ? 'guardada en' : 'descargada como'} ${destino}`,
      });
    } catch (error) {
      setResultado({ tipo: 'error', mensaje: `No se pudo exportar la bitácora: ${textoDeError(error)}` });
    } finally {
      setExportando(false);
    }
  }

  return { exportar, exportando, resultado };
}
