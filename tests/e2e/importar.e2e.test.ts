import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digitoVerificadorCurp } from '../../shared/domain/curp';
import { NOMBRES_MES } from '../../shared/domain/periodos';
import { appDelBloque, CARPETA_EVIDENCIAS } from './navegador';
import { etiquetaCeldaAtencion, exportarLibro, ir } from './pasos';

const curp = (primeros17: string) => `${primeros17}${digitoVerificadorCurp(primeros17)}`;
const CURP_ROSA = curp('GOLR800101MVZRPS0');
const CURP_PEDRO = curp('MAPP750505HVZRRD0');
const NOMBRES = ['Ana', 'Luis', 'Carmen', 'Jorge', 'Elena', 'Raúl', 'Sofía', 'Tomás', 'Irma', 'Hugo'];
const APELLIDOS = ['García', 'Hernández', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez'];
/** Rows (as the spreadsheet numbers them) that cannot be imported, and why. */
const MALAS = { 31: 'fecha inexistente', 77: 'sin tipo de apoyo', 150: 'CURP mal escrita' } as const;

/** 200 solicitudes as an office writes them: its own column names, dates in four ways, two citizens twice. */
function solicitudesDeLaOficina() {
  const filas: (string | Date)[][] = [];
  const porMes = Array<number>(12).fill(0);
  for (let i = 0; i < 200; i++) {
    const numero = i + 2;
    const mes = (i % 10) + 1;
    const dia = (i % 27) + 1;
    const formas = [
      new Date(Date.UTC(2026, mes - 1, dia)),
      `${String(dia).padStart(2, '0')}/${String(mes).padStart(2, '0')}/2026`,
      `${dia}/${mes}/26`,
      `${dia} de ${NOMBRES_MES[mes - 1].toLowerCase()} de 2026`,
    ];
    let fecha: string | Date = formas[i % 4];
    let nombre = NOMBRES[i % 10];
    let paterno = APELLIDOS[i % 12];
    let materno = `${APELLIDOS[(i * 7) % 12]}${i}`;
    let clave = '';
    let sexo = i % 2 ? 'H' : 'M';
    let tipo = i % 3 ? 'Despensa' : 'MEDICAMENTO';
    // Rosa and Pedro come twice with the same CURP.
    if (numero === 10 || numero === 50) [nombre, paterno, materno, clave, sexo] = ['Rosa', 'Gómez', 'Luna', CURP_ROSA, 'M'];
    if (numero === 20 || numero === 60) [nombre, paterno, materno, clave, sexo] = ['Pedro', 'Martínez', 'Paz', CURP_PEDRO, 'H'];
    if (numero === 31) fecha = '31/02/2026';
    if (numero === 77) tipo = '';
    if (numero === 150) clave = 'XXXX';
    if (!(numero in MALAS)) porMes[mes - 1] += 1;
    filas.push([`OF-${1000 + i}`, fecha, nombre, paterno, materno, clave, sexo, 'centro', tipo, `Petición número ${i + 1}`, i % 5 ? 'Recibida' : 'atendida']);
  }
  return { filas, porMes };
}

async function libroXlsx(filas: (string | Date)[][]): Promise<Buffer> {
  const libro = new ExcelJS.Workbook();
  const hoja = libro.addWorksheet('Solicitudes 2026');
  hoja.addRow(['No. Folio', 'Fecha de Recepción', 'Nombre', 'Apellido Paterno', 'Apellido Materno', 'CURP', 'Sexo', 'Colonia', 'Tipo de Apoyo', 'Petición', 'Estatus']);
  for (const f of filas) hoja.addRow(f);
  return Buffer.from(await libro.xlsx.writeBuffer());
}

async function elegirYRevisar(pagina: Page, nombre: string, buffer: Buffer, mimeType: string) {
  await ir(pagina, 'Importar desde Excel o CSV');
  await pagina.getByRole('heading', { name: 'Importar desde Excel o CSV', level: 1 }).waitFor();
  await pagina.getByLabel('Archivo de Excel o CSV').setInputFiles({ name: nombre, mimeType, buffer });
  await pagina.getByRole('table', { name: 'Columnas del archivo' }).waitFor();
  await pagina.getByRole('button', { name: 'Revisar antes de importar' }).click();
  return pagina.getByRole('region', { name: 'Resultado de la revisión' });
}

describe('importar desde Excel o CSV', () => {
  const app = appDelBloque();
  const { porMes, filas } = solicitudesDeLaOficina();

  it('la revisión nombra las 3 filas malas y las personas reutilizadas; al confirmar, 197 solicitudes cuentan en sus meses y salen en el libro', async () => {
    const { pagina } = app;
    const xlsx = await libroXlsx(filas);
    const revision = await elegirYRevisar(pagina, 'solicitudes-2026.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await expect.poll(() => pagina.getByLabel('Campo para «Fecha de Recepción»').inputValue()).toBe('fechaRecepcion');
    await revision.getByText('197 solicitudes por crear, 195 personas nuevas, 2 personas reutilizadas, 3 filas con errores.').waitFor({ timeout: 30_000 });
    const malas = revision.getByRole('table', { name: 'Filas que no se pueden importar' }).getByRole('row');
    expect(await malas.allInnerTexts()).toEqual([
      'Fila\tMotivo',
      '31\tFecha de recepción: «31/02/2026» no es una fecha (escríbala como dd/mm/aaaa)',
      '77\tFalta el tipo de apoyo',
      expect.stringMatching(/^150\t/),
    ]);
    const reutilizadas = revision.getByRole('table', { name: 'Personas reutilizadas' }).getByRole('row');
    expect((await reutilizadas.allInnerTexts()).slice(1)).toEqual([
      `50\tRosa Gómez Luna\tLa misma CURP (${CURP_ROSA}) que la fila 10`,
      `60\tPedro Martínez Paz\tLa misma CURP (${CURP_PEDRO}) que la fila 20`,
    ]);
    await pagina.screenshot({ path: '/tmp/importar-revision.png', fullPage: false });
    await pagina.getByRole('button', { name: 'Confirmar importación de 197 solicitudes' }).click();
    await pagina.getByText(/^Importación terminada: 197 solicitudes creadas, 195 personas nuevas, 2 personas reutilizadas, 3 filas rechazadas/).waitFor({ timeout: 60_000 });
    await pagina.screenshot({ path: '/tmp/importar-terminada.png' });

    for (const mes of [0, 2, 9]) {
      expect(await etiquetaCeldaAtencion(pagina, NOMBRES_MES[mes].toLowerCase())).toContain(`logrado ${porMes[mes]}`);
    }
    await ir(pagina, 'Reportes');
    const libro = await exportarLibro(pagina, 'importar-libro');
    const anexo = libro.getWorksheet('Solicitudes')!;
    const folios: string[] = [];
    anexo.eachRow((r) => {
      const v = String(r.getCell(1).value ?? '');
      if (/^AC-2026-V1-\d{4}$/.test(v)) folios.push(v);
    });
    expect(folios).toHaveLength(197);

    // The spreadsheet's folio is kept as «folio anterior» and found from the list's search.
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByLabel('Buscar por folio, nombre o CURP').fill('of-1048');
    await pagina.getByText('Rosa Gómez Luna').first().waitFor({ timeout: 15_000 });
  });

  it('importar el mismo archivo otra vez no agrega nada', async () => {
    const { pagina } = app;
    const revision = await elegirYRevisar(pagina, 'solicitudes-2026.xlsx', await libroXlsx(filas), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await revision.getByText(/^0 solicitudes por crear, 0 personas nuevas, 0 personas reutilizadas, 3 filas con errores, 197 filas ya importadas antes\.$/).waitFor({ timeout: 30_000 });
    await expect.poll(() => pagina.getByRole('button', { name: 'Confirmar importación de 0 solicitudes' }).isDisabled()).toBe(true);
  });

  it('un CSV de Excel separado por punto y coma en Windows-1252 conserva «Peña» y «José»', async () => {
    const { pagina } = app;
    const texto = 'Folio;Fecha;Nombre completo;Sexo;Tipo de apoyo\r\nV-1;05/03/2026;José Peña Ibáñez;H;Despensa\r\n';
    const revision = await elegirYRevisar(pagina, 'ventanilla.csv', Buffer.from(texto, 'latin1'), 'text/csv');
    await revision.getByText(/^1 solicitud por crear, 1 persona nueva/).waitFor({ timeout: 30_000 });
    await pagina.getByRole('button', { name: 'Confirmar importación de 1 solicitud' }).click();
    await pagina.getByText(/^Importación terminada: 1 solicitud creada/).waitFor({ timeout: 30_000 });
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByLabel('Buscar por folio, nombre o CURP').fill('V-1');
    await pagina.getByRole('link', { name: 'José Peña Ibáñez' }).or(pagina.getByText('José Peña Ibáñez')).first().waitFor({ timeout: 15_000 });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/importar-csv.png` });
  });

  it('las jornadas de la oficina, sin ciudadanos: se revisan, se importan y salen en su lista; una fila mala se nombra', async () => {
    const { pagina } = app;
    const texto =
      'Fecha;Jornada;Colonia;Dependencias;Mujeres;Hombres;0 a 11;12 a 17;18 a 29;30 a 59;60 y más;Realizada\r\n' +
      '14/03/2026;Jornada de salud en el Centro;Centro;DIF, Salud;30;20;10;5;15;15;5;Sí\r\n' +
      '32/03/2026;Jornada con fecha mala;Centro;;1;1;;;;;;Sí\r\n';
    await ir(pagina, 'Importar desde Excel o CSV');
    await pagina.getByRole('heading', { name: 'Importar desde Excel o CSV', level: 1 }).waitFor();
    await pagina.getByLabel('Archivo de Excel o CSV').setInputFiles({ name: 'jornadas.csv', mimeType: 'text/csv', buffer: Buffer.from(texto, 'latin1') });
    await pagina.getByLabel('Tipo de registros').selectOption({ label: 'Jornadas comunitarias' });
    await pagina.getByRole('table', { name: 'Columnas del archivo' }).waitFor();
    await pagina.getByRole('button', { name: 'Revisar antes de importar' }).click();
    const revision = pagina.getByRole('region', { name: 'Resultado de la revisión' });
    await revision.getByText('1 jornada por crear, 1 fila con errores.').waitFor({ timeout: 30_000 });
    await revision.getByRole('cell', { name: 'Fecha: «32/03/2026» no es una fecha (escríbala como dd/mm/aaaa)' }).waitFor();
    await pagina.getByRole('button', { name: 'Confirmar importación de 1 jornada' }).click();
    await pagina.getByText(/^Importación terminada: 1 jornada creada, 1 fila rechazada/).waitFor({ timeout: 30_000 });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/importar-jornadas.png` });
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('tab', { name: 'Jornadas' }).click();
    await pagina.getByText('Jornada de salud en el Centro').first().waitFor({ timeout: 15_000 });
  });
});
