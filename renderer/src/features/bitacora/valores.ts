import { erroresDeZod } from '../../db/errores';
import { filtrosBitacoraSchema, type FiltrosBitacora } from '../../../../shared/schemas/filtrosBitacora';
import type { ValoresFiltros } from './FiltrosBitacora';

/** The boxes' values as the repository's filters, or the Spanish message of each box that does not validate. */
export function leerFiltros(v: ValoresFiltros): { filtros: FiltrosBitacora; errores: null } | { filtros: null; errores: Partial<Record<keyof ValoresFiltros, string>> } {
  const r = filtrosBitacoraSchema.safeParse({
    cuentaId: v.cuentaId || null,
    desde: v.desde || null,
    hasta: v.hasta || null,
    accion: v.accion || null,
    entidad: v.entidad || null,
    texto: v.texto,
  });
  return r.success ? { filtros: r.data, errores: null } : { filtros: null, errores: erroresDeZod(r.error) };
}
