import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tamanosOficina } from '../../shared/demo/generador';
import { escribirRespaldoDemo } from '../demo/archivo';
import { abrirApp, CARPETA_EVIDENCIAS, HOY_PRUEBAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { ir } from './pasos';

const ARCHIVO = `${CARPETA_EVIDENCIAS}/respaldo-grande.poa.gz`;
const N = tamanosOficina(1);

/** How many rows a store of the app's IndexedDB holds (`preparacion` is a restore's staging), read straight from it. */
function contar(pagina: Page, almacen: string): Promise<number> {
  return pagina.evaluate(
    (almacen) =>
      new Promise<number>((listo, fallo) => {
        const abierta = indexedDB.open('poa-gestion-social');
        abierta.onerror = () => fallo(abierta.error);
        abierta.onsuccess = () => {
          const cuenta = abierta.result.transaction(almacen).objectStore(almacen).count();
          cuenta.onsuccess = () => {
            abierta.result.close();
            listo(cuenta.result);
          };
        };
      }),
    almacen,
  );
}
const preparadas = (pagina: Page) => contar(pagina, 'preparacion');

describe('Restaurar un respaldo grande, interrumpido a la mitad', () => {
  let app: Entorno;
  beforeAll(async () => {
    mkdirSync(CARPETA_EVIDENCIAS, { recursive: true });
    // A year of a busy office (10,000 solicitudes, 6,000 personas, 44,000 rows), dated before the scenario's day.
    await escribirRespaldoDemo(ARCHIVO, { anios: 1, semilla: 4, corte: '2026-11-20' }, HOY_PRUEBAS);
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  /** A new window of the app on the same data, as after closing it and opening it again, signed in. */
  async function reabrir(): Promise<Page> {
    await app.pagina.close();
    app.pagina = await app.contexto.newPage();
    await app.pagina.goto(app.url);
    const form = app.pagina.getByRole('form', { name: 'Inicio de sesión' });
    await form.getByLabel('Usuario').fill(INSTALACION_PRUEBAS.administrador.usuario);
    await form.getByLabel('Contraseña').fill(INSTALACION_PRUEBAS.administrador.contrasena);
    await form.getByRole('button', { name: 'Entrar' }).click();
    await app.pagina.getByRole('navigation', { name: 'Navegación principal' }).waitFor({ timeout: 30_000 });
    return app.pagina;
  }

  async function empezarRestauracion(pagina: Page): Promise<void> {
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    await pagina.getByLabel('Archivo de respaldo para restaurar').setInputFiles(ARCHIVO);
    await pagina.getByRole('button', { name: 'Restaurar', exact: true }).click();
  }

  /** The data this PC had: the seed's POA with no solicitudes, and the administrator signed in. */
  async function sinCambios(pagina: Page): Promise<void> {
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('grid', { name: 'Solicitudes' }).waitFor({ timeout: 30_000 });
    expect(await pagina.getByRole('link', { name: /^AC-2026-/ }).count()).toBe(0);
    expect(await contar(pagina, 'solicitudes')).toBe(0);
    expect(await contar(pagina, 'personas')).toBe(0);
    expect(await contar(pagina, 'actividades')).toBe(4);
    expect(await preparadas(pagina)).toBe(0);
  }

  it('cerrar la ventana mientras revisa el archivo o mientras reemplaza los datos no cambia nada; después se restaura completo', async () => {
    // Closed while the file is read and checked into the staging store.
    await empezarRestauracion(app.pagina);
    const revisando = app.pagina.getByRole('progressbar', { name: 'Avance de la restauración: revisando el archivo' });
    await revisando.waitFor({ timeout: 60_000 });
    await expect.poll(async () => Number(await revisando.getAttribute('aria-valuenow')), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await preparadas(app.pagina)).toBeGreaterThan(0);
    await app.pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/restauracion-revisando.png` });
    await sinCambios(await reabrir());

    // Closed while the checked rows replace the data, in their one transaction.
    await empezarRestauracion(app.pagina);
    const reemplazando = app.pagina.getByRole('progressbar', { name: 'Avance de la restauración: reemplazando los datos' });
    await reemplazando.waitFor({ timeout: 120_000 });
    await app.pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/restauracion-reemplazando.png` });
    await sinCambios(await reabrir());

    // And the whole file restores.
    await empezarRestauracion(app.pagina);
    await app.pagina.getByText(`Restaurado «respaldo-grande.poa.gz»: ${N.solicitudes.toLocaleString('es-MX')} solicitudes, ${N.personas.toLocaleString('es-MX')} personas.`).waitFor({ timeout: 180_000 });
    expect(await preparadas(app.pagina)).toBe(0);
    await ir(app.pagina, '1. Atención Ciudadana');
    await app.pagina.getByRole('link', { name: /^AC-2026-D\d-/ }).first().waitFor({ timeout: 60_000 });
  });
});
