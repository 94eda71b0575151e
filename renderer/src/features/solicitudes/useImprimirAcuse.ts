import { useState } from 'react';
import type { Solicitud } from '../../../../shared/schemas/solicitudes';
import { puente } from '../../bridge';
import { db } from '../../db';
import { registrarImpresionAcuse } from '../../db/repositorios/solicitudes';
import { textoDeError } from '../../db/errores';

export type ModoImpresion = 'dialogo' | 'pdf';

/** Prints (or saves as PDF) the acuse through the bridge; a finished print goes to the bitácora. */
export function useImprimirAcuse() {
  const [imprimiendo, setImprimiendo] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function imprimir(solicitud: Pick<Solicitud, 'id' | 'folio'>, modo: ModoImpresion): Promise<void> {
    setImprimiendo(true);
    setError(null);
    try {
      const r = await puente.imprimir({
        ruta: `/imprimir/acuse/${solicitud.id}`,
        modo,
        horizontal: false,
        nombreSugerido: `Acuse ${solicitud.folio}.pdf`,
      });
      if (r.ok) await registrarImpresionAcuse(db, solicitud.id, modo);
      else if (r.mensaje) setError(r.mensaje);
    } catch (e) {
      setError(textoDeError(e));
    } finally {
      setImprimiendo(false);
    }
  }
  return { imprimir, imprimiendo, error };
}
