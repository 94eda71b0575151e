import { registrosQueCuentan } from '../domain/conteo';
import type { Apoyo } from '../schemas/modulos';
import { ETIQUETA_SEXO, nombreCompleto, type Persona } from '../schemas/personas';
import type { TablaAnexo } from '../workbook/tipos';
import type { Referencias, RegistrosReporte } from './tipos';

/**
 * The public padrón de beneficiarios (transparency law): who received support, what, where (colonia or
 * localidad), age and sex. CURP, street, number, postal code, phone and email never enter this table.
 */
export const COLUMNAS_PADRON: TablaAnexo['columnas'] = [
  { titulo: 'Nombre', tipo: 'texto', ancho: 32 },
  { titulo: 'Apoyo', tipo: 'texto', ancho: 26 },
  { titulo: 'Colonia / localidad', tipo: 'texto', ancho: 30 },
  { titulo: 'Edad', tipo: 'numero', ancho: 7 },
  { titulo: 'Sexo', tipo: 'texto', ancho: 12 },
  { titulo: 'Fecha de entrega', tipo: 'fecha' },
];

/**
 * Age in whole years on a date ('AAAA-MM-DD'): from the birth date when it is known, otherwise the age the
 * clerk wrote down; null when neither is there.
 */
export function edadAl(persona: Pick<Persona, 'fechaNacimiento' | 'edad'>, fecha: string): number | null {
  const nacimiento = persona.fechaNacimiento;
  if (nacimiento && /^\d{4}-\d{2}-\d{2}/.test(nacimiento) && /^\d{4}-\d{2}-\d{2}/.test(fecha)) {
    const [an, mn, dn] = nacimiento.slice(0, 10).split('-').map(Number);
    const [af, mf, df] = fecha.slice(0, 10).split('-').map(Number);
    const cumplio = mf > mn || (mf === mn && df >= dn);
    const edad = af - an - (cumplio ? 0 : 1);
    return edad >= 0 ? edad : null;
  }
  return persona.edad ?? null;
}

/** Colonia and localidad, whichever the person has: the territorial unit the law asks for. */
export function unidadTerritorial(persona: Pick<Persona, 'colonia' | 'localidad'>): string {
  return [persona.colonia, persona.localidad].map((t) => t.trim()).filter(Boolean).join(', ');
}

/** The apoyos delivered in the year, in the order (and by the rule) the cronograma counts them. */
export function apoyosEntregados(registros: RegistrosReporte, anio: number): Apoyo[] {
  const porId = new Map(registros.apoyos.map((a) => [a.id, a]));
  return registrosQueCuentan('apoyos', registros, anio)
    .filter((r) => r.tipo === 'apoyo')
    .flatMap((r) => porId.get(r.id) ?? []);
}

export function padronPublico(registros: RegistrosReporte, referencias: Referencias, anio: number): TablaAnexo {
  const filas = apoyosEntregados(registros, anio).map((a) => {
    const persona = referencias.personas.get(a.personaId);
    const fecha = a.fechaEntrega ?? '';
    return [
      persona ? nombreCompleto(persona) : '(beneficiario no encontrado)',
      referencias.catalogos.get(a.tipoApoyoId) ?? '',
      persona ? unidadTerritorial(persona) : '',
      persona ? edadAl(persona, fecha) : null,
      persona ? ETIQUETA_SEXO[persona.sexo] : '',
      fecha,
    ];
  });
  return {
    nombre: 'Padrón público',
    titulo: `Padrón de beneficiarios ${anio} (versión pública)`,
    columnas: COLUMNAS_PADRON,
    filas,
  };
}
