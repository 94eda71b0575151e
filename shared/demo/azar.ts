/**
 * Chance that repeats itself: every generated record draws from its own generator, seeded from the office's seed, its
 * table and its number, so any record (its id, its date, its citizen) can be computed again from its number alone,
 * in any order, without keeping the others in memory.
 */

/** A 32-bit mix (the finaliser of MurmurHash3): close inputs give unrelated outputs. */
function mezclar(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One 32-bit number from several. */
export function hash32(...partes: number[]): number {
  let h = 0x9e3779b9;
  for (const p of partes) h = mezclar((h ^ mezclar(p >>> 0)) + 0x7f4a7c15 + (h << 6) + (h >>> 2));
  return h >>> 0;
}

export interface Azar {
  /** In [0, 1). */
  siguiente(): number;
  /** An integer in [min, max]. */
  entero(min: number, max: number): number;
  /** True with probability p. */
  si(p: number): boolean;
  uno<T>(lista: readonly T[]): T;
  /** One of the options by weight. */
  pesado<T>(opciones: readonly (readonly [T, number])[]): T;
}

/** mulberry32: small, fast and good enough for made-up data. */
export function crearAzar(semilla: number): Azar {
  let s = semilla >>> 0;
  const siguiente = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    siguiente,
    entero: (min, max) => min + Math.floor(siguiente() * (max - min + 1)),
    si: (p) => siguiente() < p,
    uno: (lista) => lista[Math.floor(siguiente() * lista.length)],
    pesado: (opciones) => {
      const total = opciones.reduce((s, [, p]) => s + p, 0);
      let u = siguiente() * total;
      for (const [valor, p] of opciones) {
        u -= p;
        if (u < 0) return valor;
      }
      return opciones[opciones.length - 1][0];
    },
  };
}

/** The generator of record `numero` of table `codigo` in the office of `semilla`. */
export function azarDe(semilla: number, codigo: number, numero: number): Azar {
  return crearAzar(hash32(semilla, codigo, numero));
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/**
 * A version-4 UUID computed from the seed, the table and the number: as random-looking as the app's own ids (so the
 * database's indexes see what they see in an office), and the same every time it is asked for.
 */
export function uuidDe(semilla: number, codigo: number, numero: number): string {
  const a = hex8(hash32(semilla, codigo, numero, 1));
  const b = hex8(hash32(semilla, codigo, numero, 2));
  const c = hex8(hash32(semilla, codigo, numero, 3));
  const d = hex8(hash32(semilla, codigo, numero, 4));
  const variante = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variante}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}
