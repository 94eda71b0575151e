import { describe, expect, it } from 'vitest';
import { contarPorMes, logrosDelMes, REGISTROS_VACIOS, registrosQueCuentan, type RegistrosConteo } from '../../../shared/domain/conteo';
import { apoyo, convenio, evento, jornada, mesa, solicitud, TIPO_DESPENSA, TIPO_LENTES, uuid } from './registros';

const vacios = (cambios: Partial<RegistrosConteo>): RegistrosConteo => ({ ...REGISTROS_VACIOS, ...cambios });

/** The names the year loader brings along: the citizen every builder points at and the tipo Despensa. */
const NOMBRES = {
  personas: new Map([[uuid(900), 'Rosalinda Quetzal Ramírez']]),
  catalogos: new Map([[TIPO_DESPENSA, 'Despensa']]),
};

describe('regla solicitudes', () => {
  const r = vacios({
    solicitudes: [
      solicitud({ id: uuid(1001), consecutivo: 1, fechaRecepcion: '2026-01-05T09:00', estatus: 'recibida' }),
      solicitud({ id: uuid(1002), consecutivo: 2, fechaRecepcion: '2026-01-31T23:59', estatus: 'atendida' }),
      solicitud({ id: uuid(1003), consecutivo: 3, fechaRecepcion: '2026-02-01T00:00', estatus: 'improcedente' }),
      solicitud({ id: uuid(1004), consecutivo: 4, fechaRecepcion: '2026-01-10T10:00', estatus: 'cancelada' }),
      solicitud({ id: uuid(1005), consecutivo: 5, fechaRecepcion: '2026-01-11T10:00', estatus: 'duplicada' }),
      solicitud({ id: uuid(1006), consecutivo: 6, fechaRecepcion: '2026-01-12T10:00', eliminado: 1 }),
      solicitud({ id: uuid(1007), consecutivo: 7, fechaRecepcion: '2025-12-31T23:59', estatus: 'canalizada' }),
      solicitud({ id: uuid(1008), consecutivo: 8, fechaRecepcion: '2026-12-31T18:00', estatus: 'en-seguimiento', tipoApoyoId: TIPO_LENTES }),
    ],
    nombres: NOMBRES,
  });

  it('cuenta por fecha de recepción todo estatus salvo cancelada y duplicada; nunca eliminadas ni de otro año', () => {
    expect(contarPorMes('solicitudes', r, 2026)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(contarPorMes('solicitudes', r, 2025)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('lista los registros con su folio, ciudadano y tipo de apoyo, fecha del día y mes, ordenados por fecha', () => {
    expect(registrosQueCuentan('solicitudes', r, 2026)).toEqual([
      { tipo: 'solicitud', id: uuid(1001), fecha: '2026-01-05', mes: 1, descripcion: 'Solicitud AC-2026-V1-0001 de Rosalinda Quetzal Ramírez · Despensa' },
      { tipo: 'solicitud', id: uuid(1002), fecha: '2026-01-31', mes: 1, descripcion: 'Solicitud AC-2026-V1-0002 de Rosalinda Quetzal Ramírez · Despensa' },
      { tipo: 'solicitud', id: uuid(1003), fecha: '2026-02-01', mes: 2, descripcion: 'Solicitud AC-2026-V1-0003 de Rosalinda Quetzal Ramírez · Despensa' },
      // A tipo the lookup does not know (deleted from the catalogue) is left out rather than shown as an id.
      { tipo: 'solicitud', id: uuid(1008), fecha: '2026-12-31', mes: 12, descripcion: 'Solicitud AC-2026-V1-0008 de Rosalinda Quetzal Ramírez' },
    ]);
  });

  it('sin nombres conocidos la solicitud se describe por su folio', () => {
    expect(registrosQueCuentan('solicitudes', { ...r, nombres: undefined }, 2026).map((l) => l.descripcion)[0]).toBe('Solicitud AC-2026-V1-0001');
  });

  it('logrosDelMes filtra un mes', () => {
    expect(logrosDelMes('solicitudes', r, 2026, 2).map((l) => l.id)).toEqual([uuid(1003)]);
    expect(logrosDelMes('solicitudes', r, 2026, 3)).toEqual([]);
  });

  it('acepta proyecciones con sólo los campos que la regla lee', () => {
    const ligeras = vacios({
      solicitudes: [{ id: 'a', folio: 'AC-2026-V1-0009', fechaRecepcion: '2026-04-01T08:00', estatus: 'recibida', eliminado: 0 }],
    });
    expect(contarPorMes('solicitudes', ligeras, 2026)[3]).toBe(1);
    expect(logrosDelMes('solicitudes', { ...ligeras, nombres: NOMBRES }, 2026, 4)[0].descripcion).toBe('Solicitud AC-2026-V1-0009');
  });
});

describe('regla apoyos', () => {
  const r = vacios({
    apoyos: [
      apoyo({ id: uuid(2001), estatus: 'entregado', fechaGestion: '2026-01-10', fechaEntrega: '2026-02-03', cantidad: 2, unidad: 'despensas' }),
      apoyo({ id: uuid(2002), estatus: 'gestionado', fechaGestion: '2026-02-10' }),
      apoyo({ id: uuid(2003), estatus: 'autorizado', fechaEntrega: '2026-02-11' }),
      apoyo({ id: uuid(2004), estatus: 'rechazado' }),
      apoyo({ id: uuid(2005), estatus: 'entregado', fechaEntrega: '2026-02-12', eliminado: 1 }),
      apoyo({ id: uuid(2006), estatus: 'entregado', fechaEntrega: null }),
      apoyo({
        id: uuid(2007),
        personaId: uuid(901),
        tipoApoyoId: TIPO_LENTES,
        estatus: 'entregado',
        fechaGestion: '2025-12-01',
        fechaEntrega: '2026-01-02',
        cantidad: 1.5,
        unidad: 'toneladas',
      }),
    ],
    jornadas: [
      jornada({ id: uuid(2101), fecha: '2026-02-20', nombre: 'Jornada en San José' }),
      jornada({ id: uuid(2102), fecha: '2026-03-20', realizada: false }),
      jornada({ id: uuid(2103), fecha: '2026-03-21', eliminado: 1 }),
    ],
    nombres: NOMBRES,
  });

  it('apoyos entregados por fecha de entrega más jornadas realizadas por fecha', () => {
    expect(contarPorMes('apoyos', r, 2026)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('descripciones de apoyo (tipo, beneficiario y cantidad) y de jornada', () => {
    expect(registrosQueCuentan('apoyos', r, 2026)).toEqual([
      // Neither the person nor the tipo is known: the apoyo is described by its quantity alone.
      { tipo: 'apoyo', id: uuid(2007), fecha: '2026-01-02', mes: 1, descripcion: 'Apoyo: 1.50 toneladas' },
      { tipo: 'apoyo', id: uuid(2001), fecha: '2026-02-03', mes: 2, descripcion: 'Apoyo Despensa a Rosalinda Quetzal Ramírez · 2 despensas' },
      { tipo: 'jornada', id: uuid(2101), fecha: '2026-02-20', mes: 2, descripcion: 'Jornada: Jornada en San José' },
    ]);
  });

  it('un apoyo con sólo su tipo o sólo su beneficiario conocido dice lo que se sabe', () => {
    const uno = (cambios: Parameters<typeof apoyo>[0]) =>
      registrosQueCuentan('apoyos', vacios({ apoyos: [apoyo({ estatus: 'entregado', fechaEntrega: '2026-04-01', unidad: 'paquete', ...cambios })], nombres: NOMBRES }), 2026)[0].descripcion;
    expect(uno({ personaId: uuid(901) })).toBe('Apoyo Despensa · 1 paquete');
    expect(uno({ tipoApoyoId: TIPO_LENTES })).toBe('Apoyo a Rosalinda Quetzal Ramírez · 1 paquete');
  });
});

describe('regla programas', () => {
  it('talleres, capacitaciones y programas realizados, por su fecha (un evento de varios días cuenta una vez)', () => {
    const r = vacios({
      eventos: [
        evento({ id: uuid(3001), fecha: '2026-03-30', fechaFin: '2026-04-02', tipo: 'capacitacion', nombre: 'Primeros auxilios' }),
        evento({ id: uuid(3002), fecha: '2026-03-04', tipo: 'programa', nombre: 'Pensión para el Bienestar' }),
        evento({ id: uuid(3003), fecha: '2026-03-05', estatus: 'cancelado' }),
        evento({ id: uuid(3004), fecha: '2026-03-06', estatus: 'programado' }),
        evento({ id: uuid(3005), fecha: '2026-03-07', eliminado: 1 }),
      ],
    });
    expect(contarPorMes('programas', r, 2026)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(registrosQueCuentan('programas', r, 2026).map((l) => l.descripcion)).toEqual([
      'Programa social: Pensión para el Bienestar',
      'Capacitación: Primeros auxilios',
    ]);
  });
});

describe('regla gestión', () => {
  it('mesas asistidas por fecha más convenios firmados por fecha de firma (no en trámite ni cancelados)', () => {
    const r = vacios({
      mesas: [
        mesa({ id: uuid(4001), fecha: '2026-05-09', tema: 'Seguridad' }),
        mesa({ id: uuid(4002), fecha: '2026-05-10', estatus: 'programada' }),
        mesa({ id: uuid(4003), fecha: '2026-05-11', estatus: 'cancelada' }),
        mesa({ id: uuid(4004), fecha: '2026-05-12', eliminado: 1 }),
      ],
      convenios: [
        convenio({ id: uuid(4101), numero: 'CONV-01', contraparte: 'Cruz Roja', estatus: 'vigente', fechaFirma: '2026-05-20' }),
        convenio({ id: uuid(4102), estatus: 'vencido', fechaFirma: '2026-06-01' }),
        convenio({ id: uuid(4103), estatus: 'renovado', fechaFirma: '2026-06-02' }),
        convenio({ id: uuid(4104), estatus: 'en-tramite', fechaFirma: '2026-06-03' }),
        convenio({ id: uuid(4105), estatus: 'cancelado', fechaFirma: '2026-06-04' }),
        convenio({ id: uuid(4106), estatus: 'vigente', fechaFirma: null }),
        convenio({ id: uuid(4107), estatus: 'vigente', fechaFirma: '2026-06-05', eliminado: 1 }),
      ],
    });
    expect(contarPorMes('gestion', r, 2026)).toEqual([0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0]);
    expect(logrosDelMes('gestion', r, 2026, 5)).toEqual([
      { tipo: 'mesa', id: uuid(4001), fecha: '2026-05-09', mes: 5, descripcion: 'Mesa: Seguridad' },
      { tipo: 'convenio', id: uuid(4101), fecha: '2026-05-20', mes: 5, descripcion: 'Convenio CONV-01 con Cruz Roja' },
    ]);
  });
});

describe('regla ninguna y reglas independientes', () => {
  const todo = vacios({
    solicitudes: [solicitud({ fechaRecepcion: '2026-01-05T09:00' })],
    apoyos: [apoyo({ estatus: 'entregado', fechaEntrega: '2026-01-06' })],
    jornadas: [jornada({ fecha: '2026-01-07' })],
    eventos: [evento({ fecha: '2026-01-08' })],
    mesas: [mesa({ fecha: '2026-01-09' })],
    convenios: [convenio({ estatus: 'vigente', fechaFirma: '2026-01-10' })],
  });

  it('"ninguna" no cuenta registros (sólo ajustes manuales)', () => {
    expect(contarPorMes('ninguna', todo, 2026)).toEqual(Array.from({ length: 12 }, () => 0));
  });

  it('cada regla cuenta sólo los registros de su módulo', () => {
    expect(contarPorMes('solicitudes', todo, 2026)[0]).toBe(1);
    expect(contarPorMes('apoyos', todo, 2026)[0]).toBe(2);
    expect(contarPorMes('programas', todo, 2026)[0]).toBe(1);
    expect(contarPorMes('gestion', todo, 2026)[0]).toBe(2);
  });
});
