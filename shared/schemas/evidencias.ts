import { z } from 'zod';
import { baseRegistro, textoOpcional, VARIAS_LINEAS } from './comunes';
import { RE_SHA256, TAMANO_MAXIMO_EVIDENCIA, TIPOS_EVIDENCIA } from '../evidencias/contenido';

/** The records an evidence file may belong to: each kind of record of the POA. */
export const TIPOS_REGISTRO_EVIDENCIA = ['solicitud', 'apoyo', 'jornada', 'evento', 'mesa', 'convenio'] as const;
export type TipoRegistroEvidencia = (typeof TIPOS_REGISTRO_EVIDENCIA)[number];

const sha256 = z.string({ error: 'Falta el dato «Huella SHA-256»' }).regex(RE_SHA256, 'Huella SHA-256: no es válida');

/**
 * An evidence file attached to a record: what it is (its SHA-256, which names the stored bytes, its kind, size and the
 * name it had on the user's PC), what it shows, and who attached it when. The bytes live apart (a file of the data
 * folder, or the browser's database), once per content: two records with the same scan share one stored file.
 */
export const evidenciaSchema = z.object({
  ...baseRegistro,
  registroTipo: z.enum(TIPOS_REGISTRO_EVIDENCIA, { error: 'Tipo de registro: elija una de las opciones' }),
  registroId: z.uuid('El registro de la evidencia no es válido'),
  sha256,
  tipo: z.enum(TIPOS_EVIDENCIA, { error: 'Tipo: solo se admiten archivos PDF, JPG o PNG' }),
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
