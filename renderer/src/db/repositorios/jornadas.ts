import { REGISTROS } from '../../../../shared/registros';
import type { DatosJornada, Jornada } from '../../../../shared/schemas/modulos';
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
