import { normalizarTexto } from './texto';

/**
 * One POA per year in the whole office: its id comes from its year, and each activity's from its year and número,
 * so two PCs that both create the 2027 POA (or both loaded the 2026 seed) hold the same records and merging their
 * captures leaves one POA with its activities, not two.
 *
 * The ids are RFC 9562 version-8 UUIDs (custom layout), readable at a glance:
 *   POA 2027        504f4100-2027-8000-8000-000000000000
 *   actividad 2027-3 504f4100-2027-8000-8001-000000000003
 * ("504f41" is "POA" in ASCII.)
 */

const PREFIJO = '504f4100';

function exigirAnio(anio: number): void {
  if (!Number.isInteger(anio) || anio < 1000 || anio > 9999) throw new RangeError(`Año de POA inválido: ${anio}`);
}

export function idPoa(anio: number): string {
  exigirAnio(anio);
  return `${PREFIJO}-${anio}-8000-8000-000000000000`;
}

export function idActividad(anio: number, numero: number): string {
  exigirAnio(anio);
  if (!Number.isInteger(numero) || numero < 1 || numero > 99) throw new RangeError(`Número de actividad inválido: ${numero}`);
  return `${PREFIJO}-${anio}-8000-8001-${String(numero).padStart(12, '0')}`;
}

/**
 * FNV-1a over 128 bits (parameters from the FNV reference) of a text's UTF-16 code units, each as two bytes: a fixed,
 * synchronous hash of a short text.
 */
const FNV_PRIMO = 0x0000000001000000000000000000013bn;
const FNV_BASE = 0x6c62272e07bb014262b821756295c58dn;
const MASCARA_128 = (1n << 128n) - 1n;

function fnv128(texto: string): bigint {
  let h = FNV_BASE;
  for (let i = 0; i < texto.length; i++) {
    const unidad = texto.charCodeAt(i);
    for (const byte of [unidad >> 8, unidad & 0xff]) {
      h ^= BigInt(byte);
      h = (h * FNV_PRIMO) & MASCARA_128;
    }
  }
  return h;
}

/**
 * The natural key of a catalogue entry: its tipo and its name without accents, case or extra spaces, so
 * «Despensa», «DESPENSA» and «despénsa » are the same entry.
 */
export function claveCatalogo(tipo: string, nombre: string): string {
  return `${tipo}|${normalizarTexto(nombre)}`;
}

/**
 * The id of a catalogue entry the seed creates, from its natural key: every PC that loads the seed gives «Despensa»
 * of «Tipo de apoyo» the same id. A version-8 UUID whose first group is "43415400" ("CAT" in ASCII), the rest a
 * 128-bit FNV-1a hash of the key with the version and variant bits set.
 */
export function idCatalogo(tipo: string, nombre: string): string {
  const hex = fnv128(claveCatalogo(tipo, nombre)).toString(16).padStart(32, '0');
  const variante = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `43415400-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variante}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
