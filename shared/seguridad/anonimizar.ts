import { edadEn, nombreNormalizadoPersona, palabrasPersona } from '../domain/personas';
import type { Persona } from '../schemas/personas';

/**
 * A persona after an ARCO cancellation or opposition. The record stays (their solicitudes and apoyos point to it and
 * keep counting in the POA, which never reads a persona's data), but nothing in it identifies them any more.
 *
 * Cleared: the name (it becomes «Persona anonimizada N»), CURP, phone, e-mail, street, number and postal code.
 * Kept, because the statistics read them and none identifies a person on its own: sex (people served by sex),
 * colonia and localidad (requests per colonia, the padrón's territorial unit). The birth date is replaced by the age
 * on the day of anonymising: the padrón shows an age, and an exact birth date together with sex and colonia is the
 * classic combination that singles a person out (it would not be the dissociation the law asks for). The padrón of
 * an earlier year therefore shows that age rather than the age on the day of delivery.
 */

export const NOMBRE_ANONIMIZADO = 'Persona anonimizada';
const EDAD_MAXIMA = 120;

/**
 * The name is split so the full name (nombres first, as the acuse and the screens write it) reads exactly
 * «Persona anonimizada 7»; both name fields are required by the schema, so the number takes the surname's place.
 */
export function anonimizarPersona(persona: Persona, numero: number, fecha: string): Persona {
  if (!Number.isInteger(numero) || numero < 1) throw new RangeError('El número de la persona anonimizada debe ser un entero positivo.');
  const nombre = { nombres: NOMBRE_ANONIMIZADO, apellidoPaterno: String(numero), apellidoMaterno: '' };
  const calculada = persona.fechaNacimiento ? (edadEn(persona.fechaNacimiento, fecha) ?? persona.edad) : persona.edad;
  // A birth date typed a century off would give an age the schema refuses: an unknown age is the honest value.
  const edad = calculada !== null && calculada > EDAD_MAXIMA ? null : calculada;
  return {
    ...persona,
    ...nombre,
    curp: '',
    telefono: '',
    correo: '',
    calle: '',
    numero: '',
    codigoPostal: '',
    fechaNacimiento: null,
    edad,
    updatedAt: fecha,
    // The search keys are copies of the name: left as they were, a search for the old name would still find them.
    nombreNormalizado: nombreNormalizadoPersona(nombre),
    palabras: palabrasPersona(nombre),
  };
}

/** True for a persona anonimizada, so the screens can say so instead of offering to correct their data. */
export function esPersonaAnonimizada(persona: Pick<Persona, 'nombres' | 'apellidoPaterno' | 'curp'>): boolean {
  return persona.nombres === NOMBRE_ANONIMIZADO && /^\d+$/.test(persona.apellidoPaterno) && persona.curp === '';
}
