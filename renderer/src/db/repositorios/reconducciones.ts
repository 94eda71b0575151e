import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { describirCambios, mesesCambiados, mesesConMarca, revisarReconduccion } from '../../../../shared/domain/reconduccion';
import { datosReconduccionSchema, type Actividad, type Reconduccion } from '../../../../shared/schemas/poa';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, escribir, registrarBitacora } from './base';
import { estadoCierres } from './cierres';

/**
 * Reconducciones: the only way an authorized POA's programmed goals change. Each one is kept as history with the
 * goals before and after, and applied to the activity in the same transaction as its bitácora entry.
 */

/** The reconducciones of a year's POA, oldest first. */
export async function listarReconducciones(db: BaseDatosPoa, anio: number): Promise<Reconduccion[]> {
  const todas = await db.reconducciones.where('anio').equals(anio).toArray();
  return todas.filter((r) => r.eliminado === 0).sort((a, b) => a.fecha.localeCompare(b.fecha));
}

export async function registrarReconduccion(db: BaseDatosPoa, datos: unknown, ahora: Date = new Date()): Promise<Reconduccion> {
  const d = validar(datosReconduccionSchema, datos);
  return escribir(db, 'reconducciones', [db.poas, db.actividades, db.reconducciones, db.cierres], async (sesion) => {
    const actividad = await db.actividades.get(d.actividadId);
    if (!actividad || actividad.eliminado) throw new ErrorValidacion({ actividadId: 'La actividad ya no existe' });
    const poa = await db.poas.get(actividad.poaId);
    if (!poa || poa.eliminado) throw new ErrorValidacion({ _: 'El POA ya no existe' });
    if (poa.estado === 'borrador') {
      throw new ErrorValidacion({ _: `El POA ${poa.anio} es un borrador: sus metas se cambian directamente, sin reconducción` });
    }
    if (poa.estado === 'cerrado') throw new ErrorValidacion({ _: `El POA ${poa.anio} está cerrado: ya no admite reconducciones` });
    const cierres = await estadoCierres(db, poa.anio, ahora);
    const errores = revisarReconduccion({
      anio: poa.anio,
      actual: actividad,
      nueva: d,
      hoy: fechaIsoLocal(ahora),
      mesesCerrados: cierres.meses.map((m) => m.cerrado),
    });
    if (Object.keys(errores).length) throw new ErrorValidacion(errores);
    const fecha = ahoraIso(ahora);
    const reconduccion: Reconduccion = {
      ...camposNuevos(sesion.estacion, ahora),
      poaId: poa.id,
      anio: poa.anio,
      actividadId: actividad.id,
      numeroActividad: actividad.numero,
      meses: mesesCambiados(actividad.programado, d.programado),
      antes: { metaAnual: actividad.metaAnual, programado: [...actividad.programado] },
      despues: { metaAnual: d.metaAnual, programado: [...d.programado] },
      motivo: d.motivo,
      solicito: d.solicito,
      autorizo: d.autorizo,
      usuario: sesion.usuario,
      fecha,
    };
    const modificada: Actividad = {
      ...actividad,
      metaAnual: d.metaAnual,
      programado: [...d.programado],
      meses: mesesConMarca(actividad.meses, d.programado),
      updatedAt: fecha,
    };
    await db.reconducciones.add(reconduccion);
    await db.actividades.put(modificada);
    await registrarBitacora(db, sesion, {
      accion: 'editar',
      entidad: 'reconduccion',
      entidadId: reconduccion.id,
      resumen: `Reconducción de la actividad ${actividad.numero} del POA ${poa.anio}: ${describirCambios(reconduccion.antes.programado, reconduccion.despues.programado)}${
        d.metaAnual !== actividad.metaAnual ? `; meta anual ${actividad.metaAnual} → ${d.metaAnual}` : ''
      }. Solicitó ${d.solicito}; autorizó ${d.autorizo}. Motivo: ${d.motivo}`,
      cambios: {
        metaAnual: { antes: actividad.metaAnual, despues: d.metaAnual },
        programado: { antes: actividad.programado, despues: d.programado },
      },
    });
    return reconduccion;
  });
}
