import { describe, expect, it } from 'vitest';
import {
  anioDeFechaIso,
  bimestreDeMes,
  etiquetaPeriodo,
  MESES,
  mesDeFechaIso,
  mesesDelPeriodo,
  NOMBRES_MES,
  periodosDeFrecuencia,
  trimestreDeMes,
} from '../../../shared/domain/periodos';

describe('periodos', () => {
  it('nombres de los meses en español', () => {
    expect(NOMBRES_MES).toHaveLength(12);
    expect(NOMBRES_MES[0]).toBe('enero');
    expect(NOMBRES_MES[8]).toBe('septiembre');
    expect(MESES).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('meses de cada periodo', () => {
    expect(mesesDelPeriodo({ tipo: 'mes', numero: 3 })).toEqual([3]);
    expect(mesesDelPeriodo({ tipo: 'bimestre', numero: 1 })).toEqual([1, 2]);
    expect(mesesDelPeriodo({ tipo: 'bimestre', numero: 6 })).toEqual([11, 12]);
    expect(mesesDelPeriodo({ tipo: 'trimestre', numero: 2 })).toEqual([4, 5, 6]);
    expect(mesesDelPeriodo({ tipo: 'acumulado', numero: 3 })).toEqual([1, 2, 3]);
    expect(mesesDelPeriodo({ tipo: 'anual', numero: 0 })).toEqual(MESES);
  });

  it('rechaza periodos fuera de rango', () => {
    expect(() => mesesDelPeriodo({ tipo: 'mes', numero: 13 })).toThrow(RangeError);
    expect(() => mesesDelPeriodo({ tipo: 'bimestre', numero: 7 })).toThrow(RangeError);
    expect(() => mesesDelPeriodo({ tipo: 'trimestre', numero: 0 })).toThrow(RangeError);
    expect(() => mesesDelPeriodo({ tipo: 'acumulado', numero: 1.5 })).toThrow(RangeError);
  });

  it('bimestre y trimestre de un mes', () => {
    expect(MESES.map(bimestreDeMes)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    expect(MESES.map(trimestreDeMes)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it('periodos de cada frecuencia cubren el año una sola vez', () => {
    for (const [frecuencia, n] of [['mensual', 12], ['bimestral', 6], ['trimestral', 4]] as const) {
      const periodos = periodosDeFrecuencia(frecuencia);
      expect(periodos).toHaveLength(n);
      expect(periodos.flatMap(mesesDelPeriodo)).toEqual(MESES);
    }
  });

  it('etiquetas en español', () => {
    expect(etiquetaPeriodo({ tipo: 'mes', numero: 3 })).toBe('marzo');
    expect(etiquetaPeriodo({ tipo: 'bimestre', numero: 2 })).toBe('2do bimestre (mar–abr)');
    expect(etiquetaPeriodo({ tipo: 'trimestre', numero: 1 })).toBe('1er trimestre (ene–mar)');
    expect(etiquetaPeriodo({ tipo: 'acumulado', numero: 6 })).toBe('acumulado a junio');
    expect(etiquetaPeriodo({ tipo: 'anual', numero: 12 })).toBe('anual');
  });

  it('mes y año de una fecha ISO leídos del texto, sin corrimiento de zona horaria', () => {
    expect(mesDeFechaIso('2026-01-31T23:59')).toBe(1);
    expect(mesDeFechaIso('2026-12-01')).toBe(12);
    expect(anioDeFechaIso('2025-12-31T23:59')).toBe(2025);
    expect(() => mesDeFechaIso('2026-13-01')).toThrow(RangeError);
  });
});
