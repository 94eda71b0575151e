import { impedimentoParaEditarMetas } from '../../../../shared/domain/estadoPoa';
import { idActividad, idPoa } from '../../../../shared/domain/identidad';
import {
  datosActividadSchema,
  encabezadoPoaSchema,
  type Actividad,
  type DatosActividad,
  type Poa,
} from '../../../../shared/schemas/poa';
import type { Table } from 'dexie';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { agregar, ahoraIso, escribir, guardarVersion, registrarBitacora } from './base';
import { exigirMetasAbiertas } from './cierres';

export async function obtenerPoaDelAnio(db: BaseDatosPoa, anio: number): Promise<Poa | undefined> {
  const poa = await db.poas.get(idPoa(anio));
  return poa && poa.eliminado === 0 ? poa : undefined;
}

/** The POA the app opens on: this year's, else the most recent. */
export async function obtenerPoaVigente(db: BaseDatosPoa, anioActual: number = new Date().getFullYear()): Promise<Poa | undefined> {
  const actual = await obtenerPoaDelAnio(db, anioActual);
  if (actual) return actual;
  const poas = await db.poas.orderBy('anio').reverse().toArray();
  return poas.find((p) => p.eliminado === 0);
}

export async function listarActividades(db: BaseDatosPoa, poaId: string): Promise<Actividad[]> {
  const actividades = await db.actividades.where('poaId').equals(poaId).toArray();
  return actividades.filter((a) => a.eliminado === 0).sort((a, b) => a.numero - b.numero);
}

export async function guardarEncabezado(db: BaseDatosPoa, poaId: string, datos: unknown): Promise<void> {
  const encabezado = validar(encabezadoPoaSchema, datos);
  await escribir(db, 'editar-poa', [db.poas], async (sesion) => {
    const poa = await db.poas.get(poaId);
    if (!poa) throw new ErrorValidacion({ _: 'El POA ya no existe' });
    if (encabezado.anio !== poa.anio) {
      throw new ErrorValidacion({
        anio: `El año identifica al POA y a sus registros: no se cambia. Para ${encabezado.anio} cree su POA con «Nuevo POA»`,
      });
    }
    if (poa.estado === 'cerrado') throw new ErrorValidacion({ _: `El POA ${poa.anio} está cerrado: reábralo para hacer cambios` });
    const nuevo: Poa = { ...poa, ...encabezado, updatedAt: ahoraIso() };
    await guardarVersion(db, sesion, db.poas, poa, nuevo, { accion: 'editar', entidad: 'poa', resumen: `Encabezado del POA ${encabezado.anio} actualizado` });
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
  return escribir(db, 'editar-poa', [db.poas, db.actividades, db.cierres], async (sesion) => {
    const poa = await db.poas.get(poaId);
    if (!poa) throw new ErrorValidacion({ _: 'El POA ya no existe' });
    const hermanas = await listarActividades(db, poaId);
    if (hermanas.some((a) => a.numero === valida.numero && a.id !== actividadId)) {
      throw new ErrorValidacion({ numero: `Ya existe la actividad número ${valida.numero}` });
    }
    if (actividadId === null) {
      const impedimento = impedimentoParaEditarMetas(poa);
      if (impedimento) throw new ErrorValidacion({ _: `${impedimento}; no se agregan actividades` });
      // The id comes from the year and número: a removed activity of the same número comes back as itself.
      return agregar<Actividad>(db, sesion, db.actividades, { id: idActividad(poa.anio, valida.numero), poaId, inicial: null, ...valida }, (nueva) => ({
        entidad: 'actividad',
        resumen: `Actividad ${nueva.numero} «${nueva.nombre}» agregada al POA`,
      }));
    }
    const anterior = await db.actividades.get(actividadId);
    if (!anterior || anterior.eliminado) throw new ErrorValidacion({ _: 'La actividad ya no existe' });
    if (valida.numero !== anterior.numero) {
      throw new ErrorValidacion({ numero: 'El número identifica a la actividad en todas las PCs: no se cambia' });
    }
    exigirMetasLibres(poa, anterior, valida);
    await exigirMetasAbiertas(db, poa.anio, anterior, valida);
    const actualizada: Actividad = { ...anterior, ...valida, updatedAt: ahoraIso() };
    return guardarVersion(db, sesion, db.actividades, anterior, actualizada, {
      accion: 'editar',
      entidad: 'actividad',
      resumen: `Actividad ${actualizada.numero} «${actualizada.nombre}» modificada`,
    });
  });
}

/**
 * An authorized POA's goals change only through a reconducción, and a closed POA not at all: the descriptive fields
 * of an authorized POA's activities stay editable.
 */
function exigirMetasLibres(poa: Poa, anterior: DatosActividad, nueva: DatosActividad): void {
  if (poa.estado === 'cerrado') throw new ErrorValidacion({ _: `El POA ${poa.anio} está cerrado: reábralo para hacer cambios` });
  const impedimento = impedimentoParaEditarMetas(poa);
  if (!impedimento) return;
  if (nueva.metaAnual !== anterior.metaAnual) throw new ErrorValidacion({ metaAnual: impedimento });
  for (let i = 0; i < 12; i++) {
    if (nueva.programado[i] !== anterior.programado[i] || nueva.meses[i] !== anterior.meses[i]) {
      throw new ErrorValidacion({ [`programado.${i}`]: impedimento });
    }
  }
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

/** Records of the activity's own year that its counting rule reads, by the date index each kind counts by. */
async function contarRegistrosDeRegla(db: BaseDatosPoa, actividad: Actividad): Promise<number> {
  const poa = await db.poas.get(actividad.poaId);
  if (!poa) return 0;
  const desde = `${poa.anio}-01-01`;
  const hasta = `${poa.anio}-12-31\uffff`;
  const contar = (tabla: Table<{ eliminado: 0 | 1 }>, indice: string) =>
    tabla.where(indice).between(desde, hasta, true, true).filter((r) => r.eliminado === 0).count();
  switch (actividad.reglaConteo) {
    case 'solicitudes':
      return contar(db.solicitudes, 'fechaRecepcion');
    case 'apoyos':
      return (await contar(db.apoyos, 'fechaEntrega')) + (await contar(db.jornadas, 'fecha'));
    case 'programas':
      return contar(db.eventos, 'fecha');
    case 'gestion':
      return (await contar(db.mesas, 'fecha')) + (await contar(db.convenios, 'fechaFirma'));
    case 'ninguna':
      return 0;
  }
}

export async function eliminarActividad(db: BaseDatosPoa, actividadId: string): Promise<void> {
  await escribir(
    db, 'editar-poa',
    [db.poas, db.actividades, db.ajustes, db.justificaciones, db.solicitudes, db.apoyos, db.jornadas, db.eventos, db.mesas, db.convenios],
    async (sesion) => {
      const actividad = await db.actividades.get(actividadId);
      if (!actividad || actividad.eliminado) throw new ErrorValidacion({ _: 'La actividad ya no existe' });
      const poa = await db.poas.get(actividad.poaId);
      const impedimento = poa && impedimentoParaEditarMetas(poa);
      if (impedimento) throw new ErrorValidacion({ _: `${impedimento}; no se quitan actividades` });
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
