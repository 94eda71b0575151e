import { describe, expect, it } from 'vitest';
import {
  anioDeFechaIso,
  bimestreDeMes,
  etiquetaPeriodo,
  hastaElCorte,
  MESES,
  mesDeCorte,
  mesDeReferencia,
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
    expect(() => mesesDelPeriodo({ tipo: 'acumulado', numero: -1 })).toThrow(RangeError);
    expect(() => mesesDelPeriodo({ tipo: 'acumulado', numero: 13 })).toThrow(RangeError);
  });

  it('el acumulado de un año que no inicia no tiene meses', () => {
    expect(mesesDelPeriodo({ tipo: 'acumulado', numero: 0 })).toEqual([]);
    expect(etiquetaPeriodo({ tipo: 'acumulado', numero: 0 })).toBe('acumulado (el año no inicia)');
  });

  describe('mes de corte: el último mes del año ya alcanzado, el mismo para cronograma, tablero, reportes y libro', () => {
    it('antes de que el año empiece no hay mes alcanzado: 0, aun el 31 de diciembre anterior', () => {
      expect(mesDeCorte(2027, new Date(2026, 10, 24))).toBe(0);
      expect(mesDeCorte(2027, new Date(2026, 11, 31, 23, 59))).toBe(0);
      expect(mesDeCorte(2030, new Date(2026, 0, 1))).toBe(0);
    });

    it('durante el año es el mes en curso, del día 1 al último', () => {
      for (const mes of MESES) {
        expect(mesDeCorte(2026, new Date(2026, mes - 1, 1, 0, 0))).toBe(mes);
        expect(mesDeCorte(2026, new Date(2026, mes, 0, 23, 59))).toBe(mes);
      }
    });

    it('terminado el año es diciembre', () => {
      expect(mesDeCorte(2025, new Date(2026, 0, 1, 0, 0))).toBe(12);
      expect(mesDeCorte(2020, new Date(2026, 10, 24))).toBe(12);
    });

    it('las pantallas abren en el mes de corte, o en enero si el año no inicia, y dicen hasta dónde llega el acumulado', () => {
      expect([0, 1, 6, 12].map(mesDeReferencia)).toEqual([1, 1, 6, 12]);
      expect([0, 1, 11].map(hastaElCorte)).toEqual(['sin meses transcurridos', 'a enero', 'a noviembre']);
    });
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
