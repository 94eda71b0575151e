import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { clavesDistintas, idsConValores, registrosPorId } from '../../../renderer/src/db/repositorios/lecturaDirecta';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { generarOficina } from '../../../shared/demo/generador';
import type { Persona } from '../../../shared/schemas/personas';
import type { Solicitud } from '../../../shared/schemas/solicitudes';

let db: BaseDatosPoa;
let solicitudes: Solicitud[];
let personas: Persona[];

beforeAll(async () => {
  db = new BaseDatosPoa('prueba-lectura-directa');
  await sembrarSiHaceFalta(db);
  for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 3 })) {
    if (tabla === 'solicitudes') solicitudes = (filas as unknown as Solicitud[]).filter((_s, i) => i % 20 === 0);
    if (tabla === 'personas') personas = (filas as unknown as Persona[]).filter((_p, i) => i % 20 === 0);
  }
  await db.solicitudes.bulkPut(solicitudes);
  await db.personas.bulkPut(personas);
}, 60_000);

/** The values a live query gives, until `n` of them have come. */
function valores<T>(consulta: () => Promise<T>, n: number, cambios: (() => Promise<unknown>)[]): Promise<T[]> {
  return new Promise((listo, fallo) => {
    const vistos: T[] = [];
    const sub = liveQuery(consulta).subscribe({
      next: (v) => {
        vistos.push(v);
        if (vistos.length === n) {
          sub.unsubscribe();
          listo(vistos);
        } else void cambios[vistos.length - 1]().catch(fallo);
      },
      error: fallo,
    });
  });
}

describe('lecturas directas de IndexedDB', () => {
  it('los registros por id salen en el orden pedido, sin los que no existen', async () => {
    const ids = [personas[7].id, 'no-existe', personas[2].id, personas[7].id];
    expect((await registrosPorId<Persona>(db, 'personas', ids)).map((p) => p.id)).toEqual([personas[7].id, personas[2].id, personas[7].id]);
    expect(await registrosPorId(db, 'personas', [])).toEqual([]);
  });

  it('los ids con alguno de varios valores de un índice son los que da anyOf, sin repetir', async () => {
    const valores = [...new Set(solicitudes.map((s) => s.personaId))].slice(0, 40);
    const ids = await idsConValores(db, 'solicitudes', 'personaId', [...valores, valores[0], 'nadie']);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(await db.solicitudes.where('personaId').anyOf(valores).primaryKeys()));
    expect(await idsConValores(db, 'solicitudes', 'personaId', [])).toEqual([]);
    const enTransaccion = await db.transaction('r', db.solicitudes, () => idsConValores(db, 'solicitudes', 'personaId', valores));
    expect(new Set(enTransaccion)).toEqual(new Set(ids));
  });

  it('las claves distintas de un índice, sencillo o compuesto, son las de uniqueKeys, en su orden, y se siguen con los cambios', async () => {
    for (const indice of ['colonia', '[colonia+localidad]', 'curp']) {
      const distintas = await clavesDistintas(db, 'personas', indice);
      expect(distintas.length, indice).toBeGreaterThan(3);
      expect(distintas, indice).toEqual(await db.personas.orderBy(indice).uniqueKeys());
      expect(await db.transaction('r', db.personas, () => clavesDistintas(db, 'personas', indice)), indice).toEqual(distintas);
    }
    // A colonia that sorts right after another one (the same text and one more letter) is not skipped.
    const [primera] = await clavesDistintas(db, 'personas', 'colonia');
    const vecina = { ...personas[5], id: 'persona-vecina', colonia: `${String(primera)}a` };
    const colonias = await valores(async () => (await clavesDistintas(db, 'personas', 'colonia')).map(String), 2, [() => db.personas.add(vecina)]);
    expect(colonias[1]).toEqual([...colonias[0], vecina.colonia].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await db.personas.delete(vecina.id);
  });

  it('dentro de una transacción leen por ella, que sigue viva para lo que viene después', async () => {
    const { claves, registros, despues } = await db.transaction('r', db.solicitudes, db.personas, async () => {
      const claves = await clavesDistintas(db, 'solicitudes', 'estatus');
      const registros = await registrosPorId<Persona>(db, 'personas', [personas[1].id]);
      return { claves, registros, despues: await db.solicitudes.count() };
    });
    expect(claves).toEqual(await db.solicitudes.orderBy('estatus').uniqueKeys());
    expect(registros.map((p) => p.id)).toEqual([personas[1].id]);
    expect(despues).toBe(await db.solicitudes.count());
  });

  it('una consulta viva que las usa responde de nuevo cuando cambia algo del rango o de la tabla', async () => {
    const nueva = { ...solicitudes[0], id: 'nueva-en-el-rango', folio: 'AC-2026-V9-0001', fechaRecepcion: '2026-05-05T10:00' };
    const conteos = await valores(
      async () => (await idsConValores(db, 'solicitudes', 'personaId', [nueva.personaId])).length,
      3,
      [() => db.solicitudes.add(nueva), () => db.solicitudes.update(nueva.id, { personaId: 'otra-persona' })],
    );
    expect(conteos[1]).toBe(conteos[0] + 1);
    expect(conteos[2]).toBe(conteos[0]);
    const persona = personas[4];
    const nombres = await valores(
      async () => (await registrosPorId<Persona>(db, 'personas', [persona.id])).map((p) => p.colonia),
      2,
      [() => db.personas.update(persona.id, { colonia: 'Colonia Nueva' })],
    );
    expect(nombres).toEqual([[persona.colonia], ['Colonia Nueva']]);
    const otra = { ...solicitudes[1], id: 'otra-de-la-persona', folio: 'AC-2026-V9-0002', personaId: persona.id };
    const deLaPersona = await valores(async () => (await idsConValores(db, 'solicitudes', 'personaId', [persona.id])).length, 2, [() => db.solicitudes.add(otra)]);
    expect(deLaPersona[1]).toBe(deLaPersona[0] + 1);
  });
});
