import 'fake-indexeddb/auto';
import { respaldoPlano } from './respaldoPrueba';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { cambiarActivaCuenta, crearCuenta, editarCuenta, listarCuentas, restablecerContrasena } from '../../../renderer/src/db/repositorios/cuentas';
import { completarPrimerArranque, MENSAJE_YA_CONFIGURADA } from '../../../renderer/src/db/repositorios/primerArranque';
import { obtenerPoaDelAnio } from '../../../renderer/src/db/repositorios/poa';

import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import {
  cerrarSesion,
  continuarSesion,
  hayCuentas,
  iniciarSesion,
  MENSAJE_CUENTA_DESACTIVADA,
  MENSAJE_DATOS_INCORRECTOS,
  sesionActual,
  suscribirSesion,
} from '../../../renderer/src/db/sesion';
import { avisoSimplificado } from '../../../shared/domain/avisoPrivacidad';
import { ITERACIONES_CONTRASENA } from '../../../shared/seguridad/contrasenas';
import type { Sesion } from '../../../shared/seguridad/permisos';
import { agregarCuenta, CONTRASENA_PRUEBA, conSesion } from './sesionPrueba';

let db: BaseDatosPoa;
let n = 0;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-sesion-${++n}`);
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function errorDe(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e.errores;
    throw e;
  }
  throw new Error('se esperaba un ErrorValidacion');
}

const CLAVE_ADMIN = 'Girasol de marzo 26';
const datosPrimerArranque = (cambios: Record<string, unknown> = {}) => ({
  municipio: 'San Pedro de las Flores',
  logoDataUrl: null,
  estacion: 'V2',
  elaboro: { nombre: 'Lucía Ramírez Ortega', cargo: 'Auxiliar de Gestión Social' },
  reviso: { nombre: 'Jorge Medina Salas', cargo: 'Jefe del Departamento de Gestión Social' },
  autorizo: { nombre: 'Ana Torres Vidal', cargo: 'Presidenta Municipal' },
  avisoPrivacidad: avisoSimplificado({ municipio: 'San Pedro de las Flores', sitioWeb: 'sanpedro.gob.mx' }),
  avisoIntegral: '',
  administrador: { nombre: 'Jorge Medina Salas', cargo: 'Jefe del Departamento', usuario: 'Jorge.Medina', contrasena: CLAVE_ADMIN, confirmacion: CLAVE_ADMIN },
  ...cambios,
});

describe('primer arranque', () => {
  it('sin cuentas pide la configuración inicial; al terminarla guarda todo de una vez, siembra el POA en su estación y entra el administrador', async () => {
    expect(await hayCuentas(db)).toBe(false);
    const sesion = await completarPrimerArranque(db, datosPrimerArranque());
    expect(sesion).toMatchObject({ nombre: 'Jorge Medina Salas', usuario: 'jorge.medina', rol: 'administrador' });
    expect(sesionActual(db)).toEqual(sesion);
    expect(await hayCuentas(db)).toBe(true);
    const c = await obtenerConfiguracion(db);
    expect(c).toMatchObject({ municipio: 'San Pedro de las Flores', estacion: 'V2', reviso: { nombre: 'Jorge Medina Salas' } });
    expect(c.avisoPrivacidad).toContain('H. Ayuntamiento de San Pedro de las Flores');
    const [cuenta] = await db.cuentas.toArray();
    expect(cuenta.credencial.iteraciones).toBe(ITERACIONES_CONTRASENA);
    expect((await obtenerPoaDelAnio(db, 2026))!.estacion).toBe('V2');
    const entradas = await db.bitacora.orderBy('fecha').toArray();
    expect(entradas.map((e) => [e.accion, e.entidad, e.cuentaId, e.estacion, e.secuencia])).toEqual([
      ['configurar', 'configuracion', null, 'V2', 1],
      ['crear', 'cuenta', null, 'V2', 2],
      ['crear', 'poa', null, 'V2', 3],
      ['iniciar-sesion', 'cuenta', cuenta.id, 'V2', 4],
    ]);
    expect(JSON.stringify(entradas)).not.toContain(CLAVE_ADMIN);
    expect(JSON.stringify(entradas)).not.toContain(cuenta.credencial.hash);
  });

  it('con un error no guarda nada y lo dice en su campo; con cuentas ya no se puede volver a hacer', async () => {
    const errores = await errorDe(
      completarPrimerArranque(db, datosPrimerArranque({ municipio: '', administrador: { ...datosPrimerArranque().administrador, confirmacion: 'otra' } })),
    );
    expect(errores).toEqual({ municipio: 'Municipio es obligatorio', 'administrador.confirmacion': 'La confirmación no coincide con la contraseña' });
    expect(await db.cuentas.count()).toBe(0);
    expect(await db.bitacora.count()).toBe(0);
    await agregarCuenta(db);
    expect(await errorDe(completarPrimerArranque(db, datosPrimerArranque()))).toEqual({ _: MENSAJE_YA_CONFIGURADA });
  });
});

describe('iniciar y cerrar sesión', () => {
  beforeEach(async () => {
    await sembrarSiHaceFalta(db);
  });

  it('entra con usuario y contraseña (sin distinguir mayúsculas en el usuario), avisa a quien escucha y cierra sesión', async () => {
    const cuenta = await agregarCuenta(db, { nombre: 'Lucía Ramírez', usuario: 'lucia.ramirez', rol: 'capturista' });
    const vistas: (Sesion | null)[] = [];
    const dejar = suscribirSesion(db, (s) => vistas.push(s));
    const sesion = await iniciarSesion(db, { usuario: '  Lucia.Ramirez ', contrasena: CONTRASENA_PRUEBA });
    expect(sesion).toEqual({ cuentaId: cuenta.id, nombre: 'Lucía Ramírez', usuario: 'lucia.ramirez', rol: 'capturista' });
    await cerrarSesion(db);
    dejar();
    expect(vistas).toEqual([sesion, null]);
    expect(sesionActual(db)).toBeNull();
    const entradas = await db.bitacora.where('entidad').equals('cuenta').sortBy('fecha');
    expect(entradas.map((e) => [e.accion, e.cuentaId, e.resumen])).toEqual([
      ['iniciar-sesion', cuenta.id, 'Lucía Ramírez (lucia.ramirez) inició sesión como capturista'],
      ['cerrar-sesion', cuenta.id, 'Lucía Ramírez (lucia.ramirez) cerró sesión'],
    ]);
  });

  it('los campos vacíos se piden en su lugar; un usuario que no existe se anota sin lo que se escribió', async () => {
    expect(await errorDe(iniciarSesion(db, { usuario: ' ', contrasena: '' }))).toEqual({ usuario: 'Escriba el nombre de usuario', contrasena: 'Escriba la contraseña' });
    const tecleado = 'MiClaveSecreta2026';
    expect(await errorDe(iniciarSesion(db, { usuario: tecleado, contrasena: 'algo' }))).toEqual({ contrasena: MENSAJE_DATOS_INCORRECTOS });
    const [entrada] = await db.bitacora.where('accion').equals('acceso-fallido').toArray();
    expect(entrada).toMatchObject({ cuentaId: null, entidadId: null, resumen: 'Inicio de sesión fallido: el usuario escrito no corresponde a ninguna cuenta' });
    expect(JSON.stringify(await db.bitacora.toArray()).toLowerCase()).not.toContain(tecleado.toLowerCase());
  });

  it('cinco contraseñas equivocadas hacen esperar; mientras, ni la correcta entra; pasada la espera, la correcta entra y borra la cuenta', async () => {
    const cuenta = await agregarCuenta(db, { nombre: 'Lucía Ramírez', usuario: 'lucia', rol: 'capturista' });
    const t0 = new Date('2026-11-24T10:00:00-06:00');
    for (let i = 1; i <= 4; i++) {
      expect(await errorDe(iniciarSesion(db, { usuario: 'lucia', contrasena: `equivocada ${i}` }, t0))).toEqual({ contrasena: MENSAJE_DATOS_INCORRECTOS });
    }
    expect(await errorDe(iniciarSesion(db, { usuario: 'lucia', contrasena: 'equivocada 5' }, t0))).toEqual({
      contrasena: 'Demasiados intentos. Espere 30 segundos y vuelva a intentarlo.',
    });
    expect(await db.cuentas.get(cuenta.id)).toMatchObject({ fallidos: 5, bloqueadoHasta: '2026-11-24T16:00:30.000Z' });
    const a10s = new Date(t0.getTime() + 10_000);
    expect(await errorDe(iniciarSesion(db, { usuario: 'lucia', contrasena: CONTRASENA_PRUEBA }, a10s))).toEqual({
      contrasena: 'Demasiados intentos. Espere 20 segundos y vuelva a intentarlo.',
    });
    expect(sesionActual(db)).toBeNull();
    // The wait survives closing the app: it is kept on the account.
    const reabierta = new BaseDatosPoa(db.name);
    expect(await errorDe(iniciarSesion(reabierta, { usuario: 'lucia', contrasena: CONTRASENA_PRUEBA }, a10s))).toHaveProperty('contrasena');
    const a31s = new Date(t0.getTime() + 31_000);
    await iniciarSesion(db, { usuario: 'lucia', contrasena: CONTRASENA_PRUEBA }, a31s);
    expect(await db.cuentas.get(cuenta.id)).toMatchObject({ fallidos: 0, bloqueadoHasta: null });
    const fallidos = await db.bitacora.where('accion').equals('acceso-fallido').sortBy('fecha');
    expect(fallidos.map((e) => e.resumen)).toEqual([
      'Inicio de sesión fallido de Lucía Ramírez (lucia): contraseña incorrecta (1 seguida)',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): contraseña incorrecta (2 seguidas)',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): contraseña incorrecta (3 seguidas)',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): contraseña incorrecta (4 seguidas)',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): contraseña incorrecta (5 seguidas); los siguientes intentos esperan',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): intento mientras debía esperar por contraseñas incorrectas',
      'Inicio de sesión fallido de Lucía Ramírez (lucia): intento mientras debía esperar por contraseñas incorrectas',
    ]);
    expect(JSON.stringify(fallidos)).not.toMatch(/equivocada|Contraseña de prueba/);
  });

  it('una cuenta desactivada no entra, aunque la contraseña sea la correcta', async () => {
    await agregarCuenta(db, { usuario: 'baja', activa: false });
    expect(await errorDe(iniciarSesion(db, { usuario: 'baja', contrasena: CONTRASENA_PRUEBA }))).toEqual({ usuario: MENSAJE_CUENTA_DESACTIVADA });
    expect(sesionActual(db)).toBeNull();
  });

  it('la sesión de la ventana sigue tras recargar con la cuenta leída de nuevo: otro rol se aplica y una cuenta desactivada ya no entra', async () => {
    const cuenta = await agregarCuenta(db, { nombre: 'Jorge', usuario: 'jorge', rol: 'jefe' });
    expect(await continuarSesion(db, cuenta.id)).toMatchObject({ rol: 'jefe' });
    await db.cuentas.update(cuenta.id, { rol: 'capturista' });
    expect(await continuarSesion(db, cuenta.id)).toMatchObject({ rol: 'capturista' });
    await db.cuentas.update(cuenta.id, { activa: false });
    expect(await continuarSesion(db, cuenta.id)).toBeNull();
    expect(sesionActual(db)).toBeNull();
  });
});

describe('cuentas del personal', () => {
  beforeEach(async () => {
    await sembrarSiHaceFalta(db);
  });

  it('un administrador crea una cuenta con su contraseña como hash PBKDF2, y la bitácora no guarda la contraseña ni el hash', async () => {
    await conSesion(db, { nombre: 'Jorge Medina', rol: 'administrador' });
    const consola = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const clave = 'Ventanilla segura 7';
    const nueva = await crearCuenta(db, { nombre: 'Lucía Ramírez', cargo: 'Auxiliar', usuario: 'Lucia.Ramirez', rol: 'capturista', contrasena: clave, confirmacion: clave });
    expect(nueva).not.toHaveProperty('credencial');
    expect(nueva).toMatchObject({ usuario: 'lucia.ramirez', rol: 'capturista', activa: true, fallidos: 0 });
    const guardada = (await db.cuentas.get(nueva.id))!;
    expect(guardada.credencial).toMatchObject({ algoritmo: 'PBKDF2-SHA-256', iteraciones: ITERACIONES_CONTRASENA });
    expect(JSON.stringify(guardada)).not.toContain(clave);
    const [entrada] = await db.bitacora.where('entidadId').equals(nueva.id).toArray();
    expect(entrada.resumen).toBe('Cuenta de Lucía Ramírez (lucia.ramirez) creada: Auxiliar, capturista');
    await restablecerContrasena(db, nueva.id, { contrasena: 'Nueva clave 2027', confirmacion: 'Nueva clave 2027' });
    await cerrarSesion(db);
    await iniciarSesion(db, { usuario: 'lucia.ramirez', contrasena: 'Nueva clave 2027' });
    const bitacora = JSON.stringify(await db.bitacora.toArray());
    const actual = (await db.cuentas.get(nueva.id))!;
    for (const secreto of [clave, 'Nueva clave 2027', guardada.credencial.hash, guardada.credencial.sal, actual.credencial.hash, actual.credencial.sal]) {
      expect(bitacora).not.toContain(secreto);
      for (const espia of consola) expect(JSON.stringify(espia.mock.calls)).not.toContain(secreto);
    }
    expect((await db.bitacora.where('accion').equals('contrasena').first())!.resumen).toBe('Contraseña de Lucía Ramírez (lucia.ramirez) restablecida');
  });

  it('el usuario no se repite; la contraseña tiene al menos 8 caracteres, no es el usuario y se confirma', async () => {
    await conSesion(db, { usuario: 'admin' });
    const base = { nombre: 'Otra', cargo: 'Auxiliar', rol: 'capturista' };
    expect(await errorDe(crearCuenta(db, { ...base, usuario: 'Admin', contrasena: 'Otra clave 1', confirmacion: 'Otra clave 1' }))).toEqual({
      usuario: 'El usuario «admin» ya es de otra cuenta',
    });
    expect(await errorDe(crearCuenta(db, { ...base, usuario: 'otra', contrasena: 'corta', confirmacion: 'corta' }))).toEqual({
      contrasena: 'La contraseña debe tener al menos 8 caracteres',
    });
    expect(await errorDe(crearCuenta(db, { ...base, usuario: 'otra.persona', contrasena: 'Otra.Persona', confirmacion: 'Otra.Persona' }))).toEqual({
      contrasena: 'La contraseña no puede ser igual al nombre de usuario',
    });
    expect(await db.cuentas.count()).toBe(1);
  });

  it('la última cuenta de administrador activa no se desactiva ni deja de ser administrador; con otra sí, y desactivarse cierra la sesión', async () => {
    const yo = await conSesion(db, { nombre: 'Admin Uno', usuario: 'admin.uno' });
    const jefa = await agregarCuenta(db, { nombre: 'Jefa', usuario: 'jefa', rol: 'jefe' });
    expect(await errorDe(cambiarActivaCuenta(db, yo.cuentaId, false))).toEqual({
      _: 'No se puede desactivar la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
    });
    expect(await errorDe(editarCuenta(db, yo.cuentaId, { nombre: 'Admin Uno', cargo: 'Jefe', rol: 'jefe' }))).toHaveProperty('rol');
    await editarCuenta(db, jefa.id, { nombre: 'Jefa Dos', cargo: 'Jefa de Gestión', rol: 'administrador' });
    expect((await listarCuentas(db)).map((c) => [c.nombre, c.rol, c.activa])).toEqual([
      ['Admin Uno', 'administrador', true],
      ['Jefa Dos', 'administrador', true],
    ]);
    const edicion = (await db.bitacora.where('entidadId').equals(jefa.id).first())!;
    expect(edicion.resumen).toBe('Cuenta de Jefa Dos (jefa) modificada: rol Jefe → Administrador');
    expect(Object.keys(edicion.cambios ?? {}).sort()).toEqual(['cargo', 'nombre', 'rol']);
    await cambiarActivaCuenta(db, yo.cuentaId, false);
    expect(sesionActual(db)).toBeNull();
    expect((await db.bitacora.orderBy('fecha').last())!.resumen).toBe('Admin Uno (admin.uno) cerró sesión: su cuenta fue desactivada');
  });

  it('un respaldo lleva las cuentas sólo con su hash; ninguna contraseña va en el archivo', async () => {
    await completarPrimerArranque(db, datosPrimerArranque());
    const archivo = await respaldoPlano(db);
    expect(archivo).not.toContain(CLAVE_ADMIN);
    const [cuenta] = await db.cuentas.toArray();
    const datos = JSON.parse(archivo) as { tablas: Record<string, unknown[]> };
    for (const [tabla, filas] of Object.entries(datos.tablas)) {
      if (tabla !== 'cuentas') expect(JSON.stringify(filas), tabla).not.toContain(cuenta.credencial.hash);
    }
    expect(datos.tablas.cuentas).toEqual([JSON.parse(JSON.stringify(cuenta))]);
  });
});
