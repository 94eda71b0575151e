import { describe, expect, it } from 'vitest';
import {
  COLUMNAS_TRANSPARENCIA,
  describirPeriodo,
  montoRecibido,
  nombreArchivoTransparencia,
  padronTransparencia,
  SIN_PROGRAMA,
} from '../../../shared/domain/padronTransparencia';
import { MARIA } from '../reportes/datos';
import { apoyo, persona, TIPO_DESPENSA, TIPO_MEDICAMENTO, uuid } from './registros';

// MARIA has every reserved datum captured (CURP, phone, email, street, postal code), so the test can tell none of
// them reaches a row.

const BECAS = uuid(801);
const PENSION = uuid(802);
const PROGRAMAS = new Map([
  [BECAS, 'Becas Municipales para Estudiantes'],
  [PENSION, 'Pensión para Adultos Mayores'],
]);
const TIPOS = new Map([
  [TIPO_DESPENSA, 'Despensa'],
  [TIPO_MEDICAMENTO, 'Medicamento'],
]);

const JUAN = persona({ id: uuid(902), sexo: 'H', apellidoPaterno: 'Hernández', apellidoMaterno: '', nombres: 'Juan', edad: 41, colonia: '', localidad: 'San José' });
const ALEX = persona({ id: uuid(903), sexo: 'X', apellidoPaterno: 'Ruiz', apellidoMaterno: 'Mora', nombres: 'Alex', edad: null, fechaNacimiento: null, colonia: 'El Mirador', localidad: '' });
const PERSONAS = new Map([MARIA, JUAN, ALEX].map((p) => [p.id, p]));

const APOYOS = [
  // The day before her birthday: still 35.
  apoyo({ id: uuid(1), personaId: MARIA.id, programaId: BECAS, estatus: 'entregado', fechaGestion: '2026-03-01', fechaEntrega: '2026-03-14', valorEstimado: 1500, cantidad: 1500, unidad: 'pesos' }),
  // On her birthday: 36.
  apoyo({ id: uuid(2), personaId: MARIA.id, programaId: BECAS, estatus: 'entregado', fechaGestion: '2026-03-01', fechaEntrega: '2026-03-15', valorEstimado: 0, cantidad: 2, unidad: 'paquetes' }),
  apoyo({ id: uuid(3), personaId: JUAN.id, programaId: BECAS, tipoApoyoId: TIPO_MEDICAMENTO, estatus: 'entregado', fechaEntrega: '2026-06-30', valorEstimado: 0, cantidad: 1.5, unidad: 'cajas' }),
  apoyo({ id: uuid(4), personaId: ALEX.id, programaId: PENSION, estatus: 'entregado', fechaEntrega: '2026-02-01', valorEstimado: 3000 }),
  apoyo({ id: uuid(5), personaId: ALEX.id, programaId: null, estatus: 'entregado', fechaEntrega: '2026-04-01', valorEstimado: 450 }),
  // Not delivered, deleted, or of another year: never published.
  apoyo({ id: uuid(6), personaId: JUAN.id, programaId: BECAS, estatus: 'autorizado' }),
  apoyo({ id: uuid(7), personaId: JUAN.id, programaId: BECAS, estatus: 'entregado', fechaEntrega: '2026-05-05', eliminado: 1 }),
  apoyo({ id: uuid(8), personaId: JUAN.id, programaId: BECAS, estatus: 'entregado', fechaGestion: '2025-12-01', fechaEntrega: '2025-12-20' }),
];
const ANIO_2026 = { desde: '2026-01-01', hasta: '2026-12-31' };

describe('padrón de transparencia', () => {
  it('tiene exactamente las columnas que pide la ley, en orden, y ninguna reservada', () => {
    expect(COLUMNAS_TRANSPARENCIA.map((c) => c.titulo)).toEqual([
      'Programa',
      'Nombre completo',
      'Monto o apoyo recibido',
      'Fecha de entrega',
      'Unidad territorial (colonia / localidad)',
      'Edad',
      'Sexo',
    ]);
    const titulos = COLUMNAS_TRANSPARENCIA.map((c) => c.titulo.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).join(' ');
    expect(titulos).not.toMatch(/curp|calle|domicilio|numero|telefono|correo|postal/);
  });

  it('un programa y su año: sólo los entregados vivos del periodo, con nombre y apellidos, monto o apoyo, unidad territorial, edad a la entrega y sexo', () => {
    const filas = padronTransparencia(APOYOS, PERSONAS, TIPOS, PROGRAMAS, { programaId: BECAS, ...ANIO_2026 });
    expect(filas).toEqual([
      {
        programa: 'Becas Municipales para Estudiantes',
        nombre: 'Juan Hernández',
        monto: '1.50 cajas de Medicamento',
        fechaEntrega: '2026-06-30',
        unidadTerritorial: 'San José',
        edad: 41,
        sexo: 'Hombre',
      },
      {
        programa: 'Becas Municipales para Estudiantes',
        nombre: 'María José Pérez López',
        monto: 1500,
        fechaEntrega: '2026-03-14',
        unidadTerritorial: 'Centro, Cabecera municipal',
        edad: 35,
        sexo: 'Mujer',
      },
      {
        programa: 'Becas Municipales para Estudiantes',
        nombre: 'María José Pérez López',
        monto: '2 paquetes de Despensa',
        fechaEntrega: '2026-03-15',
        unidadTerritorial: 'Centro, Cabecera municipal',
        edad: 36,
        sexo: 'Mujer',
      },
    ]);
    for (const f of filas) expect(Object.keys(f)).toEqual(COLUMNAS_TRANSPARENCIA.map((c) => c.campo));
    expect(JSON.stringify(filas)).not.toMatch(/PELM900315|2281234567|maria@example\.com|Juárez|91000/);
  });

  it('todos los apoyos de un rango de fechas, por programa; el apoyo directo lo dice, y sin edad capturada queda vacía', () => {
    const filas = padronTransparencia(APOYOS, PERSONAS, TIPOS, PROGRAMAS, { programaId: null, desde: '2026-02-01', hasta: '2026-04-01' });
    expect(filas.map((f) => [f.programa, f.nombre, f.monto, f.fechaEntrega, f.edad, f.sexo])).toEqual([
      [SIN_PROGRAMA, 'Alex Ruiz Mora', 450, '2026-04-01', null, 'No binario / otro'],
      ['Becas Municipales para Estudiantes', 'María José Pérez López', 1500, '2026-03-14', 35, 'Mujer'],
      ['Becas Municipales para Estudiantes', 'María José Pérez López', '2 paquetes de Despensa', '2026-03-15', 36, 'Mujer'],
      ['Pensión para Adultos Mayores', 'Alex Ruiz Mora', 3000, '2026-02-01', null, 'No binario / otro'],
    ]);
    expect(padronTransparencia(APOYOS, PERSONAS, TIPOS, PROGRAMAS, { programaId: BECAS, desde: '2025-01-01', hasta: '2025-12-31' }).map((f) => f.fechaEntrega)).toEqual([
      '2025-12-20',
    ]);
  });

  it('el monto, el periodo en palabras y el nombre del archivo', () => {
    expect(montoRecibido({ valorEstimado: 1234.5, cantidad: 1, unidad: 'vale' }, 'Apoyo económico')).toBe(1234.5);
    expect(montoRecibido({ valorEstimado: 0, cantidad: 3, unidad: 'piezas' }, 'Material de construcción')).toBe('3 piezas de Material de construcción');
    expect(describirPeriodo(ANIO_2026)).toBe('2026');
    expect(describirPeriodo({ desde: '2026-03-01', hasta: '2026-06-30' })).toBe('del 01/03/2026 al 30/06/2026');
    expect(nombreArchivoTransparencia({ programaId: null, ...ANIO_2026 }, null)).toBe('Padron-transparencia-2026.xlsx');
    expect(nombreArchivoTransparencia({ programaId: BECAS, desde: '2026-03-01', hasta: '2026-06-30' }, 'Pensión: Adultos «Mayores»')).toBe(
      'Padron-transparencia-Pension-Adultos-Mayores-2026-03-01-a-2026-06-30.xlsx',
    );
  });
});
