/**
 * A newer build reads what the installed one wrote: it opens the same database (same origin, appId, data folder and
 * database name, constants the two builds share) and its newest Dexie schema opens a database written by the
 * previous schema version without losing a row.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { ID_APLICACION, NOMBRE_BASE_DATOS, NOMBRE_PAQUETE, NOMBRE_PRODUCTO, ORIGEN_APP } from '../../../shared/aplicacion/identidad';
import { URL_INICIO } from '../../../electron/main/security';
import { baseConTodo, tablasDe } from './baseConTodo';

describe('the identity a newer build shares with the installed one', () => {
  it('appId, product name, package name, origin and database name are the released ones', () => {
    const configuracion = fs.readFileSync('electron-builder.yml', 'utf8');
    const paquete = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { name: string; productName: string };
    expect(/^appId: (.+)$/m.exec(configuracion)?.[1]).toBe(ID_APLICACION);
    expect(/^productName: (.+)$/m.exec(configuracion)?.[1]).toBe(NOMBRE_PRODUCTO);
    expect(paquete.productName).toBe(NOMBRE_PRODUCTO);
    expect(paquete.name).toBe(NOMBRE_PAQUETE);
    // The released values: changing one would orphan the users' data.
    expect([ID_APLICACION, NOMBRE_PRODUCTO, ORIGEN_APP, NOMBRE_BASE_DATOS]).toEqual([
      'mx.gob.municipio.poa-gestion-social',
      'POA Gestión Social',
      'app://poa',
      'poa-gestion-social',
    ]);
    expect(URL_INICIO).toBe('app://poa/index.html');
    expect(new BaseDatosPoa().name).toBe(NOMBRE_BASE_DATOS);
  });
});

describe('a database written by the previous schema version', () => {
  it('opens in the newest one with every row of every table', async () => {
    const fuente = await baseConTodo('prueba-version-anterior-fuente');
    const esperadas = await tablasDe(fuente);
    fuente.close();

    const anterior = MIGRACIONES.at(-2)!;
    const previa = new Dexie('prueba-version-anterior');
    for (const m of MIGRACIONES.slice(0, -1)) previa.version(m.version).stores(m.stores);
    await previa.open();
    for (const tabla of previa.tables) {
      if (esperadas[tabla.name]) await tabla.bulkAdd(esperadas[tabla.name]);
    }
    expect(previa.verno).toBe(anterior.version);
    previa.close();

    const actual = new BaseDatosPoa('prueba-version-anterior');
    const leidas = await tablasDe(actual);
    expect(actual.verno).toBe(MIGRACIONES.at(-1)!.version);
    expect(leidas).toEqual(esperadas);
    expect(Object.values(leidas).reduce((n, filas) => n + filas.length, 0)).toBeGreaterThan(50);
  });
});
