import 'fake-indexeddb/auto';
import { respaldoDe } from './respaldoPrueba';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { registrarBitacora, ultimaEntradaDe } from '../../../renderer/src/db/repositorios/base';
import { verificarIntegridad } from '../../../renderer/src/db/repositorios/bitacora';
import { agregarAlCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { CONFIGURACION_POR_DEFECTO } from '../../../renderer/src/db/repositorios/configuracion';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { CLAVE_SELLOS, leerSellos } from '../../../renderer/src/db/sellosBitacora';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';

let n = 0;
async function nuevaBase(estacion = 'V1'): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-sellos-${++n}`);
  await db.configuracion.put({ clave: 'general', valor: { ...CONFIGURACION_POR_DEFECTO, estacion } });
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: `Administración ${estacion}` });
  return db;
}

async function variasEntradas(base: BaseDatosPoa, prefijo: string, cuantas = 3): Promise<void> {
  for (let i = 1; i <= cuantas; i++) await agregarAlCatalogo(base, { tipo: 'colonia', nombre: `${prefijo} ${i}` });
}

/** The station's newest entries deleted straight from the table, as someone editing IndexedDB would. */
async function borrarUltimas(db: BaseDatosPoa, estacion: string, cuantas: number): Promise<void> {
  for (let i = 0; i < cuantas; i++) await db.bitacora.delete((await ultimaEntradaDe(db, estacion))!.id);
}

let db: BaseDatosPoa;
beforeEach(async () => {
  db = await nuevaBase();
});

describe('el sello de cada estación, aparte de la bitácora', () => {
  it('avanza con cada entrada, en la misma transacción, hasta la última de la estación', async () => {
    await variasEntradas(db, 'Colonia');
    const ultima = (await ultimaEntradaDe(db, 'V1'))!;
    expect(await leerSellos(db)).toEqual({ V1: { secuencia: ultima.secuencia, hash: ultima.hash } });
    // An entry that fails with its change leaves the seal where it was.
    const antes = await leerSellos(db);
    await expect(
      db.transaction('rw', [db.bitacora, db.configuracion], async () => {
        await registrarBitacora(db, { cuentaId: null, usuario: 'Prueba', estacion: 'V1' }, { accion: 'crear', entidad: 'catalogo', entidadId: null, resumen: 'Uno' });
        throw new Error('falla');
      }),
    ).rejects.toThrow('falla');
    expect(await leerSellos(db)).toEqual(antes);
  });

  it('borrar a mano las últimas entradas se descubre: «faltan las últimas N entradas»', async () => {
    await variasEntradas(db, 'Colonia');
    const total = await db.bitacora.count();
    expect((await verificarIntegridad(db))[0]).toMatchObject({ estado: 'intacta', mensaje: `Estación V1: ${total} entradas, cadena íntegra.` });
    await borrarUltimas(db, 'V1', 2);
    const [r] = await verificarIntegridad(db);
    expect(r).toMatchObject({ estacion: 'V1', estado: 'eliminada', secuencia: total - 1, entradas: total - 2 });
    expect(r.mensaje).toMatch(new RegExp(`^Estación V1: faltan las últimas 2 entradas, de la ${total - 1} a la ${total} \\(después del \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d\\); fueron eliminadas\\.$`));
  });

  it('la última entrada reescrita y vuelta a sellar a mano no coincide con el sello', async () => {
    const { calcularHash } = await import('../../../shared/seguridad/cadenaBitacora');
    const ultima = (await ultimaEntradaDe(db, 'V1'))!;
    const { hash: _h, ...sinHash } = { ...ultima, resumen: 'Otra cosa' };
    await db.bitacora.put({ ...sinHash, hash: await calcularHash(sinHash) });
    expect((await verificarIntegridad(db))[0]).toMatchObject({ estado: 'alterada', secuencia: ultima.secuencia, entradaId: ultima.id });
  });

  it('una restauración conserva el sello de esta PC (no el del archivo) y lo avanza con lo que agrega', async () => {
    const respaldo = await respaldoDe(db);
    await variasEntradas(db, 'Después');
    const sello = (await leerSellos(db)).V1;
    // A file whose seal says less than this PC holds: restoring it must not lower this PC's.
    await restaurarRespaldo(db, respaldo);
    const despues = (await leerSellos(db)).V1;
    expect(despues.secuencia).toBe(sello.secuencia + 1);
    expect((await verificarIntegridad(db))[0].estado).toBe('intacta');
    await borrarUltimas(db, 'V1', 1);
    expect((await verificarIntegridad(db))[0]).toMatchObject({ estado: 'eliminada', secuencia: despues.secuencia });
  });

  it('el respaldo de otra PC restaurado aquí agrega sus entradas una vez, por id, con el sello de su estación', async () => {
    const v2 = await nuevaBase('V2');
    await variasEntradas(v2, 'De V2');
    const archivo = await respaldoDe(v2);
    const locales = await db.bitacora.toArray();
    await restaurarRespaldo(db, archivo);
    const deV2 = (await v2.bitacora.toArray()).filter((e) => e.estacion === 'V2');
    const todas = await db.bitacora.toArray();
    for (const e of [...locales, ...deV2]) expect(todas.filter((t) => t.id === e.id)).toEqual([e]);
    // This PC's local entries, V2's (including the ones V2 copied of the seed) and this restore's own entry.
    // The file's accounts replace this PC's, so the sign-in ended: an account of the restored data signs in again.
    await conSesion(db, { nombre: 'Administración V1' });
    const cuantas = await db.bitacora.count();
    await restaurarRespaldo(db, archivo);
    expect(await db.bitacora.count()).toBe(cuantas + 2);
    expect((await db.bitacora.orderBy('fecha').reverse().limit(2).toArray()).map((e) => e.accion)).toEqual(['cerrar-sesion', 'restaurar']);
    // The restored settings bring the file's station: this PC goes on with V2's chain after the file's entries.
    expect((await ultimaEntradaDe(db, 'V2'))!.secuencia).toBeGreaterThan((await ultimaEntradaDe(v2, 'V2'))!.secuencia);
    const ultimaV2 = (await ultimaEntradaDe(db, 'V2'))!;
    expect((await leerSellos(db)).V2).toEqual({ secuencia: ultimaV2.secuencia, hash: ultimaV2.hash });
    expect((await leerSellos(db)).V1).toEqual({ secuencia: (await ultimaEntradaDe(db, 'V1'))!.secuencia, hash: (await ultimaEntradaDe(db, 'V1'))!.hash });
    await conSesion(db, { nombre: 'Administración V1' });
    expect((await verificarIntegridad(db)).map((r) => [r.estacion, r.estado])).toEqual([
      ['V1', 'intacta'],
      ['V2', 'intacta'],
    ]);
  });

  it('incorporar otra PC sella su estación: borrar aquí su entrada más reciente también se descubre', async () => {
    const v2 = await nuevaBase('V2');
    await variasEntradas(v2, 'De V2');
    await fusionarRespaldo(db, await respaldoDe(v2));
    expect((await verificarIntegridad(db)).every((r) => r.estado === 'intacta')).toBe(true);
    await borrarUltimas(db, 'V2', 1);
    const v2Resultado = (await verificarIntegridad(db)).find((r) => r.estacion === 'V2')!;
    expect(v2Resultado.estado).toBe('eliminada');
    expect(v2Resultado.mensaje).toMatch(/^Estación V2: falta la última entrada, la \d+ /);
  });

  it('cada entrada lee la bitácora una sola vez, por el índice [estacion+secuencia], y nunca queda antes de la anterior', async () => {
    const autor = { cuentaId: null, usuario: 'Prueba', estacion: 'V1' };
    const porIndice = vi.spyOn(db.bitacora, 'where');
    const porFecha = vi.spyOn(db.bitacora, 'orderBy');
    const anterior = (await ultimaEntradaDe(db, 'V1'))!;
    porIndice.mockClear();
    // The clock went back an hour: the entry still follows the station's last one.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(anterior.fecha) - 3_600_000);
    try {
      const nueva = await db.transaction('rw', [db.bitacora, db.configuracion], () =>
        registrarBitacora(db, autor, { accion: 'crear', entidad: 'catalogo', entidadId: null, resumen: 'Con el reloj atrasado' }),
      );
      expect(porIndice.mock.calls).toEqual([['[estacion+secuencia]']]);
      expect(porFecha).not.toHaveBeenCalled();
      expect(Date.parse(nueva.fecha)).toBe(Date.parse(anterior.fecha) + 1);
      expect(nueva).toMatchObject({ secuencia: anterior.secuencia + 1, hashAnterior: anterior.hash });
    } finally {
      vi.useRealTimers();
      porIndice.mockRestore();
      porFecha.mockRestore();
    }
    expect((await verificarIntegridad(db))[0].estado).toBe('intacta');
  });

  it('el sello vive en la configuración, fuera de la tabla de la bitácora', async () => {
    const registro = await db.configuracion.get(CLAVE_SELLOS);
    expect(registro?.valor).toEqual(await leerSellos(db));
    expect(await db.bitacora.filter((e) => (e as { clave?: string }).clave === CLAVE_SELLOS).count()).toBe(0);
  });
});
