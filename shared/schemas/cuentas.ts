import { z } from 'zod';
import { contrasenaSchema, credencialSchema, revisarContrasenaNueva } from '../seguridad/contrasenas';
import { ROLES, type Rol } from '../seguridad/permisos';
import { baseRegistro, entero, texto } from './comunes';

/**
 * The staff accounts of the office. The password is kept only as its hash (`credencial`); the failed-attempt state
 * travels with the account so a wait survives closing the app.
 */

export const LONGITUD_MINIMA_USUARIO = 3;
export const LONGITUD_MAXIMA_USUARIO = 30;

/** What the sign-in field does to what is typed before looking the account up: «Maria.Lopez » is «maria.lopez». */
export function normalizarUsuario(usuario: string): string {
  return usuario.trim().toLowerCase();
}

/**
 * Lower-case ASCII letters, digits and dots, without a dot at either end: a name anyone can type on any keyboard
 * layout at sign-in. Upper case is turned to lower case rather than refused; accents and ñ are refused with a
 * message rather than silently dropped, so the clerk knows exactly what to type. Uniqueness is the repository's job.
 */
export const usuarioSchema = z
  .string({ error: 'Escriba el nombre de usuario' })
  .transform(normalizarUsuario)
  .superRefine((u, ctx) => {
    const mensaje =
      u === ''
        ? 'Escriba el nombre de usuario'
        : u.length < LONGITUD_MINIMA_USUARIO
          ? `El usuario debe tener al menos ${LONGITUD_MINIMA_USUARIO} caracteres`
          : u.length > LONGITUD_MAXIMA_USUARIO
            ? `El usuario admite a lo más ${LONGITUD_MAXIMA_USUARIO} caracteres`
            : !/^[a-z0-9.]+$/.test(u)
              ? 'Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)'
              : u.startsWith('.') || u.endsWith('.')
                ? 'El usuario no puede empezar ni terminar con punto'
                : null;
    if (mensaje) ctx.addIssue({ code: 'custom', message: mensaje });
  });

const rol = z.enum(ROLES, { error: 'Elija el rol' });

export const cuentaSchema = z.object({
  ...baseRegistro,
  nombre: texto('Nombre', 150),
  cargo: texto('Cargo', 150),
  usuario: usuarioSchema,
  rol,
  activa: z.boolean({ error: 'Indique si la cuenta está activa' }),
  credencial: credencialSchema,
  fallidos: entero('Intentos fallidos', 0, 1_000_000),
  bloqueadoHasta: z.iso.datetime({ offset: true, message: 'Fecha de bloqueo inválida' }).nullable(),
});
export type Cuenta = z.infer<typeof cuentaSchema>;

/** What the administrator types to create an account. */
export const capturaCuentaSchema = z
  .object({
    nombre: texto('Nombre', 150),
    cargo: texto('Cargo', 150),
    usuario: usuarioSchema,
    rol,
    contrasena: contrasenaSchema,
    confirmacion: z.string({ error: 'Confirme la contraseña' }),
  })
  .superRefine(revisarContrasenaNueva);
export type CapturaCuenta = z.infer<typeof capturaCuentaSchema>;

/** What may change in an existing account without touching its password. */
export const edicionCuentaSchema = z.object({ nombre: texto('Nombre', 150), cargo: texto('Cargo', 150), rol });
export type EdicionCuenta = z.infer<typeof edicionCuentaSchema>;

export type Decision = { permitido: true } | { permitido: false; motivo: string };

type CuentaRegla = Pick<Cuenta, 'id' | 'rol' | 'activa' | 'eliminado'>;

function esAdministradorActivo(c: CuentaRegla): boolean {
  return c.rol === 'administrador' && c.activa && c.eliminado === 0;
}

function buscar(cuentas: readonly CuentaRegla[], id: string): CuentaRegla | undefined {
  return cuentas.find((c) => c.id === id && c.eliminado === 0);
}

const NO_EXISTE: Decision = { permitido: false, motivo: 'La cuenta no existe.' };

/**
 * Someone must always be able to manage the accounts: the last active administrador can be neither disabled nor
 * demoted (create or enable another administrator first).
 */
function revisarUltimoAdministrador(cuentas: readonly CuentaRegla[], id: string, motivo: string): Decision {
  const cuenta = buscar(cuentas, id);
  if (!cuenta) return NO_EXISTE;
  if (!esAdministradorActivo(cuenta)) return { permitido: true };
  const otras = cuentas.filter((c) => c.id !== id && esAdministradorActivo(c)).length;
  return otras > 0 ? { permitido: true } : { permitido: false, motivo };
}

export function puedeDesactivar(cuentas: readonly CuentaRegla[], id: string): Decision {
  return revisarUltimoAdministrador(
    cuentas,
    id,
    'No se puede desactivar la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
  );
}

export function puedeCambiarRol(cuentas: readonly CuentaRegla[], id: string, rolNuevo: Rol): Decision {
  if (rolNuevo === 'administrador') return buscar(cuentas, id) ? { permitido: true } : NO_EXISTE;
  return revisarUltimoAdministrador(
    cuentas,
    id,
    'No se puede quitar el rol de administrador a la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
  );
}
