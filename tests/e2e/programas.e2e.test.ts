import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digitoVerificadorCurp } from '../../shared/domain/curp';
import { CARPETA_EVIDENCIAS, appDelBloque } from './navegador';
import { elegirDelCatalogo, elegirOpcion, ir } from './pasos';

const curp = (base: string) => base + digitoVerificadorCurp(base);

const PROGRAMA = 'Becas Municipales para Estudiantes';

/** Three people reached by the programa: what the clerk captures of each, and what the padrón publishes. */
const BENEFICIARIOS = [
  {
    busqueda: 'Rosa Hernández',
    paterno: 'Hernández',
    materno: 'Ruiz',
    nombres: 'Rosa',
    curp: curp('HERR740510MVZRZS0'),
    telefono: '2289876543',
    correo: 'rosa.hernandez@correo.mx',
    calle: 'Hidalgo',
    numero: '45',
    colonia: 'Barrio de San Miguel',
    monto: '1500',
    entrega: '2026-03-16',
    nombreCompleto: 'Rosa Hernández Ruiz',
    // Born 10/05/1974: 51 on 16/03/2026.
    edad: 51,
    sexo: 'Mujer',
  },
  {
    busqueda: 'Juan Pérez',
    paterno: 'Pérez',
    materno: 'Gómez',
    nombres: 'Juan',
    curp: curp('PEGJ850220HVZRMN0'),
    telefono: '2281112233',
    correo: 'juan.perez@correo.mx',
    calle: 'Av. Juárez',
    numero: '120',
    colonia: 'Centro',
    monto: '2000',
    entrega: '2026-03-20',
    nombreCompleto: 'Juan Pérez Gómez',
    // Born 20/02/1985: 41 on 20/03/2026.
    edad: 41,
    sexo: 'Hombre',
  },
  {
    busqueda: 'Ana López',
    paterno: 'López',
    materno: 'Díaz',
    nombres: 'Ana',
    curp: curp('LODA000715MVZPZNA'),
    telefono: '2284445566',
    correo: 'ana.lopez@correo.mx',
    calle: 'Calle Morelos',
    numero: '7',
    colonia: 'El Mirador',
    monto: '1000',
    entrega: '2026-04-20',
    nombreCompleto: 'Ana López Díaz',
    // Born 15/07/2000: 25 on 20/04/2026, before her birthday.
    edad: 25,
    sexo: 'Mujer',
  },
] as const;

/** A select's menu fades out after a choice: a screenshot waits until it is gone. */
async function menuCerrado(pagina: Page): Promise<void> {
  await pagina.locator('.MuiMenu-root').waitFor({ state: 'detached' });
}

/** Every cell of every sheet as text, to look for what must never be in the public file. */
function textoDelLibro(libro: ExcelJS.Workbook): string {
  const partes: string[] = [];
  libro.eachSheet((hoja) => hoja.eachRow((fila) => fila.eachCell((c) => partes.push(c.text))));
  return partes.join('\n');
}

describe('Programas sociales: sus beneficiarios, el padrón y su exportación de transparencia', () => {
  const app = appDelBloque();

  it('un programa con tres beneficiarios entregados los lista en su detalle con su monto', async () => {
    const { pagina } = app;
    await ir(pagina, '3. Programas Sociales');
    await pagina.getByRole('link', { name: 'Nuevo registro' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de taller, capacitación o programa' });
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Tipo' }), 'Programa social');
    await form.getByRole('textbox', { name: 'Programa' }).fill(PROGRAMA);
    await form.getByRole('textbox', { name: 'Población objetivo' }).fill('Estudiantes de secundaria y bachillerato');
    await form.getByLabel('Fecha de gestión').fill('2026-03-02');
    await form.getByLabel('Beneficiarios del programa').fill('120');
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Realizado');
    await form.getByRole('button', { name: 'Guardar registro' }).click();
    await pagina.getByRole('heading', { name: `Programa social: ${PROGRAMA}` }).waitFor();
    const seccion = pagina.getByRole('region', { name: 'Beneficiarios del programa' });
    await seccion.getByText('Aún no hay beneficiarios registrados por nombre.', { exact: false }).waitFor();

    for (const b of BENEFICIARIOS) {
      await seccion.getByRole('link', { name: 'Agregar beneficiario' }).click();
      const captura = pagina.getByRole('form', { name: 'Captura de apoyo' });
      // The capture starts with the programa chosen.
      await expect.poll(() => captura.getByRole('combobox', { name: 'Programa social' }).inputValue(), { timeout: 15_000 }).toBe(PROGRAMA);
      await captura.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' }).fill(b.busqueda);
      await pagina.getByRole('option', { name: `Registrar ciudadano nuevo «${b.busqueda}»` }).click();
      const dialogo = pagina.getByRole('dialog', { name: 'Registrar beneficiario nuevo' });
      await dialogo.getByRole('textbox', { name: 'Apellido paterno' }).fill(b.paterno);
      await dialogo.getByRole('textbox', { name: 'Apellido materno' }).fill(b.materno);
      await dialogo.getByRole('textbox', { name: 'Nombre(s)' }).fill(b.nombres);
      await dialogo.getByRole('textbox', { name: 'CURP' }).fill(b.curp);
      await dialogo.getByRole('textbox', { name: 'CURP' }).blur();
      await dialogo.getByRole('textbox', { name: 'Teléfono' }).fill(b.telefono);
      await dialogo.getByRole('textbox', { name: 'Correo electrónico' }).fill(b.correo);
      await dialogo.getByRole('textbox', { name: 'Calle' }).fill(b.calle);
      await dialogo.getByRole('textbox', { name: 'Número' }).fill(b.numero);
      await dialogo.getByRole('combobox', { name: 'Colonia' }).fill(b.colonia);
      await dialogo.getByRole('checkbox', { name: /Se informó el aviso de privacidad al beneficiario/ }).check();
      await dialogo.getByRole('button', { name: 'Registrar beneficiario' }).click();
      await dialogo.waitFor({ state: 'detached' });
      await captura.getByRole('region', { name: `Ciudadano: ${b.nombreCompleto}` }).waitFor();

      await elegirDelCatalogo(pagina, captura.getByRole('combobox', { name: 'Tipo de apoyo' }), 'econ', 'Apoyo económico');
      await captura.getByRole('textbox', { name: 'Cantidad' }).fill(b.monto);
      await captura.getByRole('textbox', { name: 'Unidad' }).fill('pesos');
      await captura.getByRole('textbox', { name: 'Valor estimado' }).fill(b.monto);
      await elegirOpcion(pagina, captura.getByRole('combobox', { name: 'Estatus' }), 'Entregado');
      await captura.getByLabel('Fecha de gestión').fill('2026-03-05');
      await captura.getByLabel('Fecha de entrega').fill(b.entrega);
      await captura.getByRole('button', { name: 'Guardar apoyo' }).click();

      await pagina.getByRole('heading', { name: 'Apoyo de Apoyo económico' }).waitFor();
      const datos = pagina.getByRole('region', { name: 'Datos del apoyo' });
      // The apoyo's detail names the programa, and its link goes back to it.
      await datos.getByRole('link', { name: PROGRAMA }).click();
      await pagina.getByRole('heading', { name: `Programa social: ${PROGRAMA}` }).waitFor();
    }

    const tabla = seccion.getByRole('table', { name: 'Beneficiarios del programa' });
    await expect.poll(() => tabla.locator('tbody tr').count(), { timeout: 15_000 }).toBe(3);
    const texto = (await tabla.textContent()) ?? '';
    for (const b of BENEFICIARIOS) expect(texto).toContain(b.nombreCompleto);
    for (const monto of ['$ 1,500.00', '$ 2,000.00', '$ 1,000.00', '$ 4,500.00']) expect(texto).toContain(monto);
    expect(texto).toContain('20/04/2026');
    await seccion.getByText('3 beneficiarios registrados por nombre · 3 entregados · Monto entregado: $ 4,500.00').waitFor();
    // The figure captured for the programa stays; next to it, how many are registered by name.
    await pagina.getByRole('region', { name: 'Datos del registro' }).getByText('120 (3 registrados por nombre)').waitFor();

    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programa-beneficiarios.png`, fullPage: true });
  });

  it('el padrón los lista con su programa, y el filtro por programa los deja solos', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('tab', { name: 'Padrón de beneficiarios' }).click();
    const padron = pagina.getByRole('grid', { name: 'Padrón de beneficiarios' });
    await padron.getByRole('link', { name: 'Hernández Ruiz Rosa' }).waitFor();
    await elegirOpcion(pagina, pagina.getByRole('combobox', { name: 'Programa' }), PROGRAMA);
    await expect.poll(() => padron.locator('.MuiDataGrid-row').count(), { timeout: 15_000 }).toBe(3);
    const texto = (await padron.textContent()) ?? '';
    for (const nombre of ['Hernández Ruiz Rosa', 'Pérez Gómez Juan', 'López Díaz Ana']) expect(texto).toContain(nombre);
    expect(texto.split(PROGRAMA).length - 1).toBe(3);
    await menuCerrado(pagina);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programa-padron.png` });
    await elegirOpcion(pagina, pagina.getByRole('combobox', { name: 'Programa' }), 'Sin programa (apoyo directo)');
    await pagina.getByText('Ningún apoyo entregado coincide con la búsqueda y los filtros.').waitFor();
    await elegirOpcion(pagina, pagina.getByRole('combobox', { name: 'Programa' }), 'Todos');
  });

  it('el padrón de transparencia del programa se exporta con sus columnas públicas, sin CURP, calle, teléfono ni correo', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Exportar padrón de transparencia (.xlsx)' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Exportar padrón de transparencia (.xlsx)' });
    await elegirOpcion(pagina, dialogo.getByRole('combobox', { name: 'Programa' }), PROGRAMA);
    await menuCerrado(pagina);
    await expect.poll(() => dialogo.getByRole('combobox', { name: 'Año' }).textContent()).toBe('2026');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programa-exportar-transparencia.png` });
    const descarga = pagina.waitForEvent('download', { timeout: 60_000 });
    await dialogo.getByRole('button', { name: 'Exportar (.xlsx)' }).click();
    const descargado = await descarga;
    const archivo = 'Padron-transparencia-Becas-Municipales-para-Estudiantes-2026.xlsx';
    expect(descargado.suggestedFilename()).toBe(archivo);
    await pagina.getByText(`Padrón de transparencia (3 beneficiarios) descargado como ${archivo}`).waitFor();
    await dialogo.waitFor({ state: 'detached' });
    const ruta = `${CARPETA_EVIDENCIAS}/padron-transparencia.xlsx`;
    await descargado.saveAs(ruta);

    const libro = new ExcelJS.Workbook();
    await libro.xlsx.readFile(ruta);
    const hoja = libro.getWorksheet('Padrón de beneficiarios')!;
    expect(hoja.getCell('A1').text).toBe('Padrón de beneficiarios de programas sociales · San Pedro de las Flores');
    expect(hoja.getCell('A2').text).toBe(`Programa: ${PROGRAMA}`);
    expect(hoja.getCell('A3').text).toBe('Periodo de entrega: 2026');
    expect(hoja.getCell('A4').text).toMatch(/^Exportado el 24\/11\/2026 \d{2}:\d{2} por Ventanilla 1: 3 beneficiarios$/);
    const valores = (n: number) => (hoja.getRow(n).values as unknown[]).slice(1);
    expect(valores(7)).toEqual([
      'Programa',
      'Nombre completo',
      'Monto o apoyo recibido',
      'Fecha de entrega',
      'Unidad territorial (colonia / localidad)',
      'Edad',
      'Sexo',
    ]);
    const fecha = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect([8, 9, 10].map(valores)).toEqual([
      [PROGRAMA, 'Ana López Díaz', 1000, fecha('2026-04-20'), 'El Mirador', 25, 'Mujer'],
      [PROGRAMA, 'Juan Pérez Gómez', 2000, fecha('2026-03-20'), 'Centro', 41, 'Hombre'],
      [PROGRAMA, 'Rosa Hernández Ruiz', 1500, fecha('2026-03-16'), 'Barrio de San Miguel', 51, 'Mujer'],
    ]);
    expect(hoja.getCell('C8').numFmt).toBe('"$" #,##0.00');
    expect(hoja.getCell('D8').numFmt).toBe('dd/mm/yyyy');
    expect(hoja.rowCount).toBe(10);

    const todo = textoDelLibro(libro);
    for (const b of BENEFICIARIOS) {
      for (const reservado of [b.curp, b.telefono, b.correo, b.calle, `${b.calle} ${b.numero}`]) expect(todo).not.toContain(reservado);
    }
    // No column of reserved data: the only mention of them is the note that says they are left out.
    expect(valores(7).join(' ')).not.toMatch(/CURP|Teléfono|Correo|Domicilio|Calle/);
    expect(hoja.getCell('A5').text).toBe('Versión pública: sin CURP, domicilio, teléfono ni correo electrónico.');
  });
});
