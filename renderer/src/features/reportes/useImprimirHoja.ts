import { useState } from 'react';
import { nombreArchivoHoja, nombreHoja, rutaHoja, type PeriodoHoja } from '../../../../shared/reportes/periodoHoja';
import { puente } from '../../bridge';
import { db } from '../../db';
import { registrarImpresionHoja } from '../../db/repositorios/reportes';
import { exigirPermiso } from '../../db/sesion';
import { textoDeError } from '../../db/errores';

export type ModoImpresion = 'dialogo' | 'pdf';

export interface AvisoImpresion {
  gravedad: 'success' | 'info' | 'error';
  mensaje: string;
}

/** Prints the monthly or quarterly sheet (or saves it as PDF) through the bridge; a finished one goes to the bitácora. */
export function useImprimirHoja() {
  const [ocupado, setOcupado] = useState<string | null>(null);
  const [aviso, setAviso] = useState<AvisoImpresion | null>(null);

  async function imprimir(poaId: string, anio: number, periodo: PeriodoHoja, modo: ModoImpresion): Promise<void> {
    setOcupado(`${periodo.tipo}-${modo}`);
    setAviso(null);
    const que = `${nombreHoja(periodo)} ${anio}`;
    try {
      await exigirPermiso(db, 'exportar-hojas');
      const r = await puente.imprimir({ ruta: rutaHoja(anio, periodo), modo, horizontal: true, nombreSugerido: nombreArchivoHoja(anio, periodo) });
      if (r.ok) {
        await registrarImpresionHoja(db, { poaId, anio, periodo, modo, ruta: r.ruta });
        setAviso({
          gravedad: 'success',
          mensaje: modo === 'pdf' && r.ruta ? `${que} guardada en ${r.ruta}` : `${que} enviada ${modo === 'pdf' ? 'al diálogo para guardar en PDF' : 'a imprimir'}.`,
        });
      } else {
        const mensaje = r.mensaje ?? 'No se pudo imprimir.';
        setAviso({ gravedad: /cancel/i.test(mensaje) ? 'info' : 'error', mensaje });
      }
    } catch (e) {
      setAviso({ gravedad: 'error', mensaje: textoDeError(e) });
    } finally {
      setOcupado(null);
    }
  }

  return { imprimir, ocupado, aviso };
}
