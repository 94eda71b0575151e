import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diferenciaProgramado, distribuirMetaAnual, sumaProgramado } from '../../../shared/domain/metas';

const TODOS = Array.from({ length: 12 }, () => true);
const NINGUNO = Array.from({ length: 12 }, () => false);
const sumar = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('distribuirMetaAnual', () => {
  it('reparte 90 en 12 meses como seis 8 y seis 7, los 8 primero', () => {
    expect(distribuirMetaAnual(90, TODOS)).toEqual([8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7]);
  });

  it('reparte exacto cuando la meta es múltiplo de los meses', () => {
    expect(distribuirMetaAnual(120, TODOS)).toEqual(Array.from({ length: 12 }, () => 10));
    expect(distribuirMetaAnual(0, TODOS)).toEqual(Array.from({ length: 12 }, () => 0));
  });

  it('sólo usa los meses marcados y da el sobrante a los primeros', () => {
    // Bimonthly marks: Feb, Apr, Jun, Aug, Oct, Dec.
    const pares = TODOS.map((_, i) => i % 2 === 1);
    expect(distribuirMetaAnual(10, pares)).toEqual([0, 2, 0, 2, 0, 2, 0, 2, 0, 1, 0, 1]);
    const unMes = NINGUNO.map((_, i) => i === 6);
    expect(distribuirMetaAnual(90, unMes)).toEqual([0, 0, 0, 0, 0, 0, 90, 0, 0, 0, 0, 0]);
  });

  it('con menos unidades que meses, una unidad a cada uno de los primeros meses', () => {
    expect(distribuirMetaAnual(3, TODOS)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('sin meses marcados devuelve ceros y la diferencia muestra la meta que no se pudo programar', () => {
    const r = distribuirMetaAnual(90, NINGUNO);
    expect(r).toEqual(Array.from({ length: 12 }, () => 0));
    expect(diferenciaProgramado(90, r)).toBe(-90);
  });

  it('rechaza metas negativas o fraccionarias y cronogramas que no son de 12 meses', () => {
    expect(() => distribuirMetaAnual(-1, TODOS)).toThrow(RangeError);
    expect(() => distribuirMetaAnual(1.5, TODOS)).toThrow('número entero');
    expect(() => distribuirMetaAnual(Number.NaN, TODOS)).toThrow(RangeError);
    expect(() => distribuirMetaAnual(10, [true, true])).toThrow('12 meses');
  });

  const meses = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });
  const meta = fc.integer({ min: 0, max: 100_000 });

  it('propiedad: con al menos un mes marcado la suma es exactamente la meta anual', () => {
    fc.assert(
      fc.property(meta, meses.filter((m) => m.some(Boolean)), (m, ms) => {
        const r = distribuirMetaAnual(m, ms);
        expect(r).toHaveLength(12);
        expect(sumar(r)).toBe(m);
        expect(diferenciaProgramado(m, r)).toBe(0);
      }),
    );
  });

  it('propiedad: nunca programa en un mes sin marca y todo son enteros no negativos', () => {
    fc.assert(
      fc.property(meta, meses, (m, ms) => {
        const r = distribuirMetaAnual(m, ms);
        r.forEach((v, i) => {
          expect(Number.isInteger(v) && v >= 0).toBe(true);
          if (!ms[i]) expect(v).toBe(0);
        });
      }),
    );
  });

  it('propiedad: entre meses marcados difieren a lo más en 1 y los mayores van primero', () => {
    fc.assert(
      fc.property(meta, meses.filter((m) => m.some(Boolean)), (m, ms) => {
        const marcados = distribuirMetaAnual(m, ms).filter((_, i) => ms[i]);
        expect(Math.max(...marcados) - Math.min(...marcados)).toBeLessThanOrEqual(1);
        // Non-increasing along the year: ties of the remainder go to the earliest months.
        for (let i = 1; i < marcados.length; i++) expect(marcados[i]).toBeLessThanOrEqual(marcados[i - 1]);
      }),
    );
  });
});

describe('diferenciaProgramado y sumaProgramado', () => {
  it('suma menos meta: positiva si sobra, negativa si falta, 0 si cuadra', () => {
    const seed = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];
    expect(sumaProgramado(seed)).toBe(90);
    expect(diferenciaProgramado(90, seed)).toBe(0);
    expect(diferenciaProgramado(90, seed.map((v, i) => (i === 0 ? v + 2 : v)))).toBe(2);
    expect(diferenciaProgramado(90, seed.map((v, i) => (i === 11 ? 0 : v)))).toBe(-7);
  });
});
