import { z } from 'zod';
import { validarCurp } from '../domain/curp';
import { baseRegistro, entero, fecha, texto, textoOpcional } from './comunes';

export const SEXOS = ['H', 'M', 'X'] as const;
export const ETIQUETA_SEXO: Record<(typeof SEXOS)[number], string> = { H: 'Hombre', M: 'Mujer', X: 'No binario / otro' };

const curp = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .superRefine((c, ctx) => {
    if (c === '') return;
    const r = validarCurp(c);
    if (!r.valida) ctx.addIssue({ code: 'custom', message: r.mensaje });
  });

export const datosPersonaSchema = z.object({
    apellidoPaterno: texto('Apellido paterno', 80),
    apellidoMaterno: textoOpcional('Apellido materno', 80),
    nombres: texto('Nombre(s)', 120),
    curp,
    sexo: z.enum(SEXOS, { error: 'Elija el sexo' }),
    fechaNacimiento: fecha('Fecha de nacimiento').nullable(),
    edad: entero('Edad', 0, 120).nullable(),
    telefono: z
      .string()
      .trim()
      .refine((t) => t === '' || /^[0-9 ()+-]{7,20}$/.test(t), 'Teléfono: use sólo números (10 dígitos)'),
    correo: z
      .string()
      .trim()
      .refine((c) => c === '' || z.email().safeParse(c).success, 'Correo electrónico inválido'),
    calle: textoOpcional('Calle', 150),
    numero: textoOpcional('Número', 30),
    colonia: textoOpcional('Colonia', 150),
    localidad: textoOpcional('Localidad', 150),
    codigoPostal: z
      .string()
      .trim()
      .refine((c) => c === '' || /^\d{5}$/.test(c), 'El código postal tiene 5 dígitos'),
  });
export type DatosPersona = z.infer<typeof datosPersonaSchema>;

export const personaSchema = z.object({
  ...baseRegistro,
  ...datosPersonaSchema.shape,
  /** Upper-case, accent-free "PATERNO MATERNO NOMBRES" for accent- and case-insensitive search. */
  nombreNormalizado: z.string(),
  /** The words of the name, normalized, as a multi-entry index: prefix search without scanning the table. */
  palabras: z.array(z.string()),
  /**
   * Set when this persona was merged into another and soft-deleted: the id of the one kept. Records of another PC
   * that still point here follow it when their captures are incorporated. Optional: personas before the merge lack it.
   */
  unidaCon: z.uuid('Unida con: el identificador de la persona no es válido').nullable().optional(),
  /**
   * The personas a jefe said are someone else («Mantener separadas»), so «Posibles duplicados» does not offer the pair
   * again. Kept on both personas, so the decision travels with them in backups and in captures incorporated elsewhere.
   */
  distintaDe: z.array(z.uuid('Personas distintas: un identificador no es válido'), { error: 'Personas distintas debe ser una lista' }).optional(),
});
export type Persona = z.infer<typeof personaSchema>;

export function nombreCompleto(p: Pick<DatosPersona, 'nombres' | 'apellidoPaterno' | 'apellidoMaterno'>): string {
  return [p.nombres, p.apellidoPaterno, p.apellidoMaterno].filter((s) => s && s.trim()).join(' ');
}
