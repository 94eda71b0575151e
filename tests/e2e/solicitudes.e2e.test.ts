import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digitoVerificadorCurp } from '../../shared/domain/curp';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { imprimirEnPdf, menu } from './pasos';

const curp = (primeros17: string) => primeros17 + digitoVerificadorCurp(primeros17);
const CURP_MARIA = curp('PELM900315MVZRPR0');
const CURP_JUAN = curp('HEGJ850101HVZRRN0');

async function irALista(pagina: Page) {
  await menu(pagina).getByRole('link', { name: '1. Atención Ciudadana' }).click();
  await pagina.getByRole('heading', { name: 'Atención Ciudadana' }).waitFor();
}

function foliosEnLista(pagina: Page): Promise<string[]> {
  return pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: /^AC-\d{4}-/ }).allTextContents();
}

async function esperarFolios(pagina: Page, esperados: string[]) {
  await expect.poll(async () => (await foliosEnLista(pagina)).sort(), { timeout: 10_000 }).toEqual([...esperados].sort());
}

async function buscar(pagina: Page, texto: string) {
  await pagina.getByLabel('Buscar por folio, nombre o CURP').fill(texto);
}

async function elegirDelCatalogo(pagina: Page, etiqueta: string, texto: string) {
  const campo = pagina.getByRole('combobox', { name: etiqueta });
  await campo.fill(texto);
  await pagina.getByRole('option').first().waitFor();
  await campo.press('Enter');
}

/** Solicitud fields that every capture fills: an explicit 2026 reception date, so the folio year is known. */
async function llenarSolicitud(
  pagina: Page,
  d: { recepcion: string; tipo: string; dependencia: string; descripcion: string; compromiso: string },
) {
  await pagina.getByLabel('Fecha y hora de recepción').fill(d.recepcion);
  await elegirDelCatalogo(pagina, 'Tipo de apoyo solicitado', d.tipo);
  await elegirDelCatalogo(pagina, 'Dependencia a la que se canaliza', d.dependencia);
  await pagina.getByRole('textbox', { name: 'Descripción de la solicitud' }).fill(d.descripcion);
  await pagina.getByLabel('Fecha compromiso').fill(d.compromiso);
}

async function registrarCiudadanoNuevo(
  pagina: Page,
  p: { busqueda: string; paterno: string; materno: string; nombres: string; curp: string; telefono: string; colonia: string },
) {
  await pagina.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' }).fill(p.busqueda);
  await pagina.getByRole('option', { name: /Registrar ciudadano nuevo/ }).click();
  await pagina.getByRole('textbox', { name: 'Apellido paterno' }).fill(p.paterno);
  await pagina.getByRole('textbox', { name: 'Apellido materno' }).fill(p.materno);
  await pagina.getByRole('textbox', { name: 'Nombre(s)' }).fill(p.nombres);
  await pagina.getByRole('textbox', { name: 'CURP' }).fill(p.curp);
  await pagina.getByRole('textbox', { name: 'CURP' }).blur();
  await pagina.getByRole('textbox', { name: 'Teléfono' }).fill(p.telefono);
  await pagina.getByRole('combobox', { name: 'Colonia' }).fill(p.colonia);
}

async function idDeLaRuta(pagina: Page): Promise<string> {
  return new URL(pagina.url()).hash.replace('#/atencion/', '');
}

describe('Atención Ciudadana: de la ventanilla al cierre', () => {
  let app: Entorno;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await abrirApp();
    await app.pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('captura la primera solicitud con un ciudadano nuevo; los errores salen en español en su campo', async () => {
    const { pagina } = app;
    await irALista(pagina);
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    // The citizen search has the focus: the clerk starts typing at once.
    await expect.poll(() => pagina.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

    await pagina.getByRole('button', { name: 'Guardar solicitud' }).click();
    await pagina.getByText('Elija o registre al ciudadano').waitFor();
    await pagina.getByText('Elija el tipo de apoyo').waitFor();
    await pagina.getByText('El ciudadano debe aceptar el aviso de privacidad').waitFor();

    await registrarCiudadanoNuevo(pagina, {
      busqueda: 'Pérez López María José',
      paterno: 'Pérez',
      materno: 'López',
      nombres: 'María José',
      curp: CURP_MARIA.slice(0, 17) + String((Number(CURP_MARIA[17]) + 1) % 10),
      telefono: '2281234567',
      colonia: 'Centro',
    });
    await pagina.getByText(`El dígito verificador de la CURP no corresponde (debería ser ${CURP_MARIA[17]})`).waitFor();
    await pagina.getByRole('textbox', { name: 'CURP' }).fill(CURP_MARIA);
    await pagina.getByRole('textbox', { name: 'CURP' }).blur();
    // The CURP already says sex and birth date.
    await expect.poll(() => pagina.getByRole('radio', { name: 'Mujer' }).isChecked()).toBe(true);
    await expect.poll(() => pagina.getByLabel('Fecha de nacimiento').inputValue(), { timeout: 15_000 }).toBe('15/03/1990');

    await llenarSolicitud(pagina, {
      recepcion: '2026-03-05T10:30',
      tipo: 'Desp',
      dependencia: 'DIF',
      descripcion: 'Solicita una despensa para su familia de cinco integrantes',
      compromiso: '2026-03-20',
    });
    await pagina.getByLabel('Se informó el aviso de privacidad al ciudadano y acepta el tratamiento de sus datos').check();
    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/solicitudes-captura.png` });
    await pagina.getByRole('button', { name: 'Guardar solicitud' }).scrollIntoViewIfNeeded();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/solicitudes-captura-final.png` });
    // Enter in a text field saves.
    await pagina.getByRole('textbox', { name: 'Responsable del seguimiento' }).press('Enter');

    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0001' }).waitFor();
    await pagina.getByText('Solicitud registrada con el folio').waitFor();
    await pagina.getByRole('region', { name: 'Ciudadano: María José Pérez López' }).waitFor();
    ids['0001'] = await idDeLaRuta(pagina);
  });

  it('captura la segunda con otro ciudadano nuevo', async () => {
    const { pagina } = app;
    await irALista(pagina);
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    await registrarCiudadanoNuevo(pagina, {
      busqueda: 'Hernández García Juan',
      paterno: 'Hernández',
      materno: 'García',
      nombres: 'Juan',
      curp: CURP_JUAN,
      telefono: '2287654321',
      colonia: 'Colonia Las Flores',
    });
    await llenarSolicitud(pagina, {
      recepcion: '2026-04-10T09:15',
      tipo: 'Material',
      dependencia: 'Obras',
      descripcion: 'Láminas para el techo de su vivienda',
      compromiso: '2026-04-25',
    });
    await pagina.getByLabel('Se informó el aviso de privacidad').check();
    await pagina.getByRole('button', { name: 'Guardar solicitud' }).click();
    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0002' }).waitFor();
    ids['0002'] = await idDeLaRuta(pagina);
  });

  it('la tercera reutiliza al segundo ciudadano encontrado por su CURP, con el teclado', async () => {
    const { pagina } = app;
    await irALista(pagina);
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    await pagina.keyboard.type(CURP_JUAN.toLowerCase());
    const opcion = pagina.getByRole('option', { name: /Juan Hernández García/ });
    await opcion.waitFor();
    await expect.poll(() => opcion.textContent(), { timeout: 15_000 }).toContain('1 solicitud: AC-2026-V1-0002 (Recibida)');
    await pagina.keyboard.press('Enter');
    await pagina.getByRole('region', { name: 'Ciudadano: Juan Hernández García' }).waitFor();
    await pagina.getByText('AC-2026-V1-0002').first().waitFor();

    // The focus moved on to the type of support; the rest goes by keyboard.
    await expect.poll(() => pagina.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe(
      await pagina.getByRole('combobox', { name: 'Tipo de apoyo solicitado' }).getAttribute('id'),
    );
    await pagina.keyboard.type('Medic');
    await pagina.getByRole('option', { name: 'Medicamento' }).waitFor();
    await pagina.keyboard.press('Enter');
    // The description follows the type; priority and dependency come after it.
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.type('Medicamento para la presión arterial');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.type('Salud');
    await pagina.getByRole('option', { name: 'Instituto de Salud del Estado' }).waitFor();
    await pagina.keyboard.press('Enter');
    // Typed as a clerk does, digits only: the box puts in the slashes and reads dd/mm/aaaa.
    await pagina.getByLabel('Fecha y hora de recepción').fill('');
    await pagina.getByLabel('Fecha y hora de recepción').pressSequentially('010620261200');
    await expect.poll(() => pagina.getByLabel('Fecha y hora de recepción').inputValue(), { timeout: 15_000 }).toBe('01/06/2026 12:00');
    await pagina.getByLabel('Fecha compromiso').fill('15/12/2026');
    await pagina.getByLabel('Se informó el aviso de privacidad').press('Space');
    await pagina.getByRole('textbox', { name: 'Descripción de la solicitud' }).press('Enter');

    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0003' }).waitFor();
    ids['0003'] = await idDeLaRuta(pagina);
    await expect.poll(() => pagina.getByRole('region', { name: 'Ciudadano: Juan Hernández García' }).getByRole('link', { name: 'AC-2026-V1-0002' }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('la lista muestra los tres folios consecutivos', async () => {
    const { pagina } = app;
    await irALista(pagina);
    await esperarFolios(pagina, ['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']);
  });

  it('canaliza una con número de oficio y fecha, y el historial lo registra', async () => {
    const { pagina } = app;
    await pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: 'AC-2026-V1-0002' }).click();
    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0002' }).waitFor();
    await pagina.getByRole('button', { name: 'Cambiar estatus' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Cambiar estatus de AC-2026-V1-0002' });
    await dialogo.getByRole('radio', { name: 'Canalizada' }).check();
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.getByText('Escriba el número de oficio con que se canaliza').waitFor();
    await dialogo.getByRole('textbox', { name: 'Número de oficio' }).fill('GS/015/2026');
    await dialogo.getByLabel('Fecha de canalización').fill('');
    await dialogo.getByLabel('Fecha de canalización').pressSequentially('31042026');
    await expect.poll(() => dialogo.getByLabel('Fecha de canalización').inputValue(), { timeout: 15_000 }).toBe('31/04/2026');
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.getByText(/escriba una fecha (de canalización )?válida/i).waitFor();
    await dialogo.getByLabel('Fecha de canalización').fill('11/04/2026');
    await dialogo.getByRole('textbox', { name: 'Nota de seguimiento' }).fill('Se entregó el oficio en Obras Públicas');
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.waitFor({ state: 'detached' });
    const historial = pagina.getByRole('list', { name: 'Historial de seguimientos' });
    await historial.getByText('Recibida → Canalizada').waitFor();
    await historial.getByText('Oficio GS/015/2026 del 11/04/2026. Se entregó el oficio en Obras Públicas').waitFor();
    await pagina.getByText('Vencida', { exact: true }).first().waitFor();
  });

  it('cierra otra como Atendida con su resultado; cerrada ya no cambia de estatus', async () => {
    const { pagina } = app;
    await irALista(pagina);
    await pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: 'AC-2026-V1-0001' }).click();
    await pagina.getByRole('button', { name: 'Cambiar estatus' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Cambiar estatus de AC-2026-V1-0001' });
    // From Recibida the machine offers only its six next statuses.
    await expect.poll(() => dialogo.getByRole('radio').count(), { timeout: 15_000 }).toBe(6);
    await dialogo.getByRole('radio', { name: 'Atendida' }).check();
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.getByText('Escriba el resultado de la atención').waitFor();
    await dialogo.getByRole('textbox', { name: 'Resultado de la atención' }).fill('Se entregó la despensa el 18/03/2026');
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('list', { name: 'Historial de seguimientos' }).getByText('Recibida → Atendida').waitFor();
    await expect.poll(() => pagina.getByRole('button', { name: 'Cambiar estatus' }).isDisabled(), { timeout: 15_000 }).toBe(true);
  });

  it('encuentra cada una por folio y por nombre escrito sin acentos; las vencidas resaltan', async () => {
    const { pagina } = app;
    await irALista(pagina);
    for (const folio of ['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']) {
      await buscar(pagina, folio.toLowerCase());
      await esperarFolios(pagina, [folio]);
    }
    await buscar(pagina, 'maria jose');
    await esperarFolios(pagina, ['AC-2026-V1-0001']);
    await buscar(pagina, 'hernandez juan');
    await esperarFolios(pagina, ['AC-2026-V1-0002', 'AC-2026-V1-0003']);
    await buscar(pagina, 'garcia');
    await esperarFolios(pagina, ['AC-2026-V1-0002', 'AC-2026-V1-0003']);
    await buscar(pagina, '');
    await esperarFolios(pagina, ['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']);

    const vencida = pagina.getByRole('grid', { name: 'Solicitudes' }).locator('.fila-vencida');
    // The folios of the highlighted rows, so a failure says which one is highlighted wrongly.
    await expect.poll(() => vencida.getByRole('link', { name: /^AC-\d{4}-/ }).allTextContents()).toEqual(['AC-2026-V1-0002']);
    await expect.poll(() => vencida.textContent(), { timeout: 15_000 }).toContain('AC-2026-V1-0002');
    await expect.poll(() => vencida.textContent(), { timeout: 15_000 }).toContain('Vencida');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/solicitudes-lista.png` });
    await pagina.getByLabel('Sólo vencidas').check();
    await esperarFolios(pagina, ['AC-2026-V1-0002']);
    await pagina.getByRole('button', { name: 'Limpiar filtros' }).click();
    await esperarFolios(pagina, ['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']);
  });

  it('imprime el acuse desde el detalle y lo anota en la bitácora', async () => {
    const { pagina } = app;
    await pagina.goto(`${app.url}#/atencion/${ids['0001']}`);
    await pagina.getByRole('button', { name: 'Imprimir acuse' }).click();
    await menu(pagina).getByRole('link', { name: 'Bitácora' }).click();
    await pagina.getByText('Acuse de la solicitud AC-2026-V1-0001 enviado a imprimir').waitFor({ timeout: 20_000 });
  });

  it('el acuse sale en PDF carta con folio y nombre, y una reimpresión es idéntica', async () => {
    const { pagina } = app;
    const textos: string[] = [];
    for (const vez of [1, 2]) {
      const ruta = `${CARPETA_EVIDENCIAS}/acuse${vez === 1 ? '' : '-reimpresion'}.pdf`;
      textos.push(await imprimirEnPdf(pagina, app.url, `/imprimir/acuse/${ids['0001']}`, ruta));
    }
    const [texto, reimpresion] = textos;
    expect(texto).toContain('AC-2026-V1-0001');
    expect(texto).toContain('María José Pérez López');
    expect(texto).toContain('ACUSE DE RECIBO DE SOLICITUD');
    expect(texto).toContain('05/03/2026 10:30');
    expect(texto).toContain('DIF Municipal');
    expect(texto).toContain('20/03/2026');
    expect(texto).toContain('Aviso de privacidad');
    expect(reimpresion).toBe(texto);
    const paginas = execFileSync('pdfinfo', [`${CARPETA_EVIDENCIAS}/acuse.pdf`], { encoding: 'utf8' });
    expect(paginas).toMatch(/Pages:\s+1\b/);
    expect(paginas).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', `${CARPETA_EVIDENCIAS}/acuse.pdf`, `${CARPETA_EVIDENCIAS}/acuse`]);
  });

  it('después de recargar todo sigue ahí', async () => {
    const { pagina } = app;
    await pagina.goto(app.url);
    await pagina.reload();
    await irALista(pagina);
    await esperarFolios(pagina, ['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']);
    await buscar(pagina, 'maria jose');
    await esperarFolios(pagina, ['AC-2026-V1-0001']);
    await buscar(pagina, CURP_JUAN.slice(0, 10));
    await esperarFolios(pagina, ['AC-2026-V1-0002', 'AC-2026-V1-0003']);
    await pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: 'AC-2026-V1-0002' }).click();
    await pagina.getByRole('list', { name: 'Historial de seguimientos' }).getByText('Recibida → Canalizada').waitFor();
    await pagina.getByText('GS/015/2026', { exact: true }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/solicitudes-detalle.png` });
  });
  it('exporta en Excel todo lo que se guarda de la persona, con nombres del catálogo, y lo anota en la bitácora', async () => {
    const { pagina } = app;
    await pagina.goto(`${app.url}#/atencion/${ids['0002']}`);
    const tarjeta = pagina.getByRole('region', { name: 'Ciudadano: Juan Hernández García' });
    const descarga = pagina.waitForEvent('download', { timeout: 30_000 });
    await tarjeta.getByRole('button', { name: 'Exportar datos de la persona' }).click();
    const archivo = await descarga;
    expect(archivo.suggestedFilename()).toBe('datos-personales-HERNANDEZ-2026-11-24.xlsx');
    await tarjeta.getByText('Datos de la persona descargados como datos-personales-HERNANDEZ-2026-11-24.xlsx').waitFor();
    const ruta = `${CARPETA_EVIDENCIAS}/${archivo.suggestedFilename()}`;
    await archivo.saveAs(ruta);
    const libro = new ExcelJS.Workbook();
    await libro.xlsx.readFile(ruta);
    const filas = (hoja: string) =>
      libro.getWorksheet(hoja)!.getSheetValues().flatMap((f) => (Array.isArray(f) ? [f.slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))] : []));
    const persona = new Map(filas('Persona').slice(2).map(([dato, valor]) => [dato, valor]));
    expect([persona.get('Nombre(s)'), persona.get('Apellido paterno'), persona.get('CURP')]).toEqual(['Juan', 'Hernández', CURP_JUAN]);
    const solicitudes = filas('Solicitudes').slice(2);
    expect(solicitudes.map((f) => f[0])).toEqual(['AC-2026-V1-0002', 'AC-2026-V1-0003']);
    // Catalogue names and labels, never the stored ids.
    expect([solicitudes[0]![3], solicitudes[0]![6]]).toEqual(['Material de construcción', 'Obras Públicas']);
    expect(solicitudes.flat().some((v) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v))).toBe(false);
    expect(filas('Seguimientos').slice(2).filter((f) => f[0] === 'AC-2026-V1-0002').length).toBeGreaterThan(0);
    const bitacora = filas('Bitácora').slice(2);
    expect(bitacora.map((f) => f[3])).toContain('Alta');
    expect(bitacora.at(-1)!.slice(3)).toEqual(['Exportación', 'Exportación de datos personales a petición del titular: Juan Hernández García']);
    await menu(pagina).getByRole('link', { name: 'Bitácora' }).click();
    await pagina.getByText('Exportación de datos personales a petición del titular: Juan Hernández García').waitFor({ timeout: 20_000 });
  });

  it('una duplicada elige su original escribiendo el folio: la búsqueda pide a la base sólo las que coinciden', async () => {
    const { pagina } = app;
    await pagina.goto(`${app.url}#/atencion/${ids['0003']}`);
    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0003' }).waitFor();
    await pagina.getByRole('button', { name: 'Cambiar estatus' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Cambiar estatus de AC-2026-V1-0003' });
    await dialogo.getByRole('radio', { name: 'Duplicada' }).check();
    const original = dialogo.getByRole('combobox', { name: /^Solicitud original/ });
    await original.fill('ac-2026-v1-0002');
    const opciones = pagina.getByRole('listbox');
    await opciones.getByRole('option', { name: 'AC-2026-V1-0002 · Juan Hernández García' }).waitFor();
    // Only what matches comes back: not the other folios, nor the solicitud itself.
    await expect.poll(() => opciones.getByRole('option').allTextContents(), { timeout: 15_000 }).toEqual(['AC-2026-V1-0002 · Juan Hernández García']);
    await opciones.getByRole('option', { name: 'AC-2026-V1-0002 · Juan Hernández García' }).click();
    await expect.poll(() => original.inputValue(), { timeout: 15_000 }).toBe('AC-2026-V1-0002 · Juan Hernández García');
    await original.fill('zzz');
    await pagina.getByText('Ningún folio ni ciudadano coincide').waitFor();
    await original.fill('hernandez');
    await opciones.getByRole('option', { name: 'AC-2026-V1-0002 · Juan Hernández García' }).click();
    await dialogo.getByRole('textbox', { name: 'Motivo de cierre' }).fill('La misma petición de láminas que la 0002');
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByRole('list', { name: 'Historial de seguimientos' }).getByText('Recibida → Duplicada').waitFor();
  });
});
