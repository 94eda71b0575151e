import { describirPeriodo, nombreArchivoTransparencia, type FiltroPadronTransparencia } from '../../../../../shared/domain/padronTransparencia';
import { db } from '../../../db';
import { padronParaTransparencia, registrarExportacionPadron } from '../../../db/repositorios/apoyos';
import { obtenerConfiguracion } from '../../../db/repositorios/configuracion';
import { sesionActual } from '../../../db/sesion';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../../hooks/guardarExcel';
import { textoGuardado, useExportacion } from '../../../hooks/useExportacion';

/** «Todos los apoyos entregados» when no programa is chosen. */
export const TODOS_LOS_APOYOS_TEXTO = 'Todos los apoyos entregados';

/**
 * Exports the transparency padrón of a programa (or all) and period: reads its public rows (the repository builds
 * them without CURP, street, phone or email), builds the sheet (exceljs loads only now), hands it to the bridge's save
 * dialog and logs the export with the file, programa, period and count.
 */
export function useExportarPadron() {
  const { correr, exportando, resultado } = useExportacion();

  const exportar = (filtro: FiltroPadronTransparencia, nombrePrograma: string | null) =>
    correr(async () => {
      const filas = await padronParaTransparencia(db, filtro);
      const { construirLibroTransparencia } = await import('../../../../../shared/workbook/padronTransparencia');
      const programa = nombrePrograma ?? TODOS_LOS_APOYOS_TEXTO;
      const periodo = describirPeriodo(filtro);
      const bytes = await construirLibroTransparencia({
        filas,
        programa,
        periodo,
        municipio: (await obtenerConfiguracion(db)).municipio,
        usuario: sesionActual(db)?.nombre ?? 'Sin sesión',
        generado: new Date(),
      });
      const guardado = await guardarLibroExcel(nombreArchivoTransparencia(filtro, nombrePrograma), bytes);
      if (!guardado) return { tipo: 'cancelado', mensaje: EXPORTACION_CANCELADA };
      await registrarExportacionPadron(db, { destino: guardado.destino, programa, periodo, filas: filas.length });
      const cuantos = filas.length === 1 ? '1 beneficiario' : `${filas.length.toLocaleString('es-MX')} beneficiarios`;
      return { tipo: 'guardado', mensaje: textoGuardado(guardado, `Padrón de transparencia (${cuantos})`, 'guardado en', 'descargado como') };
    }, 'No se pudo exportar el padrón');

  return { exportar, exportando, resultado };
}
