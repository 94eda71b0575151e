import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fechaHoraIsoLocal,
  fechaIsoLocal,
  formatearFecha,
  formatearFechaHora,
  formatearMoneda,
  formatearNumero,
  formatearPorcentaje,
  parsearFechaMx,
  sumarDias,
} from '../../../shared/domain/formato';

// Timestamps with an offset are shown in the PC's local time; pin the zone to the municipality's (UTC−6, no DST).
beforeAll(() => {
  process.env.TZ = 'America/Mexico_City';
});

describe('formatearFecha y formatearFechaHora', () => {
  it('fecha del calendario', () => {
    expect(formatearFecha('2026-03-05')).toBe('05/03/2026');
    expect(formatearFecha('2026-12-31')).toBe('31/12/2026');
  });

  it('fecha y hora local se muestran tal como se escribieron', () => {
    expect(formatearFecha('2026-03-05T23:59')).toBe('05/03/2026');
    expect(formatearFechaHora('2026-03-05T14:30')).toBe('05/03/2026 14:30');
    expect(formatearFechaHora('2026-03-05T07:05:09')).toBe('05/03/2026 07:05');
  });

  it('con zona horaria se convierte a la hora local de la PC', () => {
    expect(formatearFecha('2026-03-06T03:30:00.000Z')).toBe('05/03/2026');
    expect(formatearFechaHora('2026-03-06T03:30:00.000Z')).toBe('05/03/2026 21:30');
    expect(formatearFechaHora('2026-03-05T14:30:00-06:00')).toBe('05/03/2026 14:30');
  });

  it('sólo fecha en formatearFechaHora no inventa una hora', () => {
    expect(formatearFechaHora('2026-03-05')).toBe('05/03/2026');
  });

  it('vacío da texto vacío y lo que no es fecha se deja ver tal cual', () => {
    expect(formatearFecha(null)).toBe('');
    expect(formatearFecha(undefined)).toBe('');
    expect(formatearFechaHora('')).toBe('');
    expect(formatearFecha('2026-02-30')).toBe('2026-02-30');
    expect(formatearFecha('mañana')).toBe('mañana');
    expect(formatearFechaHora('2026-03-05T25:00')).toBe('2026-03-05T25:00');
  });
});

describe('formatearMoneda', () => {
  it('pesos con separador de miles, dos decimales y un espacio tras $', () => {
    expect(formatearMoneda(1234.5)).toBe('$ 1,234.50');
    expect(formatearMoneda(0)).toBe('$ 0.00');
    expect(formatearMoneda(0.5)).toBe('$ 0.50');
    expect(formatearMoneda(999.999)).toBe('$ 1,000.00');
    expect(formatearMoneda(1_234_567.891)).toBe('$ 1,234,567.89');
    expect(formatearMoneda(100)).toBe('$ 100.00');
  });

  it('negativos con el signo antes de $', () => {
    expect(formatearMoneda(-1234.5)).toBe('-$ 1,234.50');
    expect(formatearMoneda(-0.001)).toBe('$ 0.00');
    expect(formatearMoneda(-0)).toBe('$ 0.00');
  });

  it('redondea como una persona: 1.005 -> 1.01, 2.675 -> 2.68', () => {
    expect(formatearMoneda(1.005)).toBe('$ 1.01');
    expect(formatearMoneda(2.675)).toBe('$ 2.68');
    expect(formatearMoneda(0.125)).toBe('$ 0.13');
  });

  it('no muestra NaN ni infinito', () => {
    expect(() => formatearMoneda(Number.NaN)).toThrow(RangeError);
    expect(() => formatearMoneda(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('propiedad: centavos enteros se muestran exactos y el texto se lee de vuelta al mismo valor', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (centavos) => {
        const texto = formatearMoneda(centavos / 100);
        expect(texto).toMatch(/^-?\$ \d{1,3}(,\d{3})*\.\d{2}$/);
        const leido = Math.round(Number(texto.replace(/[$ ,]/g, '')) * 100);
        expect(leido === 0 ? 0 : leido).toBe(centavos === 0 ? 0 : centavos);
      }),
    );
  });
});

describe('formatearNumero y formatearPorcentaje', () => {
  it('enteros con separador de miles', () => {
    expect(formatearNumero(0)).toBe('0');
    expect(formatearNumero(90)).toBe('90');
    expect(formatearNumero(1234)).toBe('1,234');
    expect(formatearNumero(-1234567)).toBe('-1,234,567');
    expect(formatearNumero(1234.6)).toBe('1,235');
  });

  it('decimales hasta el máximo, sin ceros sobrantes', () => {
    expect(formatearNumero(1234.567, 2)).toBe('1,234.57');
    expect(formatearNumero(2.5, 2)).toBe('2.5');
    expect(formatearNumero(2, 2)).toBe('2');
    expect(formatearNumero(-0.004, 2)).toBe('0');
    expect(() => formatearNumero(1, -1)).toThrow(RangeError);
  });

  it('porcentaje con un decimal como máximo y "No aplica" sin programación', () => {
    expect(formatearPorcentaje(87.5)).toBe('87.5 %');
    expect(formatearPorcentaje(100)).toBe('100 %');
    expect(formatearPorcentaje(0)).toBe('0 %');
    expect(formatearPorcentaje(54.1666)).toBe('54.2 %');
    expect(formatearPorcentaje(89.99)).toBe('90 %');
    expect(formatearPorcentaje(89.99, 2)).toBe('89.99 %');
    expect(formatearPorcentaje(1250)).toBe('1,250 %');
    expect(formatearPorcentaje(null)).toBe('No aplica');
  });
});

describe('fechas locales', () => {
  it('fechaIsoLocal y fechaHoraIsoLocal usan la hora local, no UTC', () => {
    const noche = new Date(2026, 2, 5, 23, 45); // 05/03/2026 23:45 local = 06/03 in UTC
    expect(fechaIsoLocal(noche)).toBe('2026-03-05');
    expect(fechaHoraIsoLocal(noche)).toBe('2026-03-05T23:45');
    expect(fechaHoraIsoLocal(new Date(2026, 0, 2, 7, 5))).toBe('2026-01-02T07:05');
  });

  it('sumarDias cruza meses, años y febrero bisiesto', () => {
    expect(sumarDias('2026-02-27', 2)).toBe('2026-03-01');
    expect(sumarDias('2028-02-27', 2)).toBe('2028-02-29');
    expect(sumarDias('2026-12-30', 5)).toBe('2027-01-04');
    expect(sumarDias('2026-03-01', -1)).toBe('2026-02-28');
    expect(sumarDias('2026-03-05T14:30', 10)).toBe('2026-03-15');
    expect(sumarDias('2026-03-05', 0)).toBe('2026-03-05');
    expect(() => sumarDias('2026-02-30', 1)).toThrow(RangeError);
    expect(() => sumarDias('2026-02-01', 1.5)).toThrow(RangeError);
  });

  it('parsearFechaMx lee dd/mm/aaaa y rechaza fechas que no existen', () => {
    expect(parsearFechaMx('05/03/2026')).toBe('2026-03-05');
    expect(parsearFechaMx(' 5/3/2026 ')).toBe('2026-03-05');
    expect(parsearFechaMx('05-03-2026')).toBe('2026-03-05');
    expect(parsearFechaMx('29/02/2028')).toBe('2028-02-29');
    expect(parsearFechaMx('29/02/2026')).toBeNull();
    expect(parsearFechaMx('31/04/2026')).toBeNull();
    expect(parsearFechaMx('2026-03-05')).toBeNull();
    expect(parsearFechaMx('05/03/26')).toBeNull();
    expect(parsearFechaMx('')).toBeNull();
  });

  it('propiedad: parsearFechaMx(formatearFecha(f)) = f, y sumar y restar n días regresa a la misma fecha', () => {
    const fecha = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fecha, fc.integer({ min: -2000, max: 2000 }), (f, n) => {
        expect(parsearFechaMx(formatearFecha(f))).toBe(f);
        expect(sumarDias(sumarDias(f, n), -n)).toBe(f);
      }),
    );
  });
});
