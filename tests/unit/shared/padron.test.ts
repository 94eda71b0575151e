import { describe, expect, it } from 'vitest';
import { anioDelApoyo, apoyosRepetidos, filaPublica, padronDeBeneficiarios } from '../../../shared/domain/padron';
import { capturaApoyoSchema } from '../../../shared/schemas/modulos';
import { apoyo, persona, TIPO_DESPENSA, TIPO_LENTES, TIPO_MEDICAMENTO, uuid } from './registros';

const MARIA = persona({
  id: uuid(901),
  sexo: 'M',
  apellidoPaterno: 'Pérez',
  apellidoMaterno: 'López',
  nombres: 'María José',
  curp: 'PELM900315MVZRPR05',
  fechaNacimiento: '1990-03-15',
  edad: null,
  telefono: '2281234567',
  calle: 'Av. Juárez',
  numero: '12',
  colonia: 'Centro',
  localidad: 'Cabecera municipal',
});
const JUAN = persona({ id: uuid(902), sexo: 'H', apellidoPaterno: 'Hernández', apellidoMaterno: 'García', nombres: 'Juan', edad: 41, colonia: 'Colonia Las Flores' });
const PERSONAS = new Map([MARIA, JUAN].map((p) => [p.id, p]));
const TIPOS = new Map([
  [TIPO_DESPENSA, 'Despensa'],
  [TIPO_MEDICAMENTO, 'Medicamento'],
]);

describe('padrón de beneficiarios', () => {
  const apoyos = [
    apoyo({ personaId: MARIA.id, estatus: 'entregado', fechaGestion: '2026-03-01', fechaEntrega: '2026-03-16', cantidad: 2, unidad: 'paquetes', valorEstimado: 900 }),
    apoyo({ personaId: JUAN.id, tipoApoyoId: TIPO_MEDICAMENTO, estatus: 'entregado', fechaEntrega: '2026-02-10', cantidad: 1.5, unidad: 'cajas' }),
    apoyo({ personaId: JUAN.id, estatus: 'autorizado' }),
    apoyo({ personaId: JUAN.id, estatus: 'entregado', fechaEntrega: '2025-12-20' }),
    apoyo({ personaId: MARIA.id, estatus: 'entregado', fechaEntrega: '2026-05-02', eliminado: 1 }),
  ];

  it('lista sólo los apoyos entregados del año, vivos, por apellido, con la edad al día de la entrega', () => {
    const filas = padronDeBeneficiarios(apoyos, PERSONAS, TIPOS, 2026, new Map());
    expect(filas.map((f) => [f.beneficiario, f.apoyo, f.fechaEntrega, f.edad, f.sexo, f.colonia])).toEqual([
      ['Hernández García Juan', 'Medicamento: 1.50 cajas', '2026-02-10', 41, 'H', 'Colonia Las Flores'],
      // Born 15/03/1990, she was 36 on 16/03/2026.
      ['Pérez López María José', 'Despensa: 2 paquetes', '2026-03-16', 36, 'M', 'Centro'],
    ]);
    expect(filas[1]).toMatchObject({ curp: 'PELM900315MVZRPR05', domicilio: 'Av. Juárez 12', telefono: '2281234567', valorEstimado: 900 });
    expect(padronDeBeneficiarios(apoyos, PERSONAS, TIPOS, null, new Map())).toHaveLength(3);
  });

  it('la versión pública no lleva CURP, domicilio, teléfono ni valor', () => {
    const publica = padronDeBeneficiarios(apoyos, PERSONAS, TIPOS, 2026, new Map()).map(filaPublica);
    expect(Object.keys(publica[1]).sort()).toEqual(['apoyo', 'beneficiario', 'colonia', 'edad', 'fechaEntrega', 'id', 'localidad', 'programa', 'programaId', 'sexo']);
    expect(JSON.stringify(publica)).not.toMatch(/PELM900315|Juárez|2281234567/);
  });
});

describe('el mismo apoyo a la misma persona en el mismo año avisa', () => {
  const previos = [
    apoyo({ id: uuid(1001), personaId: MARIA.id, estatus: 'entregado', fechaGestion: '2026-01-10', fechaEntrega: '2026-01-20' }),
    apoyo({ id: uuid(1002), personaId: MARIA.id, estatus: 'rechazado', fechaGestion: '2026-06-01' }),
    apoyo({ id: uuid(1003), personaId: MARIA.id, estatus: 'entregado', fechaGestion: '2025-12-01', fechaEntrega: '2025-12-15' }),
    apoyo({ id: uuid(1004), personaId: MARIA.id, tipoApoyoId: TIPO_LENTES, estatus: 'gestionado', fechaGestion: '2026-04-01' }),
    apoyo({ id: uuid(1005), personaId: JUAN.id, estatus: 'gestionado', fechaGestion: '2026-04-01' }),
    apoyo({ id: uuid(1006), personaId: MARIA.id, estatus: 'autorizado', fechaGestion: '2026-02-01', eliminado: 1 }),
  ];

  it('encuentra el de enero, no el rechazado, el de otro año, otro tipo, otra persona ni el eliminado', () => {
    const nuevo = { personaId: MARIA.id, tipoApoyoId: TIPO_DESPENSA, fechaGestion: '2026-09-01', fechaEntrega: null };
    expect(apoyosRepetidos(previos, nuevo).map((a) => a.id)).toEqual([uuid(1001)]);
  });

  it('al editar un apoyo no se compara consigo mismo, y el año es el de la entrega', () => {
    expect(apoyosRepetidos(previos, { id: uuid(1001), personaId: MARIA.id, tipoApoyoId: TIPO_DESPENSA, fechaGestion: '2026-01-10', fechaEntrega: '2026-01-20' })).toEqual([]);
    expect(anioDelApoyo({ fechaGestion: '2025-12-20', fechaEntrega: '2026-01-05' })).toBe(2026);
    expect(apoyosRepetidos(previos, { personaId: MARIA.id, tipoApoyoId: TIPO_DESPENSA, fechaGestion: '2025-11-20', fechaEntrega: '2025-12-01' }).map((a) => a.id)).toEqual([uuid(1003)]);
  });
});

describe('captura de un apoyo', () => {
  const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...datos } = apoyo({});
  const errores = (cambios: Record<string, unknown>) =>
    capturaApoyoSchema.safeParse({ ...datos, ...cambios }).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('entregado exige la fecha de entrega, que no es anterior a la gestión', () => {
    expect(errores({ estatus: 'entregado', fechaEntrega: null })).toEqual([['fechaEntrega', 'Un apoyo entregado necesita su fecha de entrega']]);
    expect(errores({ estatus: 'entregado', fechaGestion: '2026-03-10', fechaEntrega: '2026-03-09' })).toEqual([
      ['fechaEntrega', 'La fecha de entrega no puede ser anterior a la de gestión'],
    ]);
    expect(errores({ estatus: 'autorizado', fechaEntrega: '2026-03-09' })).toEqual([
      ['fechaEntrega', 'La fecha de entrega se registra sólo cuando el apoyo está Entregado'],
    ]);
    expect(errores({ estatus: 'entregado', fechaGestion: '2026-03-10', fechaEntrega: '2026-03-10' })).toEqual([]);
  });

  it('cantidad y valor dicen en español qué está mal', () => {
    expect(errores({ cantidad: Number.NaN, valorEstimado: -1 })).toEqual([
      ['cantidad', 'La cantidad debe ser un número'],
      ['valorEstimado', 'El valor estimado no puede ser negativo'],
    ]);
    expect(errores({ cantidad: 0 })).toEqual([['cantidad', 'La cantidad debe ser mayor que 0']]);
  });
});
