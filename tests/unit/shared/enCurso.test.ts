import { describe, expect, it } from 'vitest';
import { estadoDelPeriodo, metaALaFecha, momentoDelPeriodo, pideJustificacion, textoEnCurso } from '../../../shared/domain/enCurso';

const PROGRAMADO = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];
const diciembre = { tipo: 'mes', numero: 12 } as const;

describe('el periodo en curso', () => {
  it('el 1 de diciembre, diciembre está en curso: ni rojo ni pide justificación', () => {
    const hoy = { anio: 2026, mes: 12, dia: 1 };
    expect(momentoDelPeriodo(2026, diciembre, hoy)).toBe('actual');
    expect(estadoDelPeriodo('rojo', 'actual')).toBe('en-curso');
    expect(pideJustificacion('rojo', 'actual')).toBe(false);
    expect(momentoDelPeriodo(2026, { tipo: 'mes', numero: 11 }, hoy)).toBe('pasado');
    expect(pideJustificacion('rojo', 'pasado')).toBe(true);
    expect(pideJustificacion('verde', 'pasado')).toBe(false);
    expect(estadoDelPeriodo('rojo', 'por-venir')).toBe('por-venir');
    expect(estadoDelPeriodo('ambar', 'pasado')).toBe('ambar');
    // Nothing programmed is «No aplica» whenever it is.
    expect(estadoDelPeriodo('no-aplica', 'actual')).toBe('no-aplica');
  });

  it('la meta a la fecha cuenta los meses terminados y la parte transcurrida del mes en curso', () => {
    // December has 31 days: on the 1st, 7 × 1/31 rounds down to 0; on the 16th, 7 × 16/31 = 3.6 → 3; on the 31st, 7.
    expect(metaALaFecha(PROGRAMADO, 2026, diciembre, { anio: 2026, mes: 12, dia: 1 })).toBe(0);
    expect(metaALaFecha(PROGRAMADO, 2026, diciembre, { anio: 2026, mes: 12, dia: 16 })).toBe(3);
    expect(metaALaFecha(PROGRAMADO, 2026, diciembre, { anio: 2026, mes: 12, dia: 31 })).toBe(7);
    // The 4th quarter on 16 November: October (7) and half of November (7 × 16/30 = 3.7).
    expect(metaALaFecha(PROGRAMADO, 2026, { tipo: 'trimestre', numero: 4 }, { anio: 2026, mes: 11, dia: 16 })).toBe(10);
    // An ended period gives its whole goal, one to come nothing.
    expect(metaALaFecha(PROGRAMADO, 2025, diciembre, { anio: 2026, mes: 12, dia: 1 })).toBe(7);
    expect(metaALaFecha(PROGRAMADO, 2027, diciembre, { anio: 2026, mes: 12, dia: 1 })).toBe(0);
    expect(textoEnCurso(2, 7, 3)).toBe('En curso: 2 de 7, meta a la fecha 3');
  });
});
