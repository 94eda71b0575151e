import { REGISTROS } from '../../../../shared/registros';
import type { DatosEvento, Evento } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { repositorio } from './registros';

const eventos = repositorio<Evento, DatosEvento>(REGISTROS.evento);

/** Capture, correction (moving its status, programado → realizado or cancelado, is logged as such) and deletion. */
export const { validar: validarEvento, crear: crearEvento, editar: editarEvento, eliminar: eliminarEvento } = eventos;

/** An event as the list shows it, with its dependency's name. */
export interface FilaEvento extends Evento {
  dependencia: string;
}

export async function listarEventos(db: BaseDatosPoa): Promise<FilaEvento[]> {
  const [lista, dependencias] = await Promise.all([eventos.listar(db), db.catalogos.where('tipo').equals('dependencia').toArray()]);
  const nombre = new Map(dependencias.map((d) => [d.id, d.nombre]));
  return lista.map((e) => ({ ...e, dependencia: e.dependenciaId ? (nombre.get(e.dependenciaId) ?? '') : '' }));
}

export async function obtenerEvento(db: BaseDatosPoa, id: string): Promise<FilaEvento | undefined> {
  const e = await eventos.obtener(db, id);
  if (!e) return undefined;
  const dependencia = e.dependenciaId ? await db.catalogos.get(e.dependenciaId) : undefined;
  return { ...e, dependencia: dependencia?.nombre ?? '' };
}
