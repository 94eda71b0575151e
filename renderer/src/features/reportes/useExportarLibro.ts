import { useState } from 'react';
import { nombreArchivoLibro } from '../../../../shared/workbook/nombresHoja';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { db } from '../../db';
import { registrarExportacionLibro } from '../../db/repositorios/reportes';
import { exportarLibroEnTrabajador } from '../../db/trabajoLibro';
import { textoGuardado, useExportacion } from '../../hooks/useExportacion';

export type PasoExportacion = 'reuniendo' | 'construyendo' | 'guardando';

export const PASOS_EXPORTACION: readonly PasoExportacion[] = ['reuniendo', 'construyendo', 'guardando'];

export const ETIQUETA_PASO: Record<PasoExportacion, string> = {
  reuniendo: 'Reuniendo datos',
  construyendo: 'Construyendo libro',
  guardando: 'Guardando',
};

/**
 * Lets the browser paint the new step before the next piece of work: building a busy year's workbook keeps the
 * page busy for a moment, and the user should see which step it is in.
 */
function pintar(): Promise<void> {
  return new Promise((listo) => {
    requestAnimationFrame(() => setTimeout(listo, 0));
    // A hidden window never gets an animation frame; it must not hang the export.
    setTimeout(listo, 150);
  });
}

/**
 * Exports the year's POA workbook: once the session may, a module worker reads the data the cronograma shows and
 * builds the .xlsx (so the screen keeps answering while a busy year is read and written), the bytes go to the
 * bridge's save dialog and the export is logged.
 */
export function useExportarLibro() {
  const [paso, setPaso] = useState<PasoExportacion | null>(null);
  const { correr, exportando, resultado } = useExportacion();
  const enPaso = async (siguiente: PasoExportacion) => {
    setPaso(siguiente);
    await pintar();
  };

  const exportar = (anio: number) =>
    correr(async () => {
      try {
        await enPaso('reuniendo');
        const libro = await exportarLibroEnTrabajador(db, anio, new Date(), () => setPaso('construyendo'));
        if (!libro) return { tipo: 'error', mensaje: `No hay un POA ${anio} que exportar.` };
        await enPaso('guardando');
        const guardado = await guardarLibroExcel(nombreArchivoLibro(anio), libro.bytes);
        if (!guardado) return { tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA };
        await registrarExportacionLibro(db, { poaId: libro.poaId, resumen: libro.resumen, destino: guardado.destino });
        return { tipo: 'guardado', mensaje: textoGuardado(guardado, `Libro POA ${anio}`, 'guardado en', 'descargado como') };
      } finally {
        setPaso(null);
      }
    }, 'No se pudo exportar el libro');

  return { exportar, paso, resultado, exportando };
}
