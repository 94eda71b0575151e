import 'fake-indexeddb/auto';
import { respaldoDe, respaldoPlano } from './respaldoPrueba';
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { agregarAjuste } from '../../../renderer/src/db/repositorios/ajustes';
import { registrarBitacora } from '../../../renderer/src/db/repositorios/base';
import { listarBitacoraReciente, verificarIntegridad } from '../../../renderer/src/db/repositorios/bitacora';
import { agregarAlCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { CONFIGURACION_POR_DEFECTO } from '../../../renderer/src/db/repositorios/configuracion';
import { listarActividades } from '../../../renderer/src/db/repositorios/poa';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { idPoa } from '../../../shared/domain/identidad';
import type { EntradaSellada } from '../../../shared/seguridad/cadenaBitacora';
import { conSesion } from './sesionPrueba';

let n = 0;
/** A PC set up as its first start does it: its station first, then the seed and the sign-in, all in its chain. */
async function nuevaBase(estacion = 'V1'): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-bitacora-${++n}`);
  await db.configuracion.put({ clave: 'general', valor: { ...CONFIGURACION_POR_DEFECTO, estacion } });
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: `Administración ${estacion}` });
  return db;
}

let db: BaseDatosPoa;
beforeEach(async () => {
  db = await nuevaBase();
});

async function variasEntradas(base: BaseDatosPoa, prefijo: string, cuantas = 3): Promise<void> {
  for (let i = 1; i <= cuantas; i++) await agregarAlCatalogo(base, { tipo: 'colonia', nombre: `${prefijo} ${i}` });
}

/** Opens the app's IndexedDB without Dexie and rewrites one stored entry, as someone with the files at hand would. */
async function alterarAMano(nombre: string, id: string, cambio: (e: Record<string, unknown>) => Record<string, unknown> | null): Promise<void> {
  const base = await new Promise<IDBDatabase>((ok, mal) => {
    const r = indexedDB.open(nombre);
    r.onsuccess = () => ok(r.result);
    r.onerror = () => mal(r.error);
  });
  await new Promise<void>((ok, mal) => {
    const tx = base.transaction('bitacora', 'readwrite');
    const tabla = tx.objectStore('bitacora');
    const leer = tabla.get(id);
    leer.onsuccess = () => {
      const nueva = cambio(leer.result as Record<string, unknown>);
      if (nueva) tabla.put(nueva);
      else tabla.delete(id);
    };
    tx.oncomplete = () => ok();
    tx.onerror = () => mal(tx.error);
  });
  base.close();
}

const ordenadas = (base: BaseDatosPoa) => base.bitacora.orderBy('fecha').toArray();

describe('la bitácora encadenada', () => {
  it('cada entrada se sella tras la anterior de su estación, y la cadena está íntegra', async () => {
    await variasEntradas(db, 'Colonia');
    const entradas = await ordenadas(db);
    expect(entradas.map((e) => e.secuencia)).toEqual(entradas.map((_, i) => i + 1));
    for (let i = 1; i < entradas.length; i++) expect(entradas[i].hashAnterior).toBe(entradas[i - 1].hash);
    expect(await verificarIntegridad(db)).toEqual([{ estacion: 'V1', estado: 'intacta', entradas: entradas.length, mensaje: `Estación V1: ${entradas.length} entradas, cadena íntegra.` }]);
  });

  it('la lista de la bitácora, leída con su permiso, se actualiza en vivo con cada entrada nueva', async () => {
    const vistas: number[] = [];
    const suscripcion = liveQuery(() => listarBitacoraReciente(db, 100)).subscribe((filas) => vistas.push(filas.length));
    await vi.waitFor(() => expect(vistas).toHaveLength(1));
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Colonia en vivo' });
    await vi.waitFor(() => expect(vistas).toEqual([vistas[0], vistas[0] + 1]));
    suscripcion.unsubscribe();
  });

  it('una entrada cambiada a mano en IndexedDB se detecta con su número y su fecha', async () => {
    await variasEntradas(db, 'Colonia');
    const entradas = await ordenadas(db);
    const blanco = entradas[3];
    await alterarAMano(db.name, blanco.id, (e) => ({ ...e, resumen: 'Catálogo colonia: no pasó nada' }));
    const [v1] = await verificarIntegridad(db);
    expect(v1).toMatchObject({ estacion: 'V1', estado: 'alterada', secuencia: blanco.secuencia, entradaId: blanco.id, fecha: blanco.fecha });
    expect(v1.mensaje).toMatch(new RegExp(`^Estación V1: la entrada ${blanco.secuencia} \\(.+\\) fue alterada: su contenido ya no corresponde a su sello\\.$`));
  });

  it('una entrada borrada a mano se detecta con el número que falta', async () => {
    await variasEntradas(db, 'Colonia');
    const entradas = await ordenadas(db);
    await alterarAMano(db.name, entradas[2].id, () => null);
    const [v1] = await verificarIntegridad(db);
    expect(v1).toMatchObject({ estado: 'eliminada', secuencia: entradas[2].secuencia, entradaId: null });
    expect(v1.mensaje).toContain(`falta la entrada ${entradas[2].secuencia}`);
  });

  it('un cambio y su entrada se guardan juntos o no se guarda ninguno; tras sellar, la transacción sigue viva', async () => {
    const [a1] = await listarActividades(db, idPoa(2026));
    const ajuste = await agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 5, cantidad: 2, motivo: 'Atención en la feria' });
    expect(await db.bitacora.where('entidadId').equals(ajuste.id).count()).toBe(1);

    const autor = { cuentaId: null, usuario: 'Prueba', estacion: 'V1' };
    const antes = await db.bitacora.count();
    await expect(
      db.transaction('rw', [db.catalogos, db.bitacora, db.configuracion], async () => {
        await db.catalogos.update((await db.catalogos.toCollection().first())!.id, { nombre: 'Cambiado' });
        await registrarBitacora(db, autor, { accion: 'editar', entidad: 'catalogo', entidadId: null, resumen: 'Se cambió' });
        throw new Error('falla después de sellar');
      }),
    ).rejects.toThrow('falla después de sellar');
    expect(await db.bitacora.count()).toBe(antes);
    expect(await db.catalogos.filter((c) => c.nombre === 'Cambiado').count()).toBe(0);

    const id = await db.transaction('rw', [db.catalogos, db.bitacora, db.configuracion], async () => {
      await registrarBitacora(db, autor, { accion: 'crear', entidad: 'catalogo', entidadId: null, resumen: 'Uno' });
      await registrarBitacora(db, autor, { accion: 'crear', entidad: 'catalogo', entidadId: null, resumen: 'Dos' });
      // Written after both seals: the transaction did not close while they were hashed.
      return db.catalogos.add({ ...(await db.catalogos.toCollection().first())!, id: crypto.randomUUID(), nombre: 'Después de sellar' });
    });
    expect(await db.catalogos.get(id)).toBeDefined();
    expect((await verificarIntegridad(db))[0].estado).toBe('intacta');
  });
});

describe('restaurar e incorporar nunca quitan ni reescriben entradas locales', () => {
  it('una restauración conserva todas las entradas locales, agrega las del archivo y queda anotada', async () => {
    await variasEntradas(db, 'Antes');
    const respaldo = await respaldoDe(db);
    await variasEntradas(db, 'Después');
    const locales = await db.bitacora.toArray();
    await restaurarRespaldo(db, respaldo);
    const despues = await db.bitacora.toArray();
    for (const e of locales) expect(despues.find((d) => d.id === e.id), e.resumen).toEqual(e);
    expect(despues).toHaveLength(locales.length + 1);
    const ultima = (await ordenadas(db)).at(-1)!;
    expect(ultima).toMatchObject({ accion: 'restaurar', entidad: 'respaldo' });
    expect(ultima.resumen).toMatch(/se conservaron todas las entradas de esta PC y se agregaron 0 del respaldo$/);
    expect((await verificarIntegridad(db))[0].estado).toBe('intacta');
    // The data did go back to the backup's.
    expect((await db.catalogos.toArray()).some((c) => c.nombre === 'Después 1')).toBe(false);
  });

  it('una entrada del archivo con el id de una local pero otro contenido no reemplaza la local', async () => {
    const archivo = JSON.parse(await respaldoPlano(db)) as { tablas: { bitacora: EntradaSellada[] } };
    const original = archivo.tablas.bitacora[0];
    archivo.tablas.bitacora[0] = { ...original, resumen: 'Reescrita en el archivo' };
    await restaurarRespaldo(db, JSON.stringify(archivo));
    expect((await db.bitacora.get(original.id))!.resumen).toBe(original.resumen);
  });

  it('un respaldo de antes de la cadena (versión 3) trae entradas sin sello: se sellan aquí y la cadena sigue íntegra', async () => {
    const archivo = JSON.parse(await respaldoPlano(db)) as { version: number; tablas: Record<string, Record<string, unknown>[]> };
    const vieja = { id: crypto.randomUUID(), fecha: '2025-12-01T16:00:00.000Z', usuario: 'Ventanilla 1', estacion: 'V1', accion: 'crear', entidad: 'solicitud', entidadId: null, resumen: 'Solicitud de 2025', cambios: null };
    const v3 = {
      ...archivo,
      version: 3,
      tablas: {
        ...Object.fromEntries(Object.entries(archivo.tablas).filter(([t]) => t !== 'cuentas')),
        bitacora: [...archivo.tablas.bitacora.map(({ cuentaId: _c, secuencia: _s, hashAnterior: _a, hash: _h, ...e }) => e), vieja],
      },
    };
    const cuentas = await db.cuentas.toArray();
    await restaurarRespaldo(db, JSON.stringify(v3));
    expect(await db.cuentas.toArray()).toEqual(cuentas);
    const sellada = (await db.bitacora.get(vieja.id))!;
    expect(sellada).toMatchObject({ resumen: 'Solicitud de 2025', cuentaId: null, estacion: 'V1' });
    expect(sellada.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verificarIntegridad(db))[0].estado).toBe('intacta');
  });

  it('incorporar otra PC agrega sus entradas con su propia cadena; las dos quedan íntegras y repetir no agrega nada', async () => {
    const v2 = await nuevaBase('V2');
    await variasEntradas(v2, 'De V2');
    await variasEntradas(db, 'De V1');
    const archivo = await respaldoDe(v2);
    const deV2 = (await v2.bitacora.toArray()).filter((e) => e.estacion === 'V2');
    const locales = await db.bitacora.toArray();
    await fusionarRespaldo(db, archivo);
    const todas = await db.bitacora.toArray();
    for (const e of [...locales, ...deV2]) expect(todas.find((t) => t.id === e.id)).toEqual(e);
    const ultima = (await ordenadas(db)).at(-1)!;
    expect(ultima).toMatchObject({ accion: 'incorporar', estacion: 'V1' });
    const resultado = await verificarIntegridad(db);
    expect(resultado.map((r) => [r.estacion, r.estado])).toEqual([
      ['V1', 'intacta'],
      ['V2', 'intacta'],
    ]);
    const cuantas = await db.bitacora.count();
    await fusionarRespaldo(db, archivo);
    expect(await db.bitacora.count()).toBe(cuantas + 1);
  });
});
