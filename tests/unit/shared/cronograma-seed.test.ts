/**
 * The POA 2026 of the seed, computed end to end over a known set of records and manual adjustments: every
 * programmed, achieved, percentage and index figure of January–March, the totals, the bimesters of the bimonthly
 * activities, and "no aplica" for a month with nothing programmed.
 */
import { describe, expect, it } from 'vitest';
import { logrosDelMes, type RegistrosConteo } from '../../../shared/domain/conteo';
import { calcularCronograma, logrosDeActividadEnMes, resumenesPorTipo, type ResumenPeriodo } from '../../../shared/domain/cronograma';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import { apoyoSchema, convenioSchema, eventoSchema, jornadaSchema, mesaSchema } from '../../../shared/schemas/modulos';
import { actividadSchema, ajusteSchema } from '../../../shared/schemas/poa';
import { solicitudSchema } from '../../../shared/schemas/solicitudes';
import { ACTIVIDADES_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe, ajuste, apoyo, convenio, evento, jornada, mesa, solicitud, uuid } from './registros';

const SPREAD_SEED = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];
const resto = (valores: number[]) => [...valores, ...Array.from({ length: 12 - valores.length }, () => 0)];

// Activities: the seed's four, with activity 3's February goal moved to March (February unmarked, nothing
// programmed), plus a deleted fifth activity that must not appear.
const [semilla1, semilla2, semilla3, semilla4] = ACTIVIDADES_POA_2026;
const act1 = actividadDe(semilla1);
const act2 = actividadDe(semilla2);
const act3 = actividadDe(semilla3, {
  meses: semilla3.meses.map((m, i) => (i === 1 ? false : m)),
  programado: [8, 0, 16, 8, 8, 8, 7, 7, 7, 7, 7, 7],
});
const act4 = actividadDe(semilla4);
const act5Borrada = actividadDe({ ...semilla1, numero: 5, reglaConteo: 'ninguna' }, { eliminado: 1 });

const S = (n: number) => uuid(10_000 + n);

const registros: RegistrosConteo = {
  solicitudes: [
    solicitud({ id: S(0), consecutivo: 900, fechaRecepcion: '2025-12-31T23:59', estatus: 'recibida' }),
    solicitud({ id: S(1), consecutivo: 1, fechaRecepcion: '2026-01-05T09:15', estatus: 'recibida' }),
    solicitud({ id: S(2), consecutivo: 2, fechaRecepcion: '2026-01-12T10:00', estatus: 'atendida', resultado: 'Se entregó despensa' }),
    solicitud({
      id: S(3),
      consecutivo: 3,
      fechaRecepcion: '2026-01-20T11:30',
      estatus: 'canalizada',
      numeroOficio: 'GS/0003/2026',
      fechaCanalizacion: '2026-01-21',
    }),
    solicitud({ id: S(4), consecutivo: 4, fechaRecepcion: '2026-01-22T12:00', estatus: 'cancelada', resultado: 'El ciudadano desistió' }),
    solicitud({ id: S(5), consecutivo: 5, fechaRecepcion: '2026-01-31T17:59', estatus: 'en-seguimiento' }),
    solicitud({ id: S(6), consecutivo: 6, fechaRecepcion: '2026-02-01T08:00', estatus: 'recibida' }),
    solicitud({
      id: S(7),
      consecutivo: 7,
      fechaRecepcion: '2026-02-03T09:00',
      estatus: 'duplicada',
      duplicadaDeId: S(6),
      resultado: 'Duplicada de AC-2026-V1-0006',
    }),
    solicitud({ id: S(8), consecutivo: 8, fechaRecepcion: '2026-02-10T10:00', estatus: 'recibida', eliminado: 1 }),
    solicitud({ id: S(9), consecutivo: 9, fechaRecepcion: '2026-02-14T13:00', estatus: 'improcedente', resultado: 'No corresponde al municipio' }),
    solicitud({ id: S(10), consecutivo: 10, fechaRecepcion: '2026-02-28T23:59', estatus: 'atendida', resultado: 'Atendida' }),
  ],
  apoyos: [
    apoyo({ id: S(21), estatus: 'entregado', fechaGestion: '2026-01-08', fechaEntrega: '2026-01-15' }),
    apoyo({ id: S(22), estatus: 'entregado', fechaGestion: '2026-01-20', fechaEntrega: '2026-02-03' }),
    apoyo({ id: S(23), estatus: 'gestionado', fechaGestion: '2026-02-05' }),
    apoyo({ id: S(24), estatus: 'entregado', fechaGestion: '2026-01-10', fechaEntrega: '2026-01-20', eliminado: 1 }),
    apoyo({ id: S(25), estatus: 'rechazado', fechaGestion: '2026-01-11' }),
    apoyo({ id: S(26), estatus: 'entregado', fechaGestion: '2026-02-10', fechaEntrega: '2026-02-20' }),
    apoyo({ id: S(27), estatus: 'autorizado', fechaGestion: '2026-03-01' }),
  ],
  jornadas: [
    jornada({ id: S(31), fecha: '2026-01-24', nombre: 'Jornada en La Esperanza' }),
    jornada({ id: S(32), fecha: '2026-03-10', nombre: 'Jornada en El Rosario', realizada: false }),
  ],
  eventos: [
    evento({ id: S(41), fecha: '2026-01-14', tipo: 'taller', nombre: 'Taller de autoestima' }),
    evento({ id: S(42), fecha: '2026-01-28', tipo: 'capacitacion', nombre: 'Capacitación en oficios' }),
    evento({ id: S(43), fecha: '2026-02-11', tipo: 'programa', nombre: 'Registro al programa de pensiones' }),
    evento({ id: S(44), fecha: '2026-03-04', estatus: 'cancelado' }),
    evento({ id: S(45), fecha: '2026-03-25', estatus: 'programado' }),
    evento({ id: S(46), fecha: '2026-03-18', tipo: 'capacitacion', nombre: 'Capacitación en primeros auxilios' }),
    evento({ id: S(47), fecha: '2026-05-06', nombre: 'Taller de crianza positiva' }),
  ],
  mesas: [
    mesa({ id: S(51), fecha: '2026-01-09', tema: 'Mesa de bienestar' }),
    mesa({ id: S(52), fecha: '2026-01-30', estatus: 'programada' }),
    mesa({ id: S(53), fecha: '2026-02-17', tema: 'Mesa de salud' }),
    mesa({ id: S(54), fecha: '2026-03-02', estatus: 'cancelada' }),
  ],
  convenios: [
    convenio({ id: S(61), numero: 'CONV-001/2026', contraparte: 'Cruz Roja Mexicana', estatus: 'vigente', fechaFirma: '2026-02-26' }),
    convenio({ id: S(62), numero: 'CONV-002/2026', estatus: 'en-tramite', fechaFirma: null }),
    convenio({ id: S(63), numero: 'CONV-003/2026', estatus: 'cancelado', fechaFirma: '2026-03-05' }),
    convenio({ id: S(64), numero: 'CONV-010/2025', estatus: 'vigente', fechaFirma: '2025-11-20' }),
  ],
};

const ajustes = [
  ajuste({ actividadId: act1.id, mes: 1, cantidad: 3, motivo: 'Solicitudes recibidas por teléfono antes de instalar el sistema' }),
  ajuste({ actividadId: act1.id, mes: 3, cantidad: 8, motivo: 'Solicitudes de la jornada capturadas en papel' }),
  ajuste({ actividadId: act1.id, mes: 3, cantidad: 10, motivo: 'Ajuste capturado por error y eliminado', eliminado: 1 }),
  ajuste({ actividadId: act2.id, mes: 1, cantidad: -1, motivo: 'Apoyo entregado que se registró dos veces' }),
  ajuste({ actividadId: act2.id, mes: 2, cantidad: 10, motivo: 'Despensas entregadas por el DIF con padrón en papel' }),
  ajuste({ actividadId: act2.id, mes: 1, cantidad: 4, anio: 2025, motivo: 'Ajuste del POA del año anterior' }),
  ajuste({ actividadId: act3.id, mes: 3, cantidad: 12, motivo: 'Pláticas en escuelas con listas de asistencia' }),
  ajuste({ actividadId: act4.id, mes: 1, cantidad: 7, motivo: 'Reuniones de coordinación con minuta firmada' }),
  ajuste({ actividadId: act4.id, mes: 3, cantidad: 6, motivo: 'Gestiones ante dependencias estatales con oficio' }),
  ajuste({ actividadId: act5Borrada.id, mes: 1, cantidad: 9, motivo: 'Ajuste de una actividad que se eliminó' }),
];

const cronograma = calcularCronograma({
  anio: 2026,
  // Out of order on purpose: the cronograma orders by número.
  actividades: [act4, act5Borrada, act2, act1, act3],
  registros,
  ajustes,
  umbrales: UMBRALES_POR_DEFECTO,
  mesCorte: 3,
});
const [f1, f2, f3, f4] = cronograma.filas;

/** Exact where the figure is exact, to 9 decimals where it is a repeating fraction. */
function igualesIndices(real: (number | null)[], esperado: (number | null)[]) {
  expect(real).toHaveLength(esperado.length);
  esperado.forEach((e, i) => {
    if (e === null) expect(real[i], `posición ${i}`).toBeNull();
    else expect(real[i], `posición ${i}`).toBeCloseTo(e, 9);
  });
}

function resumen(r: ResumenPeriodo, programado: number, logrado: number, indice: number | null, semaforo: string, etiqueta?: string) {
  expect(r.programado).toBe(programado);
  expect(r.logrado).toBe(logrado);
  igualesIndices([r.indice], [indice]);
  expect(r.semaforo).toBe(semaforo);
  if (etiqueta) expect(r.etiqueta).toBe(etiqueta);
}

describe('cronograma del POA 2026 de la semilla con registros conocidos', () => {
  it('los registros y ajustes de la prueba son válidos para sus esquemas', () => {
    for (const a of [act1, act2, act3, act4]) expect(actividadSchema.safeParse(a).success).toBe(true);
    for (const s of registros.solicitudes) expect(solicitudSchema.safeParse(s).success).toBe(true);
    for (const a of registros.apoyos) expect(apoyoSchema.safeParse(a).success).toBe(true);
    for (const j of registros.jornadas) expect(jornadaSchema.safeParse(j).success).toBe(true);
    for (const e of registros.eventos) expect(eventoSchema.safeParse(e).success).toBe(true);
    for (const m of registros.mesas) expect(mesaSchema.safeParse(m).success).toBe(true);
    for (const c of registros.convenios) expect(convenioSchema.safeParse(c).success).toBe(true);
    for (const a of ajustes) expect(ajusteSchema.safeParse(a).success).toBe(true);
  });

  it('la semilla: cuatro actividades de meta 90 repartida 8×6 y 7×6 en los 12 meses', () => {
    expect(ACTIVIDADES_POA_2026.map((a) => [a.numero, a.unidadMedida, a.metaAnual, a.frecuencia, a.reglaConteo])).toEqual([
      [1, 'SOLICITUDES', 90, 'mensual', 'solicitudes'],
      [2, 'APOYOS', 90, 'bimestral', 'apoyos'],
      [3, 'PROGRAMAS', 90, 'bimestral', 'programas'],
      [4, 'GESTION', 90, 'bimestral', 'gestion'],
    ]);
    for (const a of ACTIVIDADES_POA_2026) {
      expect(a.programado).toEqual(SPREAD_SEED);
      expect(a.meses.every(Boolean)).toBe(true);
    }
  });

  it('filas en orden de número, sin la actividad eliminada', () => {
    expect(cronograma.anio).toBe(2026);
    expect(cronograma.mesCorte).toBe(3);
    expect(cronograma.filas.map((f) => f.actividad.numero)).toEqual([1, 2, 3, 4]);
  });

  it('programado por mes (la actividad 3 sin meta en febrero, movida a marzo)', () => {
    expect(f1.programado).toEqual(SPREAD_SEED);
    expect(f2.programado).toEqual(SPREAD_SEED);
    expect(f3.programado).toEqual([8, 0, 16, 8, 8, 8, 7, 7, 7, 7, 7, 7]);
    expect(f4.programado).toEqual(SPREAD_SEED);
    expect(cronograma.total.programado).toEqual([32, 24, 40, 32, 32, 32, 28, 28, 28, 28, 28, 28]);
  });

  it('logrado de registros, ajustes aparte y su suma, mes por mes', () => {
    // 1: Jan S1 S2 S3 S5 (S4 cancelled) / Feb S6 S9 S10 (S7 duplicate, S8 deleted; S0 is 2025).
    expect(f1.logradoRegistros).toEqual(resto([4, 3, 0]));
    expect(f1.ajustes).toEqual(resto([3, 0, 8]));
    expect(f1.logrado).toEqual(resto([7, 3, 8]));
    // 2: Jan A1 + J1 / Feb A2 A6 (A3 managed, A4 deleted, A5 rejected, A7 authorised; J2 not held).
    expect(f2.logradoRegistros).toEqual(resto([2, 2, 0]));
    expect(f2.ajustes).toEqual(resto([-1, 10, 0]));
    expect(f2.logrado).toEqual(resto([1, 12, 0]));
    // 3: Jan E1 E2 / Feb E3 / Mar E6 (E4 cancelled, E5 not yet held) / May E7.
    expect(f3.logradoRegistros).toEqual(resto([2, 1, 1, 0, 1]));
    expect(f3.ajustes).toEqual(resto([0, 0, 12]));
    expect(f3.logrado).toEqual(resto([2, 1, 13, 0, 1]));
    // 4: Jan M1 / Feb M3 + C1 (M2 scheduled, M4 cancelled, C2 in process, C3 cancelled, C4 is 2025).
    expect(f4.logradoRegistros).toEqual(resto([1, 2, 0]));
    expect(f4.ajustes).toEqual(resto([7, 0, 6]));
    expect(f4.logrado).toEqual(resto([8, 2, 6]));

    expect(cronograma.total.logradoRegistros).toEqual(resto([9, 8, 1, 0, 1]));
    expect(cronograma.total.ajustes).toEqual(resto([9, 10, 26]));
    expect(cronograma.total.logrado).toEqual(resto([18, 18, 27, 0, 1]));
  });

  it('índice y semáforo de enero a marzo; febrero de la actividad 3 no aplica aunque tenga un logro', () => {
    igualesIndices(f1.indiceMes.slice(0, 3), [87.5, 37.5, 100]);
    expect(f1.semaforoMes.slice(0, 3)).toEqual(['ambar', 'rojo', 'verde']);
    igualesIndices(f2.indiceMes.slice(0, 3), [12.5, 150, 0]);
    expect(f2.semaforoMes.slice(0, 3)).toEqual(['rojo', 'verde', 'rojo']);
    igualesIndices(f3.indiceMes.slice(0, 3), [25, null, 81.25]);
    expect(f3.semaforoMes.slice(0, 3)).toEqual(['rojo', 'no-aplica', 'ambar']);
    igualesIndices(f4.indiceMes.slice(0, 3), [100, 25, 75]);
    expect(f4.semaforoMes.slice(0, 3)).toEqual(['verde', 'rojo', 'ambar']);
    igualesIndices(cronograma.total.indiceMes.slice(0, 3), [56.25, 75, 67.5]);
    expect(cronograma.total.semaforoMes.slice(0, 3)).toEqual(['rojo', 'ambar', 'rojo']);
  });

  it('meses sin logros después del corte: índice 0 y rojo (programados), 12.5 % en mayo de la actividad 3', () => {
    igualesIndices(f1.indiceMes.slice(3), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    igualesIndices(f3.indiceMes.slice(3, 5), [0, 12.5]);
    igualesIndices(cronograma.total.indiceMes.slice(3, 5), [0, (1 / 32) * 100]);
  });

  it('Meta Programada N° y %, Meta Alcanzada N° y %, diferencia con la meta anual', () => {
    const porFila = cronograma.filas.map((f) => [f.metaProgramadaN, f.metaProgramadaPct, f.diferenciaMeta, f.metaAlcanzadaN]);
    expect(porFila).toEqual([
      [90, 100, 0, 18],
      [90, 100, 0, 13],
      [90, 100, 0, 17],
      [90, 100, 0, 16],
    ]);
    igualesIndices(
      cronograma.filas.map((f) => f.metaAlcanzadaPct),
      [20, (13 / 90) * 100, (17 / 90) * 100, (16 / 90) * 100],
    );
    expect(f2.metaAlcanzadaPct).toBeCloseTo(14.444, 3);
    expect(f3.metaAlcanzadaPct).toBeCloseTo(18.889, 3);
    expect(f4.metaAlcanzadaPct).toBeCloseTo(17.778, 3);
    expect(cronograma.total).toMatchObject({
      metaAnual: 360,
      metaProgramadaN: 360,
      metaProgramadaPct: 100,
      diferenciaMeta: 0,
      metaAlcanzadaN: 64,
    });
    expect(cronograma.total.metaAlcanzadaPct).toBeCloseTo(17.778, 3);
  });

  it('acumulado a marzo y anual, por actividad y del POA', () => {
    resumen(f1.acumulado, 24, 18, 75, 'ambar', 'acumulado a marzo');
    resumen(f2.acumulado, 24, 13, (13 / 24) * 100, 'rojo');
    resumen(f3.acumulado, 24, 16, (16 / 24) * 100, 'rojo');
    resumen(f4.acumulado, 24, 16, (16 / 24) * 100, 'rojo');
    resumen(cronograma.total.acumulado, 96, 63, 65.625, 'rojo', 'acumulado a marzo');
    expect(f2.acumulado.indice).toBeCloseTo(54.167, 3);
    expect(f3.acumulado.indice).toBeCloseTo(66.667, 3);

    resumen(f1.anual, 90, 18, 20, 'rojo', 'anual');
    resumen(f2.anual, 90, 13, (13 / 90) * 100, 'rojo');
    resumen(f3.anual, 90, 17, (17 / 90) * 100, 'rojo');
    resumen(f4.anual, 90, 16, (16 / 90) * 100, 'rojo');
    resumen(cronograma.total.anual, 360, 64, (64 / 360) * 100, 'rojo', 'anual');
  });

  it('periodos de reporte de cada fila: mensual 12, bimestral 6 con sus sumas', () => {
    expect(f1.periodosFrecuencia).toHaveLength(12);
    resumen(f1.periodosFrecuencia[0], 8, 7, 87.5, 'ambar', 'enero');
    resumen(f1.periodosFrecuencia[1], 8, 3, 37.5, 'rojo', 'febrero');
    resumen(f1.periodosFrecuencia[2], 8, 8, 100, 'verde', 'marzo');

    // Activity 2, bimonthly: 1st bimester 16 programmed, 1 + 12 achieved (over-achieving February).
    expect(f2.periodosFrecuencia.map((r) => r.etiqueta)).toEqual([
      '1er bimestre (ene–feb)',
      '2do bimestre (mar–abr)',
      '3er bimestre (may–jun)',
      '4to bimestre (jul–ago)',
      '5to bimestre (sep–oct)',
      '6to bimestre (nov–dic)',
    ]);
    resumen(f2.periodosFrecuencia[0], 16, 13, 81.25, 'ambar');
    resumen(f2.periodosFrecuencia[1], 16, 0, 0, 'rojo');
    expect(f2.periodosFrecuencia.map((r) => r.programado)).toEqual([16, 16, 16, 14, 14, 14]);

    // Activity 3: the bimester with the empty February still applies (January was programmed).
    resumen(f3.periodosFrecuencia[0], 8, 3, 37.5, 'rojo');
    resumen(f3.periodosFrecuencia[1], 24, 13, (13 / 24) * 100, 'rojo');
    resumen(f3.periodosFrecuencia[2], 16, 1, 6.25, 'rojo');
    expect(f3.periodosFrecuencia.map((r) => r.programado)).toEqual([8, 24, 16, 14, 14, 14]);

    resumen(f4.periodosFrecuencia[0], 16, 10, 62.5, 'rojo');
    resumen(f4.periodosFrecuencia[1], 16, 6, 37.5, 'rojo');
  });

  it('bimestres y trimestres del total del POA', () => {
    const bim = resumenesPorTipo(cronograma.total, 'bimestre', UMBRALES_POR_DEFECTO);
    resumen(bim[0], 56, 36, (36 / 56) * 100, 'rojo');
    resumen(bim[1], 72, 27, 37.5, 'rojo');
    resumen(bim[2], 64, 1, (1 / 64) * 100, 'rojo');
    const tri = resumenesPorTipo(cronograma.total, 'trimestre', UMBRALES_POR_DEFECTO);
    resumen(tri[0], 96, 63, 65.625, 'rojo', '1er trimestre (ene–mar)');
    resumen(tri[1], 96, 1, (1 / 96) * 100, 'rojo');
    const tri3 = resumenesPorTipo(f3, 'trimestre', UMBRALES_POR_DEFECTO);
    resumen(tri3[0], 24, 16, (16 / 24) * 100, 'rojo');
  });

  it('con umbrales propios (verde 80, ámbar 60) cambian los colores, no las cifras', () => {
    const otro = calcularCronograma({
      anio: 2026,
      actividades: [act1, act2, act3, act4],
      registros,
      ajustes,
      umbrales: { verde: 80, ambar: 60 },
      mesCorte: 3,
    });
    expect(otro.filas[0].semaforoMes.slice(0, 3)).toEqual(['verde', 'rojo', 'verde']);
    expect(otro.filas[2].semaforoMes.slice(0, 3)).toEqual(['rojo', 'no-aplica', 'verde']);
    expect(otro.filas[0].acumulado.semaforo).toBe('ambar');
    expect(otro.filas[1].periodosFrecuencia[0].semaforo).toBe('verde');
    expect(otro.total.semaforoMes.slice(0, 3)).toEqual(['rojo', 'ambar', 'ambar']);
    expect(otro.total.acumulado.semaforo).toBe('ambar');
    expect(otro.total.logrado).toEqual(cronograma.total.logrado);
  });

  it('detalle (drill-down): los registros detrás de cada número logrado', () => {
    expect(logrosDelMes('solicitudes', registros, 2026, 1).map((l) => l.descripcion)).toEqual([
      'Solicitud AC-2026-V1-0001',
      'Solicitud AC-2026-V1-0002',
      'Solicitud AC-2026-V1-0003',
      'Solicitud AC-2026-V1-0005',
    ]);
    expect(logrosDeActividadEnMes(act2, registros, 2026, 1).map((l) => [l.tipo, l.id])).toEqual([
      ['apoyo', S(21)],
      ['jornada', S(31)],
    ]);
    expect(logrosDeActividadEnMes(act3, registros, 2026, 2).map((l) => l.descripcion)).toEqual([
      'Programa social: Registro al programa de pensiones',
    ]);
    expect(logrosDeActividadEnMes(act4, registros, 2026, 2).map((l) => l.descripcion)).toEqual([
      'Mesa: Mesa de salud',
      'Convenio CONV-001/2026 con Cruz Roja Mexicana',
    ]);
    // Every achieved-from-records figure is exactly the length of its drill-down list.
    for (const f of cronograma.filas) {
      for (let mes = 1; mes <= 12; mes++) {
        expect(logrosDeActividadEnMes(f.actividad, registros, 2026, mes)).toHaveLength(f.logradoRegistros[mes - 1]);
      }
    }
  });
});
