import { describe, expect, it } from 'vitest';
import {
  capturaCuentaSchema,
  cuentaSchema,
  edicionCuentaSchema,
  normalizarUsuario,
  puedeCambiarRol,
  puedeDesactivar,
  usuarioSchema,
  type Cuenta,
} from '../../../../shared/schemas/cuentas';
import { crearCredencial } from '../../../../shared/seguridad/contrasenas';
import type { Rol } from '../../../../shared/seguridad/permisos';

function mensajes(r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

const credencial = await crearCredencial('Ventanilla 2026', 1_000);

let n = 0;
function cuenta(rol: Rol, cambios: Partial<Cuenta> = {}): Cuenta {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: '2026-03-05T16:00:00.000Z',
    updatedAt: '2026-03-05T16:00:00.000Z',
    estacion: 'V1',
    eliminado: 0,
    nombre: 'María López Pérez',
    cargo: 'Auxiliar administrativo',
    usuario: `usuario${n}`,
    rol,
    activa: true,
    credencial,
    fallidos: 0,
    bloqueadoHasta: null,
    ...cambios,
  };
}

const captura = {
  nombre: 'María López Pérez',
  cargo: 'Jefa del Departamento de Gestión Social',
  usuario: 'Maria.Lopez',
  rol: 'jefe',
  contrasena: 'Ventanilla 2026',
  confirmacion: 'Ventanilla 2026',
};

describe('el registro de una cuenta', () => {
  it('una cuenta completa pasa el esquema y guarda sólo el hash de la contraseña', () => {
    const c = cuenta('administrador');
    expect(cuentaSchema.parse(c)).toEqual(c);
    expect(JSON.stringify(c)).not.toContain('Ventanilla 2026');
  });

  it('dice en español lo que falta o está mal', () => {
    const r = cuentaSchema.safeParse({ ...cuenta('jefe'), nombre: ' ', rol: 'director', fallidos: -1, bloqueadoHasta: 'mañana' });
    expect(mensajes(r)).toEqual({
      nombre: 'Nombre es obligatorio',
      rol: 'Elija el rol',
      fallidos: 'Intentos fallidos no puede ser menor que 0',
      bloqueadoHasta: 'Fecha de bloqueo inválida',
    });
  });

  it('guarda la espera pendiente tras intentos fallidos', () => {
    const c = cuenta('capturista', { fallidos: 5, bloqueadoHasta: '2026-03-05T16:00:30.000Z' });
    expect(cuentaSchema.parse(c).bloqueadoHasta).toBe('2026-03-05T16:00:30.000Z');
  });
});

describe('el nombre de usuario', () => {
  it('se guarda en minúsculas y sin espacios alrededor', () => {
    expect(usuarioSchema.parse('  Maria.Lopez ')).toBe('maria.lopez');
    expect(normalizarUsuario(' ANA ')).toBe('ana');
    expect(usuarioSchema.parse('v1.captura2')).toBe('v1.captura2');
  });

  it('sólo letras sin acentos, números y punto, con mensajes en español', () => {
    const mensaje = (u: unknown) => usuarioSchema.safeParse(u).error?.issues[0].message;
    expect(mensaje('maría')).toBe('Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)');
    expect(mensaje('peña')).toBe('Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)');
    expect(mensaje('ana lopez')).toBe('Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)');
    expect(mensaje('ana_lopez')).toBe('Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)');
    expect(mensaje('.ana')).toBe('El usuario no puede empezar ni terminar con punto');
    expect(mensaje('ana.')).toBe('El usuario no puede empezar ni terminar con punto');
    expect(mensaje('al')).toBe('El usuario debe tener al menos 3 caracteres');
    expect(mensaje('a'.repeat(31))).toBe('El usuario admite a lo más 30 caracteres');
    expect(mensaje('   ')).toBe('Escriba el nombre de usuario');
    expect(mensaje(undefined)).toBe('Escriba el nombre de usuario');
  });
});

describe('la captura de una cuenta nueva', () => {
  it('da los datos de la cuenta con el usuario normalizado', () => {
    expect(capturaCuentaSchema.parse(captura)).toEqual({ ...captura, usuario: 'maria.lopez' });
  });

  it('la contraseña y su confirmación deben coincidir', () => {
    expect(mensajes(capturaCuentaSchema.safeParse({ ...captura, confirmacion: 'Ventanilla 2025' }))).toEqual({
      confirmacion: 'La confirmación no coincide con la contraseña',
    });
  });

  it('la contraseña no puede ser el nombre de usuario ni tener menos de 8 caracteres', () => {
    expect(mensajes(capturaCuentaSchema.safeParse({ ...captura, contrasena: 'maria.lopez', confirmacion: 'maria.lopez' }))).toEqual({
      contrasena: 'La contraseña no puede ser igual al nombre de usuario',
    });
    expect(mensajes(capturaCuentaSchema.safeParse({ ...captura, contrasena: 'corta', confirmacion: 'corta' }))).toEqual({
      contrasena: 'La contraseña debe tener al menos 8 caracteres',
    });
  });

  it('un formulario vacío dice qué falta en cada campo', () => {
    expect(mensajes(capturaCuentaSchema.safeParse({ nombre: '', cargo: '', usuario: '', rol: '', contrasena: '', confirmacion: '' }))).toEqual({
      nombre: 'Nombre es obligatorio',
      cargo: 'Cargo es obligatorio',
      usuario: 'Escriba el nombre de usuario',
      rol: 'Elija el rol',
      contrasena: 'Escriba la contraseña',
    });
  });

  it('editar una cuenta cambia nombre, cargo y rol, nunca la contraseña', () => {
    expect(edicionCuentaSchema.parse({ nombre: 'Ana', cargo: 'Auxiliar', rol: 'capturista', contrasena: 'x' })).toEqual({
      nombre: 'Ana',
      cargo: 'Auxiliar',
      rol: 'capturista',
    });
  });
});

describe('la última cuenta de administrador activa no se puede desactivar ni degradar', () => {
  it('con un solo administrador activo, desactivarlo o quitarle el rol se rechaza con el motivo', () => {
    const admin = cuenta('administrador');
    const cuentas = [admin, cuenta('jefe'), cuenta('capturista'), cuenta('administrador', { activa: false }), cuenta('administrador', { eliminado: 1 })];
    expect(puedeDesactivar(cuentas, admin.id)).toEqual({
      permitido: false,
      motivo: 'No se puede desactivar la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
    });
    expect(puedeCambiarRol(cuentas, admin.id, 'jefe')).toEqual({
      permitido: false,
      motivo:
        'No se puede quitar el rol de administrador a la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
    });
    expect(puedeCambiarRol(cuentas, admin.id, 'administrador')).toEqual({ permitido: true });
  });

  it('con otro administrador activo sí se puede', () => {
    const a = cuenta('administrador');
    const b = cuenta('administrador');
    expect(puedeDesactivar([a, b], a.id)).toEqual({ permitido: true });
    expect(puedeCambiarRol([a, b], b.id, 'capturista')).toEqual({ permitido: true });
  });

  it('las demás cuentas se desactivan y cambian de rol libremente', () => {
    const admin = cuenta('administrador');
    const jefe = cuenta('jefe');
    const inactivo = cuenta('administrador', { activa: false });
    expect(puedeDesactivar([admin, jefe, inactivo], jefe.id)).toEqual({ permitido: true });
    expect(puedeCambiarRol([admin, jefe, inactivo], jefe.id, 'administrador')).toEqual({ permitido: true });
    expect(puedeCambiarRol([admin, jefe, inactivo], inactivo.id, 'capturista')).toEqual({ permitido: true });
  });

  it('una cuenta que no existe no se toca', () => {
    const admin = cuenta('administrador');
    const borrada = cuenta('jefe', { eliminado: 1 });
    expect(puedeDesactivar([admin, borrada], 'otra')).toEqual({ permitido: false, motivo: 'La cuenta no existe.' });
    expect(puedeCambiarRol([admin, borrada], borrada.id, 'administrador')).toEqual({ permitido: false, motivo: 'La cuenta no existe.' });
  });
});
