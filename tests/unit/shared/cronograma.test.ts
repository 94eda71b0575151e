import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGISTROS_VACIOS } from '../../../shared/domain/conteo';
import {
  calcularCronograma,
  logrosDeActividadEnMes,
  resumenesPorTipo,
  resumirPeriodo,
  type AjusteCronograma,
} from '../../../shared/domain/cronograma';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import { mesesDelPeriodo, type Periodo } from '../../../shared/domain/periodos';
import { ACTIVIDADES_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe, ajuste, solicitud, uuid } from './registros';

const U = UMBRALES_POR_DEFECTO;
const ceros = () => Array.from({ length: 12 }, () => 0);
const conMeses = (valores: Record<number, number>) => ceros().map((_, i) => valores[i + 1] ?? 0);

describe('resumirPeriodo', () => {
  it('el índice de un periodo es el de sus sumas, no el promedio de los índices mensuales', () => {
    const programado = conMeses({ 1: 1, 2: 20 });
    const logrado = conMeses({ 1: 1, 2: 10 });
    const r = resumirPeriodo(programado, logrado, { tipo: 'bimestre', numero: 1 }, U);
    expect(r).toEqual({
      periodo: { tipo: 'bimestre', numero: 1 },
      etiqueta: '1er bimestre (ene–feb)',
      programado: 21,
      logrado: 11,
      indice: expect.closeTo((11 / 21) * 100, 9),
      semaforo: 'rojo',
    });
    // The mean of the monthly indices (100 % and 50 %) would have said 75 % (amber): wrong.
    expect(r.indice).toBeCloseTo(52.381, 3);
  });

  it('sin nada programado en el periodo: no aplica, aunque haya logros', () => {
    const r = resumirPeriodo(ceros(), conMeses({ 4: 3 }), { tipo: 'trimestre', numero: 2 }, U);
    expect(r).toMatchObject({ programado: 0, logrado: 3, indice: null, semaforo: 'no-aplica', etiqueta: '2do trimestre (abr–jun)' });
  });

  it('acumulado y anual', () => {
    const p = Array.from({ length: 12 }, () => 10);
    const l = Array.from({ length: 12 }, (_, i) => (i < 3 ? 9 : 0));
    expect(resumirPeriodo(p, l, { tipo: 'acumulado', numero: 3 }, U)).toMatchObject({
      etiqueta: 'acumulado a marzo',
      programado: 30,
      logrado: 27,
      indice: 90,
      semaforo: 'verde',
    });
    expect(resumirPeriodo(p, l, { tipo: 'anual', numero: 12 }, U)).toMatchObject({
      etiqueta: 'anual',
      programado: 120,
      logrado: 27,
      indice: 22.5,
      semaforo: 'rojo',
    });
  });

  it('umbrales configurables', () => {
    const r = resumirPeriodo(conMeses({ 1: 10 }), conMeses({ 1: 8 }), { tipo: 'mes', numero: 1 }, { verde: 80, ambar: 50 });
    expect(r.semaforo).toBe('verde');
    expect(resumirPeriodo(conMeses({ 1: 10 }), conMeses({ 1: 8 }), { tipo: 'mes', numero: 1 }).semaforo).toBe('ambar');
  });
});

describe('resumenesPorTipo', () => {
  const fila = { programado: [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7], logrado: conMeses({ 1: 8, 2: 4, 3: 12 }) };

  it('12 meses, 6 bimestres o 4 trimestres con sus etiquetas', () => {
    expect(resumenesPorTipo(fila, 'mes', U).map((r) => r.etiqueta)).toEqual([
      'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
      'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
    ]);
    const bimestres = resumenesPorTipo(fila, 'bimestre', U);
    expect(bimestres.map((r) => [r.programado, r.logrado])).toEqual([[16, 12], [16, 12], [16, 0], [14, 0], [14, 0], [14, 0]]);
    expect(bimestres[0].indice).toBe(75);
    expect(bimestres[1].etiqueta).toBe('2do bimestre (mar–abr)');
    const trimestres = resumenesPorTipo(fila, 'trimestre', U);
    expect(trimestres.map((r) => [r.programado, r.logrado])).toEqual([[24, 24], [24, 0], [21, 0], [21, 0]]);
    expect(trimestres.map((r) => r.semaforo)).toEqual(['verde', 'rojo', 'rojo', 'rojo']);
  });
});

describe('calcularCronograma', () => {
  const [a1, a2] = ACTIVIDADES_POA_2026;
  const act1 = actividadDe(a1);
  const act2 = actividadDe(a2);

  it('ignora actividades eliminadas y ordena por número', () => {
    const borrada = actividadDe({ ...a1, numero: 5 }, { eliminado: 1 });
    const c = calcularCronograma({
      anio: 2026,
      actividades: [act2, borrada, act1],
      registros: REGISTROS_VACIOS,
      ajustes: [],
      umbrales: U,
      mesCorte: 1,
    });
    expect(c.filas.map((f) => f.actividad.numero)).toEqual([1, 2]);
    expect(c.total.metaAnual).toBe(180);
  });

  it('sólo suma ajustes vigentes del mismo año y actividad, aparte de los registros', () => {
    const ajustes: AjusteCronograma[] = [
      ajuste({ actividadId: act1.id, mes: 2, cantidad: 3 }),
      ajuste({ actividadId: act1.id, mes: 2, cantidad: -1 }),
      ajuste({ actividadId: act1.id, mes: 2, cantidad: 50, eliminado: 1 }),
      ajuste({ actividadId: act1.id, mes: 2, cantidad: 50, anio: 2025 }),
      ajuste({ actividadId: uuid(999), mes: 2, cantidad: 50 }),
    ];
    const registros = { ...REGISTROS_VACIOS, solicitudes: [solicitud({ fechaRecepcion: '2026-02-10T10:00' })] };
    const c = calcularCronograma({ anio: 2026, actividades: [act1], registros, ajustes, umbrales: U, mesCorte: 2 });
    const f = c.filas[0];
    expect(f.logradoRegistros).toEqual(conMeses({ 2: 1 }));
    expect(f.ajustes).toEqual(conMeses({ 2: 2 }));
    expect(f.logrado).toEqual(conMeses({ 2: 3 }));
    expect(c.total.ajustes).toEqual(conMeses({ 2: 2 }));
    expect(c.total.logradoRegistros).toEqual(conMeses({ 2: 1 }));
  });

  it('meta programada que no cuadra: diferencia y % distintos de 100; meta anual 0: % no aplica', () => {
    const desfasada = actividadDe(a1, { programado: [10, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7] });
    const sinMeta = actividadDe({ ...a2, numero: 2 }, { metaAnual: 0, programado: ceros(), reglaConteo: 'ninguna' });
    const c = calcularCronograma({ anio: 2026, actividades: [desfasada, sinMeta], registros: REGISTROS_VACIOS, ajustes: [], umbrales: U, mesCorte: 12 });
    expect(c.filas[0]).toMatchObject({ metaProgramadaN: 92, diferenciaMeta: 2, metaAlcanzadaN: 0, metaAlcanzadaPct: 0 });
    expect(c.filas[0].metaProgramadaPct).toBeCloseTo(102.222, 3);
    expect(c.filas[1]).toMatchObject({ metaProgramadaN: 0, metaProgramadaPct: null, metaAlcanzadaPct: null, diferenciaMeta: 0 });
    expect(c.filas[1].semaforoMes).toEqual(Array.from({ length: 12 }, () => 'no-aplica'));
    expect(c.total).toMatchObject({ metaAnual: 90, metaProgramadaN: 92, diferenciaMeta: 2 });
  });

  it('un POA sin actividades da totales en cero y no aplica', () => {
    const c = calcularCronograma({ anio: 2026, actividades: [], registros: REGISTROS_VACIOS, ajustes: [], umbrales: U, mesCorte: 6 });
    expect(c.filas).toEqual([]);
    expect(c.total).toMatchObject({ metaAnual: 0, metaProgramadaPct: null, metaAlcanzadaPct: null });
    expect(c.total.acumulado).toMatchObject({ indice: null, semaforo: 'no-aplica' });
  });

  it('rechaza un mes de corte fuera de 0..12', () => {
    const entrada = { anio: 2026, actividades: [act1], registros: REGISTROS_VACIOS, ajustes: [], umbrales: U };
    expect(() => calcularCronograma({ ...entrada, mesCorte: -1 })).toThrow('El mes de corte debe ser de 0 a 12 (es -1)');
    expect(() => calcularCronograma({ ...entrada, mesCorte: 13 })).toThrow(RangeError);
    expect(() => calcularCronograma({ ...entrada, mesCorte: 2.5 })).toThrow(RangeError);
  });

  it('con corte 0 (el año no inicia) el acumulado no tiene meses ni semáforo; lo anual sí se calcula', () => {
    const c = calcularCronograma({ anio: 2027, actividades: [act1], registros: REGISTROS_VACIOS, ajustes: [], umbrales: U, mesCorte: 0 });
    expect(c.mesCorte).toBe(0);
    for (const acumulado of [c.filas[0].acumulado, c.total.acumulado]) {
      expect(acumulado).toMatchObject({ programado: 0, logrado: 0, indice: null, semaforo: 'no-aplica', etiqueta: 'acumulado (el año no inicia)' });
    }
    expect(c.total.anual).toMatchObject({ programado: 90, logrado: 0, indice: 0 });
  });

  it('no altera las actividades que recibe', () => {
    const lista = [act2, act1];
    const copia = structuredClone(lista);
    calcularCronograma({ anio: 2026, actividades: lista, registros: REGISTROS_VACIOS, ajustes: [], umbrales: U, mesCorte: 3 });
    expect(lista).toEqual(copia);
  });

  it('logrosDeActividadEnMes usa la regla de la actividad', () => {
    const registros = { ...REGISTROS_VACIOS, solicitudes: [solicitud({ id: uuid(5001), fechaRecepcion: '2026-03-10T10:00' })] };
    expect(logrosDeActividadEnMes(act1, registros, 2026, 3).map((l) => l.id)).toEqual([uuid(5001)]);
    expect(logrosDeActividadEnMes(act2, registros, 2026, 3)).toEqual([]);
  });
});

describe('propiedades del cronograma', () => {
  const mes12 = (max: number, min = 0) => fc.array(fc.integer({ min, max }), { minLength: 12, maxLength: 12 });
  const periodo: fc.Arbitrary<Periodo> = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((numero) => ({ tipo: 'mes' as const, numero })),
    fc.integer({ min: 1, max: 6 }).map((numero) => ({ tipo: 'bimestre' as const, numero })),
    fc.integer({ min: 1, max: 4 }).map((numero) => ({ tipo: 'trimestre' as const, numero })),
    fc.integer({ min: 1, max: 12 }).map((numero) => ({ tipo: 'acumulado' as const, numero })),
    fc.constant({ tipo: 'anual' as const, numero: 12 }),
  );

  it('el índice de cualquier periodo es Σlogradas / Σprogramadas × 100 (null sin programación)', () => {
    fc.assert(
      fc.property(mes12(50), mes12(80, -5), periodo, (p, l, per) => {
        const meses = mesesDelPeriodo(per);
        const sp = meses.reduce((s, m) => s + p[m - 1], 0);
        const sl = meses.reduce((s, m) => s + l[m - 1], 0);
        const r = resumirPeriodo(p, l, per, U);
        expect(r.programado).toBe(sp);
        expect(r.logrado).toBe(sl);
        if (sp === 0) expect(r.indice).toBeNull();
        else expect(r.indice).toBeCloseTo((sl / sp) * 100, 9);
      }),
    );
  });

  it('bimestres y trimestres son la suma de sus meses y juntos suman el año', () => {
    fc.assert(
      fc.property(mes12(50), mes12(80), (p, l) => {
        const fila = { programado: p, logrado: l };
        const meses = resumenesPorTipo(fila, 'mes', U);
        for (const tipo of ['bimestre', 'trimestre'] as const) {
          const tamano = tipo === 'bimestre' ? 2 : 3;
          resumenesPorTipo(fila, tipo, U).forEach((r, i) => {
            const suyos = meses.slice(i * tamano, (i + 1) * tamano);
            expect(r.programado).toBe(suyos.reduce((s, m) => s + m.programado, 0));
            expect(r.logrado).toBe(suyos.reduce((s, m) => s + m.logrado, 0));
          });
          const anual = resumirPeriodo(p, l, { tipo: 'anual', numero: 12 }, U);
          expect(resumenesPorTipo(fila, tipo, U).reduce((s, r) => s + r.programado, 0)).toBe(anual.programado);
        }
      }),
    );
  });

  it('el total del POA es la suma de sus filas, mes por mes y en los resúmenes', () => {
    const actividadArb = fc.record({ programado: mes12(20), ajustes: fc.array(fc.record({ mes: fc.integer({ min: 1, max: 12 }), cantidad: fc.integer({ min: -5, max: 20 }) }), { maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(actividadArb, { maxLength: 6 }), fc.integer({ min: 0, max: 12 }), (defs, mesCorte) => {
        const actividades = defs.map((d, i) =>
          actividadDe(
            { ...ACTIVIDADES_POA_2026[0], numero: i + 1, reglaConteo: 'ninguna' },
            { id: uuid(7000 + i), programado: d.programado, metaAnual: d.programado.reduce((s, v) => s + v, 0) },
          ),
        );
        const ajustes = defs.flatMap((d, i) => d.ajustes.map((a) => ajuste({ actividadId: uuid(7000 + i), ...a })));
        const c = calcularCronograma({ anio: 2026, actividades, registros: REGISTROS_VACIOS, ajustes, umbrales: U, mesCorte });
        for (let m = 0; m < 12; m++) {
          expect(c.total.programado[m]).toBe(c.filas.reduce((s, f) => s + f.programado[m], 0));
          expect(c.total.logrado[m]).toBe(c.filas.reduce((s, f) => s + f.logrado[m], 0));
        }
        expect(c.total.acumulado.logrado).toBe(c.filas.reduce((s, f) => s + f.acumulado.logrado, 0));
        expect(c.total.anual.programado).toBe(c.total.metaProgramadaN);
        expect(c.total.metaAlcanzadaN).toBe(c.filas.reduce((s, f) => s + f.metaAlcanzadaN, 0));
        c.filas.forEach((f) => {
          expect(f.logrado).toEqual(f.logradoRegistros.map((n, i) => n + f.ajustes[i]));
          expect(f.diferenciaMeta).toBe(0);
        });
      }),
    );
  });
});
