import { useState } from 'react';
import { entradaLibroPoa } from '../../../../shared/reportes/libro';
import { nombreArchivoLibro } from '../../../../shared/workbook/nombresHoja';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { db } from '../../db';
import { cargarDatosLibro, registrarExportacionLibro } from '../../db/repositorios/reportes';
import { construirLibroEnTrabajador } from './trabajoLibro';
import { textoGuardado, useExportacion } from '../../hooks/useExportacion';

/** The module worker that builds the workbook (exceljs loads there, never on the page). */
function trabajadorLibro(): Worker {
  return new Worker(new URL('./libroPoa.worker.ts', import.meta.url), { type: 'module', name: 'Libro POA' });
}

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
 * Exports the year's POA workbook: reads the data the cronograma shows, builds the .xlsx (the builder and exceljs
 * run in a module worker, so the screen keeps answering), hands the bytes to the bridge's save dialog and logs the export.
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
        const datos = await cargarDatosLibro(db, anio);
        if (!datos) return { tipo: 'error', mensaje: `No hay un POA ${anio} que exportar.` };
        await enPaso('construyendo');
        const entrada = entradaLibroPoa(datos);
        const bytes = await construirLibroEnTrabajador(entrada, trabajadorLibro);
        await enPaso('guardando');
        const guardado = await guardarLibroExcel(nombreArchivoLibro(anio), bytes);
        if (!guardado) return { tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA };
        await registrarExportacionLibro(db, { poaId: datos.poaId, entrada, destino: guardado.destino });
        return { tipo: 'guardado', mensaje: textoGuardado(guardado, `Libro POA ${anio}`, 'guardado en', 'descargado como') };
      } finally {
        setPaso(null);
      }
    }, 'No se pudo exportar el libro');

  return { exportar, paso, resultado, exportando };
}
