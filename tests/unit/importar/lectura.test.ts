import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leerArchivo, MENSAJE_XLS } from '../../../shared/importar/archivo';
import { firmaColumnas, proponerMapeo } from '../../../shared/importar/campos';
import { AGREGAR, emparejarCatalogo, IndiceCatalogos, valoresDesconocidos } from '../../../shared/importar/catalogos';
import { decodificarTexto, leerCsv } from '../../../shared/importar/csv';
import { separarNombre } from '../../../shared/importar/nombres';
import { leerFecha, leerHora, leerNumero } from '../../../shared/importar/valores';
import { idCatalogo } from '../../../shared/domain/identidad';
import { TAMANO_MAXIMO_IMPORTACION } from '../../../shared/ipc/limites';

/** Windows-1252 bytes of a text (only Latin-1 letters are used here, which map one to one). */
const cp1252 = (texto: string) => Uint8Array.from([...texto].map((c) => c.charCodeAt(0)));

describe('fechas como las escribe la gente', () => {
  it('lee dd/mm/aaaa, d/m/aa, aaaa-mm-dd, seriales de Excel, celdas de fecha y palabras', () => {
    expect(leerFecha('05/03/2026')?.fecha).toBe('2026-03-05');
    expect(leerFecha('5/3/26')?.fecha).toBe('2026-03-05');
    expect(leerFecha('15/7/85')?.fecha).toBe('1985-07-15');
    expect(leerFecha('2026-03-05')?.fecha).toBe('2026-03-05');
    expect(leerFecha(46086)?.fecha).toBe('2026-03-05');
    expect(leerFecha(new Date(Date.UTC(2026, 2, 5)))?.fecha).toBe('2026-03-05');
    expect(leerFecha('5 de marzo de 2026')?.fecha).toBe('2026-03-05');
    expect(leerFecha('5 de Marzo del 2026')?.fecha).toBe('2026-03-05');
    expect(leerFecha('05-mar-2026')?.fecha).toBe('2026-03-05');
    expect(leerFecha('1 de septiembre de 2026')?.fecha).toBe('2026-09-01');
  });

  it('conserva la hora escrita y rechaza fechas que no existen', () => {
    expect(leerFecha('05/03/2026 14:30')).toEqual({ fecha: '2026-03-05', hora: '14:30' });
    expect(leerFecha(new Date(Date.UTC(2026, 2, 5, 9, 15)))).toEqual({ fecha: '2026-03-05', hora: '09:15' });
    expect(leerHora('2:30 p. m.')).toBe('14:30');
    expect(leerFecha('31/02/2026')).toBeNull();
    expect(leerFecha('mañana')).toBeNull();
    expect(leerFecha('')).toBeNull();
  });

  it('lee montos con signo de pesos y comas', () => {
    expect(leerNumero('$ 1,234.50')).toBe(1234.5);
    expect(leerNumero(12)).toBe(12);
    expect(leerNumero('doce')).toBeNull();
  });
});

describe('nombres en una columna o en tres', () => {
  it('separa nombre y apellidos en el orden que dice la columna', () => {
    expect(separarNombre('María José López Pérez', 'nombres-primero')).toEqual({ nombres: 'María José', apellidoPaterno: 'López', apellidoMaterno: 'Pérez' });
    expect(separarNombre('LÓPEZ PÉREZ MARÍA JOSÉ', 'apellidos-primero')).toEqual({ nombres: 'MARÍA JOSÉ', apellidoPaterno: 'LÓPEZ', apellidoMaterno: 'PÉREZ' });
    expect(separarNombre('de la Cruz Peña, José', 'nombres-primero')).toEqual({ nombres: 'José', apellidoPaterno: 'de la Cruz', apellidoMaterno: 'Peña' });
  });
});

describe('CSV en UTF-8 o Windows-1252, con coma o punto y coma', () => {
  it('un CSV de Excel en Windows-1252 separado por punto y coma conserva «Peña» y «José»', () => {
    const hoja = leerCsv(cp1252('Nombre;Apellido paterno;Colonia\r\nJosé;Peña;"Centro; zona 1"\r\n'), 'padron.csv');
    expect(hoja.codificacion).toBe('windows-1252');
    expect(hoja.separador).toBe(';');
    expect(hoja.encabezados).toEqual(['Nombre', 'Apellido paterno', 'Colonia']);
    expect(hoja.filas).toEqual([{ numero: 2, celdas: ['José', 'Peña', 'Centro; zona 1'] }]);
  });

  it('un CSV en UTF-8 con BOM, comas y comillas dobles dentro de un campo', () => {
    const bytes = new TextEncoder().encode('\uFEFFFolio,Descripción\n1,"Pide ""láminas"", 10 piezas"\n\n');
    const hoja = leerCsv(bytes, 'a.csv');
    expect(hoja.codificacion).toBe('utf-8');
    expect(hoja.encabezados).toEqual(['Folio', 'Descripción']);
    expect(hoja.filas.map((f) => f.celdas)).toEqual([['1', 'Pide "láminas", 10 piezas']]);
    expect(decodificarTexto(cp1252('Peña')).texto).toBe('Peña');
  });
});

describe('el archivo', () => {
  it('un .xls antiguo se contesta pidiendo guardarlo como .xlsx', async () => {
    await expect(leerArchivo(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'viejo.xls')).rejects.toThrow(MENSAJE_XLS);
  });

  it('un archivo más grande que el límite se rechaza diciendo su tamaño', async () => {
    await expect(leerArchivo(new Uint8Array(TAMANO_MAXIMO_IMPORTACION + 1), 'enorme.csv')).rejects.toThrow(/pasa del máximo de 40 MB|mide/);
  });

  it('lee las hojas de un .xlsx con fechas, números y fórmulas', async () => {
    const libro = new ExcelJS.Workbook();
    const hoja = libro.addWorksheet('Enero');
    hoja.addRow(['Folio', 'Fecha', 'Total']);
    hoja.addRow(['A-1', new Date(Date.UTC(2026, 0, 12)), { formula: '1+1', result: 2 }]);
    const bytes = new Uint8Array(await libro.xlsx.writeBuffer());
    const leido = await leerArchivo(bytes, 'libro.xlsx');
    expect(leido.hojas[0].nombre).toBe('Enero');
    expect(leido.hojas[0].filas[0].numero).toBe(2);
    expect(leerFecha(leido.hojas[0].filas[0].celdas[1])?.fecha).toBe('2026-01-12');
    expect(leido.hojas[0].filas[0].celdas[2]).toBe(2);
  });
});

describe('el mapeo de columnas', () => {
  it('propone el campo de cada columna por su nombre, sin importar acentos ni mayúsculas', () => {
    const encabezados = ['No. de Folio', 'FECHA DE RECEPCIÓN', 'Nombre', 'Apellido Paterno', 'apellido materno', 'Curp', 'Col.', 'Tipo de Apoyo', 'Teléfono', 'Otra cosa'];
    expect(proponerMapeo('solicitud', encabezados)).toEqual([
      'folio', 'fechaRecepcion', 'nombres', 'apellidoPaterno', 'apellidoMaterno', 'curp', 'colonia', 'tipoApoyo', 'telefono', null,
    ]);
    expect(firmaColumnas('solicitud', ['Folio', 'Fecha'])).toBe(firmaColumnas('solicitud', ['folio', 'FECHA']));
  });
});

describe('catálogos', () => {
  const indice = new IndiceCatalogos([
    { id: 'a', tipo: 'tipoApoyo', nombre: 'Despensa' },
    { id: 'b', tipo: 'colonia', nombre: 'Centro' },
  ]);

  it('empareja sin acentos ni mayúsculas y lista los valores desconocidos', () => {
    expect(emparejarCatalogo(indice, {}, 'tipoApoyo', ' DESPENSA ')).toEqual({ entrada: { id: 'a', tipo: 'tipoApoyo', nombre: 'Despensa' }, nueva: false });
    const hoja = { nombre: 'h', encabezados: ['Tipo', 'Colonia'], filas: [{ numero: 2, celdas: ['Láminas', 'centro'] }, { numero: 3, celdas: ['laminas', 'Lomas'] }] };
    expect(valoresDesconocidos('solicitud', hoja, ['tipoApoyo', 'colonia'], indice).map((v) => [v.tipo, v.valor, v.filas])).toEqual([
      ['tipoApoyo', 'Láminas', 2],
      ['colonia', 'Lomas', 1],
    ]);
  });

  it('un valor desconocido se asigna a una entrada o se agrega; sin decisión, la fila lo dice', () => {
    expect(emparejarCatalogo(indice, { tipoApoyo: { LAMINAS: 'a' } }, 'tipoApoyo', 'Láminas')).toMatchObject({ entrada: { id: 'a' } });
    expect(emparejarCatalogo(indice, { tipoApoyo: { LAMINAS: AGREGAR } }, 'tipoApoyo', 'Láminas')).toEqual({
      entrada: { id: idCatalogo('tipoApoyo', 'Láminas'), tipo: 'tipoApoyo', nombre: 'Láminas' },
      nueva: true,
    });
    expect(emparejarCatalogo(indice, {}, 'tipoApoyo', 'Láminas')).toEqual({ error: '«Láminas» no está en el catálogo de tipos de apoyo: elija a qué corresponde o agréguelo' });
  });
});
