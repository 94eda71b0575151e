import { z } from 'zod';
import { baseRegistro, entero, texto, textoOpcional, VARIAS_LINEAS } from './comunes';

export const TIPOS_CATALOGO = ['tipoApoyo', 'dependencia', 'colonia', 'localidad'] as const;
export type TipoCatalogo = (typeof TIPOS_CATALOGO)[number];
export const ETIQUETA_CATALOGO: Record<TipoCatalogo, string> = {
  tipoApoyo: 'Tipos de apoyo',
  dependencia: 'Dependencias',
  colonia: 'Colonias',
  localidad: 'Localidades',
};

export const datosCatalogoSchema = z.object({
  tipo: z.enum(TIPOS_CATALOGO),
  nombre: texto('Nombre', 200),
  activo: z.boolean(),
});
export const catalogoSchema = z.object({ ...baseRegistro, ...datosCatalogoSchema.shape });
export type ElementoCatalogo = z.infer<typeof catalogoSchema>;

const firmante = z.object({ nombre: textoOpcional('Nombre', 150), cargo: textoOpcional('Cargo', 150) });

/** Settings of this installation. One record, key 'general'. */
export const configuracionSchema = z
  .object({
    municipio: textoOpcional('Municipio', 150),
    estacion: z
      .string()
      .trim()
      .regex(/^[A-Z0-9]{1,4}$/, 'Clave de estación: de 1 a 4 letras mayúsculas o números (ej. V1)'),
    umbralVerde: entero('Umbral verde', 1, 1000),
    umbralAmbar: entero('Umbral ámbar', 0, 1000),
    diasCompromiso: entero('Días para la fecha compromiso', 1, 365),
    /** The simplified aviso: shown at capture and printed on the acuse. */
    avisoPrivacidad: texto('Aviso de privacidad', 3000, VARIAS_LINEAS),
    /** The integral aviso, published at the office; longer than the simplified one. */
    avisoIntegral: textoOpcional('Aviso de privacidad integral', 20000, VARIAS_LINEAS),
    elaboro: firmante,
    reviso: firmante,
    autorizo: firmante,
    logoDataUrl: z.string().nullable(),
    /** Minutes without keyboard, mouse or touch activity after which the sign-in locks; settings saved before it had none. */
    minutosInactividad: entero('Minutos sin actividad para bloquear', 1, 120).default(10),
  })
  .refine((c) => c.umbralAmbar < c.umbralVerde, {
    path: ['umbralAmbar'],
    message: 'El umbral ámbar debe ser menor que el verde',
  });
export type Configuracion = z.infer<typeof configuracionSchema>;

export const ACCIONES_BITACORA = [
  'crear',
  'editar',
  'estatus',
  'eliminar',
  'imprimir',
  'exportar',
  'respaldar',
  'restaurar',
  'configurar',
  'cerrar',
  'reabrir',
  'incorporar',
  'iniciar-sesion',
  'cerrar-sesion',
  'acceso-fallido',
  'permiso-denegado',
  'consultar',
  'contrasena',
  'bloquear',
  'desbloquear',
  'arco',
  'importar',
] as const;
export type AccionBitacora = (typeof ACCIONES_BITACORA)[number];

/** How the bitácora screen names each action. */
export const ETIQUETA_ACCION_BITACORA: Record<AccionBitacora, string> = {
  crear: 'Alta',
  editar: 'Modificación',
  estatus: 'Cambio de estatus',
  eliminar: 'Eliminación',
  imprimir: 'Impresión',
  exportar: 'Exportación',
  respaldar: 'Respaldo',
  restaurar: 'Restauración',
  configurar: 'Configuración',
  cerrar: 'Cierre',
  reabrir: 'Reapertura',
  incorporar: 'Incorporación de capturas',
  'iniciar-sesion': 'Inicio de sesión',
  'cerrar-sesion': 'Cierre de sesión',
  'acceso-fallido': 'Inicio de sesión fallido',
  'permiso-denegado': 'Permiso denegado',
  consultar: 'Consulta de datos personales',
  contrasena: 'Contraseña restablecida',
  bloquear: 'Bloqueo de sesión',
  desbloquear: 'Desbloqueo de sesión',
  arco: 'Solicitud ARCO',
  importar: 'Importación desde Excel o CSV',
};

/**
 * The kinds of record a bitácora entry is about, and how the bitácora screen and its export name each one. Every
 * write names one of these (DatosBitacora); entries stored by an older or newer version keep their text and show it
 * as is.
 */
export const ENTIDADES_BITACORA = [
  'solicitud',
  'persona',
  'apoyo',
  'jornada',
  'evento',
  'mesa',
  'acuerdo',
  'convenio',
  'poa',
  'actividad',
  'ajuste',
  'justificacion',
  'reconduccion',
  'cierre',
  'catalogo',
  'configuracion',
  'cuenta',
  'permiso',
  'respaldo',
  'libro-poa',
  'hoja-mensual',
  'hoja-trimestral',
  'bitacora',
  'padron',
  'importacion',
  'evidencia',
] as const;
export type EntidadBitacora = (typeof ENTIDADES_BITACORA)[number];

export const ETIQUETA_ENTIDAD_BITACORA: Record<EntidadBitacora, string> = {
  solicitud: 'Solicitud',
  persona: 'Persona',
  apoyo: 'Apoyo',
  jornada: 'Jornada comunitaria',
  evento: 'Taller / programa',
  mesa: 'Mesa interinstitucional',
  acuerdo: 'Acuerdo de mesa',
  convenio: 'Convenio',
  poa: 'POA',
  actividad: 'Actividad del POA',
  ajuste: 'Ajuste de meta',
  justificacion: 'Justificación',
  reconduccion: 'Reconducción',
  cierre: 'Cierre de periodo',
  catalogo: 'Catálogo',
  configuracion: 'Configuración',
  cuenta: 'Cuenta',
  permiso: 'Permiso',
  respaldo: 'Respaldo',
  'libro-poa': 'Libro POA (Excel)',
  'hoja-mensual': 'Hoja mensual',
  'hoja-trimestral': 'Hoja trimestral',
  bitacora: 'Bitácora',
  padron: 'Padrón de beneficiarios',
  importacion: 'Importación de registros',
  evidencia: 'Evidencia (archivo)',
};

/** The Spanish name of an entry's kind; a kind this version does not know shows as stored. */
export function etiquetaEntidadBitacora(entidad: string): string {
  return (ETIQUETA_ENTIDAD_BITACORA as Record<string, string | undefined>)[entidad] ?? entidad;
}

/** The Spanish name of an entry's action; an action this version does not know shows as stored. */
export function etiquetaAccionBitacora(accion: string): string {
  return (ETIQUETA_ACCION_BITACORA as Record<string, string | undefined>)[accion] ?? accion;
}

export const bitacoraSchema = z.object({
  id: z.uuid(),
  fecha: z.iso.datetime({ offset: true }),
  usuario: z.string(),
  estacion: z.string(),
  accion: z.enum(ACCIONES_BITACORA),
  entidad: z.string(),
  entidadId: z.string().nullable(),
  resumen: z.string(),
  cambios: z.record(z.string(), z.object({ antes: z.unknown(), despues: z.unknown() })).nullable(),
});
export type EntradaBitacora = z.infer<typeof bitacoraSchema>;

/** Last folio consecutive given per series (e.g. 'AC-2026-V1'); only ever goes up, so a folio is never reused. */
export interface ContadorFolio {
  serie: string;
  ultimo: number;
}

