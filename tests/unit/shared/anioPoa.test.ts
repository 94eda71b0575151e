import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idActividad, idPoa } from '../../../shared/domain/identidad';
import { moverFechaAlAnio, proponerPoa } from '../../../shared/domain/nuevoPoa';
import {
  finDeMes,
  impedimentoMesReconduccion,
  limiteReconduccion,
  mesesCambiados,
  revisarReconduccion,
  ultimoDiaHabil,
} from '../../../shared/domain/reconduccion';
import { unificarIdentidades } from '../../../shared/domain/unificarPoa';
import { impedimentoParaAutorizar, impedimentoParaCerrarPoa } from '../../../shared/domain/estadoPoa';
import { estadoCierresDelAnio } from '../../../shared/domain/cierres';
import { ACTIVIDADES_POA_2026, ENCABEZADO_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe } from './registros';

const NOVENTA = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];

describe('identidad del POA por año', () => {
  it('el POA y cada actividad tienen un id fijo por año y número, válido como UUID', () => {
    expect(idPoa(2027)).toBe('504f4100-2027-8000-8000-000000000000');
    expect(idActividad(2027, 3)).toBe('504f4100-2027-8000-8001-000000000003');
    expect(z.uuid().safeParse(idPoa(2027)).success).toBe(true);
    expect(z.uuid().safeParse(idActividad(2026, 12)).success).toBe(true);
    expect(idActividad(2026, 1)).not.toBe(idActividad(2027, 1));
  });

  it('dos POA 2026 creados con ids al azar en dos PCs quedan en uno, con sus referencias apuntando al nuevo id', () => {
    const base = { createdAt: '2026-01-02T10:00:00.000Z', estacion: 'V1', eliminado: 0 };
    const tablas = unificarIdentidades({
      poas: [
        { ...base, id: 'a', anio: 2026, updatedAt: '2026-01-02T10:00:00.000Z', area: 'vieja' },
        { ...base, id: 'b', anio: 2026, updatedAt: '2026-03-02T10:00:00.000Z', area: 'nueva' },
      ],
      actividades: [
        { ...base, id: 'x1', poaId: 'a', numero: 1, updatedAt: '2026-01-02T10:00:00.000Z' },
        { ...base, id: 'y1', poaId: 'b', numero: 1, updatedAt: '2026-02-02T10:00:00.000Z' },
        { ...base, id: 'y2', poaId: 'b', numero: 2, updatedAt: '2026-02-02T10:00:00.000Z' },
      ],
      ajustes: [{ id: 'aj', actividadId: 'x1' }],
      justificaciones: [{ id: 'j1', actividadId: null }, { id: 'j2', actividadId: 'y2' }],
      reconducciones: [{ id: 'r', actividadId: 'y2', poaId: 'b' }],
    });
    expect(tablas.poas).toHaveLength(1);
    expect(tablas.poas[0]).toMatchObject({ id: idPoa(2026), area: 'nueva' });
    expect(tablas.actividades.map((a) => [a.id, a.poaId])).toEqual([
      [idActividad(2026, 1), idPoa(2026)],
      [idActividad(2026, 2), idPoa(2026)],
    ]);
    expect(tablas.actividades[0].updatedAt).toBe('2026-02-02T10:00:00.000Z');
    expect(tablas.ajustes[0].actividadId).toBe(idActividad(2026, 1));
    expect(tablas.justificaciones.map((j) => j.actividadId)).toEqual([null, idActividad(2026, 2)]);
    expect(tablas.reconducciones[0]).toMatchObject({ actividadId: idActividad(2026, 2), poaId: idPoa(2026) });
  });

  it('una copia viva gana a una eliminada aunque ésta sea más reciente', () => {
    const tablas = unificarIdentidades({
      poas: [
        { id: 'a', anio: 2027, eliminado: 0, updatedAt: '2026-12-01T00:00:00.000Z' },
        { id: 'b', anio: 2027, eliminado: 1, updatedAt: '2026-12-09T00:00:00.000Z' },
      ],
      actividades: [],
      ajustes: [],
      justificaciones: [],
      reconducciones: [],
    });
    expect(tablas.poas).toEqual([{ id: idPoa(2027), anio: 2027, eliminado: 0, updatedAt: '2026-12-01T00:00:00.000Z' }]);
  });
});

describe('Nuevo POA a partir del anterior', () => {
  const origen = { encabezado: ENCABEZADO_POA_2026, actividades: ACTIVIDADES_POA_2026 };

  it('copia encabezado y actividades, reparte las metas dadas por residuo mayor y mueve las fechas al año nuevo', () => {
    const p = proponerPoa(2027, origen, { 1: 120, 3: 50 });
    expect(p.encabezado).toEqual({ ...ENCABEZADO_POA_2026, anio: 2027 });
    expect(p.actividades.map((a) => a.metaAnual)).toEqual([120, 90, 50, 90]);
    expect(p.actividades[0].programado).toEqual(Array(12).fill(10));
    expect(p.actividades[1].programado).toEqual(NOVENTA);
    expect(p.actividades[2].programado).toEqual([5, 5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(p.actividades[0].fechaInicio).toBe('2027-01-02');
    expect(p.actividades[0].fechaFin).toBe('2027-12-30');
    expect(p.actividades[1].fechaInicio).toBeNull();
    const { metaAnual: _m, programado: _p, fechaInicio: _i, fechaFin: _f, ...resto } = p.actividades[3];
    const { metaAnual: _m2, programado: _p2, fechaInicio: _i2, fechaFin: _f2, ...restoOrigen } = ACTIVIDADES_POA_2026[3];
    expect(resto).toEqual(restoOrigen);
  });

  it('sin metas nuevas propone las del año anterior; el origen no cambia', () => {
    const antes = structuredClone(ACTIVIDADES_POA_2026);
    const p = proponerPoa(2027, origen);
    expect(p.actividades.map((a) => a.metaAnual)).toEqual([90, 90, 90, 90]);
    p.actividades[0].meses[0] = false;
    p.actividades[0].acciones.push('otra');
    expect(ACTIVIDADES_POA_2026).toEqual(antes);
  });

  it('los meses sin X no reciben meta', () => {
    const meses = [false, true, true, true, true, true, true, true, true, true, true, false];
    const p = proponerPoa(2027, { ...origen, actividades: [{ ...ACTIVIDADES_POA_2026[0], meses }] }, { 1: 25 });
    expect(p.actividades[0].programado).toEqual([0, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 0]);
  });

  it('el 29 de febrero pasa al 28 en un año no bisiesto', () => {
    expect(moverFechaAlAnio('2028-02-29', 2028, 2029)).toBe('2029-02-28');
    expect(moverFechaAlAnio('2027-02-28', 2027, 2028)).toBe('2028-02-28');
    expect(moverFechaAlAnio('2026-12-30', 2026, 2027)).toBe('2027-12-30');
    expect(moverFechaAlAnio(null, 2026, 2027)).toBeNull();
  });
});

describe('reglas de la reconducción', () => {
  it('el último día hábil del mes salta sábado y domingo', () => {
    expect(ultimoDiaHabil(2026, 3)).toBe('2026-03-31'); // martes
    expect(ultimoDiaHabil(2026, 10)).toBe('2026-10-30'); // el 31 es sábado
    expect(ultimoDiaHabil(2027, 10)).toBe('2027-10-29'); // el 31 es domingo
    expect(ultimoDiaHabil(2027, 12)).toBe('2027-12-31'); // viernes
    expect(finDeMes(2028, 2)).toBe('2028-02-29');
    expect(limiteReconduccion(2027, 4)).toBe('2027-06-30');
  });

  it('un mes que no ha terminado se puede reconducir', () => {
    expect(impedimentoMesReconduccion(2027, 5, '2027-04-08')).toBeNull();
    expect(impedimentoMesReconduccion(2027, 4, '2027-04-30')).toBeNull();
  });

  it('un mes terminado del trimestre en curso se puede reconducir hasta el último día hábil del trimestre', () => {
    expect(impedimentoMesReconduccion(2027, 4, '2027-05-10')).toBeNull();
    expect(impedimentoMesReconduccion(2027, 4, '2027-06-30')).toBeNull();
    expect(impedimentoMesReconduccion(2027, 4, '2027-07-01')).toMatch(/^Abril 2027 ya terminó/);
    // 3er trimestre 2027: el 30 de septiembre es jueves; 4to trimestre 2026: el 31 de diciembre es jueves.
    expect(impedimentoMesReconduccion(2026, 10, '2026-12-31')).toBeNull();
  });

  it('cuando el último día del trimestre cae en fin de semana, el plazo vence el viernes anterior', () => {
    // 30 de septiembre de 2029 es domingo: el último día hábil es el viernes 28.
    expect(impedimentoMesReconduccion(2029, 8, '2029-09-28')).toBeNull();
    expect(impedimentoMesReconduccion(2029, 8, '2029-09-29')).toBe(
      'Agosto 2029 ya terminó y el plazo para reconducir su 3er trimestre (jul–sep) venció el 28/09/2029 (último día hábil del trimestre): su meta programada ya no se puede cambiar',
    );
  });

  it('un mes de un trimestre ya terminado nunca se reconduce', () => {
    expect(impedimentoMesReconduccion(2027, 1, '2027-04-08')).toBe(
      'Enero 2027 ya terminó y el plazo para reconducir su 1er trimestre (ene–mar) venció el 31/03/2027 (último día hábil del trimestre): su meta programada ya no se puede cambiar',
    );
    expect(impedimentoMesReconduccion(2026, 12, '2027-01-02')).toMatch(/^Diciembre 2026 ya terminó/);
  });

  const actual = { metaAnual: 90, programado: NOVENTA };
  const abiertos = Array(12).fill(false);

  it('revisa cada mes cambiado y la suma contra la meta anual modificada', () => {
    const programado = [...NOVENTA];
    programado[0] = 10; // enero, trimestre terminado
    programado[4] = 10; // mayo, futuro
    const errores = revisarReconduccion({ anio: 2027, actual, nueva: { metaAnual: 90, programado }, hoy: '2027-04-08', mesesCerrados: abiertos });
    expect(Object.keys(errores).sort()).toEqual(['programado', 'programado.0']);
    expect(errores.programado).toBe('La suma mensual (94) no coincide con la meta anual modificada (90); diferencia +4');
    expect(errores['programado.0']).toMatch(/^Enero 2027 ya terminó/);
  });

  it('mover metas entre meses futuros o subir la meta anual con ellas es válido', () => {
    const programado = [...NOVENTA];
    programado[4] = 10;
    programado[5] = 6;
    expect(revisarReconduccion({ anio: 2027, actual, nueva: { metaAnual: 90, programado }, hoy: '2027-04-08', mesesCerrados: abiertos })).toEqual({});
    expect(mesesCambiados(NOVENTA, programado)).toEqual([5, 6]);
    programado[6] = 9;
    expect(revisarReconduccion({ anio: 2027, actual, nueva: { metaAnual: 92, programado }, hoy: '2027-04-08', mesesCerrados: abiertos })).toEqual({});
  });

  it('un mes cerrado no se reconduce y nada cambiado no es una reconducción', () => {
    const programado = [...NOVENTA];
    programado[3] = 9;
    programado[4] = 7;
    const cerrados = abiertos.map((_, i) => i === 3);
    const errores = revisarReconduccion({ anio: 2027, actual, nueva: { metaAnual: 90, programado }, hoy: '2027-05-10', mesesCerrados: cerrados });
    expect(errores).toEqual({ 'programado.3': 'El periodo de abril 2027 está cerrado; reábralo para reconducir su meta' });
    expect(revisarReconduccion({ anio: 2027, actual, nueva: actual, hoy: '2027-05-10', mesesCerrados: abiertos })).toEqual({
      _: 'La reconducción no cambia la meta de ningún mes',
    });
  });
});

describe('estados del POA', () => {
  const actividades = ACTIVIDADES_POA_2026.map((a) => actividadDe(a));

  it('sólo un borrador con todas sus sumas cuadradas se autoriza', () => {
    expect(impedimentoParaAutorizar({ anio: 2027, estado: 'borrador' }, actividades)).toBeNull();
    expect(impedimentoParaAutorizar({ anio: 2027, estado: 'autorizado' }, actividades)).toBe('El POA 2027 ya está autorizado');
    expect(impedimentoParaAutorizar({ anio: 2027, estado: 'borrador' }, [])).toMatch(/no tiene actividades/);
    const descuadrada = actividadDe(ACTIVIDADES_POA_2026[1], { metaAnual: 91 });
    expect(impedimentoParaAutorizar({ anio: 2027, estado: 'borrador' }, [actividades[0], descuadrada])).toBe(
      'Actividad 2: la suma mensual (90) no coincide con la meta anual (91); corríjala antes de autorizar',
    );
  });

  it('se cierra al final del año, con diciembre y el 4to trimestre cerrados', () => {
    const registro = (tipo: 'mes' | 'trimestre', numero: number) => ({
      id: `${tipo}${numero}`,
      anio: 2026,
      tipo,
      numero,
      cerrado: true,
      fecha: '2027-01-05T10:00:00.000Z',
      usuario: 'Jefa',
    });
    const hoy = { anio: 2027, mes: 1 };
    const poa = { anio: 2026, estado: 'autorizado' } as const;
    expect(impedimentoParaCerrarPoa(poa, estadoCierresDelAnio([], 2026, hoy))).toBe(
      'Para cerrar el POA 2026 cierre antes diciembre y el 4to trimestre en Cronograma → Cierre de periodos',
    );
    expect(impedimentoParaCerrarPoa(poa, estadoCierresDelAnio([registro('mes', 12)], 2026, hoy))).toMatch(/cierre antes el 4to trimestre/);
    expect(impedimentoParaCerrarPoa(poa, estadoCierresDelAnio([registro('mes', 12), registro('trimestre', 4)], 2026, hoy))).toBeNull();
    expect(impedimentoParaCerrarPoa({ anio: 2026, estado: 'borrador' }, estadoCierresDelAnio([], 2026, hoy))).toMatch(/borrador/);
  });
});
