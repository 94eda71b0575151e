/** Default file name Tesorería receives, e.g. 'POA-2026-Gestion-Social.xlsx' (here, away from exceljs). */
export function nombreArchivoLibro(anio: number): string {
  return `POA-${anio}-Gestion-Social.xlsx`;
}

/**
 * Excel refuses a sheet name longer than 31 characters, with any of : \ / ? * [ ], starting or ending with an
 * apostrophe, or equal (ignoring case) to another sheet's. Annex names come from the caller, so they are made valid.
 */
const LARGO_MAXIMO = 31;

export function nombreHojaValido(propuesto: string, usados: Set<string>): string {
  const limpio = propuesto.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || 'Anexo';
  const base = limpio.slice(0, LARGO_MAXIMO).trim();
  let nombre = base;
  for (let i = 2; usados.has(nombre.toLocaleLowerCase('es-MX')); i++) {
    const sufijo = ` (${i})`;
    nombre = `${base.slice(0, LARGO_MAXIMO - sufijo.length).trim()}${sufijo}`;
  }
  usados.add(nombre.toLocaleLowerCase('es-MX'));
  return nombre;
}
