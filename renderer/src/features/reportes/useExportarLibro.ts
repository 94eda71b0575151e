import { useState } from 'react';
import { entradaLibroPoa } from '../../../../shared/reportes/libro';
import { nombreArchivoLibro } from '../../../../shared/workbook/nombresHoja';
import { enEscritorio } from '../../bridge';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { db } from '../../db';
import { cargarDatosLibro, registrarExportacionLibro } from '../../db/repositorios/reportes';
import { construirLibroEnTrabajador } from './trabajoLibro';
import { textoDeError } from '../../db/errores';

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

export type ResultadoExportacion =
  | { tipo: 'guardado'; mensaje: string }
  | { tipo: 'cancelado'; mensaje: string }
  | { tipo: 'error'; mensaje: string };

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
  const [resultado, setResultado] = useState<ResultadoExportacion | null>(null);

  async function exportar(anio: number): Promise<void> {
    setResultado(null);
    try {
      setPaso('reuniendo');
      await pintar();
      const datos = await cargarDatosLibro(db, anio);
      if (!datos) {
        setResultado({ tipo: 'error', mensaje: `No hay un POA ${anio} que exportar.` });
        return;
      }
      setPaso('construyendo');
      await pintar();
      const entrada = entradaLibroPoa(datos);
      const bytes = await construirLibroEnTrabajador(entrada, trabajadorLibro);
      setPaso('guardando');
      await pintar();
      const nombre = nombreArchivoLibro(anio);
      const guardado = await guardarLibroExcel(nombre, bytes);
      if (!guardado) {
        setResultado({ tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA });
        return;
      }
      const { destino } = guardado;
      await registrarExportacionLibro(db, { poaId: datos.poaId, entrada, destino });
      setResultado({
        tipo: 'guardado',
        mensaje: guardado.enRuta || enEscritorio ? `Libro POA ${anio} guardado en ${destino}` : `Libro POA ${anio} descargado como ${destino}`,
      });
    } catch (error) {
      setResultado({ tipo: 'error', mensaje: `No se pudo exportar el libro: ${textoDeError(error)}` });
    } finally {
      setPaso(null);
    }
  }

  return { exportar, paso, resultado, exportando: paso !== null };
}
