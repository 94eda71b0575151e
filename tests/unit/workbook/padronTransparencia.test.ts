import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FilaTransparencia } from '../../../shared/domain/padronTransparencia';
import { construirLibroTransparencia, HOJA_TRANSPARENCIA } from '../../../shared/workbook/padronTransparencia';

const FILAS: FilaTransparencia[] = [
  { programa: 'Becas Municipales', nombre: 'María José Pérez López', monto: 1500, fechaEntrega: '2026-03-16', unidadTerritorial: 'Centro', edad: 36, sexo: 'Mujer' },
  // A name that looks like a formula is published as written.
  { programa: 'Becas Municipales', nombre: '=HYPERLINK("http://x","y")', monto: '2 paquetes de Despensa', fechaEntrega: '2026-12-31', unidadTerritorial: '', edad: null, sexo: 'Hombre' },
];

async function leer(filas: FilaTransparencia[]): Promise<ExcelJS.Worksheet> {
  const bytes = await construirLibroTransparencia({
    filas,
    programa: 'Becas Municipales',
    periodo: '2026',
    municipio: 'San Pedro de las Flores',
    usuario: 'Ana López',
    generado: new Date(2026, 10, 24, 10, 5),
  });
  const libro = new ExcelJS.Workbook();
  await libro.xlsx.load(bytes.buffer as ArrayBuffer);
  return libro.getWorksheet(HOJA_TRANSPARENCIA)!;
}

describe('libro del padrón de transparencia', () => {
  it('título, programa, periodo, quién y cuándo, encabezados en español y una fila por apoyo con fecha y monto tipados', async () => {
    const hoja = await leer(FILAS);
    const fila = (n: number) => (hoja.getRow(n).values as unknown[]).slice(1);
    expect([1, 2, 3, 4, 5].map((n) => hoja.getCell(n, 1).text)).toEqual([
      'Padrón de beneficiarios de programas sociales · San Pedro de las Flores',
      'Programa: Becas Municipales',
      'Periodo de entrega: 2026',
      'Exportado el 24/11/2026 10:05 por Ana López: 2 beneficiarios',
      'Versión pública: sin CURP, domicilio, teléfono ni correo electrónico.',
    ]);
    expect(fila(7)).toEqual(['Programa', 'Nombre completo', 'Monto o apoyo recibido', 'Fecha de entrega', 'Unidad territorial (colonia / localidad)', 'Edad', 'Sexo']);
    expect(fila(8)).toEqual(['Becas Municipales', 'María José Pérez López', 1500, new Date(Date.UTC(2026, 2, 16)), 'Centro', 36, 'Mujer']);
    expect(hoja.getCell('C8').numFmt).toBe('"$" #,##0.00');
    expect(hoja.getCell('D8').numFmt).toBe('dd/mm/yyyy');
    expect(hoja.getCell('D9').value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(hoja.getCell('C9').value).toBe('2 paquetes de Despensa');
    expect(hoja.getCell('B9').type).toBe(ExcelJS.ValueType.String);
    expect(hoja.getCell('B9').value).toBe('=HYPERLINK("http://x","y")');
    expect(hoja.getCell('B9').numFmt).toBe('@');
    expect(hoja.getCell('F9').value).toBeNull();
    expect(hoja.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(hoja.autoFilter).toBe('A7:G7');
  });

  it('sin apoyos entregados lo dice bajo los encabezados', async () => {
    const hoja = await leer([]);
    expect(hoja.getCell('A4').text).toMatch(/: 0 beneficiarios$/);
    expect(hoja.getCell('A8').text).toBe('No hay apoyos entregados en este programa y periodo.');
  });
});
