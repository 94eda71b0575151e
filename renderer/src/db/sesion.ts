import { ALGORITMO_CONTRASENA, crearCredencial, ITERACIONES_CONTRASENA, requiereRenovar, verificarContrasena, type Credencial } from '../../../shared/seguridad/contrasenas';
import { esperaRestante, mensajeEspera, registrarAcierto, registrarFallo, revisarIntento } from '../../../shared/seguridad/intentos';
import { ETIQUETA_ROL, type Accion, type Sesion } from '../../../shared/seguridad/permisos';
import { normalizarUsuario, type Cuenta } from '../../../shared/schemas/cuentas';
import type { BaseDatosPoa } from './db';
import { textoDeError, ErrorValidacion } from './errores';
import { autorDe, autorizar, registrarBitacora, tablasBitacora, type DatosBitacora } from './repositorios/base';
import { fijarSesion, sesionActual, sesionBloqueada, suscribirSesion } from './sesionEnMemoria';

/**
 * Signing in and out at this PC. The signed-in account is held in memory per database connection (`sesionActual`);
 * every repository reads it to check the role and to name the author of each change. Screens follow it with
 * `suscribirSesion`. Passwords are checked against their stored hash and never kept, logged or shown.
 *
 * A sign-in can be locked (after a while without activity, or on demand): the account stays signed in and the screens
 * stay as they were under the lock screen, but every repository call refuses until the same account's password is
 * typed again (`desbloquearSesion`), through the same checks as a sign-in. Another account signing in at the lock
 * screen ends the locked sign-in first (`iniciarSesion`).
 */

export { sesionActual, sesionBloqueada, suscribirSesion };

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

const quien = (c: Pick<Cuenta, 'nombre' | 'usuario'>) => `${c.nombre} (${c.usuario})`;

/** The entry of a sign-in that ends: signing out, or another account signing in at the lock screen. */
function entradaCierre(sesion: Sesion, motivo: string): DatosBitacora {
  return { accion: 'cerrar-sesion', entidad: 'cuenta', entidadId: sesion.cuentaId, resumen: `${quien(sesion)} cerró sesión${motivo ? `: ${motivo}` : ''}` };
}

/**
 * Signs in with user name and password. Five wrong passwords in a row make the next attempts wait (the state is kept
 * on the account, so closing the app does not reset it); a right one clears the count. Every failure is logged: for
 * an unknown user without what was typed (people type their password in the wrong field), for an account with its
 * name. Errors are ErrorValidacion keyed by field ('usuario', 'contrasena').
 *
 * With the sign-in locked, the same account signing in unlocks it (logged as such; the screens are as they were);
 * another account ends it first (its sign-out logged as a change of user) and starts its own.
 */
export async function iniciarSesion(db: BaseDatosPoa, datos: DatosInicioSesion, ahora: Date = new Date()): Promise<Sesion> {
  const usuario = typeof datos.usuario === 'string' ? datos.usuario : '';
  const contrasena = typeof datos.contrasena === 'string' ? datos.contrasena : '';
  const faltan: Record<string, string> = {};
  if (normalizarUsuario(usuario) === '') faltan.usuario = 'Escriba el nombre de usuario';
  if (contrasena === '') faltan.contrasena = 'Escriba la contraseña';
  if (Object.keys(faltan).length) throw new ErrorValidacion(faltan);

  const previa = sesionActual(db);
  const previaBloqueada = sesionBloqueada(db);
  const anonimo = await autorDe(db, null);
  const cuenta = await cuentaPorUsuario(db, usuario);
  const desbloqueo = previa !== null && previaBloqueada && cuenta?.id === previa.cuentaId;
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
    registrarBitacora(db, anonimo, {
      accion: 'acceso-fallido',
      entidad: 'cuenta',
      entidadId: cuenta.id,
      resumen: `${desbloqueo ? 'Desbloqueo' : 'Inicio de sesión'} fallido de ${quien(cuenta)}: ${resumen}`,
    });
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
    throw new ErrorValidacion({ contrasena: textoDeError(e) });
  }
  if (!correcta) {
    const estado = registrarFallo(cuenta, ahora);
    const espera = esperaRestante(estado, ahora);
    await db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
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
  const saliente = previa && previa.cuentaId !== cuenta.id ? previa : null;
  const autorSaliente = saliente && (await autorDe(db, saliente));
  await db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
    if (cuenta.fallidos !== 0 || cuenta.bloqueadoHasta !== null) await db.cuentas.update(cuenta.id, registrarAcierto());
    if (renovada) await db.cuentas.update(cuenta.id, { credencial: renovada });
    if (saliente && autorSaliente) await registrarBitacora(db, autorSaliente, entradaCierre(saliente, `cambio de usuario, entró ${quien(cuenta)}`));
    await registrarBitacora(
      db,
      autor,
      desbloqueo
        ? { accion: 'desbloquear', entidad: 'cuenta', entidadId: cuenta.id, resumen: `${quien(cuenta)} desbloqueó la sesión` }
        : {
            accion: 'iniciar-sesion',
            entidad: 'cuenta',
            entidadId: cuenta.id,
            resumen: `${quien(cuenta)} inició sesión como ${ETIQUETA_ROL[cuenta.rol].toLowerCase()}`,
          },
    );
    // Set inside the transaction: what reads again once it commits (a screen under the lock screen that follows the
    // bitácora) already reads as the new sign-in. Should the commit fail, the sign-in is as it was.
    fijarSesion(db, sesion);
  }).catch((e: unknown) => {
    fijarSesion(db, previa, { bloqueada: previaBloqueada });
    throw e;
  });
  return sesion;
}

/** Why a sign-in locked, as its bitácora entry says. */
export type CausaBloqueo = { tipo: 'inactividad'; minutos: number } | { tipo: 'manual' };

/**
 * Locks the sign-in (logged): the screens stay as they were under the lock screen, and the repositories refuse every
 * call until `desbloquearSesion`. Nothing happens with nobody signed in or when it is already locked.
 */
export async function bloquearSesion(db: BaseDatosPoa, causa: CausaBloqueo): Promise<void> {
  const sesion = sesionActual(db);
  if (!sesion || sesionBloqueada(db)) return;
  // Locked before the entry is written: the screen hides at once.
  fijarSesion(db, sesion, { bloqueada: true });
  await registrarBitacora(db, await autorDe(db, sesion), {
    accion: 'bloquear',
    entidad: 'cuenta',
    entidadId: sesion.cuentaId,
    resumen:
      causa.tipo === 'inactividad'
        ? `La sesión de ${quien(sesion)} se bloqueó tras ${causa.minutos} minuto${causa.minutos === 1 ? '' : 's'} sin actividad`
        : `${quien(sesion)} bloqueó la sesión`,
  });
}

/**
 * Unlocks the locked sign-in with its account's password: a sign-in of the same account, with the same checks, waits
 * and logged failures. Errors are ErrorValidacion keyed by field ('contrasena'; 'usuario' for a disabled account).
 */
export async function desbloquearSesion(db: BaseDatosPoa, contrasena: string, ahora: Date = new Date()): Promise<Sesion> {
  const sesion = sesionActual(db);
  if (!sesion) throw new ErrorValidacion({ _: 'Nadie ha iniciado sesión en esta PC.' });
  if (!sesionBloqueada(db)) return sesion;
  return iniciarSesion(db, { usuario: sesion.usuario, contrasena }, ahora);
}

/** Signs out (logged); nothing happens when nobody is signed in. */
export async function cerrarSesion(db: BaseDatosPoa, motivo = ''): Promise<void> {
  const sesion = sesionActual(db);
  if (!sesion) return;
  await registrarBitacora(db, await autorDe(db, sesion), entradaCierre(sesion, motivo));
  fijarSesion(db, null);
}

/**
 * The sign-in made in this same window carried over a reload, or handed to the hidden window that prints for it:
 * the account is read again, so a disabled account or a changed role takes effect. Not a sign-in (nothing is
 * logged, no password); returns null when the account can no longer sign in. A sign-in that was locked before the
 * reload comes back locked.
 */
export async function continuarSesion(db: BaseDatosPoa, cuentaId: string, { bloqueada = false } = {}): Promise<Sesion | null> {
  const cuenta = await db.cuentas.get(cuentaId);
  const sesion = cuenta && cuenta.activa && cuenta.eliminado === 0 ? sesionDeCuenta(cuenta) : null;
  fijarSesion(db, sesion, { bloqueada });
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
  if (cuenta && cuenta.activa && cuenta.eliminado === 0) fijarSesion(db, sesionDeCuenta(cuenta), { bloqueada: sesionBloqueada(db) });
  else await cerrarSesion(db, motivo);
}

/**
 * For a step that must be refused before it starts although it writes only afterwards (sending a sheet to the
 * printer, whose entry is written once it printed): throws PermisoDenegado, logged, when the role may not.
 */
export async function exigirPermiso(db: BaseDatosPoa, accion: Accion): Promise<void> {
  await autorizar(db, accion);
}
