import { anexoDe, DESCRIPTORES, TIPOS_POR_REGLA, type TipoRegistro } from '../registros';
import type { AnexoRegistro } from '../registros/tipos';
import type { ReglaConteo } from '../schemas/poa';
import type { TablaAnexo } from '../workbook/tipos';
import { queCuentan } from './queCuentan';
import type { Referencias, RegistrosReporte } from './tipos';

/**
 * The annex sheets: the records behind the workbook's figures. Each kind declares its sheet (name, title and
 * columns) in its descriptor (shared/registros); each lists exactly the records its counting rule counts in the year
 * (the same `registrosQueCuentan` the cronograma adds up), in the same order, so a row count on a sheet is the
 * achieved number the cronograma shows for that kind of record.
 */

/** The POA rule that counts a kind (each kind counts under exactly one). */
function reglaDe(tipo: TipoRegistro): ReglaConteo {
  const regla = (Object.keys(TIPOS_POR_REGLA) as ReglaConteo[]).find((r) => TIPOS_POR_REGLA[r].includes(tipo));
  if (!regla) throw new RangeError(`Ninguna regla de conteo cuenta ${tipo}`);
  return regla;
}

/** One kind's annex: its declared columns, and one row per record that counts, each cell from its column. */
function tablaAnexo<R extends { id: string }>(
  tipo: TipoRegistro,
  anexo: AnexoRegistro<R>,
  lista: readonly R[],
  registros: RegistrosReporte,
  ref: Referencias,
  anio: number,
): TablaAnexo {
  return {
    nombre: anexo.nombre,
    titulo: anexo.titulo(anio),
    columnas: anexo.columnas.map(({ titulo, tipo: tipoColumna, ancho }) => (ancho === undefined ? { titulo, tipo: tipoColumna } : { titulo, tipo: tipoColumna, ancho })),
    filas: queCuentan(reglaDe(tipo), tipo, lista, registros, anio).map((r) => anexo.columnas.map((c) => c.valor(r, ref))),
  };
}

/** The six annexes in the order the POA's activities name them (the descriptors' order). */
export function anexosDelLibro(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo[] {
  return DESCRIPTORES.map((d) => tablaAnexo(d.tipo, anexoDe(d.tipo), registros[d.tabla], registros, ref, anio));
}
