import { describe, expect, it } from 'vitest';
import {
  expedienteDePersona,
  expedienteEnJson,
  FORMATO_EXPEDIENTE,
  nombreArchivoExpediente,
} from '../../../shared/domain/datosPersonales';
import type { Apoyo } from '../../../shared/schemas/modulos';
import type { Persona } from '../../../shared/schemas/personas';
import type { Seguimiento, Solicitud } from '../../../shared/schemas/solicitudes';
import type { EntradaBitacora } from '../../../shared/schemas/sistema';

const base = { createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', estacion: 'V1', eliminado: 0 as const };

function persona(id: string, apellidoPaterno: string): Persona {
  return {
    ...base,
    id,
    apellidoPaterno,
    apellidoMaterno: 'López',
    nombres: 'María José',
    curp: '',
    sexo: 'M',
    fechaNacimiento: null,
    edad: 35,
    telefono: '2281234567',
    correo: '',
    calle: '',
    numero: '',
    colonia: 'Centro',
    localidad: '',
    codigoPostal: '',
    nombreNormalizado: 'PEREZ LOPEZ MARIA JOSE',
    palabras: ['PEREZ', 'LOPEZ', 'MARIA', 'JOSE'],
  };
}

const solicitud = (id: string, personaId: string, folio: string, fechaRecepcion: string, eliminado: 0 | 1 = 0) =>
  ({ ...base, id, personaId, folio, fechaRecepcion, eliminado }) as unknown as Solicitud;
const seguimiento = (id: string, solicitudId: string, fecha: string) => ({ ...base, id, solicitudId, fecha }) as unknown as Seguimiento;
const apoyo = (id: string, personaId: string, fechaGestion: string) => ({ ...base, id, personaId, fechaGestion }) as unknown as Apoyo;
const entrada = (id: string, entidadId: string | null, fecha: string): EntradaBitacora => ({
  id,
  fecha,
  usuario: 'Ventanilla',
  estacion: 'V1',
  accion: 'editar',
  entidad: 'x',
  entidadId,
  resumen: id,
  cambios: null,
});

describe('expediente de datos personales', () => {
  const maria = persona('p1', 'Pérez');
  const expediente = expedienteDePersona(
    maria,
    [solicitud('s2', 'p1', 'AC-2026-V1-0004', '2026-06-01T09:00'), solicitud('s1', 'p1', 'AC-2026-V1-0001', '2026-03-05T10:30', 1), solicitud('sx', 'p2', 'AC-2026-V1-0002', '2026-03-06T10:00')],
    [seguimiento('g2', 's1', '2026-03-07T00:00:00Z'), seguimiento('g1', 's1', '2026-03-05T00:00:00Z'), seguimiento('gx', 'sx', '2026-03-06T00:00:00Z')],
    [apoyo('a1', 'p1', '2026-04-01'), apoyo('ax', 'p2', '2026-04-02')],
    [entrada('b3', 'a1', '2026-04-01T00:00:00Z'), entrada('b1', 'p1', '2026-03-05T00:00:00Z'), entrada('bx', 'sx', '2026-03-06T00:00:00Z'), entrada('bn', null, '2026-03-06T00:00:00Z'), entrada('b2', 's2', '2026-06-01T00:00:00Z')],
    '2026-11-24T16:00:00.000Z',
  );

  it('lleva a la persona sin las claves de búsqueda derivadas del nombre', () => {
    expect(expediente.formato).toBe(FORMATO_EXPEDIENTE);
    expect(expediente.generado).toBe('2026-11-24T16:00:00.000Z');
    expect(expediente.persona.nombres).toBe('María José');
    expect(expediente.persona).not.toHaveProperty('palabras');
    expect(expediente.persona).not.toHaveProperty('nombreNormalizado');
  });

  it('sólo sus solicitudes (también las eliminadas), en orden, cada una con sus seguimientos en orden', () => {
    expect(expediente.solicitudes.map((s) => s.folio)).toEqual(['AC-2026-V1-0001', 'AC-2026-V1-0004']);
    expect(expediente.solicitudes[0]!.eliminado).toBe(1);
    expect(expediente.solicitudes[0]!.seguimientos.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(expediente.solicitudes[1]!.seguimientos).toEqual([]);
  });

  it('sólo sus apoyos y las entradas de bitácora sobre la persona, sus solicitudes y sus apoyos', () => {
    expect(expediente.apoyos.map((a) => a.id)).toEqual(['a1']);
    expect(expediente.bitacora.map((e) => e.id)).toEqual(['b1', 'b3', 'b2']);
  });

  it('el archivo es JSON legible que se vuelve a leer igual', () => {
    const texto = expedienteEnJson(expediente);
    expect(JSON.parse(texto)).toEqual(JSON.parse(JSON.stringify(expediente)));
    expect(texto).toContain('"nombres": "María José"');
  });

  it('nombre de archivo con el apellido sin acentos ni espacios y la fecha', () => {
    expect(nombreArchivoExpediente(maria, '2026-11-24')).toBe('datos-personales-PEREZ-2026-11-24.json');
    expect(nombreArchivoExpediente({ apellidoPaterno: 'de la Peña' }, '2026-11-24')).toBe('datos-personales-DE-LA-PENA-2026-11-24.json');
    expect(nombreArchivoExpediente({ apellidoPaterno: '  ' }, '2026-11-24')).toBe('datos-personales-SIN-APELLIDO-2026-11-24.json');
  });
});
