import { REGISTROS } from '../../../../shared/registros';
import type { DatosJornada, Jornada } from '../../../../shared/schemas/modulos';
import { repositorio } from './registros';

const jornadas = repositorio<Jornada, DatosJornada>(REGISTROS.jornada);

export const validarJornada = jornadas.validar;
export const crearJornada = jornadas.crear;
/** Corrects a jornada; marking it held (or not) is logged as a change of status. */
export const editarJornada = jornadas.editar;
export const eliminarJornada = jornadas.eliminar;
/** Every live jornada, the most recent first. */
export const listarJornadas = jornadas.listar;
export const obtenerJornada = jornadas.obtener;
