import { readFile } from 'node:fs/promises';
import { comoPlano } from '../archivoPlano';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';

describe('POA 2026 cargado y editable', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('abre con el POA 2026 del documento: encabezado, cuatro actividades y meta anual 90', async () => {
    const { pagina } = app;
    await expect.poll(() => pagina.title(), { timeout: 15_000 }).toBe('POA Gestión Social');
    // Sign-in lands on «Hoy»; the POA is one click away.
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    await pagina.getByRole('main').getByRole('link', { name: 'POA 2026' }).click();
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2026' }).waitFor();
    await expect.poll(() => pagina.getByText('Atención directa a los ciudadanos en sus demandas y necesidades sociales').isVisible(), { timeout: 15_000 }).toBe(true);
    const cronograma = pagina.getByRole('table', { name: 'Cronograma programado' });
    const filas = cronograma.getByRole('row', { name: /^Actividad \d$/ });
    await expect.poll(() => filas.count(), { timeout: 15_000 }).toBe(4);
    const nombres = await cronograma.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(nombres).toEqual([
      'Atención Ciudadana y recepción de solicitudes',
      'Gestión de Apoyos y Jornadas Comunitarias',
      'Programas Sociales y gestión ante dependencias externas',
      'Vinculación Institucional',
    ]);
    const metas = await cronograma.getByRole('cell', { name: 'Meta anual' }).allTextContents();
    expect(metas).toEqual(['90', '90', '90', '90']);
    await expect.poll(() => cronograma.getByRole('cell', { name: 'enero: programado 8' }).count(), { timeout: 15_000 }).toBe(4);
    await expect.poll(() => cronograma.getByRole('cell', { name: 'diciembre: programado 7' }).count(), { timeout: 15_000 }).toBe(4);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/poa.png`, fullPage: true });
  });

  it('navega a cada sección desde el menú', async () => {
    const { pagina } = app;
    const menu = pagina.getByRole('navigation', { name: 'Navegación principal' });
    for (const seccion of ['Cronograma', 'Tablero', 'Reportes', '2. Apoyos y Jornadas', 'Bitácora', 'Configuración']) {
      await menu.getByRole('link', { name: seccion }).click();
      await menu.locator('a[aria-current="page"]', { hasText: seccion }).waitFor();
      await pagina.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    }
  });

  it('cambia una meta mensual, rechaza una suma distinta a la meta anual y conserva el cambio al recargar', async () => {
    const { pagina } = app;
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Configuración' }).click();
    await pagina.getByRole('button', { name: 'Editar actividad 1' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Editar actividad 1' });
    await dialogo.getByLabel('Meta de enero').fill('10');
    await dialogo.getByRole('button', { name: 'Guardar actividad' }).click();
    await dialogo.getByText('La suma mensual (92) no coincide con la meta anual (90); diferencia +2').waitFor();
    await dialogo.getByLabel('Meta de febrero').fill('6');
    await expect.poll(() => dialogo.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Suma mensual: 90 de 90');
    await dialogo.getByRole('button', { name: 'Guardar actividad' }).click();
    await dialogo.waitFor({ state: 'detached' });

    await pagina.reload();
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'POA', exact: true }).click();
    const fila = pagina.getByRole('table', { name: 'Cronograma programado' }).getByRole('row', { name: 'Actividad 1' });
    await fila.getByRole('cell', { name: 'enero: programado 10' }).waitFor();
    await fila.getByRole('cell', { name: 'febrero: programado 6' }).waitFor();
  });

  it('una meta mensual vacía o negativa se rechaza en su campo y no se guarda nada', async () => {
    const { pagina } = app;
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Configuración' }).click();
    await pagina.getByRole('button', { name: 'Editar actividad 2' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Editar actividad 2' });
    await dialogo.getByLabel('Meta de marzo').fill('-1');
    await dialogo.getByRole('button', { name: 'Guardar actividad' }).click();
    await dialogo.getByText('Meta programada del mes no puede ser menor que 0').waitFor();
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'POA', exact: true }).click();
    const fila = pagina.getByRole('table', { name: 'Cronograma programado' }).getByRole('row', { name: 'Actividad 2' });
    await fila.getByRole('cell', { name: 'marzo: programado 8' }).waitFor();
  });

  it('un respaldo descargado se restaura y deshace lo cambiado después; un archivo ajeno se rechaza sin tocar nada', async () => {
    const { pagina } = app;
    const menu = pagina.getByRole('navigation', { name: 'Navegación principal' });
    await menu.getByRole('link', { name: 'Configuración' }).click();
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    const [descarga] = await Promise.all([pagina.waitForEvent('download'), pagina.getByRole('button', { name: 'Respaldar ahora' }).click()]);
    const archivo = `${CARPETA_EVIDENCIAS}/respaldo.poa.gz`;
    expect(descarga.suggestedFilename()).toMatch(/^respaldo-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3}_manual\.poa\.gz$/);
    await descarga.saveAs(archivo);

    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    const colonias = pagina.getByRole('region', { name: 'Colonias' });
    await colonias.getByLabel('Agregar a colonias').fill('Colonia posterior al respaldo');
    await colonias.getByRole('button', { name: 'Agregar' }).click();
    await colonias.getByText('Colonia posterior al respaldo').waitFor();

    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles({ name: 'otro.json', mimeType: 'application/json', buffer: Buffer.from('{"formato":"otro"}') });
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
    await pagina.getByText('No se restauró nada: El archivo no es un respaldo de POA Gestión Social').waitFor();

    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles(archivo);
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
    await pagina.getByText(/^Restaurado «respaldo\.poa\.gz»/).waitFor();
    await pagina.getByRole('tab', { name: 'Catálogos' }).click();
    await pagina.getByRole('region', { name: 'Colonias' }).getByText('Centro').waitFor();
    await expect.poll(() => pagina.getByText('Colonia posterior al respaldo').count(), { timeout: 15_000 }).toBe(0);
  });

  it('un respaldo sin tablas, o con una fecha del futuro, se rechaza con el motivo al restaurar y al incorporar', async () => {
    const { pagina } = app;
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    // The same backup as a plain JSON file of version 1, the format earlier versions wrote: still read, and checked alike.
    const respaldo = JSON.parse(comoPlano(await readFile(`${CARPETA_EVIDENCIAS}/respaldo.poa.gz`)));
    const sinTablas = Buffer.from(JSON.stringify({ ...respaldo, tablas: {} }));
    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles({ name: 'vacio.json', mimeType: 'application/json', buffer: sinTablas });
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
    await pagina.getByText(/^No se restauró nada: El respaldo está incompleto: le faltan POA, actividades, /).waitFor();

    respaldo.tablas.catalogos[0].updatedAt = '2999-01-01T12:00:00.000Z';
    const futuro = Buffer.from(JSON.stringify(respaldo));
    await pagina.getByLabel('Respaldo de otra PC para incorporar').setInputFiles({ name: 'reloj-mal.json', mimeType: 'application/json', buffer: futuro });
    const aviso = pagina.getByText(/^No se incorporó nada: Registro 1 de catálogos \(«[^»]+»\) inválido \(campo «Fecha de modificación»\): 01\/01\/2999/);
    await aviso.waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/respaldo-fecha-futura.png` });
    // Nothing changed: the seed's activities are all there.
    await pagina.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'POA', exact: true }).click();
    const filas = pagina.getByRole('table', { name: 'Cronograma programado' }).getByRole('row', { name: /^Actividad \d$/ });
    await expect.poll(() => filas.count(), { timeout: 15_000 }).toBe(4);
  });
});
