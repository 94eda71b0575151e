import { pbkdf2Sync, createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cifrar,
  contrasenaRespaldoSchema,
  descifrar,
  ErrorCifrado,
  esCifrado,
  FORMATO_CIFRADO,
  ITERACIONES_CIFRADO,
  leerEncabezado,
} from '../../../../shared/seguridad/cifrado';

const RAPIDO = 1_000;
const texto = (s: string) => new TextEncoder().encode(s);
const respaldo = texto(JSON.stringify({ formato: 'poa-gestion-social/respaldo', version: 3, tablas: { personas: [{ curp: 'PEGM800101MDFRRR09' }] } }));

async function error(p: Promise<unknown>): Promise<ErrorCifrado> {
  try {
    await p;
  } catch (e) {
    return e as ErrorCifrado;
  }
  throw new Error('se esperaba un error');
}

describe('un respaldo que sale de la PC se cierra con contraseña', () => {
  it('con la contraseña correcta se abre idéntico (factor de trabajo real: 600,000 iteraciones)', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026');
    expect(ITERACIONES_CIFRADO).toBe(600_000);
    expect(leerEncabezado(cifrado).encabezado.kdf).toMatchObject({ algoritmo: 'PBKDF2-SHA-256', iteraciones: 600_000 });
    expect([...(await descifrar(cifrado, 'Respaldo USB 2026'))]).toEqual([...respaldo]);
  });

  it('el archivo no deja ver los datos ni la contraseña', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const comoTexto = Buffer.from(cifrado).toString('latin1');
    expect(comoTexto).not.toContain('PEGM800101');
    expect(comoTexto).not.toContain('personas');
    expect(comoTexto).not.toContain('Respaldo USB 2026');
  });

  it('el encabezado es una línea de JSON que dice qué es el archivo, y el resto son los bytes cifrados', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const fin = cifrado.indexOf(0x0a);
    const encabezado = JSON.parse(Buffer.from(cifrado.subarray(0, fin)).toString('utf8'));
    expect(Object.keys(encabezado)).toEqual(['formato', 'version', 'cifrado', 'kdf', 'iv', 'verificador']);
    expect(encabezado).toMatchObject({ formato: FORMATO_CIFRADO, version: 1, cifrado: 'AES-GCM-256', kdf: { algoritmo: 'PBKDF2-SHA-256', iteraciones: RAPIDO } });
    expect(Buffer.from(encabezado.kdf.sal, 'base64')).toHaveLength(16);
    expect(Buffer.from(encabezado.iv, 'base64')).toHaveLength(12);
    // Ciphertext plus the 16-byte authentication tag.
    expect(cifrado.length - fin - 1).toBe(respaldo.length + 16);
  });

  it('es AES-256-GCM estándar con clave PBKDF2-SHA-256 y el encabezado como datos autenticados: otra implementación lo abre', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const fin = cifrado.indexOf(0x0a);
    const linea = cifrado.subarray(0, fin);
    const encabezado = JSON.parse(Buffer.from(linea).toString('utf8'));
    const cuerpo = cifrado.subarray(fin + 1);
    const bits = pbkdf2Sync('Respaldo USB 2026', Buffer.from(encabezado.kdf.sal, 'base64'), RAPIDO, 64, 'sha256');
    expect(bits.subarray(32).toString('base64')).toBe(encabezado.verificador);
    const d = createDecipheriv('aes-256-gcm', bits.subarray(0, 32), Buffer.from(encabezado.iv, 'base64'));
    d.setAAD(linea);
    d.setAuthTag(cuerpo.subarray(cuerpo.length - 16));
    const claro = Buffer.concat([d.update(cuerpo.subarray(0, cuerpo.length - 16)), d.final()]);
    expect(claro.equals(Buffer.from(respaldo))).toBe(true);
  });

  it('cada copia lleva su propia sal e IV: cifrar dos veces lo mismo da archivos distintos', async () => {
    const a = await cifrar(respaldo, 'misma', RAPIDO);
    const b = await cifrar(respaldo, 'misma', RAPIDO);
    expect(leerEncabezado(a).encabezado.iv).not.toBe(leerEncabezado(b).encabezado.iv);
    expect(leerEncabezado(a).encabezado.kdf.sal).not.toBe(leerEncabezado(b).encabezado.kdf.sal);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('un archivo vacío también se cierra y se abre', async () => {
    const cifrado = await cifrar(new Uint8Array(), 'Respaldo USB 2026', RAPIDO);
    expect(await descifrar(cifrado, 'Respaldo USB 2026')).toHaveLength(0);
  });
});

describe('esCifrado distingue un respaldo cerrado de uno abierto', () => {
  it('sin descifrar nada', async () => {
    expect(esCifrado(await cifrar(respaldo, 'x', RAPIDO))).toBe(true);
    expect(esCifrado(respaldo)).toBe(false);
    expect(esCifrado(new Uint8Array())).toBe(false);
    expect(esCifrado(texto('{"formato":"poa-gestion-social'))).toBe(false);
    expect(esCifrado(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(false);
  });
});

describe('los errores se dicen en español y no cambian nada', () => {
  it('una contraseña equivocada', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const e = await error(descifrar(cifrado, 'Respaldo USB 2025'));
    expect(e).toBeInstanceOf(ErrorCifrado);
    expect(e.message).toBe('La contraseña del respaldo no es correcta.');
    expect(e.motivo).toBe('contrasena');
    expect(e.cause).toBeUndefined();
  });

  it('un byte cambiado en los datos: el archivo está dañado, sin texto en inglés de WebCrypto', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const fin = cifrado.indexOf(0x0a);
    for (const posicion of [fin + 1, fin + 20, cifrado.length - 1]) {
      const alterado = cifrado.slice();
      alterado[posicion] ^= 0x01;
      const e = await error(descifrar(alterado, 'Respaldo USB 2026'));
      expect(e).toBeInstanceOf(ErrorCifrado);
      expect(e.message).toBe('El respaldo cifrado está dañado o fue modificado: no se puede abrir.');
      expect(e.motivo).toBe('danado');
      expect(e.cause).toBeUndefined();
      expect(`${e.message} ${e.stack}`).not.toMatch(/operation|OperationError|DOMException/i);
    }
  });

  it('un cambio en el IV del encabezado, o un archivo cortado, también se detectan', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const fin = cifrado.indexOf(0x0a);
    const { encabezado } = leerEncabezado(cifrado);
    const otroIv = Buffer.from(encabezado.iv, 'base64');
    otroIv[0] ^= 1;
    const linea = texto(JSON.stringify({ ...encabezado, iv: otroIv.toString('base64') }));
    const conOtroIv = new Uint8Array([...linea, 0x0a, ...cifrado.subarray(fin + 1)]);
    expect((await error(descifrar(conOtroIv, 'Respaldo USB 2026'))).motivo).toBe('danado');
    expect((await error(descifrar(cifrado.subarray(0, cifrado.length - 5), 'Respaldo USB 2026'))).motivo).toBe('danado');
    expect((await error(descifrar(cifrado.subarray(0, fin), 'Respaldo USB 2026'))).motivo).toBe('danado');
  });

  it('un encabezado ilegible o ajeno', async () => {
    const cifrado = await cifrar(respaldo, 'Respaldo USB 2026', RAPIDO);
    const fin = cifrado.indexOf(0x0a);
    const roto = new Uint8Array([...texto(`{"formato":"${FORMATO_CIFRADO}","version":7}`), 0x0a, ...cifrado.subarray(fin + 1)]);
    expect((await error(descifrar(roto, 'Respaldo USB 2026'))).message).toBe('El respaldo cifrado está dañado o fue modificado: no se puede abrir.');
    const e = await error(descifrar(respaldo, 'Respaldo USB 2026'));
    expect(e.message).toBe('El archivo no es un respaldo cifrado.');
  });

  it('sin contraseña no se cierra ni se abre', async () => {
    expect((await error(cifrar(respaldo, ''))).message).toBe('Escriba la contraseña del respaldo.');
    const cifrado = await cifrar(respaldo, 'x', RAPIDO);
    expect((await error(descifrar(cifrado, ''))).message).toBe('Escriba la contraseña del respaldo.');
  });
});

describe('el diálogo que pone la contraseña a una copia', () => {
  it('pide al menos 8 caracteres y escribirla dos veces igual', () => {
    expect(contrasenaRespaldoSchema.safeParse({ contrasena: 'Respaldo USB 2026', confirmacion: 'Respaldo USB 2026' }).success).toBe(true);
    expect(contrasenaRespaldoSchema.safeParse({ contrasena: 'corta', confirmacion: 'corta' }).error?.issues.map((i) => i.message)).toEqual([
      'La contraseña debe tener al menos 8 caracteres',
    ]);
    expect(
      contrasenaRespaldoSchema.safeParse({ contrasena: 'Respaldo USB 2026', confirmacion: 'Respaldo USB' }).error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([[['confirmacion'], 'La confirmación no coincide con la contraseña']]);
  });
});
