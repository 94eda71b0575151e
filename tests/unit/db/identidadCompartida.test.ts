import 'fake-indexeddb/auto';
import { respaldoDe } from './respaldoPrueba';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { agregarAlCatalogo, listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { CATALOGOS_INICIALES } from '../../../shared/seed/poa2026';
import { claveCatalogo, idCatalogo } from '../../../shared/domain/identidad';
import { CAMPOS_PERSONA } from '../../../shared/domain/unificarPersonas';
import { CAMPOS_CATALOGO } from '../../../shared/domain/unificarCatalogos';
import { capturar, catalogo, CURP_MARIA, logrado, personaJuan, personaMaria } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

const TOTAL_SEMILLA = Object.values(CATALOGOS_INICIALES).flat().length;
let n = 0;

/** A PC started from scratch: seeded, with its station and a jefe signed in. */
async function nuevaPc(estacion: string): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-identidad-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: `Ventanilla ${estacion}`, estacion });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion });
  return db;
}

/** What the seed did before its catalogue ids came from the name: every entry under an id of its own at each PC. */
async function conCatalogosAlAzar(db: BaseDatosPoa): Promise<void> {
  const viejos = await db.catalogos.toArray();
  await db.catalogos.clear();
  await db.catalogos.bulkAdd(viejos.map((c) => ({ ...c, id: crypto.randomUUID() })));
}

async function despensas(db: BaseDatosPoa) {
  return (await db.catalogos.toArray()).filter((c) => c.tipo === 'tipoApoyo' && c.nombre === 'Despensa');
}

/** Each PC incorporates the other's captures, once each way. */
async function intercambiar(a: BaseDatosPoa, b: BaseDatosPoa): Promise<void> {
  await fusionarRespaldo(a, await respaldoDe(b));
  await fusionarRespaldo(b, await respaldoDe(a));
}

async function contenido(db: BaseDatosPoa) {
  const orden = <T extends { id: string }>(filas: T[]) => [...filas].sort((x, y) => x.id.localeCompare(y.id));
  return {
    poas: orden(await db.poas.toArray()),
    actividades: orden(await db.actividades.toArray()),
    catalogos: orden(await db.catalogos.toArray()),
    solicitudes: orden(await db.solicitudes.toArray()),
    apoyos: orden(await db.apoyos.toArray()),
  };
}

describe('lo que cada PC crea igual es un solo registro', () => {
  it('el catálogo de la semilla tiene en cada PC los ids que salen de su tipo y nombre', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const ids = async (db: BaseDatosPoa) => (await db.catalogos.toArray()).map((c) => c.id).sort();
    expect(await ids(a)).toEqual(await ids(b));
    expect((await despensas(a))[0].id).toBe(idCatalogo('tipoApoyo', 'Despensa'));
    expect(idCatalogo('tipoApoyo', ' DESPÉNSA ')).toBe(idCatalogo('tipoApoyo', 'Despensa'));
    expect(idCatalogo('dependencia', 'Despensa')).not.toBe(idCatalogo('tipoApoyo', 'Despensa'));
    expect(new Set((await a.catalogos.toArray()).map((c) => claveCatalogo(c.tipo, c.nombre))).size).toBe(TOTAL_SEMILLA);
  });

  it('dos PCs que empezaron de cero intercambian capturas: un POA 2026, 4 actividades, una «Despensa» y el cronograma suma las dos', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    await capturar(a, personaMaria(), '10');
    await capturar(b, personaJuan(), '11');
    const [la, lb] = [await logrado(a), await logrado(b)];
    await intercambiar(a, b);
    for (const db of [a, b]) {
      expect((await db.poas.toArray()).map((p) => p.anio)).toEqual([2026]);
      expect(await db.actividades.count()).toBe(4);
      expect(await db.catalogos.count()).toBe(TOTAL_SEMILLA);
      expect(await despensas(db)).toHaveLength(1);
      expect(await logrado(db)).toEqual(la.map((fila, i) => fila.map((v, m) => v + lb[i][m])));
    }
    expect(await contenido(a)).toEqual(await contenido(b));
  });

  it('con la semilla de antes (ids al azar), cada «Despensa» del archivo se toma como la de esta PC y los registros la siguen', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    await conCatalogosAlAzar(b);
    await capturar(a, personaMaria(), '10');
    const deB = await capturar(b, personaJuan(), '11');
    const [la, lb] = [await logrado(a), await logrado(b)];
    await intercambiar(a, b);
    const suma = la.map((fila, i) => fila.map((v, m) => v + lb[i][m]));
    for (const db of [a, b]) {
      expect(await db.catalogos.count()).toBe(TOTAL_SEMILLA);
      const [despensa] = await despensas(db);
      expect((await despensas(db)).length).toBe(1);
      expect((await db.solicitudes.toArray()).map((s) => s.tipoApoyoId)).toEqual([despensa.id, despensa.id]);
      expect((await db.apoyos.toArray()).map((x) => x.tipoApoyoId)).toEqual([despensa.id, despensa.id]);
      expect(await logrado(db)).toEqual(suma);
    }
    // At A the file's solicitud points at A's entries, under its own name.
    const enA = (await a.solicitudes.get(deB.solicitud.id))!;
    expect(enA.tipoApoyoId).toBe(idCatalogo('tipoApoyo', 'Despensa'));
    expect(enA.updatedAt).toBe(deB.solicitud.updatedAt);
    const entrada = (await a.bitacora.where('entidad').equals('catalogo').toArray()).find((e) => e.accion === 'incorporar')!;
    expect(entrada.resumen).toMatch(
      new RegExp(`^Catálogos de la estación V2: ${TOTAL_SEMILLA} elementos ya estaban en esta PC con el mismo nombre \\(«.+» \\(.+\\).* y \\d+ más\\) y se tomaron como uno solo; 2 registros apuntan al de esta PC$`),
    );

    // The same files again change nothing, either way.
    const antes = [await contenido(a), await contenido(b)];
    const archivo = await respaldoDe(b);
    await fusionarRespaldo(a, archivo);
    const otraVez = await fusionarRespaldo(a, archivo);
    expect(otraVez.agregados + otraVez.actualizados).toBe(0);
    await intercambiar(a, b);
    expect([await contenido(a), await contenido(b)]).toEqual(antes);
  });

  it('un elemento agregado a mano en las dos PCs con el mismo tipo y nombre (sin importar acentos ni mayúsculas) queda uno', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    await agregarAlCatalogo(a, { tipo: 'colonia', nombre: 'Colonia Loma Bonita' });
    await agregarAlCatalogo(b, { tipo: 'colonia', nombre: 'colonia loma bonitá' });
    await agregarAlCatalogo(b, { tipo: 'dependencia', nombre: 'Colonia Loma Bonita' });
    await intercambiar(a, b);
    const lomaBonita = async (db: BaseDatosPoa, tipo: 'colonia' | 'dependencia') =>
      (await listarCatalogo(db, tipo)).filter((c) => /loma bonit/i.test(c.nombre)).map((c) => c.nombre);
    // The id comes from the tipo and the name, so both PCs added the same entry: one record, the same at both.
    expect(await lomaBonita(a, 'colonia')).toHaveLength(1);
    expect(await lomaBonita(a, 'colonia')).toEqual(await lomaBonita(b, 'colonia'));
    const ids = async (db: BaseDatosPoa) => (await listarCatalogo(db, 'colonia')).filter((c) => /loma bonit/i.test(c.nombre)).map((c) => c.id);
    expect(await ids(a)).toEqual(await ids(b));
    // Another tipo with the same name is another entry.
    for (const db of [a, b]) expect(await lomaBonita(db, 'dependencia')).toEqual(['Colonia Loma Bonita']);
  });
});

describe('la misma persona registrada en dos PCs', () => {
  it('las referencias se leen de los descriptores y de los esquemas', () => {
    expect(CAMPOS_CATALOGO).toEqual({ solicitudes: ['tipoApoyoId', 'dependenciaId'], apoyos: ['tipoApoyoId', 'dependenciaId'], eventos: ['dependenciaId'] });
    expect(CAMPOS_PERSONA).toEqual({ solicitudes: ['personaId'], apoyos: ['personaId'], solicitudesArco: ['personaId'] });
  });

  it('con la misma CURP queda una persona con las solicitudes y apoyos de las dos PCs; queda anotado y el cronograma suma las dos', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const enA = await capturar(a, personaMaria(), '10');
    const enB = await capturar(b, personaMaria({ telefono: '2289998877' }), '11');
    await capturar(b, personaJuan(), '12');
    const [la, lb] = [await logrado(a), await logrado(b)];
    await intercambiar(a, b);
    const suma = la.map((fila, i) => fila.map((v, m) => v + lb[i][m]));
    for (const db of [a, b]) {
      // The one registered first stays at both PCs, under the same id; the other is kept merged into it.
      const marias = (await db.personas.toArray()).filter((p) => p.curp === CURP_MARIA);
      expect(marias.filter((p) => p.eliminado === 0).map((p) => p.id)).toEqual([enA.persona.id]);
      expect(marias.find((p) => p.id === enB.persona.id)).toMatchObject({ eliminado: 1, unidaCon: enA.persona.id });
      expect(await db.personas.filter((p) => p.eliminado === 0).count()).toBe(2);
      const deMaria = (await db.solicitudes.toArray()).filter((s) => s.personaId === enA.persona.id).map((s) => s.id).sort();
      expect(deMaria).toEqual([enA.solicitud.id, enB.solicitud.id].sort());
      expect((await db.apoyos.where('personaId').equals(enA.persona.id).toArray()).map((x) => x.id).sort()).toEqual([enA.apoyo.id, enB.apoyo.id].sort());
      expect(await logrado(db)).toEqual(suma);
    }
    expect(await contenido(a)).toEqual(await contenido(b));
    const entrada = (await a.bitacora.where('entidad').equals('persona').toArray()).find((e) => e.accion === 'incorporar')!;
    expect(entrada.resumen).toBe(
      'Personas de la estación V2 con la CURP de otra: 1 registro se unió con la persona registrada primero (María José Pérez López); 2 registros apuntan a la que se conservó',
    );
    // Without a CURP nobody is matched: two personas of the same name stay two.
    const c = await nuevaPc('V3');
    await guardarPersona(c, null, personaMaria({ curp: '' }));
    await fusionarRespaldo(a, await respaldoDe(c));
    expect((await a.personas.toArray()).filter((p) => p.nombres === 'María José' && p.eliminado === 0)).toHaveLength(2);
    // The same file again changes nothing.
    const archivo = await respaldoDe(b);
    await fusionarRespaldo(a, archivo);
    const antes = await contenido(a);
    const otraVez = await fusionarRespaldo(a, archivo);
    expect(otraVez.agregados + otraVez.actualizados).toBe(0);
    expect(await contenido(a)).toEqual(antes);
  });
});

/** A database as version 5 wrote it, with these rows. */
async function baseEnVersion5(nombre: string, filas: Record<string, unknown[]>): Promise<void> {
  const v5 = new Dexie(nombre);
  for (const m of MIGRACIONES.filter((x) => x.version <= 5)) v5.version(m.version).stores(m.stores);
  await v5.open();
  await v5.transaction('rw', v5.tables, async () => {
    // Only the tables that version had (a newer one's, such as a restore's staging, did not exist).
    for (const [tabla, lista] of Object.entries(filas)) if (v5.tables.some((t) => t.name === tabla)) await v5.table(tabla).bulkAdd(lista);
  });
  v5.close();
}

/**
 * PC A and B each loaded the seed with ids of their own, captured, and A took B's captures merged by id only (as
 * before catalogue entries were matched by name): A holds every catalogue entry twice.
 */
async function yaIntercambiadas() {
  const a = await nuevaPc('V1');
  await conCatalogosAlAzar(a);
  const b = await nuevaPc('V2');
  await conCatalogosAlAzar(b);
  await capturar(a, personaMaria(), '10');
  const deB = await capturar(b, personaJuan(), '11');
  for (const t of ['catalogos', 'personas', 'solicitudes', 'apoyos', 'folios'] as const) {
    await a.table(t).bulkPut(await b.table(t).toArray());
  }
  return { a, b, deB };
}

describe('la actualización une los catálogos repetidos', () => {
  it('una PC que ya intercambió con la semilla de antes queda con una «Despensa», los registros la siguen y el cronograma no cambia', async () => {
    const { a, deB } = await yaIntercambiadas();
    expect(await despensas(a)).toHaveLength(2);
    const antes = await logrado(a);
    const filas: Record<string, unknown[]> = {};
    for (const t of a.tables) filas[t.name] = await t.toArray();
    a.close();

    const nombre = `prueba-identidad-v5-${++n}`;
    await baseEnVersion5(nombre, filas);
    const db = new BaseDatosPoa(nombre);
    await db.open();
    expect(db.verno).toBe(MIGRACIONES.at(-1)!.version);
    await conSesion(db);
    expect(await db.catalogos.count()).toBe(TOTAL_SEMILLA);
    const [despensa] = await despensas(db);
    expect((await despensas(db)).length).toBe(1);
    expect((await db.solicitudes.toArray()).map((s) => s.tipoApoyoId)).toEqual([despensa.id, despensa.id]);
    expect((await db.apoyos.toArray()).map((x) => x.tipoApoyoId)).toEqual([despensa.id, despensa.id]);
    expect((await db.apoyos.toArray()).map((x) => x.dependenciaId)).toEqual(Array(2).fill((await catalogo(db)).dif));
    // The record keeps its version: the same record upgraded at B compares equal.
    expect((await db.solicitudes.get(deB.solicitud.id))!.updatedAt).toBe(deB.solicitud.updatedAt);
    expect(await logrado(db)).toEqual(antes);
    const [entrada] = await db.bitacora.where('entidad').equals('catalogo').toArray();
    expect(entrada).toMatchObject({ usuario: 'Sistema', estacion: 'V1', accion: 'editar' });
    expect(entrada.resumen).toMatch(
      new RegExp(`^Catálogos repetidos unidos al actualizar la aplicación: ${TOTAL_SEMILLA} elementos repetidos \\(.+\\) se quitaron y 2 registros apuntan al que se conservó$`),
    );
  });

  it('restaurar un respaldo de antes con catálogos repetidos los une igual', async () => {
    const { a, b } = await yaIntercambiadas();
    const antes = await logrado(a);
    await restaurarRespaldo(b, await respaldoDe(a));
    await conSesion(b);
    expect(await b.catalogos.count()).toBe(TOTAL_SEMILLA);
    const [despensa] = await despensas(b);
    expect((await despensas(b)).length).toBe(1);
    expect((await b.solicitudes.toArray()).map((s) => s.tipoApoyoId)).toEqual([despensa.id, despensa.id]);
    expect(await logrado(b)).toEqual(antes);
    const [entrada] = await b.bitacora.where('entidad').equals('catalogo').toArray();
    expect(entrada.resumen).toMatch(
      new RegExp(`^Catálogos repetidos unidos al restaurar el respaldo: ${TOTAL_SEMILLA} elementos repetidos \\(.+\\) se quitaron y 2 registros apuntan`),
    );
  });

  it('dos PCs que se actualizan por separado conservan el mismo elemento', async () => {
    const a = await nuevaPc('V1');
    await conCatalogosAlAzar(a);
    const b = await nuevaPc('V2');
    await conCatalogosAlAzar(b);
    const catalogos = [...(await a.catalogos.toArray()), ...(await b.catalogos.toArray())];
    const conservados: string[][] = [];
    for (const lista of [catalogos, [...catalogos].reverse()]) {
      const nombre = `prueba-identidad-v5-${++n}`;
      await baseEnVersion5(nombre, { catalogos: lista });
      const db = new BaseDatosPoa(nombre);
      conservados.push((await db.catalogos.toArray()).map((c) => c.id).sort());
    }
    expect(conservados[0]).toHaveLength(TOTAL_SEMILLA);
    expect(conservados[1]).toEqual(conservados[0]);
  });
});
