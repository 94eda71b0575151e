import { useState } from 'react';
import { enEscritorio } from '../bridge';
import { textoDeError } from '../db/errores';
import type { LibroGuardado } from './guardarExcel';

/** What an export ends with, said above its button. */
export type ResultadoExportacion = { tipo: 'guardado' | 'cancelado' | 'error'; mensaje: string };

/**
 * An export's run: «exportando» while it works, its result when it ends, and a failure said in Spanish after
 * `siFalla` («No se pudo exportar el libro: …»), whatever raised it.
 */
export function useExportacion() {
  const [exportando, setExportando] = useState(false);
  const [resultado, setResultado] = useState<ResultadoExportacion | null>(null);

  async function correr(tarea: () => Promise<ResultadoExportacion>, siFalla: string): Promise<ResultadoExportacion> {
    setResultado(null);
    setExportando(true);
    let r: ResultadoExportacion;
    try {
      r = await tarea();
    } catch (error) {
      r = { tipo: 'error', mensaje: `${siFalla}: ${textoDeError(error)}` };
    } finally {
      setExportando(false);
    }
    setResultado(r);
    return r;
  }

  return { correr, exportando, resultado };
}

/** «Bitácora (3 entradas) guardada en C:\…» on the desktop, «… descargada como bitacora.xlsx» in the browser. */
export function textoGuardado(guardado: LibroGuardado, que: string, guardadoEn: string, descargadoComo: string): string {
  return `${que} ${guardado.enRuta || enEscritorio ? guardadoEn : descargadoComo} ${guardado.destino}`;
}
