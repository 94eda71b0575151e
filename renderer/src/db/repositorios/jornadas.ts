import { REGISTROS } from '../../../../shared/registros';
import type { DatosJornada, Jornada } from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { fuentePorFecha } from './paginaPorFecha';
import { repositorio } from './registros';

const jornadas = repositorio<Jornada, DatosJornada>(REGISTROS.jornada);

/**
 * Capture, correction (marking it held, or not, is logged as a change of status) and deletion; the list holds every
 * live jornada, the most recent first.
 */
export const {
  validar: validarJornada,
  crear: crearJornada,
  editar: editarJornada,
  eliminar: eliminarJornada,
  listar: listarJornadas,
  obtener: obtenerJornada,
} = jornadas;

/** A jornada as its list shows it, with the people served in all. */
export type FilaJornada = Jornada & { atendidas: number };

/** The list's rows of these jornadas, in the same order. */
export async function filasDeJornadas(_db: BaseDatosPoa, lista: Jornada[]): Promise<FilaJornada[]> {
  return lista.map((j) => ({ ...j, atendidas: j.atendidasMujeres + j.atendidasHombres + j.atendidasOtro }));
}

/** The jornadas' list, one page at a time by its date index. */
export const paginasJornadas = (db: BaseDatosPoa) => fuentePorFecha(db, { tabla: (d) => d.jornadas, campoFecha: 'fecha', filas: filasDeJornadas });
