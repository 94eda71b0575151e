import { z } from 'zod';
import { datosPersonaSchema, type DatosPersona } from '../../../../shared/schemas/personas';

/** A citizen as a form holds them: the persona's data, with no sexo ('') until one is picked. */
export type ValoresPersona = Omit<DatosPersona, 'sexo'> & { sexo: DatosPersona['sexo'] | '' };

export const PERSONA_VACIA: ValoresPersona = {
  apellidoPaterno: '',
  apellidoMaterno: '',
  nombres: '',
  curp: '',
  sexo: '',
  fechaNacimiento: null,
  edad: null,
  telefono: '',
  correo: '',
  calle: '',
  numero: '',
  colonia: '',
  localidad: '',
  codigoPostal: '',
};

/**
 * The persona's own schema, read over what its form holds, so a form resolves a citizen exactly as the repository
 * parses them (an unpicked sexo says «Elija el sexo» at its radios).
 */
export const personaFormularioSchema = z.preprocess((persona: ValoresPersona) => persona, datosPersonaSchema);
