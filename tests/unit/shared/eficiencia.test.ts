import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ETIQUETA_SEMAFORO,
  formatearIndice,
  indiceEficiencia,
  semaforo,
  UMBRALES_POR_DEFECTO,
} from '../../../shared/domain/eficiencia';

describe('indiceEficiencia', () => {
  it('logradas / programadas × 100', () => {
    expect(indiceEficiencia(7, 8)).toBe(87.5);
    expect(indiceEficiencia(8, 8)).toBe(100);
    expect(indiceEficiencia(0, 8)).toBe(0);
  });

  it('sobre-cumplimiento tal cual', () => {
    expect(indiceEficiencia(12, 8)).toBe(150);
  });

  it('sin nada programado no aplica (null), nunca división entre cero', () => {
    expect(indiceEficiencia(0, 0)).toBeNull();
    expect(indiceEficiencia(3, 0)).toBeNull();
  });

  it('propiedad: nunca es NaN ni infinito', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (l, p) => {
        const i = indiceEficiencia(l, p);
        if (p === 0) expect(i).toBeNull();
        else expect(Number.isFinite(i)).toBe(true);
      }),
    );
  });
});

describe('semaforo', () => {
  it('umbrales por defecto: verde ≥ 90, ámbar 70–89.99, rojo < 70', () => {
    expect(UMBRALES_POR_DEFECTO).toEqual({ verde: 90, ambar: 70 });
    expect(semaforo(150)).toBe('verde');
    expect(semaforo(100)).toBe('verde');
    expect(semaforo(90)).toBe('verde');
    expect(semaforo(89.99)).toBe('ambar');
    expect(semaforo(70)).toBe('ambar');
    expect(semaforo(69.99)).toBe('rojo');
    expect(semaforo(0)).toBe('rojo');
    expect(semaforo(null)).toBe('no-aplica');
  });

  it('propiedad: con conteos enteros el color es el de la comparación exacta logradas×100 frente a umbral×programadas', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 199 }),
        (l, p, verde, ambarBase) => {
          const ambar = Math.min(ambarBase, verde - 1);
          const esperado = l * 100 >= verde * p ? 'verde' : l * 100 >= ambar * p ? 'ambar' : 'rojo';
          expect(semaforo(indiceEficiencia(l, p), { verde, ambar })).toBe(esperado);
        },
      ),
    );
  });

  it('un índice justo en el umbral no cae al color de abajo: 29 de 50 con ámbar 58, 23 de 20 con verde 115', () => {
    expect(indiceEficiencia(29, 50)).toBe(58);
    expect(semaforo(indiceEficiencia(29, 50), { verde: 90, ambar: 58 })).toBe('ambar');
    expect(semaforo(indiceEficiencia(23, 20), { verde: 115, ambar: 70 })).toBe('verde');
  });

  it('umbrales configurables', () => {
    const u = { verde: 95, ambar: 80 };
    expect(semaforo(95, u)).toBe('verde');
    expect(semaforo(94.99, u)).toBe('ambar');
    expect(semaforo(90, u)).toBe('ambar');
    expect(semaforo(80, u)).toBe('ambar');
    expect(semaforo(79.99, u)).toBe('rojo');
    expect(semaforo(null, u)).toBe('no-aplica');
  });

  it('etiquetas en español', () => {
    expect(ETIQUETA_SEMAFORO).toEqual({ verde: 'En meta', ambar: 'En riesgo', rojo: 'Fuera de meta', 'no-aplica': 'No aplica' });
  });

  it('formatearIndice', () => {
    expect(formatearIndice(87.5)).toBe('87.5 %');
    expect(formatearIndice(100)).toBe('100 %');
    expect(formatearIndice(null)).toBe('No aplica');
  });
});
