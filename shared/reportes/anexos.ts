import { anioDeFechaIso } from '../domain/periodos';
import { anexoDe, DESCRIPTORES, TIPOS_POR_REGLA, type TipoRegistro } from '../registros';
import { columna } from '../registros/anexo';
import type { AnexoRegistro } from '../registros/tipos';
import type { ReglaConteo } from '../schemas/poa';
import type { TablaAnexo } from '../workbook/tipos';
import { queCuentan } from './queCuentan';
import type { Referencias, RegistrosReporte } from './tipos';

/**
 * The annex sheets: the records behind the workbook's figures. Each kind declares its sheet (name, title and
 * columns) in its descriptor (shared/registros); each lists exactly the records its counting rule counts in the year
 * (the same `registrosQueCuentan` the cronograma adds up), in the same order, so a row count on a sheet is the
 * achieved number the cronograma shows for that kind of record. The Solicitudes annex (`todos`) lists every
 * solicitud received instead, with a «¿Cuenta?» column by the same `cuentaEn`: its «Sí» rows are that number.
 */

/** The POA rule that counts a kind (each kind counts under exactly one). */
function reglaDe(tipo: TipoRegistro): ReglaConteo {
  const regla = (Object.keys(TIPOS_POR_REGLA) as ReglaConteo[]).find((r) => TIPOS_POR_REGLA[r].includes(tipo));
  if (!regla) throw new RangeError(`Ninguna regla de conteo cuenta ${tipo}`);
  return regla;
}

/** Every live record of the list placed in `anio` by its `campoFecha`, by that date and then by id, whatever it counts. */
function vivosDelAnio<R extends { id: string; eliminado: 0 | 1 }>(lista: readonly R[], campoFecha: string, anio: number): R[] {
  const fecha = (r: R) => String((r as Record<string, unknown>)[campoFecha] ?? '');
  return lista.filter((r) => r.eliminado === 0 && fecha(r) !== '' && anioDeFechaIso(fecha(r)) === anio).sort((a, b) => fecha(a).localeCompare(fecha(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The last column of every annex: how many evidence files prove the record (an auditor asks for each). */
const COLUMNA_EVIDENCIAS = columna<{ id: string }>('Evidencias', 'numero', 11, (r, ref) => ref.evidencias.get(r.id) ?? 0);

/**
 * One kind's annex: its declared columns and the count of its evidence files, and one row per record that counts (or, for an annex of `todos`, per
 * live record of the year), each cell from its column.
 */
function tablaAnexo<R extends { id: string; eliminado: 0 | 1 }>(
  tipo: TipoRegistro,
  campoFecha: string,
  anexo: AnexoRegistro<R>,
  lista: readonly R[],
  registros: RegistrosReporte,
  ref: Referencias,
  anio: number,
): TablaAnexo {
  const filas = anexo.todos ? vivosDelAnio(lista, campoFecha, anio) : queCuentan(reglaDe(tipo), tipo, lista, registros, anio);
  const columnas = [...anexo.columnas, COLUMNA_EVIDENCIAS];
  return {
    nombre: anexo.nombre,
    titulo: anexo.titulo(anio),
    columnas: columnas.map(({ titulo, tipo: tipoColumna, ancho }) => (ancho === undefined ? { titulo, tipo: tipoColumna } : { titulo, tipo: tipoColumna, ancho })),
    filas: filas.map((r) => columnas.map((c) => c.valor(r, ref))),
  };
}

/** The six annexes in the order the POA's activities name them (the descriptors' order). */
export function anexosDelLibro(registros: RegistrosReporte, ref: Referencias, anio: number): TablaAnexo[] {
  return DESCRIPTORES.map((d) => tablaAnexo(d.tipo, d.campoFecha, anexoDe(d.tipo), registros[d.tabla], registros, ref, anio));
}
