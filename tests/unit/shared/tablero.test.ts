import { describe, expect, it } from 'vitest';
import { REGISTROS_VACIOS } from '../../../shared/domain/conteo';
import { calcularCronograma } from '../../../shared/domain/cronograma';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import {
  indiceAcumuladoMensual,
  indicePorActividad,
  personasAtendidas,
  personasAtendidasPorSexo,
  solicitudesPorColonia,
  solicitudesPorEstatus,
  solicitudesPorTipo,
  textoAtendidasPorSexo,
} from '../../../shared/domain/tablero';
import { ACTIVIDADES_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe, ajuste, apoyo, evento, jornada, persona, solicitud, TIPO_DESPENSA, TIPO_LENTES, TIPO_MEDICAMENTO, uuid } from './registros';

const P = (n: number) => uuid(20_000 + n);

describe('solicitudesPorEstatus', () => {
  it('todos los estatus en el orden del flujo, con ceros, sin eliminadas', () => {
    const lista = [
      solicitud({ fechaRecepcion: '2026-01-05T09:00', estatus: 'recibida' }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', estatus: 'recibida' }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', estatus: 'atendida' }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', estatus: 'duplicada' }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', estatus: 'recibida', eliminado: 1 }),
    ];
    expect(solicitudesPorEstatus(lista)).toEqual([
      { etiqueta: 'Recibida', valor: 2 },
      { etiqueta: 'Canalizada', valor: 0 },
      { etiqueta: 'En seguimiento', valor: 0 },
      { etiqueta: 'Atendida', valor: 1 },
      { etiqueta: 'Improcedente', valor: 0 },
      { etiqueta: 'Cancelada', valor: 0 },
      { etiqueta: 'Duplicada', valor: 1 },
    ]);
  });
});

describe('solicitudesPorTipo', () => {
  it('por tipo de apoyo del catálogo, de más a menos (empates por nombre)', () => {
    const catalogo = [
      { id: TIPO_DESPENSA, nombre: 'Despensa' },
      { id: TIPO_MEDICAMENTO, nombre: 'Medicamento' },
      { id: TIPO_LENTES, nombre: 'Lentes' },
    ];
    const lista = [
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: TIPO_MEDICAMENTO }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: TIPO_DESPENSA }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: TIPO_MEDICAMENTO }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: TIPO_LENTES }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: uuid(99) }),
      solicitud({ fechaRecepcion: '2026-01-05T09:00', tipoApoyoId: TIPO_MEDICAMENTO, eliminado: 1 }),
    ];
    expect(solicitudesPorTipo(lista, catalogo)).toEqual([
      { etiqueta: 'Medicamento', valor: 2 },
      { etiqueta: 'Despensa', valor: 1 },
      { etiqueta: 'Lentes', valor: 1 },
      { etiqueta: 'Tipo no registrado', valor: 1 },
    ]);
  });
});

describe('solicitudesPorColonia', () => {
  const personas = [
    persona({ id: P(1), sexo: 'M', colonia: 'Centro' }),
    persona({ id: P(2), sexo: 'H', colonia: 'CENTRO ' }),
    persona({ id: P(3), sexo: 'M', colonia: 'Colonia Las Flores' }),
    persona({ id: P(4), sexo: 'H', colonia: 'Barrio de San Miguel' }),
    persona({ id: P(5), sexo: 'X', colonia: '' }),
    persona({ id: P(6), sexo: 'M', colonia: 'Fraccionamiento El Mirador' }),
  ];
  const lista = [1, 1, 2, 3, 3, 4, 5, 6, 6].map((n) => solicitud({ fechaRecepcion: '2026-02-01T10:00', personaId: P(n) }));

  it('agrupa sin importar acentos ni mayúsculas; las primeras N y el resto como "Otras"', () => {
    expect(solicitudesPorColonia(lista, personas, 2)).toEqual([
      { etiqueta: 'Centro', valor: 3 },
      { etiqueta: 'Colonia Las Flores', valor: 2 },
      { etiqueta: 'Otras', valor: 4 },
    ]);
  });

  it('sin "Otras" cuando caben todas; "Sin colonia" cuando el ciudadano no la tiene', () => {
    expect(solicitudesPorColonia(lista, personas)).toEqual([
      { etiqueta: 'Centro', valor: 3 },
      { etiqueta: 'Colonia Las Flores', valor: 2 },
      { etiqueta: 'Fraccionamiento El Mirador', valor: 2 },
      { etiqueta: 'Barrio de San Miguel', valor: 1 },
      { etiqueta: 'Sin colonia', valor: 1 },
    ]);
  });
});

describe('personasAtendidasPorSexo', () => {
  const personas = [
    persona({ id: P(1), sexo: 'M' }),
    persona({ id: P(2), sexo: 'H' }),
    persona({ id: P(3), sexo: 'X' }),
    persona({ id: P(4), sexo: 'M' }),
    persona({ id: P(5), sexo: 'H' }),
    persona({ id: P(6), sexo: 'M' }),
  ];
  const solicitudes = [
    solicitud({ fechaRecepcion: '2026-01-05T09:00', personaId: P(1) }),
    solicitud({ fechaRecepcion: '2026-02-05T09:00', personaId: P(1), estatus: 'atendida' }),
    solicitud({ fechaRecepcion: '2026-01-06T09:00', personaId: P(2), estatus: 'canalizada' }),
    solicitud({ fechaRecepcion: '2026-01-07T09:00', personaId: P(3), estatus: 'cancelada' }),
    solicitud({ fechaRecepcion: '2025-12-07T09:00', personaId: P(4) }),
    solicitud({ fechaRecepcion: '2026-03-07T09:00', personaId: P(6), eliminado: 1 }),
  ];
  const apoyos = [
    apoyo({ personaId: P(1), estatus: 'entregado', fechaEntrega: '2026-02-10' }),
    apoyo({ personaId: P(5), estatus: 'entregado', fechaEntrega: '2026-03-10' }),
    apoyo({ personaId: P(3), estatus: 'gestionado' }),
    apoyo({ personaId: P(6), estatus: 'entregado', fechaEntrega: '2026-03-11', eliminado: 1 }),
  ];

  it('personas distintas del año con solicitud (no cancelada ni duplicada) o apoyo entregado', () => {
    expect(personasAtendidasPorSexo(solicitudes, personas, apoyos, 2026)).toEqual([
      { etiqueta: 'Mujeres', valor: 1 },
      { etiqueta: 'Hombres', valor: 2 },
      { etiqueta: 'No binario / otro', valor: 0 },
    ]);
  });

  it('sin año cuenta todos los registros dados', () => {
    expect(personasAtendidasPorSexo(solicitudes, personas, apoyos)).toEqual([
      { etiqueta: 'Mujeres', valor: 2 },
      { etiqueta: 'Hombres', valor: 2 },
      { etiqueta: 'No binario / otro', valor: 0 },
    ]);
  });
});

describe('personasAtendidas', () => {
  const personas = [persona({ id: P(1), sexo: 'M' }), persona({ id: P(2), sexo: 'H' })];
  const solicitudes = [solicitud({ fechaRecepcion: '2026-01-05T09:00', personaId: P(1) }), solicitud({ fechaRecepcion: '2026-02-05T09:00', personaId: P(1) })];
  const apoyos = [apoyo({ personaId: P(2), estatus: 'entregado', fechaEntrega: '2026-02-10' })];
  const jornadas = [
    jornada({ fecha: '2026-03-10', atendidasMujeres: 40, atendidasHombres: 25, atendidasOtro: 1 }),
    jornada({ fecha: '2026-04-10', realizada: false, atendidasMujeres: 99 }),
    jornada({ fecha: '2025-04-10', atendidasMujeres: 99 }),
  ];
  const eventos = [
    evento({ fecha: '2026-05-10', tipo: 'taller', asistentesMujeres: 12, asistentesHombres: 8, asistentesOtro: 0 }),
    evento({ fecha: '2026-06-10', tipo: 'capacitacion', asistentesMujeres: 3, asistentesHombres: 2, asistentesOtro: 0 }),
    evento({ fecha: '2026-06-11', tipo: 'programa', asistentesMujeres: 50, asistentesHombres: 50, asistentesOtro: 0 }),
    evento({ fecha: '2026-07-10', tipo: 'taller', estatus: 'cancelado', asistentesMujeres: 7 }),
    evento({ fecha: '2026-07-11', tipo: 'taller', eliminado: 1, asistentesMujeres: 7 }),
  ];

  it('suma a los ciudadanos con solicitud o apoyo (una vez cada uno) las personas de jornadas realizadas y de talleres y capacitaciones impartidos', () => {
    expect(personasAtendidas({ solicitudes, personas, apoyos, jornadas, eventos }, 2026)).toEqual({
      porSexo: [
        { etiqueta: 'Mujeres', valor: 1 + 40 + 12 + 3 },
        { etiqueta: 'Hombres', valor: 1 + 25 + 8 + 2 },
        { etiqueta: 'No binario / otro', valor: 1 },
      ],
      total: 2 + 66 + 25,
      conSolicitudOApoyo: 2,
      enJornadas: 66,
      enTalleres: 25,
    });
  });

  it('un año sin nada da ceros', () => {
    expect(personasAtendidas({ solicitudes, personas, apoyos, jornadas, eventos }, 2027).total).toBe(0);
  });

  it('el texto por sexo dice «1 mujer» y «2 hombres»', () => {
    expect(
      textoAtendidasPorSexo([
        { etiqueta: 'Mujeres', valor: 1 },
        { etiqueta: 'Hombres', valor: 2 },
        { etiqueta: 'No binario / otro', valor: 1_250 },
      ]),
    ).toBe('1 mujer · 2 hombres · 1,250 no binario / otro');
    expect(textoAtendidasPorSexo([{ etiqueta: 'Hombres', valor: 1 }, { etiqueta: 'Mujeres', valor: 0 }])).toBe('1 hombre · 0 mujeres');
  });
});

describe('indiceAcumuladoMensual', () => {
  it('índice acumulado mes a mes; null mientras no hay nada programado', () => {
    const programado = [0, 0, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0];
    const logrado = [2, 0, 8, 12, 0, 0, 0, 0, 0, 0, 0, 5];
    const r = indiceAcumuladoMensual(programado, logrado);
    expect(r.map((d) => d.etiqueta)).toEqual(['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Sep', 'Oct', 'Nov', 'Dic']);
    expect(r[0].valor).toBeNull();
    expect(r[1].valor).toBeNull();
    expect(r[2].valor).toBe(100); // (2 + 8) / 10
    expect(r[3].valor).toBe(110); // 22 / 20
    expect(r[4].valor).toBeCloseTo(73.333, 3);
    expect(r[11].valor).toBeCloseTo((27 / 90) * 100, 9);
  });
});

describe('indicePorActividad', () => {
  it('índice acumulado (o anual) y semáforo de cada actividad, con su número y nombre', () => {
    const act1 = actividadDe(ACTIVIDADES_POA_2026[0]);
    const act2 = actividadDe(ACTIVIDADES_POA_2026[1]);
    const c = calcularCronograma({
      anio: 2026,
      actividades: [act1, act2],
      registros: REGISTROS_VACIOS,
      ajustes: [ajuste({ actividadId: act1.id, mes: 1, cantidad: 8 }), ajuste({ actividadId: act2.id, mes: 1, cantidad: 6 })],
      umbrales: UMBRALES_POR_DEFECTO,
      mesCorte: 1,
    });
    expect(indicePorActividad(c)).toEqual([
      { etiqueta: '1. Atención Ciudadana y recepción de solicitudes', valor: 100, semaforo: 'verde' },
      { etiqueta: '2. Gestión de Apoyos y Jornadas Comunitarias', valor: 75, semaforo: 'ambar' },
    ]);
    expect(indicePorActividad(c, 'anual').map((d) => d.semaforo)).toEqual(['rojo', 'rojo']);
  });
});
