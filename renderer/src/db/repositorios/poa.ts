import {
  datosActividadSchema,
  encabezadoPoaSchema,
  type Actividad,
  type DatosActividad,
  type Poa,
} from '../../../../shared/schemas/poa';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, registrarBitacora, sesionActual } from './base';
import { exigirMetasAbiertas } from './cierres';

export async function obtenerPoaDelAnio(db: BaseDatosPoa, anio: number): Promise<Poa | undefined> {
  const poas = await db.poas.where('anio').equals(anio).toArray();
  return poas.find((p) => p.eliminado === 0);
}

/** The most recent POA (the app opens on it). */
export async function obtenerPoaVigente(db: BaseDatosPoa): Promise<Poa | undefined> {
  const poas = await db.poas.orderBy('anio').reverse().toArray();
  return poas.find((p) => p.eliminado === 0);
}

export async function listarActividades(db: BaseDatosPoa, poaId: string): Promise<Actividad[]> {
  const actividades = await db.actividades.where('poaId').equals(poaId).toArray();
  return actividades.filter((a) => a.eliminado === 0).sort((a, b) => a.numero - b.numero);
}

export async function guardarEncabezado(db: BaseDatosPoa, poaId: string, datos: unknown): Promise<void> {
  const encabezado = validar(encabezadoPoaSchema, datos);
  await db.transaction('rw', db.poas, db.configuracion, db.bitacora, async () => {
    const sesion = await sesionActual(db);
    const poa = await db.poas.get(poaId);
    if (!poa) throw new ErrorValidacion({ _: 'El POA ya no existe' });
    const otro = await obtenerPoaDelAnio(db, encabezado.anio);
    if (otro && otro.id !== poaId) throw new ErrorValidacion({ anio: `Ya existe un POA del año ${encabezado.anio}` });
    const nuevo: Poa = { ...poa, ...encabezado, updatedAt: ahoraIso() };
    await db.poas.put(nuevo);
    await registrarBitacora(db, sesion, {
      accion: 'editar',
      entidad: 'poa',
      entidadId: poaId,
      resumen: `Encabezado del POA ${encabezado.anio} actualizado`,
      cambios: diferencias(poa, nuevo),
    });
  });
}

/** Creates (actividadId null) or updates an activity; the monthly goals must add up to the annual goal. */
export async function guardarActividad(
  db: BaseDatosPoa,
  poaId: string,
  actividadId: string | null,
  datos: unknown,
): Promise<Actividad> {
  const valida: DatosActividad = validar(datosActividadSchema, datos);
  return db.transaction('rw', [db.poas, db.actividades, db.cierres, db.configuracion, db.bitacora], async () => {
    const sesion = await sesionActual(db);
    const poa = await db.poas.get(poaId);
    if (!poa) throw new ErrorValidacion({ _: 'El POA ya no existe' });
    const hermanas = await listarActividades(db, poaId);
    if (hermanas.some((a) => a.numero === valida.numero && a.id !== actividadId)) {
      throw new ErrorValidacion({ numero: `Ya existe la actividad número ${valida.numero}` });
    }
    if (actividadId === null) {
      const nueva: Actividad = { ...camposNuevos(sesion.estacion), poaId, ...valida };
      await db.actividades.add(nueva);
      await registrarBitacora(db, sesion, {
        accion: 'crear',
        entidad: 'actividad',
        entidadId: nueva.id,
        resumen: `Actividad ${nueva.numero} «${nueva.nombre}» agregada al POA`,
      });
      return nueva;
    }
    const anterior = await db.actividades.get(actividadId);
    if (!anterior || anterior.eliminado) throw new ErrorValidacion({ _: 'La actividad ya no existe' });
    await exigirMetasAbiertas(db, poa.anio, anterior, valida);
    const actualizada: Actividad = { ...anterior, ...valida, updatedAt: ahoraIso() };
    await db.actividades.put(actualizada);
    await registrarBitacora(db, sesion, {
      accion: 'editar',
      entidad: 'actividad',
      entidadId: actividadId,
      resumen: `Actividad ${actualizada.numero} «${actualizada.nombre}» modificada`,
      cambios: diferencias(anterior, actualizada),
    });
    return actualizada;
  });
}

/**
 * Why an activity can't be removed, or null when it can: one that already has manual adjustments or justifications,
 * or whose counting rule already counts records, carries history the reports need.
 */
export async function motivoParaNoEliminar(db: BaseDatosPoa, actividad: Actividad): Promise<string | null> {
  const ajustes = await db.ajustes.where('actividadId').equals(actividad.id).filter((a) => a.eliminado === 0).count();
  if (ajustes > 0) return `La actividad tiene ${ajustes} ajuste(s) manual(es) registrados`;
  const justificaciones = await db.justificaciones.where('actividadId').equals(actividad.id).filter((j) => j.eliminado === 0).count();
  if (justificaciones > 0) return 'La actividad tiene justificaciones de periodos';
  const registros = await contarRegistrosDeRegla(db, actividad);
  if (registros > 0) return `La actividad ya cuenta ${registros} registro(s) de su módulo`;
  return null;
}

async function contarRegistrosDeRegla(db: BaseDatosPoa, actividad: Actividad): Promise<number> {
  const vivos = <T extends { eliminado: 0 | 1 }>(t: T) => t.eliminado === 0;
  switch (actividad.reglaConteo) {
    case 'solicitudes':
      return db.solicitudes.filter(vivos).count();
    case 'apoyos':
      return (await db.apoyos.filter(vivos).count()) + (await db.jornadas.filter(vivos).count());
    case 'programas':
      return db.eventos.filter(vivos).count();
    case 'gestion':
      return (await db.mesas.filter(vivos).count()) + (await db.convenios.filter(vivos).count());
    case 'ninguna':
      return 0;
  }
}

export async function eliminarActividad(db: BaseDatosPoa, actividadId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.actividades, db.ajustes, db.justificaciones, db.solicitudes, db.apoyos, db.jornadas, db.eventos, db.mesas, db.convenios, db.configuracion, db.bitacora],
    async () => {
      const sesion = await sesionActual(db);
      const actividad = await db.actividades.get(actividadId);
      if (!actividad || actividad.eliminado) throw new ErrorValidacion({ _: 'La actividad ya no existe' });
      const motivo = await motivoParaNoEliminar(db, actividad);
      if (motivo) throw new ErrorValidacion({ _: `No se puede quitar: ${motivo}` });
      await db.actividades.update(actividadId, { eliminado: 1, updatedAt: ahoraIso() });
      await registrarBitacora(db, sesion, {
        accion: 'eliminar',
        entidad: 'actividad',
        entidadId: actividadId,
        resumen: `Actividad ${actividad.numero} «${actividad.nombre}» quitada del POA`,
      });
    },
  );
}
