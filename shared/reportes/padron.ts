import { filaPublica, padronDeBeneficiarios } from '../domain/padron';
import { unidadTerritorial } from '../domain/personas';
import { ETIQUETA_SEXO } from '../schemas/personas';
import type { TablaAnexo } from '../workbook/tipos';
import type { Referencias, RegistrosReporte } from './tipos';

/**
 * The public padrón de beneficiarios (transparency law) as a workbook sheet: the rows of Module 2's own public
 * padrón (name, support, the programa social it came under, colonia or localidad, age on the day of delivery, sex), so the screen and the file list the
 * same people. CURP, street, number, postal code, phone and email never enter this table.
 */
export const COLUMNAS_PADRON: TablaAnexo['columnas'] = [
  { titulo: 'Nombre', tipo: 'texto', ancho: 32 },
  { titulo: 'Apoyo', tipo: 'texto', ancho: 30 },
  { titulo: 'Programa social', tipo: 'texto', ancho: 28 },
  { titulo: 'Colonia / localidad', tipo: 'texto', ancho: 30 },
  { titulo: 'Edad', tipo: 'numero', ancho: 7 },
  { titulo: 'Sexo', tipo: 'texto', ancho: 12 },
  { titulo: 'Fecha de entrega', tipo: 'fecha' },
];

export function padronPublico(registros: RegistrosReporte, referencias: Referencias, anio: number): TablaAnexo {
  const filas = padronDeBeneficiarios(registros.apoyos, referencias.personas, referencias.catalogos, anio, referencias.programas)
    .map(filaPublica)
    .map((f) => [f.beneficiario, f.apoyo, f.programa, unidadTerritorial(f), f.edad, f.sexo ? ETIQUETA_SEXO[f.sexo] : '', f.fechaEntrega]);
  return {
    nombre: 'Padrón público',
    titulo: `Padrón de beneficiarios ${anio} (versión pública)`,
    columnas: COLUMNAS_PADRON,
    filas,
  };
}
