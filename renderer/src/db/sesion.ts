import { ALGORITMO_CONTRASENA, crearCredencial, ITERACIONES_CONTRASENA, requiereRenovar, verificarContrasena, type Credencial } from '../../../shared/seguridad/contrasenas';
import { esperaRestante, mensajeEspera, registrarAcierto, registrarFallo, revisarIntento } from '../../../shared/seguridad/intentos';
import { ETIQUETA_ROL, type Accion, type Sesion } from '../../../shared/seguridad/permisos';
import { normalizarUsuario, type Cuenta } from '../../../shared/schemas/cuentas';
import type { BaseDatosPoa } from './db';
import { ErrorValidacion } from './errores';
import { autorDe, autorizar, fijarSesion, registrarBitacora, sesionActual, suscribirSesion } from './repositorios/base';

/**
 * Signing in and out at this PC. The signed-in account is held in memory per database connection (`sesionActual`);
 * every repository reads it to check the role and to name the author of each change. Screens follow it with
 * `suscribirSesion`. Passwords are checked against their stored hash and never kept, logged or shown.
 */

export { sesionActual, suscribirSesion };

export interface DatosInicioSesion {
  usuario: string;
  contrasena: string;
}

/** Said for an unknown user and a wrong password alike, so the screen does not tell which user names exist. */
export const MENSAJE_DATOS_INCORRECTOS = 'Usuario o contraseña incorrectos.';
export const MENSAJE_CUENTA_DESACTIVADA = 'Esta cuenta está desactivada: pida a un administrador que la active.';

/**
 * Checked when the user name matches no account, so the answer takes as long as for a real account. Its hash is
 * no password's: nothing verifies against it.
 */
const CREDENCIAL_DE_RELLENO: Credencial = {
  algoritmo: ALGORITMO_CONTRASENA,
  iteraciones: ITERACIONES_CONTRASENA,
  sal: 'AAAAAAAAAAAAAAAAAAAAAA==',
  hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
};

export function sesionDeCuenta(cuenta: Pick<Cuenta, 'id' | 'nombre' | 'usuario' | 'rol'>): Sesion {
  return { cuentaId: cuenta.id, nombre: cuenta.nombre, usuario: cuenta.usuario, rol: cuenta.rol };
}

/** First start: with no account yet, the app opens its first-run setup instead of the sign-in. */
export async function hayCuentas(db: BaseDatosPoa): Promise<boolean> {
  return (await db.cuentas.filter((c) => c.eliminado === 0).count()) > 0;
}

async function cuentaPorUsuario(db: BaseDatosPoa, usuario: string): Promise<Cuenta | undefined> {
  const cuenta = await db.cuentas.where('usuario').equals(normalizarUsuario(usuario)).first();
  return cuenta && cuenta.eliminado === 0 ? cuenta : undefined;
}

const quien = (c: Cuenta) => `${c.nombre} (${c.usuario})`;

/**
 * Signs in with user name and password. Five wrong passwords in a row make the next attempts wait (the state is kept
 * on the account, so closing the app does not reset it); a right one clears the count. Every failure is logged: for
 * an unknown user without what was typed (people type their password in the wrong field), for an account with its
 * name. Errors are ErrorValidacion keyed by field ('usuario', 'contrasena').
 */
export async function iniciarSesion(db: BaseDatosPoa, datos: DatosInicioSesion, ahora: Date = new Date()): Promise<Sesion> {
  const usuario = typeof datos.usuario === 'string' ? datos.usuario : '';
  const contrasena = typeof datos.contrasena === 'string' ? datos.contrasena : '';
  const faltan: Record<string, string> = {};
  if (normalizarUsuario(usuario) === '') faltan.usuario = 'Escriba el nombre de usuario';
  if (contrasena === '') faltan.contrasena = 'Escriba la contraseña';
  if (Object.keys(faltan).length) throw new ErrorValidacion(faltan);

  const anonimo = await autorDe(db, null);
  const cuenta = await cuentaPorUsuario(db, usuario);
  if (!cuenta) {
    await verificarContrasena(contrasena, CREDENCIAL_DE_RELLENO);
    await registrarBitacora(db, anonimo, {
      accion: 'acceso-fallido',
      entidad: 'cuenta',
      entidadId: null,
      resumen: 'Inicio de sesión fallido: el usuario escrito no corresponde a ninguna cuenta',
    });
    throw new ErrorValidacion({ contrasena: MENSAJE_DATOS_INCORRECTOS });
  }

  const fallo = (resumen: string) =>
    registrarBitacora(db, anonimo, { accion: 'acceso-fallido', entidad: 'cuenta', entidadId: cuenta.id, resumen: `Inicio de sesión fallido de ${quien(cuenta)}: ${resumen}` });
  const revision = revisarIntento(cuenta, ahora);
  if (!revision.permitido) {
    await fallo('intento mientras debía esperar por contraseñas incorrectas');
    throw new ErrorValidacion({ contrasena: revision.mensaje });
  }
  let correcta: boolean;
  try {
    correcta = await verificarContrasena(contrasena, cuenta.credencial);
  } catch (e) {
    await fallo('su credencial guardada está dañada');
    throw new ErrorValidacion({ contrasena: e instanceof Error ? e.message : String(e) });
  }
  if (!correcta) {
    const estado = registrarFallo(cuenta, ahora);
    const espera = esperaRestante(estado, ahora);
    await db.transaction('rw', [db.cuentas, db.bitacora], async () => {
      await db.cuentas.update(cuenta.id, estado);
      await fallo(`contraseña incorrecta (${estado.fallidos} seguida${estado.fallidos === 1 ? '' : 's'})${espera ? '; los siguientes intentos esperan' : ''}`);
    });
    throw new ErrorValidacion({ contrasena: espera ? mensajeEspera(espera) : MENSAJE_DATOS_INCORRECTOS });
  }
  if (!cuenta.activa) {
    await fallo('la cuenta está desactivada');
    throw new ErrorValidacion({ usuario: MENSAJE_CUENTA_DESACTIVADA });
  }

  const sesion = sesionDeCuenta(cuenta);
  const autor = await autorDe(db, sesion);
  // A password hashed with less work than today's is hashed again now that it is known; computed before the
  // transaction (WebCrypto is outside IndexedDB) and stored with the sign-in's entry.
  const renovada = requiereRenovar(cuenta.credencial) ? await crearCredencial(contrasena) : null;
  await db.transaction('rw', [db.cuentas, db.bitacora], async () => {
    if (cuenta.fallidos !== 0 || cuenta.bloqueadoHasta !== null) await db.cuentas.update(cuenta.id, registrarAcierto());
    if (renovada) await db.cuentas.update(cuenta.id, { credencial: renovada });
    await registrarBitacora(db, autor, {
      accion: 'iniciar-sesion',
      entidad: 'cuenta',
      entidadId: cuenta.id,
      resumen: `${quien(cuenta)} inició sesión como ${ETIQUETA_ROL[cuenta.rol].toLowerCase()}`,
    });
  });
  fijarSesion(db, sesion);
  return sesion;
}

/** Signs out (logged); nothing happens when nobody is signed in. */
export async function cerrarSesion(db: BaseDatosPoa, motivo = ''): Promise<void> {
  const sesion = sesionActual(db);
  if (!sesion) return;
  await registrarBitacora(db, await autorDe(db, sesion), {
    accion: 'cerrar-sesion',
    entidad: 'cuenta',
    entidadId: sesion.cuentaId,
    resumen: `${sesion.nombre} (${sesion.usuario}) cerró sesión${motivo ? `: ${motivo}` : ''}`,
  });
  fijarSesion(db, null);
}

/**
 * The sign-in made in this same window carried over a reload, or handed to the hidden window that prints for it:
 * the account is read again, so a disabled account or a changed role takes effect. Not a sign-in (nothing is
 * logged, no password); returns null when the account can no longer sign in.
 */
export async function continuarSesion(db: BaseDatosPoa, cuentaId: string): Promise<Sesion | null> {
  const cuenta = await db.cuentas.get(cuentaId);
  const sesion = cuenta && cuenta.activa && cuenta.eliminado === 0 ? sesionDeCuenta(cuenta) : null;
  fijarSesion(db, sesion);
  return sesion;
}

/**
 * After the accounts changed (an edit, a restore): the signed-in account's name and role are read again; if it no
 * longer exists or was disabled, the sign-in ends (logged with `motivo`).
 */
export async function actualizarSesion(db: BaseDatosPoa, motivo: string): Promise<void> {
  const sesion = sesionActual(db);
  if (!sesion) return;
  const cuenta = await db.cuentas.get(sesion.cuentaId);
  if (cuenta && cuenta.activa && cuenta.eliminado === 0) fijarSesion(db, sesionDeCuenta(cuenta));
  else await cerrarSesion(db, motivo);
}

/**
 * For a step that must be refused before it starts although it writes only afterwards (sending a sheet to the
 * printer, whose entry is written once it printed): throws PermisoDenegado, logged, when the role may not.
 */
export async function exigirPermiso(db: BaseDatosPoa, accion: Accion): Promise<void> {
  await autorizar(db, accion);
}
