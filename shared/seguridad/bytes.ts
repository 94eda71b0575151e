/**
 * The few byte tools the security modules share: WebCrypto, UTF-8, base64 and hex.
 *
 * shared/ compiles against the plain ES library (no DOM, no Node types) so that it cannot lean on either by accident;
 * WebCrypto and TextEncoder exist in Node, Chromium and Electron's renderer alike, so they are reached through
 * `globalThis` with the small part of their interface used here spelled out below.
 */

/** An opaque key handle: only WebCrypto reads it. */
export type ClaveCripto = object;

export interface AlgoritmoPbkdf2 {
  name: 'PBKDF2';
  hash: 'SHA-256';
  salt: Uint8Array;
  iterations: number;
}

export interface AlgoritmoAesGcm {
  name: 'AES-GCM';
  iv: Uint8Array;
  additionalData?: Uint8Array;
  tagLength?: number;
}

/** The subset of SubtleCrypto the app uses. */
export interface SubtleMinimo {
  importKey(formato: 'raw', datos: Uint8Array, algoritmo: 'PBKDF2' | 'AES-GCM', extraible: boolean, usos: string[]): Promise<ClaveCripto>;
  deriveBits(algoritmo: AlgoritmoPbkdf2, clave: ClaveCripto, bits: number): Promise<ArrayBuffer>;
  encrypt(algoritmo: AlgoritmoAesGcm, clave: ClaveCripto, datos: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algoritmo: AlgoritmoAesGcm, clave: ClaveCripto, datos: Uint8Array): Promise<ArrayBuffer>;
  digest(algoritmo: 'SHA-256', datos: Uint8Array): Promise<ArrayBuffer>;
}

interface CriptoMinimo {
  subtle: SubtleMinimo;
  getRandomValues<T extends Uint8Array>(arreglo: T): T;
}

interface GlobalConCripto {
  crypto?: Partial<CriptoMinimo>;
  TextEncoder: new () => { encode(texto: string): Uint8Array<ArrayBuffer> };
  TextDecoder: new (etiqueta: string, opciones: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}

const global = globalThis as unknown as GlobalConCripto;

function cripto(): CriptoMinimo {
  const c = global.crypto;
  // WebCrypto is only offered to secure contexts; the app:// scheme is registered as secure, so this is a setup error.
  if (!c?.subtle || !c.getRandomValues) throw new Error('Este equipo no ofrece las funciones de cifrado necesarias (WebCrypto).');
  return c as CriptoMinimo;
}

export function subtle(): SubtleMinimo {
  return cripto().subtle;
}

export function bytesAleatorios(cantidad: number): Uint8Array<ArrayBuffer> {
  return cripto().getRandomValues(new Uint8Array(cantidad));
}

export function utf8(texto: string): Uint8Array<ArrayBuffer> {
  return new global.TextEncoder().encode(texto);
}

/**
 * A password or passphrase as bytes, after Unicode NFC normalization: «é» typed as one character or as «e» plus an
 * accent (as some keyboards and systems produce it) must open the same account or file.
 */
export function bytesDeSecreto(secreto: string): Uint8Array<ArrayBuffer> {
  return utf8(secreto.normalize('NFC'));
}

/** Strict UTF-8 decoding: invalid bytes throw instead of turning into replacement characters. */
export function deUtf8(bytes: Uint8Array): string {
  return new global.TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function aHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

const ALFABETO = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALOR_BASE64 = new Map([...ALFABETO].map((c, i) => [c, i]));

/** Standard base64 with padding (RFC 4648), the form a person may copy from a JSON file. */
export function aBase64(bytes: Uint8Array): string {
  let salida = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    salida += ALFABETO[(n >> 18) & 63] + ALFABETO[(n >> 12) & 63];
    salida += i + 1 < bytes.length ? ALFABETO[(n >> 6) & 63] : '=';
    salida += i + 2 < bytes.length ? ALFABETO[n & 63] : '=';
  }
  return salida;
}

export const RE_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes what aBase64 wrote; anything else (a damaged or edited value) throws. */
export function deBase64(texto: string): Uint8Array<ArrayBuffer> {
  if (!RE_BASE64.test(texto)) throw new Error('El texto no está en base64.');
  const relleno = texto.endsWith('==') ? 2 : texto.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((texto.length / 4) * 3 - relleno);
  let j = 0;
  for (let i = 0; i < texto.length; i += 4) {
    const n =
      (VALOR_BASE64.get(texto[i])! << 18) |
      (VALOR_BASE64.get(texto[i + 1])! << 12) |
      ((VALOR_BASE64.get(texto[i + 2]) ?? 0) << 6) |
      (VALOR_BASE64.get(texto[i + 3]) ?? 0);
    for (const desplazamiento of [16, 8, 0]) if (j < bytes.length) bytes[j++] = (n >> desplazamiento) & 255;
  }
  return bytes;
}

/** PBKDF2-SHA-256 of a password or passphrase: `bytes` of key material from the salt and the work factor. */
export async function pbkdf2Sha256(secreto: string, sal: Uint8Array, iteraciones: number, bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const s = subtle();
  const material = await s.importKey('raw', bytesDeSecreto(secreto), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await s.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: sal, iterations: iteraciones }, material, bytes * 8));
}

/**
 * Equality that reads every byte whatever the first difference, so the time a comparison takes does not tell how
 * much of a hash an attacker guessed right. Lengths are not secret (a hash has a fixed size).
 */
export function igualesEnTiempoConstante(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diferencia = 0;
  for (let i = 0; i < a.length; i++) diferencia |= a[i] ^ b[i];
  return diferencia === 0;
}
