import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { capturarSolicitud, ir } from './pasos';

/**
 * The bitácora screen as the administrator uses it, in Chromium on the built renderer: Spanish words for actions and
 * kinds, the filters read by the repository a page at a time, the export to Excel of what the filters show (read
 * back with exceljs, and itself logged), and «Verificar integridad» naming an entry changed by hand in IndexedDB
 * with its place in its station's chain, and the newest entries deleted by hand.
 */

/** Runs in the page: rewrites (or deletes) entries of station V1 by their number in the chain, with IndexedDB's own API. */
async function tocarBitacora(
  app: Entorno,
  cambio: { secuencia: number; resumen: string } | { borrarUltimas: number },
): Promise<string> {
  return app.pagina.evaluate(
    (c) =>
      new Promise<string>((ok, mal) => {
        const abrir = indexedDB.open('poa-gestion-social');
        abrir.onerror = () => mal(abrir.error);
        abrir.onsuccess = () => {
          const base = abrir.result;
          const tx = base.transaction('bitacora', 'readwrite');
          const indice = tx.objectStore('bitacora').index('[estacion+secuencia]');
          let dicho = '';
          if ('secuencia' in c) {
            const leer = indice.get(['V1', c.secuencia]);
            leer.onsuccess = () => {
              const e = leer.result as Record<string, unknown>;
              dicho = String(e.resumen);
              tx.objectStore('bitacora').put({ ...e, resumen: c.resumen });
            };
          } else {
            const cursor = indice.openCursor(IDBKeyRange.bound(['V1', 0], ['V1', Infinity]), 'prev');
            let quedan = c.borrarUltimas;
            cursor.onsuccess = () => {
              const actual = cursor.result;
              if (!actual || quedan === 0) return;
              dicho = `${String((actual.value as Record<string, unknown>).secuencia)}`;
              actual.delete();
              quedan -= 1;
              actual.continue();
            };
          }
          tx.oncomplete = () => {
            base.close();
            ok(dicho);
          };
          tx.onerror = () => mal(tx.error);
        };
      }),
    cambio,
  );
}

describe('Bitácora', () => {
  let app: Entorno;
  let folio = '';

  beforeAll(async () => {
    app = await abrirApp();
    folio = await capturarSolicitud(app.pagina, {
      apellido: 'Quetzal',
      nombre: 'Rosalinda',
      sexo: 'Mujer',
      colonia: 'Centro',
      recepcion: '24/11/2026 09:30',
      tipo: 'Despensa',
    });
    // A change of status: its entry lists the fields that changed.
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Cambiar estatus' }).click();
    const dialogo = pagina.getByRole('dialog', { name: `Cambiar estatus de ${folio}` });
    await dialogo.getByRole('radio', { name: 'Canalizada' }).check();
    await dialogo.getByRole('textbox', { name: 'Número de oficio' }).fill('GS/015/2026');
    await dialogo.getByLabel('Fecha de canalización').fill('24/11/2026');
    await dialogo.getByRole('button', { name: 'Guardar cambio de estatus' }).click();
    await dialogo.waitFor({ state: 'detached' });
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('muestra acciones y tipos de registro en español, con la descripción completa, y filtra por acción y texto', async () => {
    const { pagina } = app;
    await ir(pagina, 'Bitácora');
    await pagina.getByRole('heading', { name: 'Bitácora', level: 1 }).waitFor();
    const grid = pagina.getByRole('grid', { name: 'Entradas de la bitácora' });
    await grid.getByRole('row', { name: new RegExp(`Solicitud ${folio}`) }).first().waitFor();
    // No code words: «Alta» and «Solicitud», never «crear» or «poa».
    const textos = await grid.getByRole('gridcell').allInnerTexts();
    expect(textos).toContain('Alta');
    expect(textos).toContain('Inicio de sesión');
    expect(textos).toContain('Solicitud');
    expect(textos).not.toContain('crear');
    expect(textos).not.toContain('poa');
    expect(textos).toContain(INSTALACION_PRUEBAS.administrador.nombre);
    // The change of status, its fields by their labels and its values in words.
    const cambio = grid.getByRole('row').filter({ hasText: 'Cambio de estatus' }).first();
    const cambios = cambio.getByRole('gridcell').last();
    expect(await cambios.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining(['Estatus: Recibida → Canalizada', 'Número de oficio: (vacío) → GS/015/2026', 'Fecha de canalización: (vacío) → 24/11/2026']),
    );
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bitacora.png` });

    const filtros = pagina.getByRole('search', { name: 'Filtros de la bitácora' });
    await filtros.getByLabel('Acción').click();
    await pagina.getByRole('option', { name: 'Alta', exact: true }).click();
    await filtros.getByLabel('Buscar en la descripción y los cambios').fill(folio);
    await filtros.getByRole('status').filter({ hasText: /^1 entrada$/ }).waitFor();
    const filas = grid.getByRole('row').filter({ has: pagina.getByRole('gridcell') });
    expect(await filas.count()).toBe(1);
    const fila = filas.first();
    expect(await fila.getByRole('gridcell').allInnerTexts()).toEqual([
      '24/11/2026 10:00',
      INSTALACION_PRUEBAS.administrador.nombre,
      'V1',
      'Alta',
      'Solicitud',
      expect.stringContaining(`Solicitud ${folio}`),
      '',
    ]);
    // An invalid date is said at its box; the list keeps the last valid filters.
    await filtros.getByLabel('Desde').fill('31/02/2026');
    await filtros.getByText('Desde: escriba una fecha válida (dd/mm/aaaa)').waitFor();
    expect(await pagina.getByRole('button', { name: 'Exportar a Excel' }).isDisabled()).toBe(true);
    await filtros.getByLabel('Desde').fill('');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bitacora-filtrada.png` });
  });

  it('exporta a Excel todas las entradas filtradas, con título, filtros, encabezados y fechas, y anota la exportación', async () => {
    const { pagina } = app;
    const descarga = pagina.waitForEvent('download', { timeout: 60_000 });
    await pagina.getByRole('button', { name: 'Exportar a Excel' }).click();
    const descargado = await descarga;
    expect(descargado.suggestedFilename()).toBe('Bitacora-2026-11-24.xlsx');
    await pagina.getByText('Bitácora (1 entrada) descargada como Bitacora-2026-11-24.xlsx').waitFor();
    const ruta = `${CARPETA_EVIDENCIAS}/bitacora.xlsx`;
    await descargado.saveAs(ruta);
    const libro = new ExcelJS.Workbook();
    await libro.xlsx.readFile(ruta);
    const hoja = libro.getWorksheet('Bitácora')!;
    expect(String(hoja.getCell('A1').value)).toBe(`Bitácora · ${INSTALACION_PRUEBAS.municipio}`);
    const columnaA = hoja.getColumn(1).values.map((v) => (v instanceof Date ? v : String(v ?? '')));
    expect(columnaA).toContain('Acción: Alta');
    expect(columnaA).toContain(`Texto: «${folio}»`);
    const encabezado = columnaA.indexOf('Fecha y hora');
    expect(hoja.getRow(encabezado).values).toEqual([
      undefined,
      'Fecha y hora',
      'Cuenta',
      'Estación',
      'Nº en la cadena',
      'Acción',
      'Tipo de registro',
      'Descripción',
      'Cambios',
    ]);
    const fila = hoja.getRow(encabezado + 1);
    // 24/11/2026 10:00 as the clerk saw it, an Excel date.
    expect(fila.getCell(1).value).toEqual(new Date(Date.UTC(2026, 10, 24, 10, 0)));
    expect(fila.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(fila.getCell(5).value).toBe('Alta');
    expect(fila.getCell(6).value).toBe('Solicitud');
    expect(String(fila.getCell(7).value)).toContain(folio);
    expect(hoja.getRow(encabezado + 2).getCell(1).value).toBeNull();

    const filtros = pagina.getByRole('search', { name: 'Filtros de la bitácora' });
    await filtros.getByRole('button', { name: 'Limpiar filtros' }).click();
    await filtros.getByLabel('Acción').click();
    await pagina.getByRole('option', { name: 'Exportación', exact: true }).click();
    const grid = pagina.getByRole('grid', { name: 'Entradas de la bitácora' });
    await grid.getByText(/^Bitácora exportada a Excel: Bitacora-2026-11-24\.xlsx \(1 entrada; Acción: Alta; Texto: «/).waitFor();
    expect(await grid.getByRole('gridcell', { name: 'Bitácora', exact: true }).count()).toBe(1);
    await filtros.getByRole('button', { name: 'Limpiar filtros' }).click();
  });

  it('«Verificar integridad» nombra la entrada cambiada a mano en IndexedDB con su número, y las últimas borradas', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Verificar integridad' }).click();
    const panel = pagina.getByRole('region', { name: 'Resultado de la verificación de integridad' });
    await panel.getByText('La bitácora está íntegra').waitFor();
    await panel.getByText(/^Estación V1: \d+ entradas, cadena íntegra\.$/).waitFor();

    const original = await tocarBitacora(app, { secuencia: 3, resumen: 'Nada que ver aquí' });
    await pagina.getByRole('button', { name: 'Verificar integridad' }).click();
    await panel.getByText('La bitácora fue alterada fuera de la aplicación').waitFor();
    await panel
      .getByText(/^Estación V1: la entrada 3 \(24\/11\/2026 10:00\) fue alterada: su contenido ya no corresponde a su sello\. Descripción que tiene ahora: «Nada que ver aquí»\.$/)
      .waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bitacora-integridad-alterada.png` });

    // Put back as it was, the chain verifies again; then the two newest entries are deleted: the seal kept apart
    // tells they are missing although what remains still links.
    await tocarBitacora(app, { secuencia: 3, resumen: original });
    await pagina.getByRole('button', { name: 'Verificar integridad' }).click();
    await panel.getByText('La bitácora está íntegra').waitFor();
    await tocarBitacora(app, { borrarUltimas: 2 });
    await pagina.getByRole('button', { name: 'Verificar integridad' }).click();
    await panel.getByText(/^Estación V1: faltan las últimas 2 entradas, de la \d+ a la \d+ \(después del 24\/11\/2026 10:00\); fueron eliminadas\.$/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bitacora-integridad-faltan.png` });
  });
});
