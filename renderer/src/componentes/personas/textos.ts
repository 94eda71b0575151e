import { edadEn } from '../../../../shared/domain/personas';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_SEXO, type Persona } from '../../../../shared/schemas/personas';

export function domicilioDe(p: Pick<Persona, 'calle' | 'numero' | 'colonia' | 'localidad' | 'codigoPostal'>): string {
  const calle = [p.calle, p.numero].filter(Boolean).join(' ');
  return [calle, p.colonia, p.localidad, p.codigoPostal && `C.P. ${p.codigoPostal}`].filter(Boolean).join(', ');
}

/** "Mujer, 36 años (15/03/1990)": the age from the birth date when there is one. */
export function sexoYEdadDe(p: Pick<Persona, 'sexo' | 'fechaNacimiento' | 'edad'>, hoyIso: string): string {
  const edad = p.fechaNacimiento ? edadEn(p.fechaNacimiento, hoyIso) : p.edad;
  const partes = [ETIQUETA_SEXO[p.sexo]];
  if (edad !== null) partes.push(`${edad} años${p.fechaNacimiento ? ` (${formatearFecha(p.fechaNacimiento)})` : ''}`);
  return partes.join(', ');
}
