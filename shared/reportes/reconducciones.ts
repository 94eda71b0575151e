import { fechaIsoLocal } from '../domain/formato';
import { describirCambios, listaDeMeses } from '../domain/reconduccion';
import type { Actividad, EstadoPoa, MetasActividad, Reconduccion } from '../schemas/poa';
import type { TablaAnexo } from '../workbook/tipos';

/**
 * Reconducciones as the reports show them: the history behind each Meta modificada, oldest first, each with the
 * goals before and after, why, who asked for it, who authorized it and who recorded it.
 */
export type ReconduccionReporte = Pick<
  Reconduccion,
  'anio' | 'actividadId' | 'numeroActividad' | 'meses' | 'antes' | 'despues' | 'motivo' | 'solicito' | 'autorizo' | 'usuario' | 'fecha' | 'eliminado'
>;

/** Meta inicial: the goals as authorized; a borrador (or an activity added after authorizing) has only its current ones. */
export function metaInicial(a: Pick<Actividad, 'inicial' | 'metaAnual' | 'programado'>): MetasActividad {
  const inicial = a.inicial ?? a;
  return { metaAnual: inicial.metaAnual, programado: [...inicial.programado] };
}

/** The year's reconducciones still in force, oldest first. */
export function reconduccionesDelAnio<R extends ReconduccionReporte>(reconducciones: readonly R[], anio: number): R[] {
  return reconducciones.filter((r) => r.eliminado === 0 && r.anio === anio).sort((a, b) => a.fecha.localeCompare(b.fecha));
}

/** "Actividad 2" when the activity is no longer in the POA, so the history still reads. */
export function nombreActividad(nombres: ReadonlyMap<string, string>, r: Pick<Reconduccion, 'actividadId' | 'numeroActividad'>): string {
  return nombres.get(r.actividadId) ?? `Actividad ${r.numeroActividad}`;
}

export const COLUMNAS_RECONDUCCIONES: TablaAnexo['columnas'] = [
  { titulo: 'Fecha', tipo: 'fecha' },
  { titulo: 'N°', tipo: 'numero', ancho: 5 },
  { titulo: 'Actividad', tipo: 'texto', ancho: 28 },
  { titulo: 'Meses cambiados', tipo: 'texto', ancho: 18 },
  { titulo: 'Meta por mes (antes → después)', tipo: 'texto', ancho: 30 },
  { titulo: 'Meta anual antes', tipo: 'numero', ancho: 10 },
  { titulo: 'Meta anual después', tipo: 'numero', ancho: 10 },
  { titulo: 'Motivo', tipo: 'texto', ancho: 40 },
  { titulo: 'Solicitó', tipo: 'texto', ancho: 20 },
  { titulo: 'Autorizó', tipo: 'texto', ancho: 20 },
  { titulo: 'Registró', tipo: 'texto', ancho: 20 },
];

/** The workbook's «Reconducciones» sheet; with none, its one row says why (a borrador has nothing to reconduct). */
export function anexoReconducciones(
  reconducciones: readonly ReconduccionReporte[],
  nombres: ReadonlyMap<string, string>,
  anio: number,
  estado: EstadoPoa,
): TablaAnexo {
  return {
    nombre: 'Reconducciones',
    titulo: `Reconducciones del POA ${anio}`,
    columnas: COLUMNAS_RECONDUCCIONES,
    // The stored instant is UTC; the sheet shows the day it was on this PC's calendar.
    filas: reconduccionesDelAnio(reconducciones, anio).map((r) => [
      fechaIsoLocal(new Date(r.fecha)),
      r.numeroActividad,
      nombreActividad(nombres, r),
      listaDeMeses(r.meses),
      describirCambios(r.antes.programado, r.despues.programado),
      r.antes.metaAnual,
      r.despues.metaAnual,
      r.motivo,
      r.solicito,
      r.autorizo,
      r.usuario,
    ]),
    vacio:
      estado === 'borrador'
        ? `El POA ${anio} es un borrador: sus metas aún no están autorizadas, así que no tiene reconducciones.`
        : `Sin reconducciones en ${anio}: las metas programadas son las que se autorizaron.`,
  };
}
