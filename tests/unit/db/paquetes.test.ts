import 'fake-indexeddb/auto';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { fusionarRespaldo, respaldoEnBytes, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { respaldoDe } from './respaldoPrueba';
import { leerRespaldo } from '../../../shared/schemas/lecturaRespaldo';
import { escribirPaquete, incorporarPaquete, verPaquete } from '../../../renderer/src/db/paquetes';
import { listarConflictos, resolverConflicto } from '../../../renderer/src/db/repositorios/conflictos';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { editarSolicitud, eliminarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { registrarSolicitudArco } from '../../../renderer/src/db/repositorios/arco';
import { cerrarPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import { autorizarPoa } from '../../../renderer/src/db/repositorios/anioPoa';
import { guardarMetasProgramadas } from '../../../renderer/src/db/repositorios/ajustes';
import { agregarAlCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { listarActividades } from '../../../renderer/src/db/repositorios/poa';
import { registrarReconduccion } from '../../../renderer/src/db/repositorios/reconducciones';
import { idPoa } from '../../../shared/domain/identidad';
import { datosEdicionSolicitudSchema } from '../../../shared/schemas/solicitudes';
import { escribirComprimido, juntar } from '../../../shared/schemas/respaldoComprimido';
import { TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import { VERSION_RESPALDO } from '../../../shared/schemas/respaldo';
import { CATALOGOS_INICIALES } from '../../../shared/seed/poa2026';
import { capturar, logrado, personaJuan, personaMaria } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';
import type { ModoPaquete } from '../../../shared/schemas/paquete';

const TOTAL_SEMILLA = Object.values(CATALOGOS_INICIALES).flat().length;
let n = 0;

async function nuevaPc(estacion: string, rol: 'jefe' | 'capturista' | 'administrador' = 'jefe'): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-paquetes-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: `Jefatura ${estacion}`, estacion, rol: 'administrador' });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion });
  if (rol !== 'administrador') await conSesion(db, { nombre: `Jefatura ${estacion}`, estacion, rol });
  return db;
}

function paquete(db: BaseDatosPoa, destino: string, modo: ModoPaquete = 'cambios', desde: string | null = null): Promise<Uint8Array> {
  return respaldoEnBytes(async (d) => (await escribirPaquete(db, { destino, modo, desde }, d)).archivo);
}

async function estacionDe(db: BaseDatosPoa) {
  return (await obtenerConfiguracion(db)).estacion;
}

/** Each PC writes a package for the other and the other incorporates it. */
async function intercambiar(a: BaseDatosPoa, b: BaseDatosPoa) {
  const deA = await paquete(a, await estacionDe(b));
  const deB = await paquete(b, await estacionDe(a));
  return { enB: await incorporarPaquete(b, deA), enA: await incorporarPaquete(a, deB) };
}

const TABLAS_COMPARADAS = ['poas', 'actividades', 'catalogos', 'personas', 'solicitudes', 'seguimientos', 'apoyos', 'cierres', 'folios'] as const;

async function contenido(db: BaseDatosPoa) {
  const r: Record<string, unknown[]> = {};
  for (const t of TABLAS_COMPARADAS) {
    const filas = (await db.table(t).toArray()) as Record<string, unknown>[];
    r[t] = filas.sort((x, y) => String(x.id ?? x.serie).localeCompare(String(y.id ?? y.serie)));
  }
  return r;
}

async function corregirDescripcion(db: BaseDatosPoa, id: string, descripcion: string) {
  const s = (await db.solicitudes.get(id))!;
  const datos = Object.fromEntries(Object.keys(datosEdicionSolicitudSchema.shape).map((k) => [k, (s as Record<string, unknown>)[k]]));
  // Each PC's edit is its own moment.
  await new Promise((r) => setTimeout(r, 3));
  return editarSolicitud(db, id, { ...datos, descripcion });
}

describe('intercambio entre PCs con paquetes', () => {
  afterEach(() => vi.useRealTimers());

  it('dos estaciones capturan sin conexión, intercambian en los dos sentidos y quedan con los mismos registros y el mismo cronograma', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    await capturar(a, personaMaria(), '10');
    await capturar(b, personaJuan(), '11');
    const [la, lb] = [await logrado(a), await logrado(b)];
    const { enA, enB } = await intercambiar(a, b);
    expect(enB.vista).toMatchObject({ estacion: 'V1', destino: 'V2' });
    expect(enB.vista.conteos).toMatchObject({ personas: 1, solicitudes: 1, apoyos: 1 });
    expect(enA.conflictos + enB.conflictos).toBe(0);
    const suma = la.map((fila, i) => fila.map((v, m) => v + lb[i][m]));
    for (const db of [a, b]) {
      expect((await db.poas.toArray()).map((p) => p.anio)).toEqual([2026]);
      expect(await db.actividades.count()).toBe(4);
      expect(await db.catalogos.count()).toBe(TOTAL_SEMILLA);
      expect((await db.catalogos.toArray()).filter((c) => c.tipo === 'tipoApoyo' && c.nombre === 'Despensa')).toHaveLength(1);
      expect(await logrado(db)).toEqual(suma);
    }
    expect(await contenido(a)).toEqual(await contenido(b));

    // What each PC got from the other is not sent back: the next packages carry no record.
    const otra = await verPaquete(b, await paquete(a, 'V2'));
    expect([otra.conteos.personas, otra.conteos.solicitudes, otra.conteos.apoyos, otra.conteos.catalogos]).toEqual([0, 0, 0, 0]);

    // The incorporation is in the bitácora with the station and the counts.
    const entrada = (await b.bitacora.where('accion').equals('incorporar').toArray()).find((e) => e.resumen.startsWith('Paquete de la estación V1'))!;
    expect(entrada.resumen).toMatch(/^Paquete de la estación V1 del .* incorporado \(.*1 de solicitudes.*\): \d+ nuevos, \d+ actualizados, \d+ sin cambio, 0 conflictos; \d+ entradas de bitácora agregadas$/);
  });

  it('el mismo paquete incorporado dos veces no cambia nada', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const { solicitud } = await capturar(a, personaMaria(), '10');
    const archivo = await paquete(a, 'V2');
    await incorporarPaquete(b, archivo);
    await corregirDescripcion(b, solicitud.id, 'Corregida en la PC que lo recibió');
    const antes = await contenido(b);
    const otraVez = await incorporarPaquete(b, archivo);
    expect([otraVez.agregados, otraVez.actualizados, otraVez.conflictos, otraVez.rechazados.length]).toEqual([0, 0, 0, 0]);
    expect(await contenido(b)).toEqual(antes);
    expect(await b.conflictos.count()).toBe(0);
  });

  it('una eliminación viaja en el paquete', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const { solicitud } = await capturar(a, personaMaria(), '10');
    await intercambiar(a, b);
    const antes = await logrado(b);
    await eliminarSolicitud(a, solicitud.id, 'Capturada por error en la ventanilla');
    const r = await incorporarPaquete(b, await paquete(a, 'V2'));
    expect(r.actualizados).toBeGreaterThanOrEqual(1);
    expect((await b.solicitudes.get(solicitud.id))!.eliminado).toBe(1);
    expect((await logrado(b))[0][2]).toBe(antes[0][2] - 1);
  });

  for (const eleccion of ['local', 'entrante'] as const) {
    it(`un registro editado en las dos PCs es un conflicto y se resuelve con la versión ${eleccion === 'local' ? 'de esta PC' : 'de la otra'}`, async () => {
      const a = await nuevaPc('V1');
      const b = await nuevaPc('V2');
      const { solicitud } = await capturar(a, personaMaria(), '10');
      await intercambiar(a, b);
      await corregirDescripcion(a, solicitud.id, 'Versión corregida en la PC V1');
      await corregirDescripcion(b, solicitud.id, 'Versión corregida en la PC V2');
      const { enA, enB } = await intercambiar(a, b);
      expect([enA.conflictos, enB.conflictos]).toEqual([1, 1]);
      // Both versions are kept: this PC's in place, the other's in «Conflictos».
      expect((await a.solicitudes.get(solicitud.id))!.descripcion).toBe('Versión corregida en la PC V1');
      const [conflicto] = await listarConflictos(a);
      expect(conflicto).toMatchObject({ tabla: 'solicitudes', registroId: solicitud.id, estacion: 'V2' });
      expect(conflicto.campos.find((c) => c.campo === 'descripcion')).toEqual({
        campo: 'descripcion',
        etiqueta: 'Descripción',
        local: 'Versión corregida en la PC V1',
        entrante: 'Versión corregida en la PC V2',
        distinto: true,
      });

      await resolverConflicto(a, conflicto.id, eleccion);
      const elegida = eleccion === 'local' ? 'Versión corregida en la PC V1' : 'Versión corregida en la PC V2';
      const descartada = eleccion === 'local' ? 'Versión corregida en la PC V2' : 'Versión corregida en la PC V1';
      expect(await listarConflictos(a)).toEqual([]);
      const historia = (await a.bitacora.where('entidadId').equals(solicitud.id).toArray()).find((e) => e.resumen.startsWith('Conflicto entre PCs'))!;
      expect(historia.cambios!.descripcion).toEqual({ antes: descartada, despues: elegida });

      // The choice reaches the other PC and closes its conflict too: both hold the chosen version.
      await intercambiar(a, b);
      for (const db of [a, b]) expect((await db.solicitudes.get(solicitud.id))!.descripcion).toBe(elegida);
      expect(await listarConflictos(b)).toEqual([]);
      expect(await contenido(a)).toEqual(await contenido(b));
    });
  }

  it('un ciudadano con la misma CURP en las dos PCs queda como una persona, la misma en las dos, con las dos solicitudes, y el cronograma no cambia', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const enA = await capturar(a, personaMaria(), '10');
    await new Promise((r) => setTimeout(r, 3));
    const enB = await capturar(b, personaMaria({ telefono: '2281234567' }), '12');
    const [la, lb] = [await logrado(a), await logrado(b)];
    const { enA: r1, enB: r2 } = await intercambiar(a, b);
    expect(r1.conflictos + r2.conflictos).toBe(0);
    for (const db of [a, b]) {
      const vigentes = (await db.personas.toArray()).filter((p) => p.eliminado === 0);
      // The one registered first stays at both PCs; the other is kept merged into it.
      expect(vigentes.map((p) => p.id)).toEqual([enA.persona.id]);
      expect(await db.personas.get(enB.persona.id)).toMatchObject({ eliminado: 1, unidaCon: enA.persona.id });
      expect((await db.solicitudes.toArray()).map((s) => s.personaId)).toEqual([enA.persona.id, enA.persona.id]);
      expect(await logrado(db)).toEqual(la.map((fila, i) => fila.map((v, m) => v + lb[i][m])));
    }
    const union = (await a.bitacora.where('entidad').equals('persona').toArray()).find((e) => e.resumen.startsWith('Personas de la estación V2'))!;
    expect(union.resumen).toBe('Personas de la estación V2 con la CURP de otra: 1 registro se unió con la persona registrada primero (María José Pérez López); 2 registros apuntan a la que se conservó');

    // A later edit of the solicitud captured at B reaches A pointing at a persona A holds, and both PCs stay equal.
    await corregirDescripcion(b, enB.solicitud.id, 'Corregida después del intercambio');
    await intercambiar(a, b);
    expect((await a.solicitudes.get(enB.solicitud.id))).toMatchObject({ descripcion: 'Corregida después del intercambio', personaId: enA.persona.id });
    expect(await a.conflictos.count()).toBe(0);
    expect(await contenido(a)).toEqual(await contenido(b));
  });

  it('un elemento de catálogo agregado a mano en las dos PCs con el mismo nombre queda como uno solo', async () => {
    const a = await nuevaPc('V1', 'administrador');
    const b = await nuevaPc('V2', 'administrador');
    for (const db of [a, b]) await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Lomas del Pedregal' });
    await intercambiar(a, b);
    for (const db of [a, b]) {
      expect((await db.catalogos.toArray()).filter((c) => c.tipo === 'colonia' && c.nombre === 'Lomas del Pedregal' && c.eliminado === 0)).toHaveLength(1);
    }
    expect(await contenido(a)).toEqual(await contenido(b));
  });

  it('un cambio que tocaría un periodo cerrado en esta PC se rechaza y se lista; lo demás entra', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    await cerrarPeriodo(b, { anio: 2026, tipo: 'mes', numero: 3 });
    const antes = await logrado(b);
    const { persona, solicitud, apoyo } = await capturar(a, personaMaria(), '10');
    const r = await incorporarPaquete(b, await paquete(a, 'V2'));
    expect(r.rechazados.map((x) => [x.tabla, x.id, x.motivo])).toEqual([
      ['solicitudes', solicitud.id, 'el periodo de marzo 2026 está cerrado en esta PC'],
      ['apoyos', apoyo.id, 'el periodo de marzo 2026 está cerrado en esta PC'],
    ]);
    expect(r.rechazados[0].descripcion).toBe(solicitud.folio);
    expect(await b.solicitudes.get(solicitud.id)).toBeUndefined();
    expect(await b.personas.get(persona.id)).toBeDefined();
    expect(await logrado(b)).toEqual(antes);
    const entrada = (await b.bitacora.where('accion').equals('incorporar').toArray()).find((e) => e.resumen.startsWith('Paquete'))!;
    expect(entrada.resumen).toContain(`2 no se incorporaron por estar en un periodo cerrado (${solicitud.folio}, `);
  });

  it('un cambio de metas o una reconducción que tocaría un mes cerrado en esta PC se rechaza y se lista', async () => {
    // The goals change in February, while the months they touch are still ahead; the other PCs close them later.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 1, 10, 10, 0));
    const [a, b, c] = [await nuevaPc('V1'), await nuevaPc('V2'), await nuevaPc('V3')];
    const [a1] = await listarActividades(a, idPoa(2026));
    // In the borrador the goals change directly: March gives one to April.
    const programado = [...a1.programado];
    programado[2] -= 1;
    programado[3] += 1;
    await guardarMetasProgramadas(a, a1.id, { meses: a1.meses, programado });
    // Once authorized, a reconducción moves May's goal to June.
    await autorizarPoa(a, idPoa(2026), { nombre: 'Presidencia Municipal' });
    await incorporarPaquete(c, await paquete(a, 'V3'));
    const mayoAJunio = [...programado];
    mayoAJunio[4] -= 1;
    mayoAJunio[5] += 1;
    const datos = { actividadId: a1.id, metaAnual: a1.metaAnual, programado: mayoAJunio, motivo: 'La feria regional se movió a junio' };
    const reconduccion = await registrarReconduccion(a, { ...datos, solicito: 'Jefa del Departamento', autorizo: 'Presidencia Municipal' });
    vi.useRealTimers();

    await cerrarPeriodo(b, { anio: 2026, tipo: 'mes', numero: 3 });
    const enB = await incorporarPaquete(b, await paquete(a, 'V2'));
    expect(enB.rechazados.map((x) => [x.tabla, x.descripcion, x.motivo])).toEqual([['actividades', a1.nombre, 'el periodo de marzo 2026 está cerrado en esta PC']]);
    expect((await b.actividades.get(a1.id))!.programado).toEqual(a1.programado);

    await cerrarPeriodo(c, { anio: 2026, tipo: 'mes', numero: 6 });
    const enC = await incorporarPaquete(c, await paquete(a, 'V3'));
    expect(enC.rechazados.map((x) => x.descripcion)).toEqual([a1.nombre, 'Reconducción de la actividad 1 (2026)']);
    expect(enC.rechazados.map((x) => [x.tabla, x.id, x.motivo])).toEqual([
      ['actividades', a1.id, 'el periodo de junio 2026 está cerrado en esta PC'],
      ['reconducciones', reconduccion.id, 'el periodo de junio 2026 está cerrado en esta PC'],
    ]);
    expect(await c.reconducciones.get(reconduccion.id)).toBeUndefined();
    expect((await c.actividades.get(a1.id))!.programado).toEqual(programado);
  });

  it('una persona anonimizada siempre gana: una copia más reciente sin anonimizar de otra PC no la deshace', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const { persona } = await capturar(a, personaMaria(), '10');
    await intercambiar(a, b);
    await registrarSolicitudArco(a, persona.id, { derecho: 'cancelacion', fecha: '2026-03-20', folio: '', notas: '' });
    await new Promise((r) => setTimeout(r, 3));
    await guardarPersona(b, persona.id, { ...personaMaria(), telefono: '2289998877' });
    expect((await b.personas.get(persona.id))!.updatedAt > (await a.personas.get(persona.id))!.updatedAt).toBe(true);
    const { enA, enB } = await intercambiar(a, b);
    expect(enA.conflictos + enB.conflictos).toBe(0);
    for (const db of [a, b]) {
      const p = (await db.personas.get(persona.id))!;
      expect([p.nombres, p.curp, p.telefono]).toEqual(['Persona anonimizada', '', '']);
    }
  });

  it('sólo un jefe o un administrador escribe o incorpora paquetes', async () => {
    const a = await nuevaPc('V1', 'capturista');
    await expect(paquete(a, 'V2')).rejects.toThrow('Solo un jefe o un administrador puede escribir e incorporar paquetes de intercambio.');
  });

  it('un paquete para otra estación, o un respaldo, no se incorpora; un paquete no se restaura', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const c = await nuevaPc('V3', 'administrador');
    const archivo = await paquete(a, 'V3');
    await expect(incorporarPaquete(b, archivo)).rejects.toThrow('El paquete es para la estación V3 y esta PC es la V2: no se incorporó nada');
    await expect(restaurarRespaldo(c, archivo)).rejects.toThrow(/^Este archivo es un paquete de intercambio entre PCs, no un respaldo/);
  });
});

/** A package rewritten line by line (its checksum made again), to spoil its header or rows on purpose. */
async function rehecho(bytes: Uint8Array, cambiar: (cabeza: Record<string, unknown>, piezas: { tabla: string; filas: Record<string, unknown>[] }[]) => void) {
  const lineas = gunzipSync(bytes).toString('utf8').split('\n').filter((l) => l !== '');
  const cabeza = JSON.parse(lineas[0]) as Record<string, unknown>;
  const piezas = lineas.slice(1, -1).map((l) => JSON.parse(l) as { tabla: string; filas: Record<string, unknown>[] });
  cambiar(cabeza, piezas);
  const partes: Uint8Array[] = [];
  await escribirComprimido(cabeza as never, piezas, async (p) => void partes.push(p));
  return juntar(partes);
}

describe('paquetes que se rechazan sin cambiar nada', async () => {
  const casos: { caso: string; bytes: (bueno: Uint8Array) => Uint8Array | Promise<Uint8Array>; mensaje: string | RegExp }[] = [
    { caso: 'cortado', bytes: (b) => b.slice(0, Math.floor(b.length / 2)), mensaje: /cortado/ },
    { caso: 'el JSON de otro programa', bytes: () => new TextEncoder().encode('{"nombre":"otro programa","datos":[1,2,3]}'), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
    { caso: 'vacío', bytes: () => new Uint8Array(0), mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' },
    {
      caso: 'de una versión más nueva',
      bytes: (b) => rehecho(b, (c) => void (c.version = VERSION_RESPALDO + 1)),
      mensaje: 'El respaldo es de una versión más nueva de la aplicación',
    },
    {
      caso: 'un registro que no pasa su esquema',
      bytes: (b) => rehecho(b, (_c, p) => void delete p.find((x) => x.tabla === 'solicitudes')!.filas[0].folio),
      mensaje: /^Registro 1 de solicitudes .*inválido \(campo «Folio»\)/,
    },
    { caso: 'binario', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
    { caso: 'más grande que el límite', bytes: () => new Uint8Array(TAMANO_MAXIMO_RESPALDO + 1), mensaje: 'El archivo pasa del máximo de 512 MB.' },
    {
      caso: 'con una fecha en el futuro',
      bytes: (b) => rehecho(b, (_c, p) => void (p.find((x) => x.tabla === 'solicitudes')!.filas[0].updatedAt = '2999-01-01T12:00:00.000Z')),
      mensaje: /^Registro 1 de solicitudes .*inválido \(campo «Fecha de modificación»\): 01\/01\/2999 .* es más de un día después de la fecha de esta PC/,
    },
  ];
  const a = await nuevaPc('V1');
  const b = await nuevaPc('V2');
  await capturar(a, personaMaria(), '10');
  const bueno = await paquete(a, 'V2');
  for (const { caso, bytes, mensaje } of casos) {
    it(caso, async () => {
      const antes = await contenido(b);
      const bitacora = await b.bitacora.count();
      const archivo = await bytes(bueno);
      await expect(verPaquete(b, archivo)).rejects.toThrow(mensaje);
      await expect(incorporarPaquete(b, archivo)).rejects.toThrow(mensaje);
      expect(await contenido(b)).toEqual(antes);
      expect(await b.bitacora.count()).toBe(bitacora);
      expect(await b.intercambio.count()).toBe(0);
    });
  }
  it('y el paquete bueno sí entra', async () => {
    expect((await incorporarPaquete(b, bueno)).agregados).toBeGreaterThan(0);
  });
});

type Encabezado = Parameters<typeof escribirComprimido>[0];

describe('lo que cada PC sabe del intercambio viaja en sus respaldos (versión 6)', () => {
  /** V1 and V2 both corrected the same solicitud: V1 holds V2's version in «Conflictos». */
  async function conConflicto() {
    const a = await nuevaPc('V1', 'administrador');
    const b = await nuevaPc('V2');
    const { solicitud } = await capturar(a, personaMaria(), '10');
    await intercambiar(a, b);
    await corregirDescripcion(a, solicitud.id, 'Versión corregida en la PC V1');
    await corregirDescripcion(b, solicitud.id, 'Versión corregida en la PC V2');
    await incorporarPaquete(a, await paquete(b, 'V1'));
    expect(await listarConflictos(a)).toHaveLength(1);
    return { a, b, solicitud };
  }
  const ordenadas = async (db: BaseDatosPoa, tabla: 'intercambio' | 'conflictos' | 'paquetes') =>
    ((await db.table(tabla).toArray()) as Record<string, unknown>[]).map((f) => JSON.stringify(f)).sort();

  it('una PC nueva que restaura el respaldo tiene los mismos conflictos pendientes, versiones conocidas y paquetes, y el conflicto se resuelve allí', async () => {
    const { a, solicitud } = await conConflicto();
    const archivo = await respaldoDe(a);
    const nueva = await nuevaPc('V9', 'administrador');
    await restaurarRespaldo(nueva, archivo);
    for (const t of ['intercambio', 'conflictos', 'paquetes'] as const) {
      expect(await ordenadas(nueva, t), t).toEqual(await ordenadas(a, t));
      expect((await nueva.table(t).count()) > 0, t).toBe(true);
    }
    // The restore ends the sign-in of an account the file does not hold: the office's jefe signs in.
    await conSesion(nueva, { nombre: 'Jefatura V1', estacion: 'V1', rol: 'jefe' });
    const [conflicto] = await listarConflictos(nueva);
    expect(conflicto.campos.find((c) => c.campo === 'descripcion')).toMatchObject({ local: 'Versión corregida en la PC V1', entrante: 'Versión corregida en la PC V2' });
    await resolverConflicto(nueva, conflicto.id, 'entrante');
    expect((await nueva.solicitudes.get(solicitud.id))!.descripcion).toBe('Versión corregida en la PC V2');
  });

  it('restaurar un respaldo anterior no pierde un conflicto ni lo que la PC supo después: se juntan, con la versión más reciente de cada registro', async () => {
    const a = await nuevaPc('V1', 'administrador');
    const b = await nuevaPc('V2');
    const { solicitud } = await capturar(a, personaMaria(), '10');
    await intercambiar(a, b);
    const antes = await respaldoDe(a);
    const conocidaAntes = (await a.intercambio.get(['V2', 'solicitudes', solicitud.id]))!;
    await corregirDescripcion(a, solicitud.id, 'Versión corregida en la PC V1');
    await corregirDescripcion(b, solicitud.id, 'Versión corregida en la PC V2');
    await intercambiar(a, b);
    const conocidaDespues = (await a.intercambio.get(['V2', 'solicitudes', solicitud.id]))!;
    expect(conocidaDespues.enviada! > conocidaAntes.enviada!).toBe(true);
    const conflictos = await ordenadas(a, 'conflictos');
    const paquetes = await a.paquetes.count();

    await restaurarRespaldo(a, antes);
    // The data are the older file's; what V1 knows of V2 and the conflict waiting for the jefe are not lost.
    expect((await a.solicitudes.get(solicitud.id))!.descripcion).not.toBe('Versión corregida en la PC V1');
    expect(await ordenadas(a, 'conflictos')).toEqual(conflictos);
    expect(await a.intercambio.get(['V2', 'solicitudes', solicitud.id])).toEqual(conocidaDespues);
    expect(await a.paquetes.count()).toBe(paquetes);
  });

  it('un respaldo de la versión 5 (sin estas tablas) se restaura y deja las de esta PC como estaban', async () => {
    const { a } = await conConflicto();
    const archivo = await respaldoDe(a);
    const lineas = gunzipSync(archivo).toString('utf8').split('\n').filter((l) => l !== '');
    const cabeza = JSON.parse(lineas[0]) as Encabezado;
    expect(cabeza.version).toBe(VERSION_RESPALDO);
    const { intercambio: _i, conflictos: _c, paquetes: _p, ...tablasV5 } = cabeza.tablas;
    const filas = lineas.slice(1, -1).map((l) => JSON.parse(l) as { tabla: string; filas: Record<string, unknown>[] }).filter((l) => !['intercambio', 'conflictos', 'paquetes'].includes(l.tabla));
    const v5: Uint8Array[] = [];
    await escribirComprimido({ ...cabeza, version: 5, tablas: tablasV5 }, filas, async (b) => void v5.push(b));
    const antes = { intercambio: await ordenadas(a, 'intercambio'), conflictos: await ordenadas(a, 'conflictos'), paquetes: await ordenadas(a, 'paquetes') };
    await restaurarRespaldo(a, juntar(v5));
    for (const t of ['intercambio', 'conflictos', 'paquetes'] as const) expect(await ordenadas(a, t), t).toEqual(antes[t]);
  });

  it('«Incorporar capturas» y los paquetes nunca traen lo que otra PC sabe del intercambio', async () => {
    const { a, b } = await conConflicto();
    const antes = { intercambio: await ordenadas(b, 'intercambio'), conflictos: await ordenadas(b, 'conflictos') };
    await fusionarRespaldo(b, await respaldoDe(a));
    expect(await ordenadas(b, 'intercambio')).toEqual(antes.intercambio);
    expect(await ordenadas(b, 'conflictos')).toEqual(antes.conflictos);
    // A package says it holds none of them.
    for await (const e of leerRespaldo([await paquete(a, 'V2', 'todo')])) {
      if (e.tipo === 'encabezado') for (const t of ['intercambio', 'conflictos', 'paquetes'] as const) expect(e.totales[t] ?? 0, t).toBe(0);
      if (e.tipo === 'filas') expect(['intercambio', 'conflictos', 'paquetes']).not.toContain(e.tabla);
    }
  });

  it('un conflicto cuya versión de la otra estación no pasa las reglas de su tabla se rechaza y no cambia nada', async () => {
    const { a } = await conConflicto();
    const archivo = await respaldoDe(a);
    const lineas = gunzipSync(archivo).toString('utf8').split('\n').filter((l) => l !== '');
    const cabeza = JSON.parse(lineas[0]) as Encabezado;
    const filas = lineas.slice(1, -1).map((l) => JSON.parse(l) as { tabla: string; filas: Record<string, unknown>[] });
    const conflicto = filas.find((l) => l.tabla === 'conflictos')!.filas[0] as { entrante: Record<string, unknown> };
    conflicto.entrante.estatus = 'perdida';
    const danado: Uint8Array[] = [];
    await escribirComprimido(cabeza, filas, async (b) => void danado.push(b));
    const solicitudesAntes = await a.solicitudes.count();
    await expect(restaurarRespaldo(a, juntar(danado))).rejects.toMatchObject({
      errores: { archivo: expect.stringMatching(/^Registro 1 de conflictos .*inválido \(campo «Versión de la otra estación → Estatus»\)/) },
    });
    expect(await a.solicitudes.count()).toBe(solicitudesAntes);
  });
});
