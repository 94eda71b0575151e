/**
 * CURP (Clave Única de Registro de Población) validation: its 18-character layout and its check digit,
 * with a message that tells the clerk which part is wrong.
 *
 * Layout (positions 1-based):
 *   1–4   letters (initials of surnames and given name)
 *   5–10  birth date AAMMDD, a real calendar date
 *   11    sex: H, M or X
 *   12–13 state of birth (official two-letter code, NE = born abroad)
 *   14–16 internal consonants of surnames and given name
 *   17    homoclave: a digit for people born before 2000, a letter for 2000 onwards (it tells the century)
 *   18    check digit
 *
 * The first four positions are checked only as letters, not as the RENAPO's "letter, vowel, letter, letter":
 * older and corrected CURPs exist that a stricter pattern would refuse at the desk, and the check digit already
 * catches typing mistakes.
 */

export type ResultadoCurp = { valida: true } | { valida: false; mensaje: string };

/** Character values for the check digit, in RENAPO's order (Ñ between N and O). */
const DICCIONARIO = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** States of birth as RENAPO codes them; NE = nacido en el extranjero. */
export const ENTIDADES_CURP: Readonly<Record<string, string>> = {
  AS: 'Aguascalientes',
  BC: 'Baja California',
  BS: 'Baja California Sur',
  CC: 'Campeche',
  CL: 'Coahuila',
  CM: 'Colima',
  CS: 'Chiapas',
  CH: 'Chihuahua',
  DF: 'Ciudad de México',
  DG: 'Durango',
  GT: 'Guanajuato',
  GR: 'Guerrero',
  HG: 'Hidalgo',
  JC: 'Jalisco',
  MC: 'Estado de México',
  MN: 'Michoacán',
  MS: 'Morelos',
  NT: 'Nayarit',
  NL: 'Nuevo León',
  OC: 'Oaxaca',
  PL: 'Puebla',
  QT: 'Querétaro',
  QR: 'Quintana Roo',
  SP: 'San Luis Potosí',
  SL: 'Sinaloa',
  SR: 'Sonora',
  TC: 'Tabasco',
  TS: 'Tamaulipas',
  TL: 'Tlaxcala',
  VZ: 'Veracruz',
  YN: 'Yucatán',
  ZS: 'Zacatecas',
  NE: 'Nacido en el extranjero',
};

const RE_CARACTERES = /^[A-Z0-9Ñ]+$/;
const RE_LETRAS = /^[A-ZÑ]{4}$/;
const RE_FECHA = /^\d{6}$/;
const RE_SEXO = /^[HMX]$/;
const RE_CONSONANTES = /^[B-DF-HJ-NP-TV-Z]{3}$/;
const RE_HOMOCLAVE = /^[A-Z0-9]$/;
const RE_DIGITO = /^\d$/;

/** Upper-cases and trims, so "hegg560427mvzrrl04 " validates like the printed CURP. */
function limpiar(curp: string): string {
  return curp.trim().toUpperCase();
}

/** Check digit of the first 17 characters: Σ valor × peso (18..2), digit = (10 − Σ mod 10) mod 10. */
export function digitoVerificadorCurp(primeros17: string): number {
  const c = limpiar(primeros17);
  if (c.length < 17) throw new RangeError('Se necesitan las primeras 17 posiciones de la CURP');
  let suma = 0;
  for (let i = 0; i < 17; i++) {
    const valor = DICCIONARIO.indexOf(c[i]);
    if (valor < 0) throw new RangeError(`Carácter inválido en la CURP: ${c[i]}`);
    suma += valor * (18 - i);
  }
  return (10 - (suma % 10)) % 10;
}

/** The century comes from the homoclave: a digit before 2000, a letter from 2000 on. */
function fechaIso(c: string): string {
  const siglo = /\d/.test(c[16]) ? '19' : '20';
  return `${siglo}${c.slice(4, 6)}-${c.slice(6, 8)}-${c.slice(8, 10)}`;
}

function fechaExiste(iso: string): boolean {
  const [a, m, d] = iso.split('-').map(Number);
  const f = new Date(Date.UTC(a, m - 1, d));
  return f.getUTCFullYear() === a && f.getUTCMonth() === m - 1 && f.getUTCDate() === d;
}

function invalida(mensaje: string): ResultadoCurp {
  return { valida: false, mensaje };
}

export function validarCurp(curp: string): ResultadoCurp {
  const c = limpiar(curp);
  if (c.length !== 18) return invalida(`La CURP debe tener 18 caracteres (tiene ${c.length})`);
  if (!RE_CARACTERES.test(c)) return invalida('La CURP sólo admite letras y números, sin espacios ni guiones');
  if (!RE_LETRAS.test(c.slice(0, 4))) {
    return invalida('Las posiciones 1 a 4 de la CURP deben ser letras (iniciales del nombre)');
  }
  if (!RE_FECHA.test(c.slice(4, 10))) {
    return invalida('Las posiciones 5 a 10 de la CURP deben ser la fecha de nacimiento en números (AAMMDD)');
  }
  if (!RE_SEXO.test(c[10])) return invalida('La posición 11 de la CURP (sexo) debe ser H, M o X');
  const entidad = c.slice(11, 13);
  if (!(entidad in ENTIDADES_CURP)) return invalida(`Entidad de nacimiento inválida en la CURP (${entidad})`);
  if (!RE_CONSONANTES.test(c.slice(13, 16))) {
    return invalida('Las posiciones 14 a 16 de la CURP deben ser consonantes');
  }
  if (!RE_HOMOCLAVE.test(c[16])) return invalida('La posición 17 de la CURP (homoclave) debe ser una letra o un número');
  if (!RE_DIGITO.test(c[17])) return invalida('La última posición de la CURP (dígito verificador) debe ser un número');
  if (!fechaExiste(fechaIso(c))) return invalida('La fecha de nacimiento de la CURP no existe');
  const esperado = digitoVerificadorCurp(c);
  if (Number(c[17]) !== esperado) {
    return invalida(`El dígito verificador de la CURP no corresponde (debería ser ${esperado})`);
  }
  return { valida: true };
}

/** Birth date 'AAAA-MM-DD' written in a valid CURP; null when the CURP is not valid. */
export function fechaNacimientoDeCurp(curp: string): string | null {
  const c = limpiar(curp);
  return validarCurp(c).valida ? fechaIso(c) : null;
}

/** Sex written in a valid CURP (H, M or X); null when the CURP is not valid. */
export function sexoDeCurp(curp: string): 'H' | 'M' | 'X' | null {
  const c = limpiar(curp);
  return validarCurp(c).valida ? (c[10] as 'H' | 'M' | 'X') : null;
}
