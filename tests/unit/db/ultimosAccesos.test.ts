import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ultimosAccesos } from '../../../renderer/src/db/repositorios/cuentas';
import { cerrarSesion, iniciarSesion } from '../../../renderer/src/db/sesion';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';
import { agregarCuenta, CONTRASENA_PRUEBA } from './sesionPrueba';

let db: BaseDatosPoa;
let n = 0;
beforeEach(() => {
  db = new BaseDatosPoa(`prueba-accesos-${++n}`);
});

const entrar = (usuario: string, ahora: string) => iniciarSesion(db, { usuario, contrasena: CONTRASENA_PRUEBA }, new Date(ahora));

describe('el último acceso de cada cuenta en la pantalla de cuentas', () => {
  it('es la fecha de su inicio de sesión más reciente; quien nunca entró no aparece, ni cuentan los intentos fallidos', async () => {
    const admin = await agregarCuenta(db, { usuario: 'admin', rol: 'administrador' });
    const capturista = await agregarCuenta(db, { usuario: 'ventanilla', rol: 'capturista' });
    const nueva = await agregarCuenta(db, { usuario: 'nueva', rol: 'jefe' });
    await entrar('ventanilla', '2026-11-20T10:00:00-06:00');
    await cerrarSesion(db);
    await expect(iniciarSesion(db, { usuario: 'nueva', contrasena: 'equivocada' })).rejects.toThrow();
    await entrar('admin', '2026-11-24T09:00:00-06:00');

    const accesos = await ultimosAccesos(db);
    expect(accesos.has(admin.id)).toBe(true);
    expect(accesos.has(capturista.id)).toBe(true);
    expect(accesos.has(nueva.id)).toBe(false);
    // The later sign-in is the one shown.
    const entradas = await db.bitacora.where('accion').equals('iniciar-sesion').toArray();
    const deCapturista = entradas.filter((e) => e.entidadId === capturista.id).map((e) => e.fecha);
    expect(accesos.get(capturista.id)).toBe(deCapturista.sort().at(-1));

    await cerrarSesion(db);
    await entrar('ventanilla', '2026-11-24T11:00:00-06:00');
    await cerrarSesion(db);
    await entrar('admin', '2026-11-24T12:00:00-06:00');
    const despues = await ultimosAccesos(db);
    expect(despues.get(capturista.id)! > accesos.get(capturista.id)!).toBe(true);
  });

  it('sólo un administrador los lee: a un jefe se le niega y queda en la bitácora', async () => {
    await agregarCuenta(db, { usuario: 'jefa', rol: 'jefe' });
    await entrar('jefa', '2026-11-24T09:00:00-06:00');
    await expect(ultimosAccesos(db)).rejects.toBeInstanceOf(PermisoDenegado);
    expect(await db.bitacora.where('accion').equals('permiso-denegado').count()).toBe(1);
  });
});
