import { useState } from 'react';
import { fechaIsoLocal } from '../../../shared/domain/formato';
import { expedienteEnJson, nombreArchivoExpediente } from '../../../shared/domain/datosPersonales';
import type { Persona } from '../../../shared/schemas/personas';
import { enEscritorio, puente } from '../bridge';
import { db } from '../db';
import { expedientePersona } from '../db/repositorios/personas';

export type ResultadoExportarPersona = { tipo: 'success' | 'info' | 'error'; mensaje: string };

/** Writes one citizen's personal data to a JSON file when they ask for it (right of access). */
export function useExportarPersona() {
  const [exportando, setExportando] = useState(false);
  const [resultado, setResultado] = useState<ResultadoExportarPersona | null>(null);

  async function exportar(persona: Persona): Promise<void> {
    setExportando(true);
    setResultado(null);
    try {
      const expediente = await expedientePersona(db, persona.id);
      const nombre = nombreArchivoExpediente(persona, fechaIsoLocal(new Date()));
      const respuesta = await puente.guardarArchivo({
        nombreSugerido: nombre,
        filtros: [{ name: 'Datos en JSON', extensions: ['json'] }],
        // The bridge takes bytes over a plain ArrayBuffer, which the encoder's typing does not promise.
        datos: new Uint8Array(new TextEncoder().encode(expedienteEnJson(expediente))),
      });
      if (!respuesta.guardado) {
        setResultado({ tipo: 'info', mensaje: 'Exportación cancelada: no se guardó ningún archivo.' });
        return;
      }
      const destino = respuesta.ruta ?? nombre;
      setResultado({
        tipo: 'success',
        mensaje: respuesta.ruta || enEscritorio ? `Datos de la persona guardados en ${destino}` : `Datos de la persona descargados como ${destino}`,
      });
    } catch (error) {
      setResultado({ tipo: 'error', mensaje: `No se pudieron exportar los datos: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setExportando(false);
    }
  }

  return { exportar, exportando, resultado };
}
