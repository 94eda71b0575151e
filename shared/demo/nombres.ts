import { digitoVerificadorCurp } from '../domain/curp';
import { normalizarTexto } from '../domain/texto';
import type { Azar } from './azar';

/**
 * Names, surnames and places of a Mexican municipality, each with a rough weight of how often it is met, and the CURP
 * a citizen with that name, sex, birth date and state would have.
 */

type Pesos = readonly (readonly [string, number])[];

export const NOMBRES_MUJER: Pesos = [
  ['María Guadalupe', 9], ['Guadalupe', 6], ['María', 6], ['Juana', 4], ['Margarita', 4], ['Verónica', 4],
  ['Rosa María', 3], ['Leticia', 3], ['Patricia', 4], ['Elizabeth', 3], ['Alejandra', 4], ['Gabriela', 4],
  ['Adriana', 3], ['Yolanda', 3], ['Silvia', 3], ['Martha', 3], ['Claudia', 3], ['Araceli', 2], ['Norma', 2],
  ['Teresa', 2], ['Josefina', 2], ['Lucía', 2], ['Ana María', 3], ['Sofía', 3], ['Ximena', 2], ['Valeria', 2],
  ['Fernanda', 2], ['Daniela', 3], ['Mariana', 2], ['Karla', 2], ['Brenda', 2], ['Itzel', 1], ['Citlali', 1],
  ['Rocío', 2], ['Carmen', 2], ['Isabel', 2], ['Angélica', 2], ['Erika', 2], ['Lorena', 2], ['Miriam', 2],
  ['Beatriz', 1], ['Dolores', 1], ['Socorro', 1], ['Esperanza', 1], ['Natalia', 1], ['Regina', 1], ['Camila', 1],
];

export const NOMBRES_HOMBRE: Pesos = [
  ['José Luis', 6], ['Juan', 6], ['José', 5], ['Francisco', 4], ['Miguel Ángel', 4], ['Jesús', 4], ['Antonio', 4],
  ['Alejandro', 4], ['Pedro', 3], ['Manuel', 3], ['Ricardo', 3], ['Roberto', 3], ['Fernando', 3], ['Javier', 3],
  ['Jorge', 3], ['Carlos', 3], ['Raúl', 2], ['Sergio', 2], ['Eduardo', 2], ['Arturo', 2], ['Rafael', 2],
  ['Juan Carlos', 3], ['Luis Enrique', 2], ['Martín', 2], ['Daniel', 3], ['Mario', 2], ['Héctor', 2], ['Alfredo', 2],
  ['Óscar', 2], ['Gerardo', 2], ['Ramón', 1], ['Guillermo', 1], ['Salvador', 1], ['Rubén', 1], ['Enrique', 2],
  ['Santiago', 2], ['Mateo', 1], ['Diego', 2], ['Emiliano', 1], ['Leonardo', 1], ['Ángel', 2], ['Joel', 1],
  ['Cuauhtémoc', 1], ['Ignacio', 1], ['Abel', 1], ['Efraín', 1], ['Rodrigo', 1], ['Marco Antonio', 2],
];

export const APELLIDOS: Pesos = [
  ['Hernández', 12], ['García', 10], ['Martínez', 9], ['López', 9], ['González', 8], ['Pérez', 7], ['Rodríguez', 7],
  ['Sánchez', 7], ['Ramírez', 6], ['Cruz', 5], ['Flores', 5], ['Gómez', 5], ['Morales', 4], ['Vázquez', 4],
  ['Reyes', 4], ['Jiménez', 4], ['Torres', 4], ['Díaz', 4], ['Gutiérrez', 4], ['Ruiz', 3], ['Mendoza', 3],
  ['Aguilar', 3], ['Ortiz', 3], ['Moreno', 3], ['Castillo', 3], ['Romero', 3], ['Álvarez', 3], ['Méndez', 3],
  ['Chávez', 3], ['Rivera', 3], ['Juárez', 3], ['Ramos', 3], ['Domínguez', 2], ['Herrera', 2], ['Medina', 2],
  ['Castro', 2], ['Vargas', 2], ['Guzmán', 2], ['Velázquez', 2], ['Muñoz', 2], ['Rojas', 2], ['Contreras', 2],
  ['Salazar', 2], ['Luna', 2], ['Ortega', 2], ['Santiago', 2], ['Guerrero', 2], ['Estrada', 2], ['Bautista', 2],
  ['Cortés', 2], ['Soto', 2], ['Alvarado', 2], ['Espinoza', 2], ['Lara', 2], ['Ávila', 2], ['Ríos', 2],
  ['Cervantes', 1], ['Silva', 1], ['Delgado', 1], ['Vega', 1], ['Márquez', 1], ['Sandoval', 1], ['Carrillo', 1],
  ['León', 1], ['Mejía', 1], ['Solís', 1], ['Rosas', 1], ['Ibarra', 1], ['Valdez', 1], ['Núñez', 1], ['Peña', 1],
  ['Campos', 1], ['Navarro', 1], ['Quetzal', 1], ['Xochitl', 1], ['Tapia', 1], ['Fuentes', 1], ['Zúñiga', 1],
];

/** Colonias of the municipality with their postal code; the first five are the seed catalogue's. */
export const COLONIAS: readonly (readonly [string, string])[] = [
  ['Centro', '42000'], ['Barrio de San Miguel', '42010'], ['Colonia Las Flores', '42020'],
  ['Colonia Benito Juárez', '42030'], ['Fraccionamiento El Mirador', '42040'], ['Colonia Emiliano Zapata', '42050'],
  ['Colonia Revolución', '42053'], ['Colonia Morelos', '42055'], ['Colonia Hidalgo', '42058'],
  ['Colonia Lázaro Cárdenas', '42060'], ['Colonia Francisco I. Madero', '42063'], ['Colonia Guadalupe', '42066'],
  ['Colonia El Carmen', '42070'], ['Colonia San Antonio', '42073'], ['Colonia La Providencia', '42076'],
  ['Colonia Santa Cruz', '42080'], ['Colonia Valle Verde', '42083'], ['Colonia Los Pinos', '42086'],
  ['Colonia 20 de Noviembre', '42088'], ['Colonia Solidaridad', '42090'], ['Fraccionamiento Las Palmas', '42093'],
  ['Fraccionamiento Villas del Sol', '42095'], ['Fraccionamiento Real del Valle', '42097'], ['Barrio de La Cruz', '42100'],
  ['Barrio de Santiago', '42103'], ['Colonia Ampliación Juárez', '42106'], ['Colonia El Paraíso', '42110'],
  ['Colonia Nueva Esperanza', '42113'], ['Colonia Tierra y Libertad', '42116'], ['Colonia Plan de Ayala', '42120'],
];

/** Localidades of the municipality; the first four are the seed catalogue's. */
export const LOCALIDADES: Pesos = [
  ['Cabecera municipal', 60], ['San José', 8], ['La Esperanza', 6], ['El Rosario', 6], ['Santa María', 5],
  ['San Isidro', 4], ['El Refugio', 3], ['Los Reyes', 3], ['Tlacotepec', 2], ['San Pedro', 3],
];

export const CALLES: readonly string[] = [
  'Av. Juárez', 'Calle Hidalgo', 'Calle Morelos', 'Av. Independencia', 'Calle Allende', 'Calle Aldama', 'Calle Guerrero',
  'Calle 5 de Mayo', 'Calle 16 de Septiembre', 'Av. Revolución', 'Calle Zaragoza', 'Calle Matamoros', 'Calle Niños Héroes',
  'Calle Pino Suárez', 'Calle Vicente Guerrero', 'Calle Reforma', 'Calle Libertad', 'Calle Las Rosas', 'Calle Los Olivos',
  'Calle Jazmín', 'Calle Fresno', 'Calle Cedro', 'Privada Del Sol', 'Callejón del Río', 'Camino Real', 'Calle Insurgentes',
];

/** Birth states, mostly this one (Hidalgo), some from the neighbouring ones. */
export const ENTIDADES_NACIMIENTO: Pesos = [
  ['HG', 70], ['MC', 8], ['DF', 6], ['VZ', 4], ['PL', 4], ['QT', 2], ['SP', 2], ['TL', 1], ['GT', 1], ['NE', 1],
];

/** Four-letter starts RENAPO does not issue: their second letter becomes X. */
const INCONVENIENTES = new Set([
  'BACA', 'BAKA', 'BUEI', 'BUEY', 'CACA', 'CACO', 'CAGA', 'CAGO', 'CAKA', 'CAKO', 'COGE', 'COGI', 'COJA', 'COJE', 'COJI',
  'COJO', 'COLA', 'CULO', 'FALO', 'FETO', 'GETA', 'GUEI', 'GUEY', 'JETA', 'JOTO', 'KACA', 'KACO', 'KAGA', 'KAGO', 'KAKA',
  'KAKO', 'KOGE', 'KOGI', 'KOJA', 'KOJE', 'KOJI', 'KOJO', 'KOLA', 'KULO', 'LILO', 'LOCA', 'LOCO', 'LOKA', 'LOKO', 'MAME',
  'MAMO', 'MEAR', 'MEAS', 'MEON', 'MIAR', 'MION', 'MOCO', 'MOKO', 'MULA', 'MULO', 'NACA', 'NACO', 'PEDA', 'PEDO', 'PENE',
  'PIPI', 'PITO', 'POPO', 'PUTA', 'PUTO', 'QULO', 'RATA', 'ROBA', 'ROBE', 'ROBO', 'RUIN', 'SENO', 'TETA', 'VACA', 'VAGA',
  'VAGO', 'VAKA', 'VUEI', 'VUEY', 'WUEI', 'WUEY',
]);

const VOCALES = 'AEIOU';
const PARTICULAS = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y', 'MC', 'MAC', 'VAN', 'VON']);

/** A name as the CURP reads it: upper case, no accents, Ñ kept apart (it counts as X). */
function paraCurp(texto: string): string {
  return normalizarTexto(texto.replace(/ñ/g, '#').replace(/Ñ/g, '#')).replace(/#/g, 'Ñ');
}

function sinParticulas(texto: string): string {
  const palabras = paraCurp(texto).split(' ').filter((p) => p !== '' && !PARTICULAS.has(p));
  return palabras.join(' ');
}

/** The given name the CURP takes: the second one when the first is María or José. */
function nombreParaCurp(nombres: string): string {
  const palabras = sinParticulas(nombres).split(' ');
  if (palabras.length > 1 && ['MARIA', 'MA', 'MA.', 'JOSE', 'J', 'J.'].includes(palabras[0])) return palabras[1];
  return palabras[0] ?? 'X';
}

function primeraVocalInterna(palabra: string): string {
  for (const c of palabra.slice(1)) if (VOCALES.includes(c)) return c;
  return 'X';
}

function primeraConsonanteInterna(palabra: string): string {
  for (const c of palabra.slice(1)) {
    if (/[A-ZÑ]/.test(c) && !VOCALES.includes(c)) return c === 'Ñ' ? 'X' : c;
  }
  return 'X';
}

const primeraLetra = (p: string) => (p === '' ? 'X' : p[0] === 'Ñ' ? 'X' : p[0]);

export interface DatosCurp {
  apellidoPaterno: string;
  apellidoMaterno: string;
  nombres: string;
  sexo: 'H' | 'M' | 'X';
  /** 'AAAA-MM-DD'. */
  fechaNacimiento: string;
  entidad: string;
  /** The homoclave's distinguishing character; a digit is used before 2000, a letter from 2000 on. */
  diferenciador: number;
}

/** The CURP RENAPO would give these data, check digit included. */
export function construirCurp(d: DatosCurp): string {
  const paterno = sinParticulas(d.apellidoPaterno).split(' ')[0] ?? '';
  const materno = sinParticulas(d.apellidoMaterno).split(' ')[0] ?? '';
  const nombre = nombreParaCurp(d.nombres);
  let inicio = `${primeraLetra(paterno)}${primeraVocalInterna(paterno)}${primeraLetra(materno)}${primeraLetra(nombre)}`;
  if (INCONVENIENTES.has(inicio)) inicio = `${inicio[0]}X${inicio.slice(2)}`;
  const [anio, mes, dia] = d.fechaNacimiento.split('-');
  const consonantes = `${primeraConsonanteInterna(paterno)}${primeraConsonanteInterna(materno)}${primeraConsonanteInterna(nombre)}`;
  const homoclave = Number(anio) < 2000 ? String(d.diferenciador % 10) : 'ABCDEFGHIJKLMNPQRSTUVWXYZ'[d.diferenciador % 25];
  const primeros17 = `${inicio}${anio.slice(2)}${mes}${dia}${d.sexo}${d.entidad}${consonantes}${homoclave}`;
  return `${primeros17}${digitoVerificadorCurp(primeros17)}`;
}

export function nombreAlAzar(az: Azar, sexo: 'H' | 'M' | 'X'): string {
  return az.pesado(sexo === 'H' ? NOMBRES_HOMBRE : sexo === 'M' ? NOMBRES_MUJER : az.si(0.5) ? NOMBRES_MUJER : NOMBRES_HOMBRE);
}

export function apellidoAlAzar(az: Azar): string {
  return az.pesado(APELLIDOS);
}
