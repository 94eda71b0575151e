import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ESQUEMA_V1, MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { idPoa } from '../../../shared/domain/identidad';
import { sellarHistorial, verificarCadenas, type ContenidoBitacora } from '../../../shared/seguridad/cadenaBitacora';
import { baseConTodo, tablasDe, type Fila } from './baseConTodo';

/** A bitácora entry as versions 1 to 3 stored it: no account, no seal. */
function sinSello({ cuentaId: _c, secuencia: _s, hashAnterior: _a, hash: _h, ...e }: Fila): Fila {
  return e;
}

/**
 * The same rows as version 1 stored them: POAs and activities with ids made at random (and no state, no Meta
 * inicial), closings without the fields of a record, no reconducciones, no accounts, no ARCO requests, a bitácora
 * without seals.
 */
function comoVersion1(tablas: Record<string, Fila[]>): Record<string, Fila[]> {
  const ids = new Map<unknown, string>();
  const azar = (id: unknown) => ids.get(id) ?? (ids.set(id, crypto.randomUUID()), ids.get(id)!);
  const { reconducciones: _r, cuentas: _c, solicitudesArco: _a, intercambio: _i, conflictos: _f, paquetes: _p, evidencias: _e, archivosEvidencia: _v, ...v1 } = tablas;
  return {
    ...v1,
    bitacora: tablas.bitacora.map(sinSello),
    poas: tablas.poas.map(({ estado: _e, autorizacion: _a, cierre: _c, ...p }) => ({ ...p, id: azar(p.id) })),
    actividades: tablas.actividades.map(({ inicial: _i, ...a }) => ({ ...a, id: azar(a.id), poaId: azar(a.poaId) })),
    ajustes: tablas.ajustes.map((x) => ({ ...x, actividadId: azar(x.actividadId) })),
    justificaciones: tablas.justificaciones.map((x) => ({ ...x, actividadId: x.actividadId === null ? null : azar(x.actividadId) })),
    cierres: tablas.cierres.map(({ createdAt: _c, updatedAt: _u, estacion: _s, eliminado: _d, ...c }) => c),
  };
}

describe('versiones del esquema', () => {
  it('las versiones van en orden, de la 1 en adelante, sin repetirse', () => {
    const versiones = MIGRACIONES.map((m) => m.version);
    expect(versiones[0]).toBe(1);
    expect(versiones).toEqual([...new Set(versiones)].sort((a, b) => a - b));
  });

  it('ninguna versión pierde un índice de las anteriores salvo los que dice quitar: Dexie toma la lista de cada versión como la completa', () => {
    const indices = (spec: string) => spec.split(',').map((i) => i.trim().replace(/^[&*+]+/, ''));
    const vigentes = new Map<string, string[]>();
    for (const { version, stores, quita = {} } of MIGRACIONES) {
      expect(Object.keys(quita).filter((t) => !(t in stores)), `versión ${version}: quita índices de tablas que no cambia`).toEqual([]);
      for (const [tabla, spec] of Object.entries(stores)) {
        if (spec === null) {
          vigentes.delete(tabla);
          continue;
        }
        const nuevos = indices(spec);
        const perdidos = (vigentes.get(tabla) ?? []).filter((i) => !nuevos.includes(i));
        expect(perdidos.sort(), `versión ${version}, tabla ${tabla}`).toEqual([...(quita[tabla] ?? [])].sort());
        vigentes.set(tabla, nuevos);
      }
    }
  });

  it('la versión 19 quita los índices que ninguna consulta lee y conserva los demás', async () => {
    const db = new BaseDatosPoa('prueba-migraciones-indices-19');
    await db.open();
    const nombres = (tabla: string) => db.table(tabla).schema.indexes.map((i) => i.name);
    const quitados = MIGRACIONES.find((m) => m.version === 19)!.quita!;
    for (const [tabla, indicesQuitados] of Object.entries(quitados)) {
      for (const i of indicesQuitados) expect(nombres(tabla), `${tabla}: ${i}`).not.toContain(i);
    }
    expect(nombres('solicitudes')).toEqual(expect.arrayContaining(['folio', 'fechaRecepcion', 'personaId', '[estatus+fechaCompromiso]', '[eliminado+fechaCompromiso+folio]']));
    expect(nombres('seguimientos')).toEqual(['solicitudId']);
    expect(nombres('apoyos')).toEqual(expect.arrayContaining(['fechaEntrega', '[eliminado+fechaGestion]', 'programaId']));
    db.close();
  });

  it('una base escrita por la versión 1 con registros de cada tipo se abre en la versión actual y están todos', async () => {
    const fuente = await baseConTodo('prueba-migraciones-fuente');
    const esperadas = await tablasDe(fuente);
    for (const t of ['personas', 'solicitudes', 'seguimientos', 'apoyos', 'jornadas', 'eventos', 'mesas', 'acuerdos', 'convenios', 'ajustes', 'justificaciones', 'cierres']) {
      expect(esperadas[t].length, t).toBeGreaterThan(0);
    }
    const v1 = new Dexie('prueba-migraciones-v1');
    v1.version(1).stores(ESQUEMA_V1);
    for (const [t, filas] of Object.entries(comoVersion1(esperadas))) await v1.table(t).bulkAdd(filas);
    v1.close();

    const actual = new BaseDatosPoa('prueba-migraciones-v1');
    // Version 4 seals the entries written before it, in order of date, as made by nobody signed in: the same chain
    // the app would have written, and an intact one.
    const selladas = await sellarHistorial(esperadas.bitacora.map((e) => ({ ...sinSello(e), cuentaId: null }) as unknown as ContenidoBitacora));
    const bitacora = [...selladas].sort((a, b) => a.id.localeCompare(b.id));
    expect(await tablasDe(actual)).toEqual({ ...esperadas, cuentas: [], bitacora });
    expect(bitacora.map((e) => e.secuencia).sort((a, b) => a - b)).toEqual(bitacora.map((_, i) => i + 1));
    expect((await verificarCadenas(await actual.bitacora.toArray())).map((r) => r.estado)).toEqual(['intacta']);
    expect(actual.verno).toBe(MIGRACIONES.at(-1)!.version);
  });

  it('al sellar la bitácora, la entrada de la semilla de esta PC pasa a su clave de estación; la copiada de otra PC no', async () => {
    const v3 = new Dexie('prueba-migraciones-semilla');
    v3.version(3).stores({ ...ESQUEMA_V1, reconducciones: 'id, poaId, actividadId, anio' });
    const sembrada = '2026-01-05T16:00:00.000Z';
    const entrada = (id: string, fecha: string, resumen: string) => ({
      id, fecha, usuario: 'Sistema', estacion: 'V1', accion: 'crear', entidad: 'poa', entidadId: idPoa(2026), resumen, cambios: null,
    });
    await v3.table('configuracion').bulkAdd([
      { clave: 'semilla-poa-2026', valor: sembrada },
      { clave: 'general', valor: { estacion: 'V2' } },
    ]);
    await v3.table('bitacora').bulkAdd([
      entrada(crypto.randomUUID(), '2026-01-02T15:00:00.000Z', 'Semilla de la PC V1, incorporada aquí'),
      entrada(crypto.randomUUID(), '2026-01-05T16:00:00.001Z', 'Semilla de esta PC'),
    ]);
    v3.close();

    const actual = new BaseDatosPoa('prueba-migraciones-semilla');
    const entradas = await actual.bitacora.orderBy('fecha').toArray();
    expect(entradas.map((e) => [e.resumen, e.estacion, e.secuencia])).toEqual([
      ['Semilla de la PC V1, incorporada aquí', 'V1', 1],
      ['Semilla de esta PC', 'V2', 1],
    ]);
    expect((await verificarCadenas(entradas)).map((r) => [r.estacion, r.estado])).toEqual([['V1', 'intacta'], ['V2', 'intacta']]);
  });
});
