import { idActividad, idPoa } from './identidad';

/**
 * Gives every POA the id of its year and every activity the id of its year and número (see identidad.ts), and points
 * the records that name them (ajustes, justificaciones, reconducciones) at the new ids. When two copies of the same
 * POA or activity meet (two PCs created them before ids came from the year), one stays: the live one, else the one
 * changed last. Used on the rows of this database when it is upgraded and on every backup before it is restored or
 * incorporated.
 */

type Fila = Record<string, unknown>;

export interface TablasPoa {
  poas: Fila[];
  actividades: Fila[];
  ajustes: Fila[];
  justificaciones: Fila[];
  reconducciones: Fila[];
}

/** The copy that stays of two with the same identity: the live one, else the one changed last. */
function preferida(a: Fila, b: Fila): Fila {
  const vivaA = a.eliminado === 0;
  const vivaB = b.eliminado === 0;
  if (vivaA !== vivaB) return vivaA ? a : b;
  return String(b.updatedAt ?? '') > String(a.updatedAt ?? '') ? b : a;
}

function unirPorId(filas: Fila[]): Fila[] {
  const porId = new Map<string, Fila>();
  for (const f of filas) {
    const id = String(f.id);
    const previa = porId.get(id);
    porId.set(id, previa ? preferida(previa, f) : f);
  }
  return [...porId.values()];
}

export function unificarIdentidades<T extends TablasPoa>(tablas: T): T {
  const anioDePoa = new Map<string, number>();
  const nuevoPoa = new Map<string, string>();
  const poas = tablas.poas.map((p) => {
    const anio = Number(p.anio);
    const id = idPoa(anio);
    anioDePoa.set(String(p.id), anio);
    nuevoPoa.set(String(p.id), id);
    return { ...p, id };
  });
  const nuevaActividad = new Map<string, string>();
  const actividades = tablas.actividades.map((a) => {
    const anio = anioDePoa.get(String(a.poaId));
    if (anio === undefined) return a;
    const id = idActividad(anio, Number(a.numero));
    nuevaActividad.set(String(a.id), id);
    return { ...a, id, poaId: nuevoPoa.get(String(a.poaId)) };
  });
  const actividad = (id: unknown) => (typeof id === 'string' ? (nuevaActividad.get(id) ?? id) : id);
  const poa = (id: unknown) => (typeof id === 'string' ? (nuevoPoa.get(id) ?? id) : id);
  return {
    ...tablas,
    poas: unirPorId(poas),
    actividades: unirPorId(actividades),
    ajustes: tablas.ajustes.map((x) => ({ ...x, actividadId: actividad(x.actividadId) })),
    justificaciones: tablas.justificaciones.map((x) => ({ ...x, actividadId: actividad(x.actividadId) })),
    reconducciones: tablas.reconducciones.map((x) => ({ ...x, actividadId: actividad(x.actividadId), poaId: poa(x.poaId) })),
  };
}
