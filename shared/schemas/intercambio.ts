/**
 * The exchange's own records, which travel in backups (version 6) so that a restore loses nothing of them: what this
 * PC knows each other station holds of each record, the versions waiting in «Conflictos» for the jefe, and the log
 * of the packages written and incorporated. They never travel in packages nor in «Incorporar capturas»: they
 * describe this PC's relations with the others.
 */
import { z } from 'zod';
import './comunes';

const estacion = z.string().trim().min(1, 'Falta la estación').max(20, 'La clave de estación tiene hasta 20 caracteres');
const tabla = z.string().trim().min(1, 'Falta la tabla').max(40, 'Nombre de tabla demasiado largo');
const instante = (campo: string) => z.iso.datetime({ offset: true, message: `${campo} inválida` });

export const conocidoIntercambioSchema = z.object({
  estacion,
  tabla,
  id: z.string().trim().min(1, 'Falta el registro').max(200, 'Identificador de registro demasiado largo'),
  recibida: instante('Versión recibida').nullable(),
  enviada: instante('Versión enviada').nullable(),
});

export const conflictoIntercambioSchema = z
  .object({
    id: z.string().trim().min(1, 'Falta el identificador del conflicto').max(300, 'Identificador de conflicto demasiado largo'),
    tabla,
    registroId: z.string().trim().min(1, 'Falta el registro').max(200, 'Identificador de registro demasiado largo'),
    estacion,
    detectado: instante('Fecha de detección'),
    entrante: z.record(z.string(), z.unknown(), { error: 'La versión de la otra estación no es un registro' }),
    estado: z.enum(['pendiente', 'resuelto'], { error: 'Estado del conflicto inválido' }),
    resolucion: z.enum(['local', 'entrante', 'posterior'], { error: 'Resolución del conflicto inválida' }).nullable(),
    resuelto: instante('Fecha de resolución').nullable(),
  })
  .refine((c) => (c.estado === 'pendiente') === (c.resolucion === null && c.resuelto === null), {
    path: ['resolucion'],
    message: 'Un conflicto resuelto dice cómo y cuándo; uno pendiente, no',
  });

export const registroPaqueteSchema = z.object({
  id: z.uuid('Identificador de paquete inválido'),
  sentido: z.enum(['enviado', 'recibido'], { error: 'Sentido del paquete inválido' }),
  otra: estacion,
  fecha: instante('Fecha del paquete'),
  modo: z.string().trim().min(1, 'Falta qué lleva el paquete').max(20, 'Modo de paquete inválido'),
  conteos: z.record(z.string(), z.number().int().nonnegative(), { error: 'Registros por tabla del paquete inválidos' }),
});
