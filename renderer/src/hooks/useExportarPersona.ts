import { useState } from 'react';
import { fechaIsoLocal } from '../../../shared/domain/formato';
import { nombreArchivoExpediente, type ExpedientePersona } from '../../../shared/domain/datosPersonales';
import type { Persona } from '../../../shared/schemas/personas';
import { enEscritorio } from '../bridge';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from './guardarExcel';
import { db } from '../db';
import { expedientePersona } from '../db/repositorios/personas';
import { nombresDeCatalogos } from '../db/repositorios/solicitudes';
import { textoDeError } from '../db/errores';

export type ResultadoExportarPersona = { tipo: 'success' | 'info' | 'error'; mensaje: string };

/**
 * Writes one citizen's data as an Excel workbook (catalogue names, status labels and dd/mm/aaaa dates rather than
 * the ids stored), through the save dialog; the builder and exceljs load only now, not with the app.
 */
export async function guardarLibroExpediente(
  persona: Pick<Persona, 'apellidoPaterno'>,
  expediente: ExpedientePersona,
  nombres: ReadonlyMap<string, string>,
): Promise<ResultadoExportarPersona> {
  const { construirLibroExpediente } = await import('../../../shared/workbook/libroExpediente');
  const nombre = nombreArchivoExpediente(persona, fechaIsoLocal(new Date()), 'xlsx');
  const guardado = await guardarLibroExcel(nombre, await construirLibroExpediente(expediente, nombres));
  if (!guardado) return { tipo: 'info', mensaje: EXPORTACION_CANCELADA };
  const { destino } = guardado;
  return {
    tipo: 'success',
    mensaje: guardado.enRuta || enEscritorio ? `Datos de la persona guardados en ${destino}` : `Datos de la persona descargados como ${destino}`,
  };
}

/** Exports one citizen's personal data when they ask for it (right of access). */
export function useExportarPersona() {
  const [exportando, setExportando] = useState(false);
  const [resultado, setResultado] = useState<ResultadoExportarPersona | null>(null);

  async function exportar(persona: Persona): Promise<void> {
    setExportando(true);
    setResultado(null);
    try {
      const expediente = await expedientePersona(db, persona.id);
      setResultado(await guardarLibroExpediente(persona, expediente, await nombresDeCatalogos(db)));
    } catch (error) {
      setResultado({ tipo: 'error', mensaje: `No se pudieron exportar los datos: ${textoDeError(error)}` });
    } finally {
      setExportando(false);
    }
  }

  return { exportar, exportando, resultado };
}
