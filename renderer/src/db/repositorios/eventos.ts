import { REGISTROS } from '../../../../shared/registros';
import type { DatosEvento, Evento } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion } from '../errores';
import { fuentePorFecha } from './paginaPorFecha';
import { repositorio } from './registros';

/** How many live apoyos name the programa: its beneficiaries registered by name. */
function beneficiariosRegistrados(db: BaseDatosPoa, programaId: string): Promise<number> {
  return db.apoyos
    .where('programaId')
    .equals(programaId)
    .filter((a) => a.eliminado === 0)
    .count();
}

const eventos = repositorio<Evento, DatosEvento>(REGISTROS.evento, {
  tablas: (db) => [db.apoyos],
  // A programa with beneficiaries registered by name stays a programa: they would point at a taller.
  comprobar: async (db, e, id) => {
    if (id === null || e.tipo === 'programa') return;
    const registrados = await beneficiariosRegistrados(db, id);
    const anterior = await db.eventos.get(id);
    if (registrados > 0 && anterior?.tipo === 'programa') {
      const cuantos = registrados === 1 ? '1 beneficiario registrado' : `${registrados} beneficiarios registrados`;
      throw new ErrorValidacion({ tipo: `Este programa social tiene ${cuantos} por nombre; no puede cambiar de tipo` });
    }
  },
});

/** Capture, correction (moving its status, programado → realizado or cancelado, is logged as such) and deletion. */
export const { validar: validarEvento, crear: crearEvento, editar: editarEvento, eliminar: eliminarEvento } = eventos;

/** An event as the list shows it, with its dependency's name. */
export interface FilaEvento extends Evento {
  dependencia: string;
}

/** An event as its detail shows it: a programa also says how many of its beneficiaries are registered by name. */
export interface DetalleEvento extends FilaEvento {
  registrados: number;
}

export async function listarEventos(db: BaseDatosPoa): Promise<FilaEvento[]> {
  return filasDeEventos(db, await eventos.listar(db));
}

/** The list's rows of these events, in the same order: each with its dependency's name. */
export async function filasDeEventos(db: BaseDatosPoa, lista: Evento[]): Promise<FilaEvento[]> {
  const dependencias = await db.catalogos.where('tipo').equals('dependencia').toArray();
  const nombre = new Map(dependencias.map((d) => [d.id, d.nombre]));
  return lista.map((e) => ({ ...e, dependencia: e.dependenciaId ? (nombre.get(e.dependenciaId) ?? '') : '' }));
}

/** The list of talleres, capacitaciones and programas, one page at a time by its date index. */
export const paginasEventos = (db: BaseDatosPoa) => fuentePorFecha(db, { tabla: (d) => d.eventos, campoFecha: 'fecha', filas: filasDeEventos });

export async function obtenerEvento(db: BaseDatosPoa, id: string): Promise<DetalleEvento | undefined> {
  const e = await eventos.obtener(db, id);
  if (!e) return undefined;
  const [dependencia, registrados] = await Promise.all([
    e.dependenciaId ? db.catalogos.get(e.dependenciaId) : undefined,
    e.tipo === 'programa' ? beneficiariosRegistrados(db, e.id) : 0,
  ]);
  return { ...e, dependencia: dependencia?.nombre ?? '', registrados };
}
