import type { DatosLibroPoa } from '../../../../shared/reportes/tipos';
import type { BaseDatosPoa } from '../../db/db';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { referenciasDelAnio, tablasDelLibro } from '../../db/repositorios/reportes';
import { cargarCronograma, mesCorteDe } from '../../hooks/useCronograma';

/**
 * Everything the POA workbook of a year is made of, read in one transaction so the figures and the annexes are of
 * the same moment, through the same `cargarCronograma` the cronograma screen uses. Null when the year has no POA.
 */
export async function cargarDatosLibro(
  db: BaseDatosPoa,
  anio: number,
  generado: Date = new Date(),
): Promise<(DatosLibroPoa & { poaId: string }) | null> {
  return db.transaction('r', tablasDelLibro(db), async () => {
    const cargado = await cargarCronograma(db, anio, mesCorteDe(anio, generado));
    if (!cargado) return null;
    const [referencias, configuracion] = await Promise.all([referenciasDelAnio(db, cargado.registros), obtenerConfiguracion(db)]);
    return {
      poaId: cargado.poa.id,
      poa: cargado.poa,
      cronograma: cargado.cronograma,
      umbrales: cargado.umbrales,
      registros: cargado.registros,
      justificaciones: cargado.justificaciones,
      reconducciones: cargado.reconducciones,
      referencias,
      configuracion,
      generado,
    };
  });
}
