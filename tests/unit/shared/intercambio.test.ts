import { describe, expect, it } from 'vitest';
import { decidir, ganaConDesempate, type CasoIntercambio } from '../../../shared/domain/intercambio';

const fila = (updatedAt: string, cambios: Record<string, unknown> = {}) => ({ id: 'r1', estacion: 'V1', updatedAt, ...cambios });
const V0 = '2026-03-10T10:00:00.000Z';
const V1 = '2026-03-11T10:00:00.000Z';
const V2 = '2026-03-12T10:00:00.000Z';

function caso(c: Partial<CasoIntercambio>): CasoIntercambio {
  return { tabla: 'solicitudes', local: fila(V0), entrante: fila(V1), base: null, recibida: null, enConflicto: [], estacionLocal: 'V2', estacionEntrante: 'V1', ...c };
}

describe('quién gana cuando se encuentran dos versiones de un registro', () => {
  it('sin base, gana la modificada después; en un empate de fecha, las dos PCs eligen la misma', () => {
    expect(decidir(caso({}))).toBe('tomar');
    expect(decidir(caso({ local: fila(V1), entrante: fila(V0) }))).toBe('conservar');
    const deV1 = fila(V1, { estacion: 'V1', x: 1 });
    const deV2 = fila(V1, { estacion: 'V2', x: 2 });
    // At V1 the copy from V2 arrives, and at V2 the copy from V1: both keep the same one.
    const enV1 = ganaConDesempate(deV1, deV2, 'V1', 'V2') ? deV2 : deV1;
    const enV2 = ganaConDesempate(deV2, deV1, 'V2', 'V1') ? deV1 : deV2;
    expect(enV1).toBe(enV2);
    // The same record held by both with the same maker: the station that holds it decides, the same way at both.
    const a = fila(V1, { x: 1 });
    const b = fila(V1, { x: 2 });
    expect(ganaConDesempate(a, b, 'V1', 'V2')).toBe(!ganaConDesempate(b, a, 'V2', 'V1'));
    // Made at both stations in the same millisecond: the decision at each PC keeps the same copy.
    const enA = decidir(caso({ local: deV1, entrante: deV2, estacionLocal: 'V1', estacionEntrante: 'V2' }));
    const enB = decidir(caso({ local: deV2, entrante: deV1, estacionLocal: 'V2', estacionEntrante: 'V1' }));
    expect([enA, enB]).toEqual(['tomar', 'conservar']);
  });

  it('con base: sólo el cambio de un lado pasa; los dos cambiados es un conflicto', () => {
    expect(decidir(caso({ local: fila(V0), entrante: fila(V2), base: V0 }))).toBe('tomar');
    expect(decidir(caso({ local: fila(V2), entrante: fila(V0), base: V0 }))).toBe('conservar');
    expect(decidir(caso({ local: fila(V1), entrante: fila(V2), base: V0 }))).toBe('conflicto');
    // A version chosen elsewhere that started from a version waiting here in «Conflictos» replaces both.
    expect(decidir(caso({ local: fila(V1), entrante: fila(V2), base: V0, enConflicto: [V0] }))).toBe('tomar');
  });

  it('lo ya recibido de esa estación no vuelve a cambiar nada', () => {
    expect(decidir(caso({ local: fila(V2), entrante: fila(V1), base: V0, recibida: V1 }))).toBe('igual');
    expect(decidir(caso({ local: fila(V1), entrante: fila(V1) }))).toBe('igual');
    expect(decidir(caso({ local: undefined }))).toBe('tomar');
  });

  it('una persona anonimizada gana aunque la otra copia sea más reciente, y nunca es conflicto', () => {
    const anonimizada = fila(V0, { nombres: 'Persona anonimizada', apellidoPaterno: '3', curp: '' });
    const conDatos = fila(V2, { nombres: 'María', apellidoPaterno: 'Pérez', curp: 'PELM900315MVZRPR05' });
    expect(decidir(caso({ tabla: 'personas', local: conDatos, entrante: anonimizada, base: V1 }))).toBe('tomar');
    expect(decidir(caso({ tabla: 'personas', local: anonimizada, entrante: conDatos, base: V1 }))).toBe('conservar');
  });
});
