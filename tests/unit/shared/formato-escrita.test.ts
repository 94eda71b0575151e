import { describe, expect, it } from 'vitest';
import { fechaParaEscribir, interpretarFechaEscrita } from '../../../shared/domain/formato';

describe('fechas escritas en la caja de fecha (dd/mm/aaaa)', () => {
  it('entiende dd/mm/aaaa, con guiones o puntos y la forma ISO', () => {
    expect(interpretarFechaEscrita('05/03/2026')).toBe('2026-03-05');
    expect(interpretarFechaEscrita('5-3-2026')).toBe('2026-03-05');
    expect(interpretarFechaEscrita('05.03.2026')).toBe('2026-03-05');
    expect(interpretarFechaEscrita('2026-03-05')).toBe('2026-03-05');
  });

  it('no acepta fechas inexistentes ni a medio escribir', () => {
    expect(interpretarFechaEscrita('31/02/2026')).toBeNull();
    expect(interpretarFechaEscrita('05/03/20')).toBeNull();
    expect(interpretarFechaEscrita('2026-02-30')).toBeNull();
    expect(interpretarFechaEscrita('')).toBeNull();
  });

  it('con hora pide hh:mm de 24 horas', () => {
    expect(interpretarFechaEscrita('05/03/2026 14:30', true)).toBe('2026-03-05T14:30');
    expect(interpretarFechaEscrita('2026-03-05T09:05', true)).toBe('2026-03-05T09:05');
    expect(interpretarFechaEscrita('05/03/2026', true)).toBeNull();
    expect(interpretarFechaEscrita('05/03/2026 24:00', true)).toBeNull();
    expect(interpretarFechaEscrita('05/03/2026 14:30', false)).toBeNull();
  });

  it('muestra lo guardado como se escribe en México', () => {
    expect(fechaParaEscribir('2026-03-05')).toBe('05/03/2026');
    expect(fechaParaEscribir('2026-03-05T14:30')).toBe('05/03/2026 14:30');
    expect(fechaParaEscribir('')).toBe('');
    expect(fechaParaEscribir('05/0')).toBe('05/0');
  });
});
