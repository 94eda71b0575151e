import { normalizarTexto, palabrasDeTexto } from './texto';
import { fechaNacimientoDeCurp, sexoDeCurp, validarCurp } from './curp';

/**
 * Finding a citizen who is already registered, so the desk reuses the persona instead of creating a duplicate.
 * The search keys are derived here once (when the persona is saved) and the ranking of the candidates that the
 * database indexes return is decided here, so both are tested without a database.
 */

export interface NombrePersona {
  apellidoPaterno: string;
  apellidoMaterno: string;
  nombres: string;
}

/** "PATERNO MATERNO NOMBRES", upper case without accents: the order a municipal register sorts by. */
export function nombreNormalizadoPersona(p: NombrePersona): string {
  return normalizarTexto(`${p.apellidoPaterno} ${p.apellidoMaterno} ${p.nombres}`);
}

/** The distinct words of the name, for the multi-entry index that answers prefix searches. */
export function palabrasPersona(p: NombrePersona): string[] {
  return palabrasDeTexto(`${p.apellidoPaterno} ${p.apellidoMaterno} ${p.nombres}`);
}

/** A CURP typed in full or in part: one word of 4+ characters starting with four letters (e.g. "PEGM8001"). */
const RE_CURP_PARCIAL = /^[A-ZÑ]{4}[A-Z0-9Ñ]{0,14}$/;

/** The query as a CURP prefix (upper case, no spaces), or null when it cannot be one. */
export function curpDeConsulta(consulta: string): string | null {
  const c = consulta.trim().toUpperCase();
  return RE_CURP_PARCIAL.test(c) ? c : null;
}

/** The shortest query worth sending to the database: one letter matches half the register. */
export const MINIMO_CARACTERES_BUSQUEDA = 2;

export function consultaSuficiente(consulta: string): boolean {
  return normalizarTexto(consulta).replace(/ /g, '').length >= MINIMO_CARACTERES_BUSQUEDA;
}

export interface CandidatoPersona {
  nombreNormalizado: string;
  curp: string;
}

/**
 * How well a persona answers the query; 0 = not a match. A CURP equal to the query wins over everything; then a
 * CURP that starts with it; then names where every word of the query begins a word of the name, scoring whole
 * words above prefixes and the query's words in the name's own order above scattered ones.
 */
export function puntuarPersona(persona: CandidatoPersona, consulta: string): number {
  const curp = curpDeConsulta(consulta);
  if (curp && persona.curp) {
    if (persona.curp === curp) return 1000;
    if (persona.curp.startsWith(curp)) return 500 + curp.length;
  }
  const tokens = palabrasDeTexto(consulta);
  if (tokens.length === 0) return 0;
  const palabras = persona.nombreNormalizado === '' ? [] : persona.nombreNormalizado.split(' ');
  let puntos = 0;
  for (const t of tokens) {
    if (palabras.includes(t)) puntos += 10;
    else if (palabras.some((p) => p.startsWith(t))) puntos += 5;
    else return 0;
  }
  if (` ${persona.nombreNormalizado}`.includes(` ${normalizarTexto(consulta)}`)) puntos += 3;
  return puntos;
}

/** The matching personas, best first; equal scores in alphabetical order of the name (apellidos first). */
export function ordenarCoincidencias<T extends CandidatoPersona>(personas: readonly T[], consulta: string): T[] {
  return personas
    .map((persona) => ({ persona, puntos: puntuarPersona(persona, consulta) }))
    .filter((x) => x.puntos > 0)
    .sort(
      (a, b) =>
        b.puntos - a.puntos ||
        (a.persona.nombreNormalizado < b.persona.nombreNormalizado ? -1 : a.persona.nombreNormalizado > b.persona.nombreNormalizado ? 1 : 0),
    )
    .map((x) => x.persona);
}

/**
 * The query that looks for people already registered while a new persona is typed: the CURP when it is complete,
 * otherwise the name once it has an apellido and a nombre.
 */
export function consultaDuplicados(p: NombrePersona & { curp: string }): string | null {
  const curp = p.curp.trim().toUpperCase();
  if (curp.length === 18) return curp;
  if (normalizarTexto(p.apellidoPaterno) === '' || normalizarTexto(p.nombres) === '') return null;
  return normalizarTexto(`${p.apellidoPaterno} ${p.apellidoMaterno} ${p.nombres}`);
}

/** Age in whole years on a date ('AAAA-MM-DD'), from a birth date; null when the birth date is after it. */
export function edadEn(fechaNacimiento: string, hoyIso: string): number | null {
  const [an, mn, dn] = fechaNacimiento.slice(0, 10).split('-').map(Number);
  const [ah, mh, dh] = hoyIso.slice(0, 10).split('-').map(Number);
  let edad = ah - an;
  if (mh < mn || (mh === mn && dh < dn)) edad -= 1;
  return edad < 0 ? null : edad;
}

/** Colonia and localidad, whichever the person has: the territorial unit the law asks for. */
export function unidadTerritorial(persona: { colonia: string; localidad: string }): string {
  return [persona.colonia, persona.localidad].map((t) => t.trim()).filter(Boolean).join(', ');
}

/** What a new citizen's form can take from the search that did not find them: the CURP's data and the name. */
export interface DatosDeConsulta extends NombrePersona {
  curp: string;
  sexo: 'H' | 'M' | 'X' | '';
  fechaNacimiento: string | null;
}

/** Words that start a compound surname («de la Cruz», «del Valle», «de los Santos»). */
const PARTICULAS = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y']);

/** A word typed all in lower case takes a capital, as the register writes names; anything else stays as typed. */
const conMayuscula = (palabra: string) => (palabra === palabra.toLowerCase() ? palabra.charAt(0).toUpperCase() + palabra.slice(1) : palabra);

/** The words of a name with each particle joined to the word after it: «de la cruz» is one surname. */
export function partesDeNombre(texto: string): string[] {
  const partes: string[] = [];
  let pendientes: string[] = [];
  for (const palabra of texto.split(/\s+/).filter(Boolean)) {
    if (PARTICULAS.has(normalizarTexto(palabra))) {
      pendientes.push(palabra.toLowerCase());
      continue;
    }
    partes.push([...pendientes, conMayuscula(palabra)].join(' '));
    pendientes = [];
  }
  if (pendientes.length) partes.push(pendientes.join(' '));
  return partes;
}

/**
 * The search typed for a citizen who turned out to be new, read into their data so nothing is typed twice. A full
 * valid CURP in it gives the CURP, sexo and fecha de nacimiento. The rest is the name, read as people say it,
 * «nombre(s) apellido paterno apellido materno» («maria lopez» is María… López), or in the register's order when a
 * comma separates the apellidos from the nombre(s) («López Pérez, María José»).
 */
export function datosDeConsulta(consulta: string): DatosDeConsulta {
  const palabras = consulta.trim().split(/\s+/).filter(Boolean);
  const curp = palabras.map((p) => p.toUpperCase()).find((p) => validarCurp(p).valida) ?? '';
  const resto = palabras.filter((p) => p.toUpperCase() !== curp).join(' ');
  const vacio = { apellidoPaterno: '', apellidoMaterno: '', nombres: '' };
  let nombre = vacio;
  const coma = resto.indexOf(',');
  if (coma >= 0) {
    const [paterno = '', ...maternos] = partesDeNombre(resto.slice(0, coma));
    nombre = { apellidoPaterno: paterno, apellidoMaterno: maternos.join(' '), nombres: partesDeNombre(resto.slice(coma + 1)).join(' ') };
  } else {
    const partes = partesDeNombre(resto);
    if (partes.length === 1) nombre = { ...vacio, nombres: partes[0] };
    else if (partes.length === 2) nombre = { ...vacio, nombres: partes[0], apellidoPaterno: partes[1] };
    else if (partes.length > 2) nombre = { nombres: partes.slice(0, -2).join(' '), apellidoPaterno: partes.at(-2)!, apellidoMaterno: partes.at(-1)! };
  }
  return { ...nombre, curp, sexo: curp ? (sexoDeCurp(curp) ?? '') : '', fechaNacimiento: curp ? fechaNacimientoDeCurp(curp) : null };
}
