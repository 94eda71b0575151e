import 'fake-indexeddb/auto';
import { respaldoPlano } from './respaldoPrueba';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { crearCuenta, restablecerContrasena } from '../../../renderer/src/db/repositorios/cuentas';
import { copiaDeRespaldo } from '../../../renderer/src/db/respaldoBloqueado';

import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { cerrarSesion, iniciarSesion } from '../../../renderer/src/db/sesion';
import { crearCredencial, ITERACIONES_CONTRASENA, verificarContrasena } from '../../../shared/seguridad/contrasenas';
import { SIN_INTENTOS } from '../../../shared/seguridad/intentos';
import type { Cuenta } from '../../../shared/schemas/cuentas';
import { agregarCuenta, CONTRASENA_PRUEBA } from './sesionPrueba';

let n = 0;
let db: BaseDatosPoa;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-secretos-${++n}`);
  await sembrarSiHaceFalta(db);
});
afterEach(() => vi.restoreAllMocks());

/** An account as an older version stored it: its hash made with less work than today's. */
async function cuentaAntigua(usuario: string, contrasena: string, iteraciones: number): Promise<Cuenta> {
  const t = new Date().toISOString();
  const cuenta: Cuenta = {
    id: crypto.randomUUID(), createdAt: t, updatedAt: t, estacion: 'V1', eliminado: 0, nombre: 'Rosa Téllez', cargo: 'Capturista',
    usuario, rol: 'capturista', activa: true, credencial: await crearCredencial(contrasena, iteraciones), ...SIN_INTENTOS,
  };
  await db.cuentas.add(cuenta);
  return cuenta;
}

describe('renovar el hash de una contraseña antigua', () => {
  it('al iniciar sesión con una credencial de menos iteraciones se guarda un hash nuevo de la misma contraseña', async () => {
    const clave = 'Jacarandas de abril 9';
    const vieja = await cuentaAntigua('rosa.tellez', clave, 10_000);
    await iniciarSesion(db, { usuario: 'rosa.tellez', contrasena: clave });
    const nueva = (await db.cuentas.get(vieja.id))!.credencial;
    expect(nueva.iteraciones).toBe(ITERACIONES_CONTRASENA);
    expect(nueva.sal).not.toBe(vieja.credencial.sal);
    expect(nueva.hash).not.toBe(vieja.credencial.hash);
    expect(await verificarContrasena(clave, nueva)).toBe(true);
    // Written with the sign-in's entry; the entry says nothing of hashes.
    const entrada = (await db.bitacora.where('accion').equals('iniciar-sesion').toArray()).at(-1)!;
    expect(entrada.entidadId).toBe(vieja.id);
    for (const s of [clave, nueva.hash, nueva.sal, vieja.credencial.hash]) expect(JSON.stringify(entrada)).not.toContain(s);
    // The next sign-in works with the new hash and leaves it as it is.
    await cerrarSesion(db);
    await iniciarSesion(db, { usuario: 'rosa.tellez', contrasena: clave });
    expect((await db.cuentas.get(vieja.id))!.credencial).toEqual(nueva);
  });

  it('una contraseña equivocada no renueva nada', async () => {
    const vieja = await cuentaAntigua('rosa.tellez', 'Jacarandas de abril 9', 10_000);
    await expect(iniciarSesion(db, { usuario: 'rosa.tellez', contrasena: 'Otra cosa 1234' })).rejects.toThrow();
    expect((await db.cuentas.get(vieja.id))!.credencial).toEqual(vieja.credencial);
  });

  it('si la transacción del inicio de sesión falla, la credencial tampoco cambia', async () => {
    const vieja = await cuentaAntigua('rosa.tellez', 'Jacarandas de abril 9', 10_000);
    const agregar = db.bitacora.add.bind(db.bitacora);
    const espia = vi.spyOn(db.bitacora, 'add').mockImplementation((e) => (e.accion === 'iniciar-sesion' ? Dexie.Promise.reject(new Error('disco lleno')) : agregar(e)) as ReturnType<typeof agregar>);
    await expect(iniciarSesion(db, { usuario: 'rosa.tellez', contrasena: 'Jacarandas de abril 9' })).rejects.toThrow('disco lleno');
    espia.mockRestore();
    expect((await db.cuentas.get(vieja.id))!.credencial).toEqual(vieja.credencial);
  });
});

describe('ninguna contraseña, hash, sal ni frase de respaldo sale en claro', () => {
  it('ni en la bitácora, ni en la configuración o la bitácora del respaldo, ni en la consola', async () => {
    const consola = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m));
    await agregarCuenta(db, { usuario: 'admin.prueba', rol: 'administrador' });
    await iniciarSesion(db, { usuario: 'admin.prueba', contrasena: CONTRASENA_PRUEBA });
    const claveLucia = 'Ventanilla segura 7';
    const lucia = await crearCuenta(db, { nombre: 'Lucía Ramírez', cargo: 'Auxiliar', usuario: 'lucia', rol: 'capturista', contrasena: claveLucia, confirmacion: claveLucia });
    const claveNueva = 'Nueva clave 2027';
    await restablecerContrasena(db, lucia.id, { contrasena: claveNueva, confirmacion: claveNueva });
    await cerrarSesion(db);
    await expect(iniciarSesion(db, { usuario: 'lucia', contrasena: claveLucia })).rejects.toThrow();
    await iniciarSesion(db, { usuario: 'lucia', contrasena: claveNueva });
    await cerrarSesion(db);
    await iniciarSesion(db, { usuario: 'admin.prueba', contrasena: CONTRASENA_PRUEBA });
    const frase = 'Frase de la memoria USB 2026';
    const copia = await copiaDeRespaldo(db, { contrasena: frase, confirmacion: frase }, 1000);
    const respaldo = JSON.parse(await respaldoPlano(db)) as { tablas: Record<string, unknown[]> };

    const cuentas = await db.cuentas.toArray();
    const secretos = [
      CONTRASENA_PRUEBA, claveLucia, claveNueva, frase,
      ...cuentas.flatMap((c) => [c.credencial.hash, c.credencial.sal]),
      (await agregarCuenta(db, { usuario: 'solo.para.sal' })).credencial.sal,
    ];
    const lugares: Record<string, string> = {
      bitacora: JSON.stringify(await db.bitacora.toArray()),
      'bitácora del respaldo': JSON.stringify(respaldo.tablas.bitacora),
      'configuración del respaldo': JSON.stringify(respaldo.tablas.configuracion),
      consola: JSON.stringify(consola.flatMap((s) => s.mock.calls), (_, v: unknown) => (v instanceof Error ? `${v.name}: ${v.message}` : v)),
      'copia bloqueada': new TextDecoder('latin1').decode(copia),
    };
    for (const [lugar, texto] of Object.entries(lugares)) {
      for (const s of secretos) expect(texto, `${lugar} contiene un secreto`).not.toContain(s);
    }
    // Only salted hashes travel, inside the accounts: the restore must let people sign in.
    const enRespaldo = respaldo.tablas.cuentas as Cuenta[];
    expect(enRespaldo.map((c) => c.id).sort()).toEqual(cuentas.map((c) => c.id).sort());
    expect(enRespaldo.every((c) => c.credencial.algoritmo === 'PBKDF2-SHA-256' && c.credencial.sal.length > 0)).toBe(true);
    const cuentasTexto = JSON.stringify(enRespaldo);
    for (const clave of [CONTRASENA_PRUEBA, claveLucia, claveNueva, frase]) expect(cuentasTexto).not.toContain(clave);
  });
});

