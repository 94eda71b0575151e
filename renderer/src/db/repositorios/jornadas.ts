import { formatearFecha } from '../../../../shared/domain/formato';
import { REGISTROS } from '../../../../shared/registros';
import { datosJornadaSchema, type DatosJornada, type Jornada } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, registrarBitacora, sesionActual } from './base';
import { exigirConteoAbierto, tablasComunes, validarMotivo } from './registrosModulo';

function tablasJornada(db: BaseDatosPoa) {
  return [db.jornadas, ...tablasComunes(db)];
}

export function validarJornada(datos: unknown): DatosJornada {
  return validar(datosJornadaSchema, datos);
}

const descripcion = (j: Pick<Jornada, 'nombre' | 'fecha'>) => `Jornada «${j.nombre}» del ${formatearFecha(j.fecha)}`;

export async function crearJornada(db: BaseDatosPoa, datos: unknown): Promise<Jornada> {
  const valida = validarJornada(datos);
  return db.transaction('rw', tablasJornada(db), async () => {
    const sesion = await sesionActual(db);
    const jornada: Jornada = { ...camposNuevos(sesion.estacion), ...valida };
    await exigirConteoAbierto(db, null, REGISTROS.jornada.cuentaEn(jornada), 'fecha');
    await db.jornadas.add(jornada);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'jornada',
      entidadId: jornada.id,
      resumen: `${descripcion(jornada)} registrada${jornada.realizada ? ' como realizada' : ' (por realizar)'}`,
    });
    return jornada;
  });
}

async function jornadaVigente(db: BaseDatosPoa, id: string): Promise<Jornada> {
  const j = await db.jornadas.get(id);
  if (!j || j.eliminado) throw new ErrorValidacion({ _: 'La jornada ya no existe' });
  return j;
}

/** Corrects a jornada; marking it held (or not) is logged as a change of status. */
export async function editarJornada(db: BaseDatosPoa, id: string, datos: unknown): Promise<Jornada> {
  const valida = validarJornada(datos);
  return db.transaction('rw', tablasJornada(db), async () => {
    const sesion = await sesionActual(db);
    const anterior = await jornadaVigente(db, id);
    const nueva: Jornada = { ...anterior, ...valida, updatedAt: ahoraIso() };
    const cambios = diferencias(anterior, nueva);
    if (cambios === null) return anterior;
    const estatusCambio = anterior.realizada !== nueva.realizada;
    await exigirConteoAbierto(db, REGISTROS.jornada.cuentaEn(anterior), REGISTROS.jornada.cuentaEn(nueva), estatusCambio ? 'realizada' : 'fecha');
    await db.jornadas.put(nueva);
    await registrarBitacora(db, sesion, {
      accion: estatusCambio ? 'estatus' : 'editar',
      entidad: 'jornada',
      entidadId: id,
      resumen: estatusCambio ? `${descripcion(nueva)} marcada como ${nueva.realizada ? 'realizada' : 'no realizada'}` : `${descripcion(nueva)} modificada`,
      cambios,
    });
    return nueva;
  });
}

export async function eliminarJornada(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await db.transaction('rw', tablasJornada(db), async () => {
    const sesion = await sesionActual(db);
    const j = await jornadaVigente(db, id);
    await exigirConteoAbierto(db, REGISTROS.jornada.cuentaEn(j), null, 'motivo');
    await db.jornadas.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'jornada',
      entidadId: id,
      resumen: `${descripcion(j)} eliminada. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** Every live jornada, the most recent first. */
export async function listarJornadas(db: BaseDatosPoa): Promise<Jornada[]> {
  const jornadas = await db.jornadas.orderBy('fecha').reverse().toArray();
  return jornadas.filter((j) => j.eliminado === 0);
}

export async function obtenerJornada(db: BaseDatosPoa, id: string): Promise<Jornada | undefined> {
  return db.jornadas.get(id);
}
