import { iniciarSesion } from '../../../renderer/src/db/sesion';
import type { BaseDatosPoa } from '../../../renderer/src/db/db';
import { crearCredencial, type Credencial } from '../../../shared/seguridad/contrasenas';
import { SIN_INTENTOS } from '../../../shared/seguridad/intentos';
import type { Rol, Sesion } from '../../../shared/seguridad/permisos';
import type { Cuenta } from '../../../shared/schemas/cuentas';

/**
 * Staff accounts for the repository tests, written straight into the table. Their credentials take few PBKDF2
 * iterations so signing in is quick; the app's own always take 600,000 (crearCuenta, the first-run setup).
 */
export const CONTRASENA_PRUEBA = 'Contraseña de prueba 2026';
const ITERACIONES_PRUEBA = 1000;
let credencial: Promise<Credencial> | null = null;

export interface CuentaPrueba {
  nombre?: string;
  usuario?: string;
  rol?: Rol;
  activa?: boolean;
  estacion?: string;
}

let n = 0;

export async function agregarCuenta(db: BaseDatosPoa, c: CuentaPrueba = {}): Promise<Cuenta> {
  credencial ??= crearCredencial(CONTRASENA_PRUEBA, ITERACIONES_PRUEBA);
  const rol = c.rol ?? 'administrador';
  const t = new Date().toISOString();
  const cuenta: Cuenta = {
    id: crypto.randomUUID(),
    createdAt: t,
    updatedAt: t,
    estacion: c.estacion ?? 'V1',
    eliminado: 0,
    nombre: c.nombre ?? 'Ventanilla 1',
    cargo: `Cargo de ${rol}`,
    usuario: c.usuario ?? `${rol}.${++n}`,
    rol,
    activa: c.activa ?? true,
    credencial: await credencial,
    ...SIN_INTENTOS,
  };
  await db.cuentas.add(cuenta);
  return cuenta;
}

/**
 * Signs in on `db` as a new account (by default an administrador named «Ventanilla 1», the name the old free-text
 * setting gave every change), the way the sign-in screen does.
 */
export async function conSesion(db: BaseDatosPoa, c: CuentaPrueba = {}): Promise<Sesion> {
  const cuenta = await agregarCuenta(db, c);
  return iniciarSesion(db, { usuario: cuenta.usuario, contrasena: CONTRASENA_PRUEBA });
}
