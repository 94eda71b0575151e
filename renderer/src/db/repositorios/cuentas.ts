import { contrasenaNuevaSchema, crearCredencial } from '../../../../shared/seguridad/contrasenas';
import { SIN_INTENTOS } from '../../../../shared/seguridad/intentos';
import { ETIQUETA_ROL } from '../../../../shared/seguridad/permisos';
import {
  capturaCuentaSchema,
  edicionCuentaSchema,
  puedeCambiarRol,
  puedeDesactivar,
  type Cuenta,
} from '../../../../shared/schemas/cuentas';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { actualizarSesion } from '../sesion';
import { ahoraIso, autorizar, camposNuevos, diferencias, leerConPermiso, registrarBitacora, tablasBitacora, type Autor } from './base';

/**
 * The staff accounts, managed by an administrador. Passwords are hashed (PBKDF2, shared/seguridad/contrasenas)
 * before any transaction opens, and neither they nor their hash ever reach the bitácora or what this module returns.
 */

/** An account as the screens see it: everything but its credential. */
export type CuentaVisible = Omit<Cuenta, 'credencial'>;

function visible(cuenta: Cuenta): CuentaVisible {
  const { credencial: _c, ...resto } = cuenta;
  return resto;
}

/** What the bitácora may say changed in an account: never the credential, nor the wrong-attempt counters. */
function cambiosVisibles(antes: Cuenta, despues: Cuenta) {
  const { credencial: _a, fallidos: _f, bloqueadoHasta: _b, ...a } = antes;
  const { credencial: _d, fallidos: _g, bloqueadoHasta: _h, ...d } = despues;
  return diferencias(a, d);
}

const nombrar = (c: Pick<Cuenta, 'nombre' | 'usuario'>) => `${c.nombre} (${c.usuario})`;

async function todas(db: BaseDatosPoa): Promise<Cuenta[]> {
  return (await db.cuentas.toArray()).filter((c) => c.eliminado === 0);
}

/** Every account, active ones first, then by name. */
export function listarCuentas(db: BaseDatosPoa): Promise<CuentaVisible[]> {
  return leerConPermiso(db, 'gestionar-cuentas', async () =>
    (await todas(db)).sort((a, b) => Number(b.activa) - Number(a.activa) || a.nombre.localeCompare(b.nombre, 'es-MX')).map(visible),
  );
}

async function exigirUsuarioLibre(db: BaseDatosPoa, usuario: string): Promise<void> {
  if (await db.cuentas.where('usuario').equals(usuario).count()) {
    throw new ErrorValidacion({ usuario: `El usuario «${usuario}» ya es de otra cuenta` });
  }
}

/**
 * A new account with its first password, which its owner types twice. The user name is unique (disabled accounts keep
 * theirs). Errors are keyed by field ('usuario', 'contrasena', 'confirmacion').
 */
export async function crearCuenta(db: BaseDatosPoa, datos: unknown): Promise<CuentaVisible> {
  const autor = await autorizar(db, 'gestionar-cuentas');
  const valida = validar(capturaCuentaSchema, datos);
  await exigirUsuarioLibre(db, valida.usuario);
  const credencial = await crearCredencial(valida.contrasena);
  return db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
    await exigirUsuarioLibre(db, valida.usuario);
    const cuenta: Cuenta = {
      ...camposNuevos(autor.estacion),
      nombre: valida.nombre,
      cargo: valida.cargo,
      usuario: valida.usuario,
      rol: valida.rol,
      activa: true,
      credencial,
      ...SIN_INTENTOS,
    };
    await db.cuentas.add(cuenta);
    await registrarCreacion(db, autor, cuenta);
    return visible(cuenta);
  });
}

/** Shared with the first-run setup, which creates the first administrator. */
export async function registrarCreacion(db: BaseDatosPoa, autor: Autor, cuenta: Cuenta): Promise<void> {
  await registrarBitacora(db, autor, {
    accion: 'crear',
    entidad: 'cuenta',
    entidadId: cuenta.id,
    resumen: `Cuenta de ${nombrar(cuenta)} creada: ${cuenta.cargo}, ${ETIQUETA_ROL[cuenta.rol].toLowerCase()}`,
  });
}

async function cuentaVigente(db: BaseDatosPoa, id: string): Promise<Cuenta> {
  const cuenta = await db.cuentas.get(id);
  if (!cuenta || cuenta.eliminado) throw new ErrorValidacion({ _: 'La cuenta no existe' });
  return cuenta;
}

/**
 * Changes name, post and role. The last active administrador keeps the role: someone must always be able to manage
 * the accounts. If it is the signed-in account, the sign-in takes the new name and role at once.
 */
export async function editarCuenta(db: BaseDatosPoa, id: string, datos: unknown): Promise<CuentaVisible> {
  const autor = await autorizar(db, 'gestionar-cuentas');
  const valida = validar(edicionCuentaSchema, datos);
  const resultado = await db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
    const anterior = await cuentaVigente(db, id);
    const decision = puedeCambiarRol(await todas(db), id, valida.rol);
    if (!decision.permitido) throw new ErrorValidacion({ rol: decision.motivo });
    const nueva: Cuenta = { ...anterior, ...valida, updatedAt: ahoraIso() };
    const cambios = cambiosVisibles(anterior, nueva);
    if (cambios === null) return visible(anterior);
    await db.cuentas.put(nueva);
    await registrarBitacora(db, autor, {
      accion: 'editar',
      entidad: 'cuenta',
      entidadId: id,
      resumen: `Cuenta de ${nombrar(nueva)} modificada${anterior.rol !== nueva.rol ? `: rol ${ETIQUETA_ROL[anterior.rol]} → ${ETIQUETA_ROL[nueva.rol]}` : ''}`,
      cambios,
    });
    return visible(nueva);
  });
  await actualizarSesion(db, 'su cuenta cambió');
  return resultado;
}

/**
 * Disables (or enables again) an account: a disabled account cannot sign in, and its history keeps its name. The last
 * active administrador cannot be disabled. Disabling the signed-in account ends its sign-in.
 */
export async function cambiarActivaCuenta(db: BaseDatosPoa, id: string, activa: boolean): Promise<CuentaVisible> {
  const autor = await autorizar(db, 'gestionar-cuentas');
  const resultado = await db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
    const anterior = await cuentaVigente(db, id);
    if (anterior.activa === activa) return visible(anterior);
    if (!activa) {
      const decision = puedeDesactivar(await todas(db), id);
      if (!decision.permitido) throw new ErrorValidacion({ _: decision.motivo });
    }
    // Enabled again, it starts without the waits of its old wrong attempts.
    const nueva: Cuenta = { ...anterior, activa, ...(activa ? SIN_INTENTOS : {}), updatedAt: ahoraIso() };
    await db.cuentas.put(nueva);
    await registrarBitacora(db, autor, {
      accion: 'estatus',
      entidad: 'cuenta',
      entidadId: id,
      resumen: `Cuenta de ${nombrar(nueva)} ${activa ? 'activada' : 'desactivada'}`,
      cambios: { activa: { antes: anterior.activa, despues: activa } },
    });
    return visible(nueva);
  });
  await actualizarSesion(db, 'su cuenta fue desactivada');
  return resultado;
}

/**
 * Sets a new password for an account whose owner forgot it (typed twice; never the user name) and clears its wrong
 * attempts. The bitácora says it was reset, never to what.
 */
export async function restablecerContrasena(db: BaseDatosPoa, id: string, datos: { contrasena: unknown; confirmacion: unknown }): Promise<void> {
  const autor = await autorizar(db, 'gestionar-cuentas');
  const cuenta = await cuentaVigente(db, id);
  const valida = validar(contrasenaNuevaSchema, { usuario: cuenta.usuario, contrasena: datos.contrasena, confirmacion: datos.confirmacion });
  const credencial = await crearCredencial(valida.contrasena);
  await db.transaction('rw', [db.cuentas, ...tablasBitacora(db)], async () => {
    await cuentaVigente(db, id);
    await db.cuentas.update(id, { credencial, ...SIN_INTENTOS, updatedAt: ahoraIso() });
    await registrarBitacora(db, autor, {
      accion: 'contrasena',
      entidad: 'cuenta',
      entidadId: id,
      resumen: `Contraseña de ${nombrar(cuenta)} restablecida`,
    });
  });
}

/**
 * When each account last signed in, by account id (ISO date), from the bitácora's sign-in entries: this PC's and
 * those incorporated from other PCs. An account that never signed in is missing.
 */
export function ultimosAccesos(db: BaseDatosPoa): Promise<Map<string, string>> {
  return leerConPermiso(db, 'gestionar-cuentas', async () => {
    const ultimos = new Map<string, string>();
    await db.bitacora
      .where('accion')
      .equals('iniciar-sesion')
      .each((e) => {
        if (e.entidadId !== null && e.fecha > (ultimos.get(e.entidadId) ?? '')) ultimos.set(e.entidadId, e.fecha);
      });
    return ultimos;
  });
}
