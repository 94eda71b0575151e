import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion, erroresParaFormulario, MENSAJE_SESION_BLOQUEADA, SesionBloqueada } from '../../../renderer/src/db/errores';
import { listarBitacoraReciente } from '../../../renderer/src/db/repositorios/bitacora';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import {
  actualizarSesion,
  bloquearSesion,
  cerrarSesion,
  continuarSesion,
  desbloquearSesion,
  exigirPermiso,
  iniciarSesion,
  MENSAJE_DATOS_INCORRECTOS,
  sesionActual,
  sesionBloqueada,
  suscribirSesion,
} from '../../../renderer/src/db/sesion';
import { configuracionSchema } from '../../../shared/schemas/sistema';
import type { Sesion } from '../../../shared/seguridad/permisos';
import { personaMaria } from './ayudasSolicitudes';
import { agregarCuenta, CONTRASENA_PRUEBA } from './sesionPrueba';

/**
 * The lock of a sign-in: it keeps the account, refuses every repository call until the same account's password is
 * typed again (with the sign-in's checks and waits), and gives way to another account that signs in.
 */

let db: BaseDatosPoa;
let n = 0;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-bloqueo-${++n}`);
  await sembrarSiHaceFalta(db);
});

async function rechazoDe(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('se esperaba un rechazo');
}

async function errorDe(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await rechazoDe(p);
  if (e instanceof ErrorValidacion) return e.errores;
  throw e;
}

const entradas = async () => (await db.bitacora.orderBy('fecha').toArray()).map((e) => [e.accion, e.resumen]);

async function entrar(nombre = 'Lucía Ramírez', usuario = 'lucia', rol: 'capturista' | 'jefe' | 'administrador' = 'capturista') {
  const cuenta = await agregarCuenta(db, { nombre, usuario, rol });
  await iniciarSesion(db, { usuario, contrasena: CONTRASENA_PRUEBA });
  return cuenta;
}

describe('bloquear la sesión', () => {
  it('la cuenta sigue en la sesión, bloqueada; se avisa a quien escucha y se anota una sola vez, por inactividad o a petición', async () => {
    const cuenta = await entrar();
    const vistas: [Sesion | null, boolean][] = [];
    const dejar = suscribirSesion(db, (s) => vistas.push([s, sesionBloqueada(db)]));
    await bloquearSesion(db, { tipo: 'inactividad', minutos: 10 });
    await bloquearSesion(db, { tipo: 'manual' });
    dejar();
    expect(sesionActual(db)).toMatchObject({ cuentaId: cuenta.id, usuario: 'lucia' });
    expect(sesionBloqueada(db)).toBe(true);
    expect(vistas).toEqual([[expect.objectContaining({ cuentaId: cuenta.id }), true]]);
    const [bloqueo] = await db.bitacora.where('accion').equals('bloquear').toArray();
    expect(bloqueo).toMatchObject({ cuentaId: cuenta.id, usuario: 'Lucía Ramírez', entidadId: cuenta.id, resumen: 'La sesión de Lucía Ramírez (lucia) se bloqueó tras 10 minutos sin actividad' });
    expect(await db.bitacora.where('accion').equals('bloquear').count()).toBe(1);

    await desbloquearSesion(db, CONTRASENA_PRUEBA);
    await bloquearSesion(db, { tipo: 'manual' });
    expect((await entradas()).filter(([a]) => a === 'bloquear').map(([, r]) => r)).toEqual([
      'La sesión de Lucía Ramírez (lucia) se bloqueó tras 10 minutos sin actividad',
      'Lucía Ramírez (lucia) bloqueó la sesión',
    ]);
  });

  it('sin nadie en la sesión no hay nada que bloquear', async () => {
    await bloquearSesion(db, { tipo: 'manual' });
    expect(sesionBloqueada(db)).toBe(false);
    expect(await db.bitacora.where('accion').equals('bloquear').count()).toBe(0);
  });

  it('bloqueada, los repositorios no leen ni escriben nada, con el mensaje en español, y no lo anotan como permiso denegado', async () => {
    await entrar('Jorge Medina', 'jorge', 'administrador');
    await bloquearSesion(db, { tipo: 'manual' });
    const antes = await db.bitacora.count();
    const configuracion = await obtenerConfiguracion(db);
    for (const llamada of [
      guardarConfiguracion(db, { ...configuracion, municipio: 'Otro' }),
      guardarPersona(db, null, personaMaria()),
      listarBitacoraReciente(db, 10),
      exigirPermiso(db, 'exportar-hojas'),
    ]) {
      const e = await rechazoDe(llamada);
      expect(e).toBeInstanceOf(SesionBloqueada);
      expect((e as Error).message).toBe(MENSAJE_SESION_BLOQUEADA);
      expect(erroresParaFormulario(e)).toEqual({ _: MENSAJE_SESION_BLOQUEADA });
    }
    expect(MENSAJE_SESION_BLOQUEADA).toMatch(/^La sesión está bloqueada/);
    await new Promise((listo) => setTimeout(listo, 20));
    expect(await db.bitacora.count()).toBe(antes);
    expect(await db.personas.count()).toBe(0);
    expect((await obtenerConfiguracion(db)).municipio).toBe(configuracion.municipio);

    await desbloquearSesion(db, CONTRASENA_PRUEBA);
    expect(await guardarPersona(db, null, personaMaria())).toMatchObject({ nombres: 'María José' });
    expect((await listarBitacoraReciente(db, 1))[0].accion).toBe('crear');
  });
});

describe('desbloquear', () => {
  it('la contraseña equivocada no desbloquea, se cuenta y se anota; la correcta vuelve a la misma sesión y lo anota', async () => {
    const cuenta = await entrar();
    await bloquearSesion(db, { tipo: 'manual' });
    expect(await errorDe(desbloquearSesion(db, 'no es la contraseña'))).toEqual({ contrasena: MENSAJE_DATOS_INCORRECTOS });
    expect(sesionBloqueada(db)).toBe(true);
    expect(await db.cuentas.get(cuenta.id)).toMatchObject({ fallidos: 1 });
    expect(await errorDe(desbloquearSesion(db, ''))).toEqual({ contrasena: 'Escriba la contraseña' });
    const sesion = await desbloquearSesion(db, CONTRASENA_PRUEBA);
    expect(sesion).toMatchObject({ cuentaId: cuenta.id, rol: 'capturista' });
    expect(sesionBloqueada(db)).toBe(false);
    expect(await db.cuentas.get(cuenta.id)).toMatchObject({ fallidos: 0 });
    expect((await entradas()).slice(-4)).toEqual([
      ['iniciar-sesion', 'Lucía Ramírez (lucia) inició sesión como capturista'],
      ['bloquear', 'Lucía Ramírez (lucia) bloqueó la sesión'],
      ['acceso-fallido', 'Desbloqueo fallido de Lucía Ramírez (lucia): contraseña incorrecta (1 seguida)'],
      ['desbloquear', 'Lucía Ramírez (lucia) desbloqueó la sesión'],
    ]);
    expect(JSON.stringify(await db.bitacora.toArray())).not.toMatch(/no es la contraseña|Contraseña de prueba/);
  });

  it('cinco contraseñas equivocadas hacen esperar también al desbloquear, y mientras ni la correcta desbloquea', async () => {
    await entrar();
    await bloquearSesion(db, { tipo: 'inactividad', minutos: 1 });
    const t0 = new Date('2026-11-24T10:00:00-06:00');
    for (let i = 1; i <= 4; i++) await errorDe(desbloquearSesion(db, `equivocada ${i}`, t0));
    expect(await errorDe(desbloquearSesion(db, 'equivocada 5', t0))).toEqual({ contrasena: 'Demasiados intentos. Espere 30 segundos y vuelva a intentarlo.' });
    expect(await errorDe(desbloquearSesion(db, CONTRASENA_PRUEBA, new Date(t0.getTime() + 5_000)))).toEqual({
      contrasena: 'Demasiados intentos. Espere 25 segundos y vuelva a intentarlo.',
    });
    expect(sesionBloqueada(db)).toBe(true);
    await desbloquearSesion(db, CONTRASENA_PRUEBA, new Date(t0.getTime() + 31_000));
    expect(sesionBloqueada(db)).toBe(false);
  });

  it('al desbloquear la cuenta se lee de nuevo: un cambio de rol se aplica y una cuenta desactivada no desbloquea', async () => {
    const cuenta = await entrar();
    await bloquearSesion(db, { tipo: 'manual' });
    await db.cuentas.update(cuenta.id, { rol: 'jefe' });
    expect(await desbloquearSesion(db, CONTRASENA_PRUEBA)).toMatchObject({ rol: 'jefe' });
    await bloquearSesion(db, { tipo: 'manual' });
    await db.cuentas.update(cuenta.id, { activa: false });
    expect(await errorDe(desbloquearSesion(db, CONTRASENA_PRUEBA))).toHaveProperty('usuario');
    expect(sesionBloqueada(db)).toBe(true);
  });

  it('un cambio en las cuentas mientras está bloqueada no la desbloquea; recargar la ventana la deja bloqueada si lo estaba', async () => {
    const cuenta = await entrar();
    await bloquearSesion(db, { tipo: 'manual' });
    await actualizarSesion(db, 'cuentas restauradas');
    expect(sesionBloqueada(db)).toBe(true);
    await continuarSesion(db, cuenta.id, { bloqueada: true });
    expect(sesionActual(db)).toMatchObject({ cuentaId: cuenta.id });
    expect(sesionBloqueada(db)).toBe(true);
    await continuarSesion(db, cuenta.id);
    expect(sesionBloqueada(db)).toBe(false);
  });

  it('cerrar sesión con la sesión bloqueada la termina, y ya no queda nada bloqueado', async () => {
    await entrar();
    await bloquearSesion(db, { tipo: 'manual' });
    await cerrarSesion(db);
    expect(sesionActual(db)).toBeNull();
    expect(sesionBloqueada(db)).toBe(false);
    expect(await errorDe(desbloquearSesion(db, CONTRASENA_PRUEBA))).toEqual({ _: 'Nadie ha iniciado sesión en esta PC.' });
  });
});

describe('cambiar de usuario', () => {
  it('otra cuenta que entra en la pantalla de bloqueo cierra la sesión bloqueada (anotado) y empieza la suya, sin bloqueo', async () => {
    await entrar();
    const otra = await agregarCuenta(db, { nombre: 'Jorge Medina', usuario: 'jorge', rol: 'jefe' });
    await bloquearSesion(db, { tipo: 'manual' });
    expect(await errorDe(iniciarSesion(db, { usuario: 'jorge', contrasena: 'equivocada' }))).toEqual({ contrasena: MENSAJE_DATOS_INCORRECTOS });
    expect(sesionActual(db)).toMatchObject({ usuario: 'lucia' });
    expect(sesionBloqueada(db)).toBe(true);
    const sesion = await iniciarSesion(db, { usuario: 'Jorge', contrasena: CONTRASENA_PRUEBA });
    expect(sesion).toMatchObject({ cuentaId: otra.id, rol: 'jefe' });
    expect(sesionBloqueada(db)).toBe(false);
    const ultimas = await db.bitacora.orderBy('fecha').toArray();
    expect(ultimas.slice(-4).map((e) => [e.accion, e.usuario, e.resumen])).toEqual([
      ['bloquear', 'Lucía Ramírez', 'Lucía Ramírez (lucia) bloqueó la sesión'],
      ['acceso-fallido', 'Sin sesión', 'Inicio de sesión fallido de Jorge Medina (jorge): contraseña incorrecta (1 seguida)'],
      ['cerrar-sesion', 'Lucía Ramírez', 'Lucía Ramírez (lucia) cerró sesión: cambio de usuario, entró Jorge Medina (jorge)'],
      ['iniciar-sesion', 'Jorge Medina', 'Jorge Medina (jorge) inició sesión como jefe'],
    ]);
  });

  it('la misma cuenta que bloqueó, entrando con su usuario, desbloquea', async () => {
    const cuenta = await entrar();
    await bloquearSesion(db, { tipo: 'manual' });
    await iniciarSesion(db, { usuario: 'LUCIA', contrasena: CONTRASENA_PRUEBA });
    expect(sesionActual(db)).toMatchObject({ cuentaId: cuenta.id });
    expect(sesionBloqueada(db)).toBe(false);
    expect((await entradas()).slice(-1)).toEqual([['desbloquear', 'Lucía Ramírez (lucia) desbloqueó la sesión']]);
  });
});

describe('minutos sin actividad en la configuración', () => {
  it('valen de 1 a 120, con 10 si la configuración guardada no los tenía (datos y respaldos de antes)', async () => {
    const { minutosInactividad: _, ...anterior } = await obtenerConfiguracion(db);
    expect(configuracionSchema.parse(anterior).minutosInactividad).toBe(10);
    await db.configuracion.put({ clave: 'general', valor: anterior });
    expect((await obtenerConfiguracion(db)).minutosInactividad).toBe(10);
    const con = (minutosInactividad: unknown) => configuracionSchema.safeParse({ ...anterior, minutosInactividad });
    expect(con(1).success && con(120).success).toBe(true);
    expect(con(0).error?.issues[0]).toMatchObject({ path: ['minutosInactividad'], message: 'Minutos sin actividad para bloquear no puede ser menor que 1' });
    expect(con(121).error?.issues[0].message).toBe('Minutos sin actividad para bloquear no puede ser mayor que 120');
    expect(con(2.5).error?.issues[0].message).toBe('Minutos sin actividad para bloquear debe ser un número entero');

    await entrar('Jorge Medina', 'jorge', 'administrador');
    await guardarConfiguracion(db, { ...anterior, minutosInactividad: 5 });
    expect((await obtenerConfiguracion(db)).minutosInactividad).toBe(5);
    expect(await errorDe(guardarConfiguracion(db, { ...anterior, minutosInactividad: 0 }))).toEqual({
      minutosInactividad: 'Minutos sin actividad para bloquear no puede ser menor que 1',
    });
  });
});
