import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contrasenaNuevaSchema,
  contrasenaSchema,
  crearCredencial,
  credencialSchema,
  ITERACIONES_CONTRASENA,
  requiereRenovar,
  verificarContrasena,
  type Credencial,
} from '../../../../shared/seguridad/contrasenas';

// Hashing with the real work factor takes a fraction of a second; most tests use a low count to stay quick.
const RAPIDO = 1_000;

function mensajes(r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('la contraseña se guarda sólo como hash PBKDF2-SHA-256 con sal', () => {
  it('con el factor de trabajo real guarda 600,000 iteraciones, 16 bytes de sal y 32 de hash, y la verifica', async () => {
    const c = await crearCredencial('Ventanilla 2026');
    expect(c.algoritmo).toBe('PBKDF2-SHA-256');
    expect(c.iteraciones).toBe(600_000);
    expect(ITERACIONES_CONTRASENA).toBe(600_000);
    expect(Buffer.from(c.sal, 'base64')).toHaveLength(16);
    expect(Buffer.from(c.hash, 'base64')).toHaveLength(32);
    expect(credencialSchema.parse(c)).toEqual(c);
    expect(await verificarContrasena('Ventanilla 2026', c)).toBe(true);
    expect(await verificarContrasena('ventanilla 2026', c)).toBe(false);
  });

  it('el hash es el PBKDF2-SHA-256 estándar de la contraseña con su sal (lo recalcula otra implementación)', async () => {
    const c = await crearCredencial('contraseña-ñandú', RAPIDO);
    const esperado = pbkdf2Sync(Buffer.from('contraseña-ñandú', 'utf8'), Buffer.from(c.sal, 'base64'), RAPIDO, 32, 'sha256');
    expect(c.hash).toBe(esperado.toString('base64'));
  });

  it('la contraseña nunca aparece en el registro guardado', async () => {
    const c = await crearCredencial('MiClaveSecreta1', RAPIDO);
    const texto = JSON.stringify(c);
    expect(texto).not.toContain('MiClaveSecreta1');
    expect(Object.keys(c).sort()).toEqual(['algoritmo', 'hash', 'iteraciones', 'sal']);
  });

  it('dos cuentas con la misma contraseña tienen sal y hash distintos', async () => {
    const a = await crearCredencial('misma-contraseña', RAPIDO);
    const b = await crearCredencial('misma-contraseña', RAPIDO);
    expect(a.sal).not.toBe(b.sal);
    expect(a.hash).not.toBe(b.hash);
  });

  it('una contraseña equivocada, vacía o casi igual no entra', async () => {
    const c = await crearCredencial('Ventanilla 2026', RAPIDO);
    expect(await verificarContrasena('Ventanilla 2026', c)).toBe(true);
    expect(await verificarContrasena('Ventanilla 2026 ', c)).toBe(false);
    expect(await verificarContrasena('Ventanilla 2025', c)).toBe(false);
    expect(await verificarContrasena('', c)).toBe(false);
  });

  it('las iteraciones se leen del registro: una cuenta de antes sigue entrando si el valor por omisión sube', async () => {
    const antigua = await crearCredencial('clave de 2026', RAPIDO);
    expect(antigua.iteraciones).toBe(1_000);
    expect(await verificarContrasena('clave de 2026', antigua)).toBe(true);
    expect(requiereRenovar(antigua)).toBe(true);
    expect(requiereRenovar({ ...antigua, iteraciones: ITERACIONES_CONTRASENA })).toBe(false);
  });

  it('también la sal y el largo del hash: un registro hecho con otros parámetros se verifica con los suyos', async () => {
    const sal = Buffer.alloc(24, 7);
    const hash = pbkdf2Sync('otra clave 99', sal, 2_345, 64, 'sha256');
    const registro: Credencial = { algoritmo: 'PBKDF2-SHA-256', iteraciones: 2_345, sal: sal.toString('base64'), hash: hash.toString('base64') };
    expect(await verificarContrasena('otra clave 99', registro)).toBe(true);
    expect(await verificarContrasena('otra clave 98', registro)).toBe(false);
  });

  it('una «é» escrita como un carácter o como «e» más acento es la misma contraseña', async () => {
    const c = await crearCredencial('José Pérez 1', RAPIDO);
    expect(await verificarContrasena('Jose\u0301 Pe\u0301rez 1', c)).toBe(true);
  });

  it('un registro dañado no se confunde con una contraseña equivocada', async () => {
    const c = await crearCredencial('Ventanilla 2026', RAPIDO);
    const danado = { ...c, algoritmo: 'MD5' } as unknown as Credencial;
    await expect(verificarContrasena('Ventanilla 2026', danado)).rejects.toThrow(
      'La credencial guardada de la cuenta está dañada: un administrador debe restablecer la contraseña.',
    );
    await expect(verificarContrasena('x', { ...c, sal: 'no es base64!' })).rejects.toThrow('La credencial guardada de la cuenta está dañada');
    await expect(verificarContrasena('x', { ...c, iteraciones: 50_000_000 })).rejects.toThrow('La credencial guardada de la cuenta está dañada');
  });
});

describe('reglas de una contraseña nueva, con mensajes en español', () => {
  it('al menos 8 caracteres, contados como los ve una persona', () => {
    expect(contrasenaSchema.safeParse('1234567').error?.issues[0].message).toBe('La contraseña debe tener al menos 8 caracteres');
    expect(contrasenaSchema.safeParse('12345678').success).toBe(true);
    expect(contrasenaSchema.safeParse('ñañañañ').error?.issues[0].message).toBe('La contraseña debe tener al menos 8 caracteres');
    expect(contrasenaSchema.safeParse('ñañañaña').success).toBe(true);
    // Four emoji are eight UTF-16 units but four characters.
    expect(contrasenaSchema.safeParse('😀😀😀😀').success).toBe(false);
  });

  it('vacía o sólo espacios no vale, pero los espacios dentro cuentan y no se recortan', () => {
    expect(contrasenaSchema.safeParse('').error?.issues[0].message).toBe('Escriba la contraseña');
    expect(contrasenaSchema.safeParse('          ').error?.issues[0].message).toBe('La contraseña no puede ser sólo espacios');
    expect(contrasenaSchema.safeParse('\t \n   ').error?.issues[0].message).toBe('La contraseña no puede ser sólo espacios');
    expect(contrasenaSchema.parse('  mi clave  ')).toBe('  mi clave  ');
    expect(contrasenaSchema.safeParse(undefined).error?.issues[0].message).toBe('Escriba la contraseña');
  });

  it('no puede ser igual al nombre de usuario, sin importar mayúsculas ni espacios alrededor', () => {
    const r = contrasenaNuevaSchema.safeParse({ usuario: 'maria.lopez', contrasena: 'Maria.Lopez ', confirmacion: 'Maria.Lopez ' });
    expect(mensajes(r)).toEqual({ contrasena: 'La contraseña no puede ser igual al nombre de usuario' });
    expect(contrasenaNuevaSchema.safeParse({ usuario: 'maria.lopez', contrasena: 'maria.lopez2', confirmacion: 'maria.lopez2' }).success).toBe(true);
  });

  it('la confirmación debe coincidir', () => {
    const r = contrasenaNuevaSchema.safeParse({ usuario: 'ana', contrasena: 'Ventanilla 2026', confirmacion: 'Ventanilla 2025' });
    expect(mensajes(r)).toEqual({ confirmacion: 'La confirmación no coincide con la contraseña' });
  });

  it('una contraseña corta y distinta de su confirmación dice ambas cosas en su campo', () => {
    const r = contrasenaNuevaSchema.safeParse({ usuario: 'ana', contrasena: 'corta', confirmacion: '' });
    expect(mensajes(r)).toEqual({
      contrasena: 'La contraseña debe tener al menos 8 caracteres',
      confirmacion: 'La confirmación no coincide con la contraseña',
    });
  });
});
