import { z } from 'zod';
import { baseRegistro, textoOpcional, VARIAS_LINEAS } from './comunes';
import { EXTENSIONES_EVIDENCIA, RE_SHA256, TAMANO_MAXIMO_EVIDENCIA, TIPOS_EVIDENCIA } from '../evidencias/contenido';
import { RE_BASE64 } from '../seguridad/bytes';

/** The records an evidence file may belong to: each kind of record of the POA. */
export const TIPOS_REGISTRO_EVIDENCIA = ['solicitud', 'apoyo', 'jornada', 'evento', 'mesa', 'convenio'] as const;
export type TipoRegistroEvidencia = (typeof TIPOS_REGISTRO_EVIDENCIA)[number];

const sha256 = z.string().regex(RE_SHA256, 'La huella SHA-256 del archivo no es válida');

/**
 * An evidence file attached to a record: what it is (its SHA-256, which names the stored bytes, its kind, size and the
 * name it had on the user's PC), what it shows, and who attached it when. The bytes live apart (a file of the data
 * folder, or the browser's database), once per content: two records with the same scan share one stored file.
 */
export const evidenciaSchema = z.object({
  ...baseRegistro,
  registroTipo: z.enum(TIPOS_REGISTRO_EVIDENCIA, { error: 'El tipo de registro de la evidencia no es válido' }),
  registroId: z.uuid('El registro de la evidencia no es válido'),
  sha256,
  tipo: z.enum(TIPOS_EVIDENCIA, { error: 'Solo se admiten archivos PDF, JPG o PNG' }),
  nombreOriginal: z.string().trim().min(1, 'Falta el nombre del archivo').max(255, 'El nombre del archivo admite a lo más 255 caracteres'),
  tamano: z.number().int().min(1).max(TAMANO_MAXIMO_EVIDENCIA, 'El archivo pasa del máximo de 20 MB'),
  descripcion: textoOpcional('Descripción', 300, VARIAS_LINEAS),
  /** When it was attached (ISO), and the account that did it. */
  fecha: z.iso.datetime({ offset: true, message: 'Fecha de la evidencia inválida' }),
  usuario: z.string().min(1, 'Falta quién adjuntó la evidencia').max(200),
});
export type Evidencia = z.infer<typeof evidenciaSchema>;

/** What a user gives when attaching: the record, the description (optional) and the file as the browser read it. */
export const datosEvidenciaSchema = z.object({
  registroTipo: evidenciaSchema.shape.registroTipo,
  registroId: evidenciaSchema.shape.registroId,
  descripcion: evidenciaSchema.shape.descripcion,
  nombreOriginal: evidenciaSchema.shape.nombreOriginal,
});
export type DatosEvidencia = z.infer<typeof datosEvidenciaSchema>;

/** The bytes of a file travel in a backup's or package's lines in pieces of this many bytes, base64. */
export const BYTES_POR_PARTE_ARCHIVO = 512 * 1024;
export const MAXIMO_PARTES_ARCHIVO = Math.ceil(TAMANO_MAXIMO_EVIDENCIA / BYTES_POR_PARTE_ARCHIVO);

/**
 * One piece of a stored file in a backup or package: its SHA-256 and extension name it, `parte` of `partes` (from 0)
 * places it. Every file the file's evidence rows name is in it once, whatever records share it.
 */
export const parteArchivoSchema = z
  .object({
    sha256,
    extension: z.enum(EXTENSIONES_EVIDENCIA, { error: 'Solo se admiten archivos PDF, JPG o PNG' }),
    parte: z.number().int().min(0),
    partes: z.number().int().min(1).max(MAXIMO_PARTES_ARCHIVO, 'El archivo pasa del máximo de 20 MB'),
    datos: z
      .string()
      .max(Math.ceil(BYTES_POR_PARTE_ARCHIVO / 3) * 4, 'Una parte del archivo es demasiado grande')
      .regex(RE_BASE64, 'Una parte del archivo está dañada (no es base64)'),
  })
  .refine((p) => p.parte < p.partes, { message: 'Una parte del archivo está fuera de su lugar', path: ['parte'] });
export type ParteArchivo = z.infer<typeof parteArchivoSchema>;
