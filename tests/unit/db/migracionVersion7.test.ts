import 'fake-indexeddb/auto';
import { respaldoPlano } from './respaldoPrueba';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';

import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { buscarPersonas, guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { editarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { verificarCadenas } from '../../../shared/seguridad/cadenaBitacora';
import { apoyoDeDespensa, CURP_MARIA, personaJuan, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let n = 0;
type Fila = Record<string, unknown>;

/** A database as version 6 wrote it, with these rows. */
async function baseEnVersion6(nombre: string, filas: Record<string, Fila[]>): Promise<void> {
  const v6 = new Dexie(nombre);
  for (const m of MIGRACIONES.filter((x) => x.version <= 6)) v6.version(m.version).stores(m.stores);
  await v6.open();
  await v6.transaction('rw', v6.tables, async () => {
    // Only the tables that version had (a newer one's, such as a restore's staging, did not exist).
    for (const [tabla, lista] of Object.entries(filas)) if (v6.tables.some((t) => t.name === tabla)) await v6.table(tabla).bulkAdd(lista);
  });
  v6.close();
}

/**
 * An office whose PCs exchanged captures before personas were matched by CURP (María twice, each with a solicitud
 * and an apoyo), and whose rows were stored before text fields refused control characters (a name pasted with a
 * tab, a colonia with a line break, a description with a bell character between its lines).
 */
async function oficinaDeAntes() {
  const db = new BaseDatosPoa(`prueba-v7-fuente-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { estacion: 'V1' });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion: 'V1' });
  const maria = await guardarPersona(db, null, personaMaria());
  const juan = await guardarPersona(db, null, personaJuan());
  const s1 = await solicitudDeDespensa(db, maria.id, '2026-03-02T10:00');
  const s2 = await solicitudDeDespensa(db, juan.id, '2026-03-04T10:00');
  await apoyoDeDespensa(db, maria.id, { solicitudId: s1.id, fechaGestion: '2026-03-02', fechaEntrega: '2026-03-03' });
  const filas: Record<string, Fila[]> = {};
  for (const t of db.tables) filas[t.name] = (await t.toArray()) as Fila[];
  const logrado = (await cargarCronograma(db, 2026, 12))!.cronograma.filas.map((f) => f.logradoRegistros);
  db.close();

  // The copy of María another PC registered later, with her solicitud and apoyo.
  const copia: Fila = { ...(filas.personas.find((p) => p.id === maria.id) as Fila), id: crypto.randomUUID(), estacion: 'V2', createdAt: '2026-03-10T10:00:00.000Z' };
  const solicitudCopia: Fila = { ...(filas.solicitudes.find((s) => s.id === s2.id) as Fila), id: crypto.randomUUID(), folio: 'AC-2026-V2-0001', personaId: copia.id };
  const apoyoCopia: Fila = { ...filas.apoyos[0], id: crypto.randomUUID(), personaId: copia.id, solicitudId: solicitudCopia.id };
  filas.personas = filas.personas.map((p) =>
    p.id === maria.id ? { ...p, createdAt: '2026-03-01T10:00:00.000Z' } : p.id === juan.id ? { ...p, nombres: 'Juan\tCarlos', colonia: 'Colonia\r\nLas Flores', calle: 'Av.\u0000 Juárez' } : p,
  );
  filas.personas.push(copia);
  filas.solicitudes = filas.solicitudes.map((s) =>
    s.id === s2.id ? { ...s, descripcion: 'Pide una despensa.\nVive sola.\u0007', responsable: 'Personal de\tGestión\nSocial' } : s,
  );
  filas.solicitudes.push(solicitudCopia);
  filas.apoyos.push(apoyoCopia);
  const nombre = `prueba-v7-${++n}`;
  await baseEnVersion6(nombre, filas);
  return { nombre, maria, juan, s2, copia, solicitudCopia, apoyoCopia, logrado };
}

describe('versión 7: una persona por CURP y textos de un renglón reparados', () => {
  it('la copia de la misma CURP se une a la registrada primero, sus registros la siguen y el cronograma cuenta los de las dos', async () => {
    const o = await oficinaDeAntes();
    const db = new BaseDatosPoa(o.nombre);
    await db.open();
    expect(db.verno).toBe(MIGRACIONES.at(-1)!.version);
    await conSesion(db);

    const conCurp = (await db.personas.where('curp').equals(CURP_MARIA).toArray()).map((p) => [p.id, p.eliminado, p.unidaCon ?? null]);
    expect(conCurp.sort()).toEqual([[o.maria.id, 0, null], [o.copia.id, 1, o.maria.id]].sort());
    expect((await db.solicitudes.get(o.solicitudCopia.id as string))!.personaId).toBe(o.maria.id);
    expect((await db.apoyos.get(o.apoyoCopia.id as string))!.personaId).toBe(o.maria.id);
    // Re-pointed records keep their version: every PC that upgrades holds the same record.
    expect((await db.solicitudes.get(o.solicitudCopia.id as string))!.updatedAt).toBe(o.solicitudCopia.updatedAt);
    expect(await db.personas.where('unidaCon').equals(o.maria.id).primaryKeys()).toEqual([o.copia.id]);
    // Counting reads the solicitudes and apoyos, not who they belong to; the copy's add to María's.
    const logrado = (await cargarCronograma(db, 2026, 12))!.cronograma.filas.map((f) => f.logradoRegistros);
    expect(logrado[0][2]).toBe(o.logrado[0][2] + 1);
    expect(logrado[1][2]).toBe(o.logrado[1][2] + 1);

    const resumenes = (await db.bitacora.toArray()).map((e) => e.resumen);
    expect(resumenes).toContain(
      'Personas repetidas unidas al actualizar la aplicación: 1 registro tenía la CURP de otra persona (María José Pérez López) y se unieron con la registrada primero; 2 registros apuntan a la que se conservó',
    );
    expect((await verificarCadenas(await db.bitacora.toArray())).map((r) => r.estado)).toEqual(['intacta']);
  });

  it('los tabuladores y saltos de línea de un campo de un renglón pasan a un espacio, los de varios renglones se quedan, y se puede editar', async () => {
    const o = await oficinaDeAntes();
    const db = new BaseDatosPoa(o.nombre);
    await db.open();
    await conSesion(db);
    const juan = (await db.personas.get(o.juan.id))!;
    expect([juan.nombres, juan.colonia, juan.calle]).toEqual(['Juan Carlos', 'Colonia Las Flores', 'Av. Juárez']);
    expect(juan.palabras).toContain('CARLOS');
    expect((await buscarPersonas(db, 'juan carlos')).personas.map((p) => p.id)).toEqual([o.juan.id]);
    const s = (await db.solicitudes.get(o.s2.id))!;
    expect([s.descripcion, s.responsable]).toEqual(['Pide una despensa.\nVive sola.', 'Personal de Gestión Social']);
    expect(s.updatedAt).toBe(o.s2.updatedAt);
    const resumenes = (await db.bitacora.toArray()).map((e) => e.resumen);
    expect(resumenes.filter((r) => r.startsWith('Textos reparados'))).toEqual([
      'Textos reparados al actualizar la aplicación: los tabuladores y saltos de línea de los campos de un renglón se cambiaron por un espacio y se quitaron los caracteres de control (personas: 1, solicitudes: 1)',
    ]);
    // What was stored now passes its own form and travels in a backup.
    await guardarPersona(db, o.juan.id, { ...juan, telefono: '2289876543' });
    await editarSolicitud(db, s.id, s);
    expect(JSON.parse(await respaldoPlano(db)).tablas.personas.length).toBe(3);
  });
});
