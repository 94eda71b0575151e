import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatearFolio, parsearFolio, serieFolio } from '../../../shared/domain/folio';

describe('folio', () => {
  it('serie por módulo, año y estación', () => {
    expect(serieFolio('AC', 2026, 'V1')).toBe('AC-2026-V1');
    expect(serieFolio('AC', 2027, 'CAJ2')).toBe('AC-2027-CAJ2');
  });

  it('consecutivo con 4 dígitos mínimo, que crece más allá de 9999 sin reiniciar', () => {
    expect(formatearFolio('AC-2026-V1', 1)).toBe('AC-2026-V1-0001');
    expect(formatearFolio('AC-2026-V1', 42)).toBe('AC-2026-V1-0042');
    expect(formatearFolio('AC-2026-V1', 9999)).toBe('AC-2026-V1-9999');
    expect(formatearFolio('AC-2026-V1', 10000)).toBe('AC-2026-V1-10000');
    expect(formatearFolio('AC-2026-V1', 123456)).toBe('AC-2026-V1-123456');
  });

  it('rechaza estaciones, años y consecutivos inválidos', () => {
    expect(() => serieFolio('AC', 2026, 'v1')).toThrow('Clave de estación inválida');
    expect(() => serieFolio('AC', 2026, '')).toThrow(RangeError);
    expect(() => serieFolio('AC', 2026, 'V-1')).toThrow(RangeError);
    expect(() => serieFolio('AC', 2026, 'VENT1')).toThrow(RangeError);
    expect(() => serieFolio('AC', 26, 'V1')).toThrow('Año de folio inválido');
    expect(() => serieFolio('XX' as 'AC', 2026, 'V1')).toThrow('Módulo de folio desconocido');
    expect(() => formatearFolio('AC-2026-V1', 0)).toThrow('mayor que 0');
    expect(() => formatearFolio('AC-2026-V1', 1.5)).toThrow(RangeError);
  });

  it('parsea un folio en sus partes, tolerando minúsculas y espacios', () => {
    expect(parsearFolio('AC-2026-V1-0001')).toEqual({ modulo: 'AC', anio: 2026, estacion: 'V1', consecutivo: 1 });
    expect(parsearFolio(' ac-2026-v2-0153 ')).toEqual({ modulo: 'AC', anio: 2026, estacion: 'V2', consecutivo: 153 });
    expect(parsearFolio('AC-2026-V1-10000')).toEqual({ modulo: 'AC', anio: 2026, estacion: 'V1', consecutivo: 10000 });
  });

  it('null para lo que no es folio', () => {
    for (const t of ['', 'AC-2026-V1', 'AC-2026-V1-001', 'AC-26-V1-0001', 'XX-2026-V1-0001', 'AC-2026-VENT1-0001', 'AC-2026-V1-0000', 'AC 2026 V1 0001', 'MARIA']) {
      expect(parsearFolio(t)).toBeNull();
    }
  });

  it('propiedad: parsear(formatear(x)) devuelve las mismas partes; folios distintos para series o consecutivos distintos', () => {
    const estacion = fc.stringMatching(/^[A-Z0-9]{1,4}$/);
    const partes = fc.record({
      anio: fc.integer({ min: 2000, max: 2100 }),
      estacion,
      consecutivo: fc.integer({ min: 1, max: 999_999 }),
    });
    fc.assert(
      fc.property(partes, partes, (a, b) => {
        const fa = formatearFolio(serieFolio('AC', a.anio, a.estacion), a.consecutivo);
        const fb = formatearFolio(serieFolio('AC', b.anio, b.estacion), b.consecutivo);
        expect(parsearFolio(fa)).toEqual({ modulo: 'AC', ...a });
        const iguales = a.anio === b.anio && a.estacion === b.estacion && a.consecutivo === b.consecutivo;
        expect(fa === fb).toBe(iguales);
      }),
    );
  });
});
