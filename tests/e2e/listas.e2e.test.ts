import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { CARPETA_EVIDENCIAS, appDelBloque } from './navegador';
import { ir } from './pasos';

/** Catalogue names as long as the office writes them (≥ 60 characters), which the lists must not cut. */
const TIPO_LARGO = 'Apoyo económico para gastos funerarios de familiares en situación de pobreza';
const DEPENDENCIA_LARGA = 'Secretaría de Desarrollo Social y Atención a Grupos Vulnerables del Estado';

async function elegirDelCatalogo(pagina: Page, combo: Locator, texto: string, opcion: string): Promise<void> {
  await combo.fill(texto);
  await pagina.getByRole('option', { name: opcion, exact: true }).click();
}

async function agregarAlCatalogo(pagina: Page, catalogo: string, nombre: string): Promise<void> {
  const region = pagina.getByRole('region', { name: catalogo });
  await region.getByLabel(`Agregar a ${catalogo.toLowerCase()}`).fill(nombre);
  await region.getByRole('button', { name: 'Agregar' }).click();
  await region.getByText(nombre).waitFor();
}

/** The grid's empty state: its sentence and, when offered, the action under it. */
function vacia(grid: Locator, texto: string): Locator {
  return grid.getByText(texto, { exact: true });
}

/**
 * The grid's columns all fit in it, at the scroll position it opens with: the header of the last column (by its
 * aria-colindex, since the grid only renders the columns in view) ends inside the grid.
 */
async function columnasCaben(grid: Locator): Promise<void> {
  const ultimo = grid.getByRole('columnheader').last();
  const caja = await ultimo.boundingBox();
  const cajaGrid = await grid.boundingBox();
  expect(Math.round((caja?.x ?? 0) + (caja?.width ?? 0))).toBeLessThanOrEqual(Math.round((cajaGrid?.x ?? 0) + (cajaGrid?.width ?? 0)));
  expect(await ultimo.getAttribute('aria-colindex')).toBe(await grid.getAttribute('aria-colcount'));
}

/** The page itself never scrolls sideways at 1366 px. */
async function sinScrollHorizontal(pagina: Page): Promise<void> {
  expect(await pagina.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

/** Whether an element shows all of its text: nothing hidden past its right or bottom edge. */
function textoCompleto(elemento: Locator): Promise<{ ancho: boolean; alto: boolean }> {
  return elemento.evaluate((e) => ({ ancho: e.scrollWidth <= e.clientWidth + 1, alto: e.scrollHeight <= e.clientHeight + 1 }));
}

describe('Listas: qué dicen vacías y que nada se corte a 1366 px', () => {
  const app = appDelBloque();

  it('sin registros, cada lista dice qué hacer, y «Nuevo apoyo» abre la captura', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    const apoyos = pagina.getByRole('grid', { name: 'Apoyos' });
    await vacia(apoyos, 'Aún no hay apoyos registrados.').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-apoyos-vacia.png` });
    expect(await pagina.getByText(/Sin filas|No rows/).count()).toBe(0);
    await apoyos.getByRole('button', { name: 'Nuevo apoyo' }).click();
    await pagina.getByRole('form', { name: 'Captura de apoyo' }).waitFor();

    // Every other list, empty, says so and offers its own «Nuevo …» (the padrón has none: it lists deliveries).
    const listas: { seccion: string; pestana?: string; grid: string; texto: string; nuevo?: string }[] = [
      { seccion: '2. Apoyos y Jornadas', pestana: 'Jornadas', grid: 'Jornadas comunitarias', texto: 'Aún no hay jornadas comunitarias registradas.', nuevo: 'Nueva jornada' },
      {
        seccion: '2. Apoyos y Jornadas',
        pestana: 'Padrón de beneficiarios',
        grid: 'Padrón de beneficiarios',
        texto: 'Aún no hay apoyos entregados en 2026: cada apoyo aparece aquí al registrarse como entregado.',
      },
      {
        seccion: '3. Programas Sociales',
        grid: 'Talleres, capacitaciones y programas',
        texto: 'Aún no hay talleres, capacitaciones ni programas registrados.',
        nuevo: 'Nuevo registro',
      },
      { seccion: '4. Vinculación Institucional', pestana: 'Mesas', grid: 'Mesas interinstitucionales', texto: 'Aún no hay mesas interinstitucionales registradas.', nuevo: 'Nueva mesa' },
      { seccion: '4. Vinculación Institucional', pestana: 'Convenios', grid: 'Convenios', texto: 'Aún no hay convenios registrados.', nuevo: 'Nuevo convenio' },
      { seccion: '1. Atención Ciudadana', grid: 'Solicitudes', texto: 'Aún no hay solicitudes registradas.', nuevo: 'Nueva solicitud' },
    ];
    for (const l of listas) {
      await ir(pagina, l.seccion);
      if (l.pestana) await pagina.getByRole('tab', { name: l.pestana }).click();
      const grid = pagina.getByRole('grid', { name: l.grid });
      await vacia(grid, l.texto).waitFor();
      expect(await grid.getByRole('button', { name: l.nuevo ?? /^Nuev/ }).count()).toBe(l.nuevo ? 1 : 0);
      expect(await pagina.getByText(/Sin filas|No rows/).count()).toBe(0);
    }
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-solicitudes-vacia.png` });
    await pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('button', { name: 'Nueva solicitud' }).click();
    await pagina.getByRole('form', { name: 'Captura de solicitud' }).waitFor();
  });

  it('una solicitud con tipo y dependencia de nombre largo los muestra completos, y una búsqueda sin resultados lo dice', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    await agregarAlCatalogo(pagina, 'Tipos de apoyo', TIPO_LARGO);
    await agregarAlCatalogo(pagina, 'Dependencias', DEPENDENCIA_LARGA);

    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
    await form.getByLabel('Buscar ciudadano por CURP o nombre').fill('Margarita Villanueva');
    await pagina.getByRole('option', { name: 'Registrar ciudadano nuevo «Margarita Villanueva»' }).click();
    await form.getByLabel('Apellido paterno').fill('Villanueva');
    await form.getByLabel('Nombre(s)').fill('Margarita');
    await form.getByRole('radio', { name: 'Mujer' }).check();
    await form.getByLabel('Colonia').fill('Centro');
    await form.getByLabel('Fecha y hora de recepción').fill('2026-11-23T09:30');
    await elegirDelCatalogo(pagina, form.getByLabel('Tipo de apoyo solicitado'), 'gastos funerarios', TIPO_LARGO);
    await elegirDelCatalogo(pagina, form.getByLabel('Dependencia a la que se canaliza'), 'Grupos Vulnerables', DEPENDENCIA_LARGA);
    await form.getByLabel('Descripción de la solicitud').fill('Solicita apoyo para los gastos funerarios de su padre');
    await form.getByRole('checkbox', { name: /Se informó el aviso de privacidad/ }).check();
    await form.getByRole('button', { name: 'Guardar solicitud' }).click();
    await pagina.getByRole('heading', { name: /^Solicitud AC-\d{4}-/ }).waitFor();

    await ir(pagina, '1. Atención Ciudadana');
    const grid = pagina.getByRole('grid', { name: 'Solicitudes' });
    for (const nombre of [TIPO_LARGO, DEPENDENCIA_LARGA]) {
      const celda = grid.getByRole('gridcell', { name: nombre, exact: true });
      await celda.waitFor();
      expect(await celda.getByTitle(nombre, { exact: true }).count()).toBe(1);
      expect(await textoCompleto(celda)).toEqual({ ancho: true, alto: true });
      expect(await textoCompleto(celda.getByTitle(nombre, { exact: true }))).toEqual({ ancho: true, alto: true });
    }
    await columnasCaben(grid);
    await sinScrollHorizontal(pagina);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-solicitudes-nombres-largos.png` });

    await pagina.getByLabel('Buscar por folio, nombre o CURP').fill('Nadie se llama así');
    await vacia(grid, 'Ninguna solicitud coincide con la búsqueda y los filtros.').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-solicitudes-sin-coincidencias.png` });
    await grid.getByRole('button', { name: 'Limpiar filtros' }).click();
    await grid.getByRole('gridcell', { name: TIPO_LARGO, exact: true }).waitFor();
    expect(await pagina.getByLabel('Buscar por folio, nombre o CURP').inputValue()).toBe('');
  });

  it('el padrón cabe a lo ancho con su última columna, y la lista de apoyos filtrada sin resultados lo dice', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('link', { name: 'Nuevo apoyo' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de apoyo' });
    await form.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' }).fill('margarita villa');
    await pagina.getByRole('option', { name: /Margarita Villanueva/ }).click();
    await form.getByRole('region', { name: /^Ciudadano: Margarita Villanueva/ }).waitFor();
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Tipo de apoyo' }), 'gastos funerarios', TIPO_LARGO);
    await form.getByRole('textbox', { name: 'Cantidad' }).fill('1');
    await form.getByRole('textbox', { name: 'Unidad' }).fill('apoyo');
    await form.getByRole('textbox', { name: 'Valor estimado' }).fill('5000');
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Dependencia que lo otorga' }), 'Grupos Vulnerables', DEPENDENCIA_LARGA);
    await form.getByRole('combobox', { name: 'Estatus' }).click();
    await pagina.getByRole('option', { name: 'Entregado', exact: true }).click();
    await form.getByRole('button', { name: 'Guardar apoyo' }).click();
    await pagina.getByText(/^Apoyo registrado/).waitFor();

    await ir(pagina, '2. Apoyos y Jornadas');
    const apoyos = pagina.getByRole('grid', { name: 'Apoyos' });
    await apoyos.getByRole('gridcell', { name: TIPO_LARGO, exact: true }).waitFor();
    await columnasCaben(apoyos);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-apoyos.png` });
    await pagina.getByLabel('Buscar por beneficiario, CURP, tipo o folio').fill('Nadie se llama así');
    await vacia(apoyos, 'Ningún apoyo coincide con la búsqueda y los filtros.').waitFor();
    expect(await apoyos.getByRole('button', { name: 'Nuevo apoyo' }).count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-apoyos-sin-coincidencias.png` });
    await apoyos.getByRole('button', { name: 'Limpiar filtros' }).click();
    await apoyos.getByRole('gridcell', { name: TIPO_LARGO, exact: true }).waitFor();

    await pagina.getByRole('tab', { name: 'Padrón de beneficiarios' }).click();
    const padron = pagina.getByRole('grid', { name: 'Padrón de beneficiarios' });
    await padron.getByRole('link', { name: /Margarita/ }).waitFor();
    await columnasCaben(padron);
    await sinScrollHorizontal(pagina);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-padron.png` });
  });

  it('el sector del convenio se ve completo en la lista y en su detalle', async () => {
    const { pagina } = app;
    await ir(pagina, '4. Vinculación Institucional');
    await pagina.getByRole('tab', { name: 'Convenios' }).click();
    await pagina.getByRole('link', { name: 'Nuevo convenio' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de convenio' });
    await form.getByRole('textbox', { name: 'Número de convenio' }).fill('CONV-021/2026');
    await form.getByRole('textbox', { name: 'Contraparte' }).fill('Fundación para el Desarrollo Integral de las Comunidades Indígenas');
    // The form's select shows the whole sector (civil is proposed).
    const sectorForm = form.getByRole('combobox', { name: 'Sector' });
    expect(await sectorForm.textContent()).toBe('Organización civil');
    expect(await textoCompleto(sectorForm)).toEqual({ ancho: true, alto: true });
    expect(await textoCompleto(form.getByRole('combobox', { name: 'Tipo de convenio' }))).toEqual({ ancho: true, alto: true });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-convenio-captura.png` });
    await form.getByRole('textbox', { name: 'Objeto' }).fill('Talleres de desarrollo comunitario en las localidades');
    await form.getByRole('textbox', { name: 'Responsable del seguimiento' }).fill('Secretaría de Gobierno');
    await form.getByRole('button', { name: 'Guardar convenio' }).click();
    await pagina.getByRole('heading', { name: 'Convenio CONV-021/2026' }).waitFor();
    const datos = pagina.getByRole('region', { name: 'Datos del convenio' });
    const sector = datos.getByText('Organización civil', { exact: true });
    expect(await textoCompleto(sector)).toEqual({ ancho: true, alto: true });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-convenio-detalle.png` });

    await pagina.getByRole('link', { name: 'Convenios', exact: true }).click();
    const grid = pagina.getByRole('grid', { name: 'Convenios' });
    const celda = grid.getByRole('gridcell', { name: 'Organización civil', exact: true });
    await celda.waitFor();
    expect(await textoCompleto(celda)).toEqual({ ancho: true, alto: true });
    const caja = await celda.boundingBox();
    const cajaGrid = await grid.boundingBox();
    expect((caja?.x ?? 0) + (caja?.width ?? 0)).toBeLessThanOrEqual((cajaGrid?.x ?? 0) + (cajaGrid?.width ?? 0));
    await columnasCaben(grid);
    await sinScrollHorizontal(pagina);
    // Filtered by it, the filter shows it whole too.
    const filtros = pagina.getByRole('search', { name: 'Filtros de convenios' });
    for (const [nombre, opcion] of [
      ['Sector', 'Organización civil'],
      ['Tipo', 'Colaboración'],
      ['Estatus', 'En trámite'],
    ]) {
      const filtro = filtros.getByRole('combobox', { name: nombre });
      await filtro.click();
      await pagina.getByRole('option', { name: opcion, exact: true }).click();
      await expect.poll(() => filtro.textContent()).toBe(opcion);
      expect(await textoCompleto(filtro)).toEqual({ ancho: true, alto: true });
    }
    expect(await textoCompleto(filtros.getByRole('status'))).toEqual({ ancho: true, alto: true });
    await pagina.getByRole('listbox').waitFor({ state: 'detached' });
    // The long contraparte wraps whole instead of ending in «…».
    const contraparte = grid.getByRole('gridcell', { name: 'Fundación para el Desarrollo Integral de las Comunidades Indígenas', exact: true });
    expect(await textoCompleto(contraparte)).toEqual({ ancho: true, alto: true });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-convenios.png` });
  });

  it('la bitácora filtrada sin resultados lo dice y se limpia desde ahí', async () => {
    const { pagina } = app;
    await ir(pagina, 'Bitácora');
    const grid = pagina.getByRole('grid', { name: 'Entradas de la bitácora' });
    await pagina.getByLabel('Buscar en la descripción y los cambios').fill('Nada escrito así');
    await vacia(grid, 'Ninguna entrada de la bitácora coincide con los filtros.').waitFor();
    expect(await pagina.getByText(/Sin filas|No rows/).count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/listas-bitacora-sin-coincidencias.png` });
    await grid.getByRole('button', { name: 'Limpiar filtros' }).click();
    await grid.getByText(/CONV-021\/2026/).first().waitFor();
    await columnasCaben(grid);
  });
});
