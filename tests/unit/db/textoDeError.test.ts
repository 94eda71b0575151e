import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ErrorValidacion, SesionBloqueada, textoDeError } from '../../../renderer/src/db/errores';

describe('lo que el usuario lee de un error', () => {
  it('los mensajes de la aplicación, tal como son', () => {
    expect(textoDeError(new ErrorValidacion({ curp: 'La CURP no es válida' }))).toBe('La CURP no es válida');
    expect(textoDeError(new SesionBloqueada())).toMatch(/^La sesión está bloqueada/);
    expect(textoDeError(new Error('El archivo no es un PDF, JPG ni PNG'))).toBe('El archivo no es un PDF, JPG ni PNG');
    expect(textoDeError('No hay impresora')).toBe('No hay impresora');
    expect(textoDeError(new RangeError('Clave de estación inválida para el folio: «v 1»'))).toBe('Clave de estación inválida para el folio: «v 1»');
  });

  it('en lugar del texto en inglés de IndexedDB, Dexie o el motor, una frase en español (el original queda en la consola)', () => {
    const consola = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ajenos = [
      new Dexie.TransactionInactiveError('Transaction has already completed or failed'),
      new Dexie.DatabaseClosedError('Database has been closed'),
      new DOMException('The operation failed for reasons unrelated to the database itself', 'UnknownError'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
    ];
    for (const e of ajenos) {
      const texto = textoDeError(e);
      expect(texto).toBe('La base de datos o el navegador no respondieron como se esperaba; intente de nuevo. Si se repite, avise a soporte.');
      expect(texto).not.toContain(e.message);
    }
    expect(textoDeError(new DOMException('Quota exceeded', 'QuotaExceededError'))).toMatch(/^No queda espacio en el disco/);
    expect(consola).toHaveBeenCalledTimes(ajenos.length + 1);
    consola.mockRestore();
  });

  it('algo que no es un error dice su alternativa', () => {
    expect(textoDeError(undefined)).toBe('Ocurrió un error inesperado; intente de nuevo.');
    expect(textoDeError(42, 'No se pudo leer el archivo')).toBe('No se pudo leer el archivo');
  });
});
