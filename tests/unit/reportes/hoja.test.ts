import { describe, expect, it } from 'vitest';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import { hojaDeAvance } from '../../../shared/reportes/hoja';
import {
  fechasDelPeriodo,
  nombreArchivoHoja,
  periodoDeRuta,
  rutaHoja,
  tituloHoja,
  ultimoMesDe,
  type PeriodoHoja,
} from '../../../shared/reportes/periodoHoja';
import type { Actividad, Reconduccion } from '../../../shared/schemas/poa';
import type { Hoy } from '../../../shared/domain/enCurso';
import {
  A1,
  A2,
  A3,
  A4,
  ACTIVIDADES,
  ACTIVIDADES_AUTORIZADAS,
  AJUSTES,
  C_FIRMADO,
  E_TALLER,
  J_REALIZADA,
  JUSTIFICACIONES,
  M_ASISTIDA,
  R_JULIO,
  R_NOVIEMBRE,
  RECONDUCCIONES,
  REGISTROS,
  S_NOV_1,
  S_NOV_2,
  S_OCT,
  AP_NOV,
  cronograma,
} from './datos';

function hoja(periodo: PeriodoHoja, actividades: readonly Actividad[] = ACTIVIDADES, reconducciones: readonly Reconduccion[] = [], hoy?: Hoy) {
  // The print route loads the cronograma with the period's last month as the cut.
  return hojaDeAvance({
    cronograma: cronograma(ultimoMesDe(periodo), actividades),
    umbrales: UMBRALES_POR_DEFECTO,
    periodo,
    registros: REGISTROS,
    ajustes: AJUSTES,
    justificaciones: JUSTIFICACIONES,
    reconducciones,
    hoy,
  });
}

describe('hoja mensual de avance', () => {
  const noviembre = hoja({ tipo: 'mes', numero: 11 });

  it('por actividad: programado y logrado del mes, con registros y ajustes aparte, índice y semáforo', () => {
    expect(noviembre.filas.map((f) => [f.numero, f.programado, f.logradoRegistros, f.ajustes, f.logrado, f.semaforo])).toEqual([
      [1, 7, 2, 0, 2, 'rojo'],
      [2, 7, 2, 3, 5, 'ambar'],
      [3, 7, 1, 0, 1, 'rojo'],
      [4, 7, 2, -1, 1, 'rojo'],
    ]);
    expect(noviembre.filas[1].indice).toBeCloseTo(71.43, 2);
    expect(noviembre.total).toMatchObject({ nombre: 'Total POA', programado: 28, logradoRegistros: 7, ajustes: 2, logrado: 9, fueraDeMeta: true });
  });

  it('el acumulado corre de enero al mes de la hoja', () => {
    const a1 = noviembre.filas[0].acumulado;
    expect(a1).toMatchObject({ programado: 83, logrado: 3, etiqueta: 'acumulado a noviembre' });
    expect(a1.indice).toBeCloseTo(3.614, 3);
    expect(hoja({ tipo: 'mes', numero: 3 }).filas[0].acumulado.programado).toBe(24);
  });

  it('lista los registros que cuentan en el mes, por actividad y fecha, y los ajustes vigentes con su motivo', () => {
    expect(noviembre.registros.map((r) => [r.actividad, r.tipo, r.id, r.fecha])).toEqual([
      [1, 'solicitud', S_NOV_1.id, '2026-11-03'],
      [1, 'solicitud', S_NOV_2.id, '2026-11-18'],
      [2, 'apoyo', AP_NOV.id, '2026-11-12'],
      [2, 'jornada', J_REALIZADA.id, '2026-11-21'],
      [3, 'evento', E_TALLER.id, '2026-11-10'],
      [4, 'mesa', M_ASISTIDA.id, '2026-11-04'],
      [4, 'convenio', C_FIRMADO.id, '2026-11-14'],
    ]);
    expect(noviembre.registros[0].descripcion).toBe(`Solicitud ${S_NOV_1.folio}`);
    expect(noviembre.ajustes).toEqual([
      { actividad: 2, mes: 11, cantidad: 3, motivo: 'Despensas entregadas en la jornada del DIF estatal', usuario: 'Jefe del Departamento' },
      { actividad: 4, mes: 11, cantidad: -1, motivo: 'Mesa contada dos veces por error de captura', usuario: 'Jefe del Departamento' },
    ]);
  });

  it('las justificaciones guardadas para el mes, su bimestre o su trimestre; no las de otro mes, año ni las retiradas', () => {
    const a1 = noviembre.filas.find((f) => f.actividadId === A1.id)!;
    expect(a1.justificaciones).toEqual([{ periodo: '4to trimestre (oct–dic)', texto: 'Veda electoral en el cuarto trimestre', tipoPeriodo: 'trimestre' }]);
    expect(noviembre.total.justificaciones.map((j) => j.texto)).toEqual(['Noviembre con menos personal en ventanilla']);
    expect(noviembre.filas[2].justificaciones).toEqual([]);
    // The year's text belongs on December's sheet.
    expect(noviembre.filas.find((f) => f.actividadId === A2.id)!.justificaciones).toEqual([]);
    expect(hoja({ tipo: 'mes', numero: 12 }).filas.find((f) => f.actividadId === A2.id)!.justificaciones.map((j) => j.periodo)).toEqual(['año 2026']);
  });
});

describe('hoja de un POA autorizado con reconducciones', () => {
  const noviembre = hoja({ tipo: 'mes', numero: 11 }, ACTIVIDADES_AUTORIZADAS, RECONDUCCIONES);

  it('lo programado es la meta modificada, con la inicial aparte donde difiere; el índice se mide contra la modificada', () => {
    expect(noviembre.filas.map((f) => [f.numero, f.programado, f.programadoInicial, f.logrado])).toEqual([
      [1, 9, 7, 2],
      [2, 7, 7, 5],
      [3, 7, 7, 1],
      [4, 7, 7, 1],
    ]);
    expect(noviembre.filas[0].indice).toBeCloseTo((2 * 100) / 9, 10);
    expect(noviembre.total).toMatchObject({ programado: 30, programadoInicial: 28 });
    // January–November: activity 1 gained 2 in November; activity 3 gained 2 in July.
    expect(noviembre.filas.map((f) => [f.acumulado.programado, f.acumuladoInicial])).toEqual([
      [85, 83],
      [83, 83],
      [85, 83],
      [83, 83],
    ]);
    expect([noviembre.total.acumulado.programado, noviembre.total.acumuladoInicial]).toEqual([336, 332]);
  });

  it('lista las reconducciones que cambiaron un mes del periodo, con todos sus cambios; no las de otros meses, años ni las retiradas', () => {
    expect(noviembre.reconducciones).toEqual([
      {
        actividad: 1,
        nombre: A1.nombre,
        cambios: 'noviembre 7 → 9, diciembre 7 → 5',
        metaAnual: { antes: 90, despues: 90 },
        motivo: R_NOVIEMBRE.motivo,
        solicito: 'Personal de Gestión Social',
        autorizo: 'Ana Torres Vidal',
        fecha: R_NOVIEMBRE.fecha,
      },
    ]);
    expect(hoja({ tipo: 'mes', numero: 12 }, ACTIVIDADES_AUTORIZADAS, RECONDUCCIONES).reconducciones.map((r) => r.actividad)).toEqual([1]);
    expect(hoja({ tipo: 'mes', numero: 10 }, ACTIVIDADES_AUTORIZADAS, RECONDUCCIONES).reconducciones).toEqual([]);
    const tercero = hoja({ tipo: 'trimestre', numero: 3 }, ACTIVIDADES_AUTORIZADAS, RECONDUCCIONES);
    expect(tercero.reconducciones).toEqual([
      expect.objectContaining({ actividad: 3, nombre: A3.nombre, cambios: 'julio 7 → 9', metaAnual: { antes: 90, despues: 92 }, motivo: R_JULIO.motivo, solicito: 'Jefe del Departamento' }),
    ]);
    expect(tercero.filas[2]).toMatchObject({ programado: 23, programadoInicial: 21 });
  });

  it('un borrador no tiene meta inicial aparte: la inicial es la vigente', () => {
    const borrador = hoja({ tipo: 'mes', numero: 11 });
    expect(borrador.filas.every((f) => f.programadoInicial === f.programado && f.acumuladoInicial === f.acumulado.programado)).toBe(true);
    expect(borrador.reconducciones).toEqual([]);
  });
});

describe('la hoja de diciembre el 1 de diciembre', () => {
  const diciembreEl = (hoy: Hoy) => hoja({ tipo: 'mes', numero: 12 }, ACTIVIDADES, [], hoy);
  const diciembre = diciembreEl({ anio: 2026, mes: 12, dia: 1 });

  it('cada actividad y el total dicen «en curso», con su meta a la fecha, y nada pide justificación', () => {
    expect(diciembre.filas.map((f) => [f.numero, f.estado, f.fueraDeMeta])).toEqual([
      [1, 'en-curso', false],
      [2, 'en-curso', false],
      [3, 'en-curso', false],
      [4, 'en-curso', false],
    ]);
    // On its first day nothing of the month was due yet.
    expect(diciembre.filas.map((f) => f.metaALaFecha)).toEqual([0, 0, 0, 0]);
    expect(diciembre.total).toMatchObject({ estado: 'en-curso', fueraDeMeta: false });
  });

  it('ya terminado (el 1 de enero) se juzga como cualquier mes', () => {
    const cerrado = diciembreEl({ anio: 2027, mes: 1, dia: 1 });
    expect(cerrado.filas.every((f) => f.estado !== 'en-curso')).toBe(true);
    expect(cerrado.total.fueraDeMeta).toBe(true);
  });
});

describe('hoja trimestral de avance', () => {
  const cuarto = hoja({ tipo: 'trimestre', numero: 4 });

  it('suma los tres meses y el acumulado llega a diciembre', () => {
    expect(cuarto.filas[0]).toMatchObject({ programado: 21, logradoRegistros: 3, ajustes: 0, logrado: 3 });
    expect(cuarto.filas[0].acumulado).toMatchObject({ programado: 90, logrado: 3 });
    expect(cuarto.registros.filter((r) => r.actividad === 1).map((r) => r.id)).toEqual([S_OCT.id, S_NOV_1.id, S_NOV_2.id]);
  });

  it('muestra las justificaciones de sus meses y la suya, cada una con su periodo', () => {
    expect(cuarto.filas[0].justificaciones.map((j) => `${j.periodo}: ${j.texto}`)).toEqual([
      'octubre: Cierre de ventanilla por remodelación',
      '4to trimestre (oct–dic): Veda electoral en el cuarto trimestre',
    ]);
    expect(hoja({ tipo: 'trimestre', numero: 2 }).filas.find((f) => f.actividadId === A4.id)!.justificaciones.map((j) => j.periodo)).toEqual([
      '2do bimestre (mar–abr)',
    ]);
    // March–April touches the first quarter too.
    expect(hoja({ tipo: 'trimestre', numero: 1 }).filas.find((f) => f.actividadId === A4.id)!.justificaciones).toHaveLength(1);
  });
});

describe('rutas, títulos y nombres de archivo de las hojas', () => {
  it('la ruta de impresión dice tipo, año y número, y sólo acepta meses 1–12 y trimestres 1–4', () => {
    expect(rutaHoja(2026, { tipo: 'mes', numero: 11 })).toBe('/imprimir/hoja/mes/2026/11');
    expect(periodoDeRuta('mes', '2026', '11')).toEqual({ anio: 2026, periodo: { tipo: 'mes', numero: 11 } });
    expect(periodoDeRuta('trimestre', '2026', '4')).toEqual({ anio: 2026, periodo: { tipo: 'trimestre', numero: 4 } });
    for (const [t, a, n] of [['mes', '2026', '13'], ['trimestre', '2026', '5'], ['bimestre', '2026', '1'], ['mes', '26', '1'], ['mes', '2026', 'x'], ['mes', '2026', '0']]) {
      expect(periodoDeRuta(t, a, n)).toBeNull();
    }
  });

  it('títulos y nombres de PDF en español', () => {
    expect(tituloHoja(2026, { tipo: 'mes', numero: 11 })).toBe('POA 2026 — Hoja mensual de avance: noviembre');
    expect(tituloHoja(2026, { tipo: 'trimestre', numero: 4 })).toBe('POA 2026 — Hoja trimestral de avance: 4to trimestre (oct–dic)');
    expect(nombreArchivoHoja(2026, { tipo: 'mes', numero: 3 })).toBe('POA-2026-Hoja-mensual-03-marzo.pdf');
    expect(nombreArchivoHoja(2026, { tipo: 'trimestre', numero: 2 })).toBe('POA-2026-Hoja-trimestral-2.pdf');
  });

  it('las fechas del periodo, con febrero bisiesto', () => {
    expect(fechasDelPeriodo(2028, { tipo: 'mes', numero: 2 })).toEqual({ desde: '2028-02-01', hasta: '2028-02-29' });
    expect(fechasDelPeriodo(2026, { tipo: 'trimestre', numero: 4 })).toEqual({ desde: '2026-10-01', hasta: '2026-12-31' });
  });
});
