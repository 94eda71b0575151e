import { formatearFecha } from '../../../../shared/domain/formato';
import { REGISTROS } from '../../../../shared/registros';
import {
  capturaEventoSchema,
  ETIQUETA_ESTATUS_EVENTO,
  ETIQUETA_TIPO_EVENTO,
  type DatosEvento,
  type Evento,
} from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, registrarBitacora, sesionActual } from './base';
import { campoDelCambio, exigirCatalogo, exigirConteoAbierto, tablasComunes, validarMotivo } from './registrosModulo';

function tablasEvento(db: BaseDatosPoa) {
  return [db.eventos, ...tablasComunes(db)];
}

export function validarEvento(datos: unknown): DatosEvento {
  return validar(capturaEventoSchema, datos);
}

const descripcion = (e: Pick<Evento, 'tipo' | 'nombre' | 'fecha'>) => `${ETIQUETA_TIPO_EVENTO[e.tipo]} «${e.nombre}» del ${formatearFecha(e.fecha)}`;

export async function crearEvento(db: BaseDatosPoa, datos: unknown): Promise<Evento> {
  const valido = validarEvento(datos);
  return db.transaction('rw', tablasEvento(db), async () => {
    const sesion = await sesionActual(db);
    await exigirCatalogo(db, valido.dependenciaId, 'dependencia', 'dependenciaId', 'Elija una dependencia del catálogo');
    const evento: Evento = { ...camposNuevos(sesion.estacion), ...valido };
    await exigirConteoAbierto(db, null, REGISTROS.evento.cuentaEn(evento), 'fecha');
    await db.eventos.add(evento);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'evento',
      entidadId: evento.id,
      resumen: `${descripcion(evento)} registrado, ${ETIQUETA_ESTATUS_EVENTO[evento.estatus].toLowerCase()}`,
    });
    return evento;
  });
}

async function eventoVigente(db: BaseDatosPoa, id: string): Promise<Evento> {
  const e = await db.eventos.get(id);
  if (!e || e.eliminado) throw new ErrorValidacion({ _: 'El registro ya no existe' });
  return e;
}

/** Corrects an event or moves its status (programado → realizado or cancelado), logged as such. */
export async function editarEvento(db: BaseDatosPoa, id: string, datos: unknown): Promise<Evento> {
  const valido = validarEvento(datos);
  return db.transaction('rw', tablasEvento(db), async () => {
    const sesion = await sesionActual(db);
    const anterior = await eventoVigente(db, id);
    await exigirCatalogo(db, valido.dependenciaId, 'dependencia', 'dependenciaId', 'Elija una dependencia del catálogo');
    const nuevo: Evento = { ...anterior, ...valido, updatedAt: ahoraIso() };
    const cambios = diferencias(anterior, nuevo);
    if (cambios === null) return anterior;
    const estatusCambio = anterior.estatus !== nuevo.estatus;
    await exigirConteoAbierto(db, REGISTROS.evento.cuentaEn(anterior), REGISTROS.evento.cuentaEn(nuevo), campoDelCambio(estatusCambio, 'fecha'));
    await db.eventos.put(nuevo);
    await registrarBitacora(db, sesion, {
      accion: estatusCambio ? 'estatus' : 'editar',
      entidad: 'evento',
      entidadId: id,
      resumen: estatusCambio
        ? `${descripcion(nuevo)}: ${ETIQUETA_ESTATUS_EVENTO[anterior.estatus]} → ${ETIQUETA_ESTATUS_EVENTO[nuevo.estatus]}`
        : `${descripcion(nuevo)} modificado`,
      cambios,
    });
    return nuevo;
  });
}

export async function eliminarEvento(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await db.transaction('rw', tablasEvento(db), async () => {
    const sesion = await sesionActual(db);
    const e = await eventoVigente(db, id);
    await exigirConteoAbierto(db, REGISTROS.evento.cuentaEn(e), null, 'motivo');
    await db.eventos.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'evento',
      entidadId: id,
      resumen: `${descripcion(e)} eliminado. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** An event as the list shows it, with its dependency's name. */
export interface FilaEvento extends Evento {
  dependencia: string;
}

export async function listarEventos(db: BaseDatosPoa): Promise<FilaEvento[]> {
  const [eventos, dependencias] = await Promise.all([db.eventos.orderBy('fecha').reverse().toArray(), db.catalogos.where('tipo').equals('dependencia').toArray()]);
  const nombre = new Map(dependencias.map((d) => [d.id, d.nombre]));
  return eventos.filter((e) => e.eliminado === 0).map((e) => ({ ...e, dependencia: e.dependenciaId ? (nombre.get(e.dependenciaId) ?? '') : '' }));
}

export async function obtenerEvento(db: BaseDatosPoa, id: string): Promise<FilaEvento | undefined> {
  const e = await db.eventos.get(id);
  if (!e) return undefined;
  const dependencia = e.dependenciaId ? await db.catalogos.get(e.dependenciaId) : undefined;
  return { ...e, dependencia: dependencia?.nombre ?? '' };
}
