import { z } from 'zod';
import {
  impedimentoParaAutorizar,
  impedimentoParaCerrarPoa,
  impedimentoParaReabrirPoa,
} from '../../../../shared/domain/estadoPoa';
import { idActividad, idPoa } from '../../../../shared/domain/identidad';
import { proponerPoa, type PropuestaPoa } from '../../../../shared/domain/nuevoPoa';
import {
  autorizacionPoaSchema,
  datosActividadSchema,
  datosNuevoPoaSchema,
  motivoReaperturaPoaSchema,
  type Actividad,
  type DatosNuevoPoa,
  type Poa,
} from '../../../../shared/schemas/poa';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, erroresDeZod, validar } from '../errores';
import { ahoraIso, camposNuevos, escribir, registrarBitacora } from './base';
import { estadoCierres } from './cierres';
import { listarActividades, obtenerPoaDelAnio } from './poa';

/**
 * A POA's year: creating next year's POA (from the previous one or empty), authorizing it, and closing it at the end
 * of its year. Each step and its bitácora entry commit together.
 */

/** Header and activities of the new POA; every activity passes the same checks as in the POA settings. */
async function propuestaDe(db: BaseDatosPoa, d: DatosNuevoPoa): Promise<PropuestaPoa> {
  if (d.desde === null) return { encabezado: { ...d.encabezado!, anio: d.anio }, actividades: [] };
  const origen = await obtenerPoaDelAnio(db, d.desde);
  if (!origen) throw new ErrorValidacion({ desde: `No existe el POA ${d.desde}` });
  const metas = Object.fromEntries(Object.entries(d.metas).map(([numero, meta]) => [Number(numero), meta]));
  const propuesta = proponerPoa(d.anio, { encabezado: origen, actividades: await listarActividades(db, origen.id) }, metas);
  const errores: Record<string, string> = {};
  const actividades = propuesta.actividades.map((a) => {
    const r = datosActividadSchema.safeParse(a);
    if (r.success) return r.data;
    errores[`metas.${a.numero}`] = Object.values(erroresDeZod(r.error))[0] ?? 'Actividad inválida';
    return a;
  });
  if (Object.keys(errores).length) throw new ErrorValidacion(errores);
  return { encabezado: propuesta.encabezado, actividades };
}

/**
 * «Nuevo POA»: a borrador for `anio`, copied from the POA of `desde` (header, activities, months, frequency; annual
 * goals as given, spread again; dates moved to the new year) or empty. The POA of `desde` is not touched. Its id
 * comes from its year, so two PCs that create it hold one POA after exchanging captures.
 */
export async function crearPoa(db: BaseDatosPoa, datos: unknown): Promise<Poa> {
  const d = validar(datosNuevoPoaSchema, datos);
  return escribir(db, 'crear-poa', [db.poas, db.actividades], async (sesion) => {
    if (await obtenerPoaDelAnio(db, d.anio)) throw new ErrorValidacion({ anio: `Ya existe el POA ${d.anio}` });
    const { encabezado, actividades } = await propuestaDe(db, d);
    const poa: Poa = { ...camposNuevos(sesion.estacion), id: idPoa(d.anio), ...encabezado, estado: 'borrador', autorizacion: null, cierre: null };
    // A POA of the year removed earlier comes back as itself (same id), with these contents.
    await db.poas.put(poa);
    const nuevas: Actividad[] = actividades.map((a) => ({
      ...camposNuevos(sesion.estacion),
      id: idActividad(d.anio, a.numero),
      poaId: poa.id,
      inicial: null,
      ...a,
    }));
    await db.actividades.bulkPut(nuevas);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'poa',
      entidadId: poa.id,
      resumen:
        d.desde === null
          ? `POA ${d.anio} creado vacío (borrador)`
          : `POA ${d.anio} creado a partir del POA ${d.desde} con ${nuevas.length} actividad(es) (borrador); metas anuales: ${nuevas.map((a) => `${a.numero}: ${a.metaAnual}`).join(', ')}`,
    });
    return poa;
  });
}

async function poaVivo(db: BaseDatosPoa, poaId: string): Promise<Poa> {
  const poa = await db.poas.get(poaId);
  if (!poa || poa.eliminado) throw new ErrorValidacion({ _: 'El POA ya no existe' });
  return poa;
}

/**
 * Authorizes a borrador: who authorized it and when are kept with it, and each activity's goals as they stand become
 * its Meta inicial. From then on programmed goals change only through a reconducción.
 */
export async function autorizarPoa(db: BaseDatosPoa, poaId: string, datos: { nombre: string }): Promise<Poa> {
  const { nombre } = validar(autorizacionPoaSchema.pick({ nombre: true }), datos);
  return escribir(db, 'autorizar-poa', [db.poas, db.actividades], async (sesion) => {
    const poa = await poaVivo(db, poaId);
    const actividades = await listarActividades(db, poaId);
    const impedimento = impedimentoParaAutorizar(poa, actividades);
    if (impedimento) throw new ErrorValidacion({ _: impedimento });
    const fecha = ahoraIso();
    const autorizado: Poa = { ...poa, estado: 'autorizado', autorizacion: { nombre, usuario: sesion.usuario, fecha }, updatedAt: fecha };
    await db.poas.put(autorizado);
    await db.actividades.bulkPut(
      actividades.map((a) => ({ ...a, inicial: { metaAnual: a.metaAnual, programado: [...a.programado] }, updatedAt: fecha })),
    );
    await registrarBitacora(db, sesion, {
      accion: 'estatus',
      entidad: 'poa',
      entidadId: poaId,
      resumen: `POA ${poa.anio} autorizado por ${nombre}`,
      cambios: { estado: { antes: poa.estado, despues: 'autorizado' } },
    });
    return autorizado;
  });
}

/** Closes an authorized POA at the end of its year, once December and the fourth quarter are closed. */
export async function cerrarPoa(db: BaseDatosPoa, poaId: string, ahora: Date = new Date()): Promise<Poa> {
  return escribir(db, 'cerrar-periodos', [db.poas, db.cierres], async (sesion) => {
    const poa = await poaVivo(db, poaId);
    const impedimento = impedimentoParaCerrarPoa(poa, await estadoCierres(db, poa.anio, ahora));
    if (impedimento) throw new ErrorValidacion({ _: impedimento });
    const fecha = ahoraIso(ahora);
    const cerrado: Poa = { ...poa, estado: 'cerrado', cierre: { usuario: sesion.usuario, fecha }, updatedAt: fecha };
    await db.poas.put(cerrado);
    await registrarBitacora(db, sesion, {
      accion: 'cerrar',
      entidad: 'poa',
      entidadId: poaId,
      resumen: `POA ${poa.anio} cerrado: su año ya no cambia hasta reabrirlo`,
      cambios: { estado: { antes: poa.estado, despues: 'cerrado' } },
    });
    return cerrado;
  });
}

/** Reopens a closed POA (back to autorizado); the reason is mandatory and stays in the bitácora. */
export async function reabrirPoa(db: BaseDatosPoa, poaId: string, datos: { motivo: string }): Promise<Poa> {
  const { motivo: razon } = validar(z.object({ motivo: motivoReaperturaPoaSchema }), datos);
  return escribir(db, 'reabrir-periodos', [db.poas], async (sesion) => {
    const poa = await poaVivo(db, poaId);
    const impedimento = impedimentoParaReabrirPoa(poa);
    if (impedimento) throw new ErrorValidacion({ _: impedimento });
    const reabierto: Poa = { ...poa, estado: 'autorizado', cierre: null, updatedAt: ahoraIso() };
    await db.poas.put(reabierto);
    await registrarBitacora(db, sesion, {
      accion: 'reabrir',
      entidad: 'poa',
      entidadId: poaId,
      resumen: `POA ${poa.anio} reabierto. Motivo: ${razon}`,
      cambios: { estado: { antes: 'cerrado', despues: 'autorizado' } },
    });
    return reabierto;
  });
}
