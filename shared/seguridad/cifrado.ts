import { z } from 'zod';
// Loaded for zod's Spanish messages, as every schema file does.
import '../schemas/comunes';
import { aBase64, bytesAleatorios, deBase64, deUtf8, igualesEnTiempoConstante, pbkdf2Sha256, RE_BASE64, subtle, utf8 } from './bytes';
import { contrasenaSchema, revisarContrasenaNueva } from './contrasenas';

/**
 * A backup or a package for another PC locked with a passphrase before it leaves the PC (a folder, a USB drive).
 *
 * The file is one line of JSON, the header, then a newline, then the encrypted bytes:
 *
 *   {"formato":"poa-gestion-social-cifrado","version":1,"cifrado":"AES-GCM-256","kdf":{…},"iv":"…","verificador":"…"}\n
 *   <AES-GCM ciphertext with its 16-byte tag>
 *
 * A binary body rather than base64 inside JSON: a backup can be large, and base64 would add a third to its size and
 * make the whole file one huge string. The header stays readable in any text editor, says what the file is, and is
 * authenticated as AES-GCM's additional data, so changing any byte of it or of the body is detected.
 *
 * The key comes from PBKDF2-SHA-256 (600,000 iterations, random 16-byte salt); each file has a random 12-byte IV.
 * PBKDF2 gives 64 bytes: the first 32 are the AES-256 key, the other 32 the verifier stored in the header. The
 * verifier tells a wrong passphrase from a damaged file (AES-GCM alone cannot); it is an independent PBKDF2 block,
 * so it says nothing about the key, and testing a guess against it costs the same 600,000 iterations.
 */

export const FORMATO_CIFRADO = 'poa-gestion-social-cifrado';
export const VERSION_CIFRADO = 1;
export const ITERACIONES_CIFRADO = 600_000;
const BYTES_SAL = 16;
const BYTES_IV = 12;
const BYTES_CLAVE = 32;
/** A header is a few hundred bytes; a newline is looked for only this far, so a big plain file is not scanned. */
const LONGITUD_MAXIMA_ENCABEZADO = 4096;
const ITERACIONES_MAXIMAS = 10_000_000;

const base64 = z.string().regex(RE_BASE64).min(1);

const encabezadoSchema = z.object({
  formato: z.literal(FORMATO_CIFRADO),
  version: z.literal(VERSION_CIFRADO),
  cifrado: z.literal('AES-GCM-256'),
  kdf: z.object({
    algoritmo: z.literal('PBKDF2-SHA-256'),
    iteraciones: z.number().int().min(1).max(ITERACIONES_MAXIMAS),
    sal: base64,
  }),
  iv: base64,
  verificador: base64,
});
export type EncabezadoCifrado = z.infer<typeof encabezadoSchema>;

export type MotivoErrorCifrado = 'contrasena' | 'danado' | 'no-cifrado' | 'sin-contrasena';

const MENSAJES: Record<MotivoErrorCifrado, string> = {
  contrasena: 'La contraseña del respaldo no es correcta.',
  danado: 'El respaldo cifrado está dañado o fue modificado: no se puede abrir.',
  'no-cifrado': 'El archivo no es un respaldo cifrado.',
  'sin-contrasena': 'Escriba la contraseña del respaldo.',
};

/**
 * The only error this module lets out, always with a Spanish message. WebCrypto's own errors (English DOMExceptions
 * such as «The operation failed for an operation-specific reason») are caught and never attached as a cause.
 */
export class ErrorCifrado extends Error {
  override readonly name = 'ErrorCifrado';
  constructor(readonly motivo: MotivoErrorCifrado) {
    super(MENSAJES[motivo]);
  }
}

const PREFIJO = utf8(`{"formato":"${FORMATO_CIFRADO}"`);

/** True for bytes written by `cifrar` (checked by the opening of the header, so nothing is decrypted). */
export function esCifrado(bytes: Uint8Array): boolean {
  if (bytes.length < PREFIJO.length) return false;
  return PREFIJO.every((b, i) => bytes[i] === b);
}

async function derivarClaves(contrasena: string, sal: Uint8Array, iteraciones: number): Promise<{ clave: Uint8Array; verificador: Uint8Array }> {
  const bits = await pbkdf2Sha256(contrasena, sal, iteraciones, BYTES_CLAVE * 2);
  return { clave: bits.slice(0, BYTES_CLAVE), verificador: bits.slice(BYTES_CLAVE) };
}

function exigirContrasena(contrasena: string): void {
  if (contrasena === '') throw new ErrorCifrado('sin-contrasena');
}

/** Locks `datos` with the passphrase. `iteraciones` is lowered only by tests, to stay quick. */
export async function cifrar(datos: Uint8Array, contrasena: string, iteraciones: number = ITERACIONES_CIFRADO): Promise<Uint8Array<ArrayBuffer>> {
  exigirContrasena(contrasena);
  const sal = bytesAleatorios(BYTES_SAL);
  const iv = bytesAleatorios(BYTES_IV);
  const { clave, verificador } = await derivarClaves(contrasena, sal, iteraciones);
  const encabezado: EncabezadoCifrado = {
    formato: FORMATO_CIFRADO,
    version: VERSION_CIFRADO,
    cifrado: 'AES-GCM-256',
    kdf: { algoritmo: 'PBKDF2-SHA-256', iteraciones, sal: aBase64(sal) },
    iv: aBase64(iv),
    verificador: aBase64(verificador),
  };
  const linea = utf8(JSON.stringify(encabezado));
  const s = subtle();
  const claveAes = await s.importKey('raw', clave, 'AES-GCM', false, ['encrypt']);
  const cuerpo = new Uint8Array(await s.encrypt({ name: 'AES-GCM', iv, additionalData: linea }, claveAes, datos));
  const archivo = new Uint8Array(linea.length + 1 + cuerpo.length);
  archivo.set(linea, 0);
  archivo[linea.length] = 0x0a;
  archivo.set(cuerpo, linea.length + 1);
  return archivo;
}

/** The header of a locked file, without the passphrase (e.g. to show that a file is locked before asking for it). */
export function leerEncabezado(bytes: Uint8Array): { encabezado: EncabezadoCifrado; linea: Uint8Array; cuerpo: Uint8Array } {
  if (!esCifrado(bytes)) throw new ErrorCifrado('no-cifrado');
  const fin = bytes.subarray(0, LONGITUD_MAXIMA_ENCABEZADO).indexOf(0x0a);
  if (fin < 0) throw new ErrorCifrado('danado');
  const linea = bytes.slice(0, fin);
  let encabezado: EncabezadoCifrado;
  try {
    encabezado = encabezadoSchema.parse(JSON.parse(deUtf8(linea)));
  } catch {
    throw new ErrorCifrado('danado');
  }
  return { encabezado, linea, cuerpo: bytes.slice(fin + 1) };
}

/**
 * Opens a locked file. A wrong passphrase and a damaged body are told apart, each with its Spanish message; no other
 * error leaves this function. A changed salt, count or verifier in the header reads as a wrong passphrase: without
 * the key nothing can tell those apart.
 */
export async function descifrar(bytes: Uint8Array, contrasena: string): Promise<Uint8Array<ArrayBuffer>> {
  exigirContrasena(contrasena);
  const s = subtle();
  const { encabezado, linea, cuerpo } = leerEncabezado(bytes);
  let claves: { clave: Uint8Array; verificador: Uint8Array };
  let iv: Uint8Array;
  try {
    iv = deBase64(encabezado.iv);
    claves = await derivarClaves(contrasena, deBase64(encabezado.kdf.sal), encabezado.kdf.iteraciones);
  } catch {
    throw new ErrorCifrado('danado');
  }
  if (!igualesEnTiempoConstante(claves.verificador, deBase64(encabezado.verificador))) throw new ErrorCifrado('contrasena');
  try {
    const claveAes = await s.importKey('raw', claves.clave, 'AES-GCM', false, ['decrypt']);
    return new Uint8Array(await s.decrypt({ name: 'AES-GCM', iv, additionalData: linea }, claveAes, cuerpo));
  } catch {
    throw new ErrorCifrado('danado');
  }
}

/** The dialog that locks a copy: the passphrase follows the password rules and is typed twice. */
export const contrasenaRespaldoSchema = z
  .object({ contrasena: contrasenaSchema, confirmacion: z.string({ error: 'Confirme la contraseña' }) })
  .superRefine((v, ctx) => revisarContrasenaNueva({ usuario: '', ...v }, ctx));
