import { z } from 'zod';
import { datosPersonaSchema, type DatosPersona } from '../../../../shared/schemas/personas';
import { datosDeConsulta } from '../../../../shared/domain/personas';

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

/** A new citizen's form started from the search that did not find them: the name and the CURP (with its sexo and birth date) already in. */
export function personaDeConsulta(consulta: string): ValoresPersona {
  return { ...PERSONA_VACIA, ...datosDeConsulta(consulta) };
}

/** The first box still to fill after `personaDeConsulta`: the name when it was not typed, then the CURP, then the phone. */
export function primerCampoPendiente(p: ValoresPersona): 'apellidoPaterno' | 'nombres' | 'curp' | 'telefono' {
  if (!p.apellidoPaterno) return 'apellidoPaterno';
  if (!p.nombres) return 'nombres';
  return p.curp ? 'telefono' : 'curp';
}
