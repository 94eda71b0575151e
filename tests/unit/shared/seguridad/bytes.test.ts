import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aBase64, aHex, deBase64, igualesEnTiempoConstante } from '../../../../shared/seguridad/bytes';

describe('base64 y hex de los registros de seguridad', () => {
  it('base64 es el estándar (RFC 4648, con relleno) y vuelve a los mismos bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const texto = aBase64(bytes);
        expect(texto).toBe(Buffer.from(bytes).toString('base64'));
        expect([...deBase64(texto)]).toEqual([...bytes]);
      }),
    );
  });

  it('casos conocidos', () => {
    expect(aBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(aBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(aBase64(new Uint8Array())).toBe('');
    expect(aHex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });

  it('un texto que no es base64 se rechaza en lugar de leerse a medias', () => {
    for (const malo of ['TWE', 'TW=E', 'T!Fu', 'TWFu====']) expect(() => deBase64(malo)).toThrow('El texto no está en base64.');
  });

  it('la comparación de hashes compara todos los bytes', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(igualesEnTiempoConstante(a, new Uint8Array([1, 2, 3, 4]))).toBe(true);
    expect(igualesEnTiempoConstante(a, new Uint8Array([1, 2, 3, 5]))).toBe(false);
    expect(igualesEnTiempoConstante(a, new Uint8Array([0, 2, 3, 4]))).toBe(false);
    expect(igualesEnTiempoConstante(a, new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
