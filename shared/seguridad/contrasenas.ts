import { z } from 'zod';
// Loaded for zod's Spanish messages, as every schema file does.
import '../schemas/comunes';
import { aBase64, bytesAleatorios, deBase64, igualesEnTiempoConstante, pbkdf2Sha256, RE_BASE64 } from './bytes';

/**
 * Staff passwords are never stored: only a salted PBKDF2-SHA-256 hash, with the work factor OWASP recommends for it
 * (600,000 iterations), computed by WebCrypto. The record keeps its own iteration count, so raising the default later
 * leaves every stored password verifiable (and `requiereRenovar` says which ones to re-hash at their next sign-in).
 */

export const ALGORITMO_CONTRASENA = 'PBKDF2-SHA-256';
export const ITERACIONES_CONTRASENA = 600_000;
export const BYTES_SAL = 16;
export const BYTES_HASH = 32;
/** A ceiling for what a stored record may ask: a damaged or forged record must not freeze the sign-in screen. */
export const ITERACIONES_MAXIMAS = 10_000_000;
export const LONGITUD_MINIMA_CONTRASENA = 8;
/** Long passphrases are welcome; the ceiling only keeps a pasted document out of the field. */
export const LONGITUD_MAXIMA_CONTRASENA = 256;

const base64 = (campo: string) => z.string().regex(RE_BASE64, `${campo}: no está en base64`).min(1, `Falta ${campo}`);

export const credencialSchema = z.object({
  algoritmo: z.literal(ALGORITMO_CONTRASENA, { error: 'Algoritmo de contraseña desconocido' }),
  iteraciones: z
    .number({ error: 'Iteraciones: debe ser un número' })
    .int('Iteraciones: debe ser un número entero')
    .min(1, 'Iteraciones: debe ser al menos 1')
    .max(ITERACIONES_MAXIMAS, `Iteraciones: a lo más ${ITERACIONES_MAXIMAS}`),
  sal: base64('la sal'),
  hash: base64('el hash'),
});
/** What an account stores instead of its password. */
export type Credencial = z.infer<typeof credencialSchema>;

/** Hashes a new password with a fresh random salt. `iteraciones` is lowered only by tests, to stay quick. */
export async function crearCredencial(contrasena: string, iteraciones: number = ITERACIONES_CONTRASENA): Promise<Credencial> {
  const sal = bytesAleatorios(BYTES_SAL);
  const hash = await pbkdf2Sha256(contrasena, sal, iteraciones, BYTES_HASH);
  return { algoritmo: ALGORITMO_CONTRASENA, iteraciones, sal: aBase64(sal), hash: aBase64(hash) };
}

/**
 * True when the password matches the stored record. The salt, the count and the hash length come from the record,
 * never from today's defaults. A record that is not a credential is a damaged account, not a wrong password: it
 * throws, so the screen can say so instead of «contraseña incorrecta» forever.
 */
export async function verificarContrasena(contrasena: string, credencial: Credencial): Promise<boolean> {
  const c = credencialSchema.safeParse(credencial);
  if (!c.success) throw new Error('La credencial guardada de la cuenta está dañada: un administrador debe restablecer la contraseña.');
  const esperado = deBase64(c.data.hash);
  const obtenido = await pbkdf2Sha256(contrasena, deBase64(c.data.sal), c.data.iteraciones, esperado.length);
  return igualesEnTiempoConstante(obtenido, esperado);
}

/** A record hashed with less work than today's default: re-hash it when its owner next signs in successfully. */
export function requiereRenovar(credencial: Credencial): boolean {
  return credencial.iteraciones < ITERACIONES_CONTRASENA;
}

/**
 * The password field. Not trimmed: spaces are part of a password. Length counts characters as a person sees them
 * (an accented letter or an emoji is one), not UTF-16 units.
 */
export const contrasenaSchema = z.string({ error: 'Escriba la contraseña' }).superRefine((c, ctx) => {
  const longitud = [...c].length;
  if (longitud === 0) ctx.addIssue({ code: 'custom', message: 'Escriba la contraseña' });
  else if (c.trim() === '') ctx.addIssue({ code: 'custom', message: 'La contraseña no puede ser sólo espacios' });
  else if (longitud < LONGITUD_MINIMA_CONTRASENA) {
    ctx.addIssue({ code: 'custom', message: `La contraseña debe tener al menos ${LONGITUD_MINIMA_CONTRASENA} caracteres` });
  } else if (longitud > LONGITUD_MAXIMA_CONTRASENA) {
    ctx.addIssue({ code: 'custom', message: `La contraseña admite a lo más ${LONGITUD_MAXIMA_CONTRASENA} caracteres` });
  }
});

export interface ContrasenaNueva {
  usuario: string;
  contrasena: string;
  confirmacion: string;
}

/**
 * The checks that need the other fields: the password is not the user name (whatever the case or surrounding
 * spaces: the first guess of anyone at the PC) and the confirmation repeats it. Shared by the account capture and
 * the change and reset dialogs.
 */
export function revisarContrasenaNueva(v: ContrasenaNueva, ctx: z.RefinementCtx): void {
  const usuario = v.usuario.trim().toLowerCase();
  if (usuario !== '' && v.contrasena.trim().toLowerCase() === usuario) {
    ctx.addIssue({ code: 'custom', path: ['contrasena'], message: 'La contraseña no puede ser igual al nombre de usuario' });
  }
  if (v.confirmacion !== v.contrasena) {
    ctx.addIssue({ code: 'custom', path: ['confirmacion'], message: 'La confirmación no coincide con la contraseña' });
  }
}

/** A new password for an existing account (change or reset): `usuario` is the account's, not typed. */
export const contrasenaNuevaSchema = z
  .object({ usuario: z.string(), contrasena: contrasenaSchema, confirmacion: z.string({ error: 'Confirme la contraseña' }) })
  .superRefine(revisarContrasenaNueva);
