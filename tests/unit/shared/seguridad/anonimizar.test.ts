import { describe, expect, it } from 'vitest';
import { filaPublica, padronDeBeneficiarios } from '../../../../shared/domain/padron';
import { ordenarCoincidencias } from '../../../../shared/domain/personas';
import { personasAtendidasPorSexo, solicitudesPorColonia } from '../../../../shared/domain/tablero';
import { nombreCompleto, personaSchema } from '../../../../shared/schemas/personas';
import { anonimizarPersona, esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import { apoyo, persona, solicitud, TIPO_DESPENSA, uuid } from '../registros';

// Guadalupe Ramírez Soto, born 22/07/1985, with every identifying field captured.
const GUADALUPE = persona({
  id: uuid(931), sexo: 'M', apellidoPaterno: 'Ramírez', apellidoMaterno: 'Soto', nombres: 'Guadalupe', curp: 'RASG850722MVZMTD05',
  fechaNacimiento: '1985-07-22', edad: null, telefono: '2947654321', correo: 'lupita.ramirez@correo.mx',
  calle: 'Calle Hidalgo', numero: '45-A', colonia: 'Centro', localidad: 'Cabecera municipal', codigoPostal: '95700',
});
const JUAN = persona({ id: uuid(932), sexo: 'H', apellidoPaterno: 'Cruz', apellidoMaterno: 'Méndez', nombres: 'Juan Carlos', edad: 63, colonia: 'Colonia Benito Juárez' });

const CUANDO = '2026-11-24T17:30:00.000Z';

describe('anonimizar a una persona por cancelación u oposición (ARCO)', () => {
  it('borra lo que la identifica y su nombre pasa a «Persona anonimizada N»', () => {
    const a = anonimizarPersona(GUADALUPE, 7, CUANDO);
    expect(nombreCompleto(a)).toBe('Persona anonimizada 7');
    expect(a).toMatchObject({ curp: '', telefono: '', correo: '', calle: '', numero: '', codigoPostal: '', apellidoMaterno: '', fechaNacimiento: null });
    const texto = JSON.stringify(a);
    for (const dato of ['Ramírez', 'Soto', 'Guadalupe', 'RASG850722', '2947654321', 'lupita', 'Hidalgo', '45-A', '95700', '1985-07-22']) {
      expect(texto, dato).not.toContain(dato);
    }
  });

  it('conserva lo que cuentan las estadísticas: sexo, colonia, localidad y la edad en lugar de la fecha de nacimiento', () => {
    const a = anonimizarPersona(GUADALUPE, 7, CUANDO);
    expect(a).toMatchObject({ sexo: 'M', colonia: 'Centro', localidad: 'Cabecera municipal', edad: 41 });
    expect(anonimizarPersona(JUAN, 8, CUANDO).edad).toBe(JUAN.edad);
  });

  it('sigue siendo el mismo registro (mismo id, alta y estación) y pasa el esquema de persona', () => {
    const a = anonimizarPersona(GUADALUPE, 7, CUANDO);
    expect(personaSchema.parse(a)).toEqual(a);
    expect(a).toMatchObject({ id: GUADALUPE.id, createdAt: GUADALUPE.createdAt, estacion: GUADALUPE.estacion, eliminado: 0, updatedAt: CUANDO });
  });

  it('buscarla por su nombre anterior ya no la encuentra; por «anonimizada», sí', () => {
    const a = anonimizarPersona(GUADALUPE, 7, CUANDO);
    expect(a.nombreNormalizado).toBe('7 PERSONA ANONIMIZADA');
    expect(a.palabras).not.toContain('RAMIREZ');
    expect(ordenarCoincidencias([a, JUAN], 'ramirez guadalupe')).toEqual([]);
    expect(ordenarCoincidencias([a, JUAN], 'RASG850722')).toEqual([]);
    expect(ordenarCoincidencias([a, JUAN], 'persona anonimizada 7')).toEqual([a]);
  });

  it('las cifras por colonia y por sexo no cambian', () => {
    const solicitudes = [
      solicitud({ fechaRecepcion: '2026-02-03T10:00', personaId: GUADALUPE.id, estatus: 'atendida' }),
      solicitud({ fechaRecepcion: '2026-04-03T10:00', personaId: GUADALUPE.id, estatus: 'recibida' }),
      solicitud({ fechaRecepcion: '2026-04-05T10:00', personaId: JUAN.id, estatus: 'recibida' }),
    ];
    const apoyos = [apoyo({ personaId: GUADALUPE.id, estatus: 'entregado', fechaGestion: '2026-03-01', fechaEntrega: '2026-03-16' })];
    const antes = [GUADALUPE, JUAN];
    const despues = [anonimizarPersona(GUADALUPE, 1, CUANDO), JUAN];
    expect(solicitudesPorColonia(solicitudes, despues)).toEqual(solicitudesPorColonia(solicitudes, antes));
    expect(personasAtendidasPorSexo(solicitudes, despues, apoyos, 2026)).toEqual(personasAtendidasPorSexo(solicitudes, antes, apoyos, 2026));
    expect(personasAtendidasPorSexo(solicitudes, despues, apoyos, 2026)).toEqual([
      { etiqueta: 'Mujeres', valor: 1 },
      { etiqueta: 'Hombres', valor: 1 },
      { etiqueta: 'No binario / otro', valor: 0 },
    ]);
  });

  it('en el padrón sigue apareciendo su apoyo, con colonia, edad y sexo, sin CURP, domicilio ni teléfono', () => {
    const apoyos = [apoyo({ personaId: GUADALUPE.id, tipoApoyoId: TIPO_DESPENSA, estatus: 'entregado', fechaGestion: '2026-03-01', fechaEntrega: '2026-03-16' })];
    const a = anonimizarPersona(GUADALUPE, 3, CUANDO);
    const [fila] = padronDeBeneficiarios(apoyos, new Map([[a.id, a]]), new Map([[TIPO_DESPENSA, 'Despensa']]), 2026, new Map());
    expect(fila).toMatchObject({ curp: '', domicilio: '', telefono: '', colonia: 'Centro', localidad: 'Cabecera municipal', sexo: 'M', edad: 41 });
    expect(filaPublica(fila)).toMatchObject({ beneficiario: '3 Persona anonimizada', sexo: 'M', edad: 41 });
  });

  it('se reconoce a una persona anonimizada; a una con su nombre, no', () => {
    expect(esPersonaAnonimizada(anonimizarPersona(GUADALUPE, 12, CUANDO))).toBe(true);
    expect(esPersonaAnonimizada(GUADALUPE)).toBe(false);
    expect(esPersonaAnonimizada({ nombres: 'Persona anonimizada', apellidoPaterno: 'Ruiz', curp: '' })).toBe(false);
  });

  it('una fecha de nacimiento imposible deja la edad sin dato en lugar de inventarla', () => {
    expect(anonimizarPersona({ ...GUADALUPE, fechaNacimiento: '1890-01-01' }, 1, CUANDO).edad).toBeNull();
    expect(personaSchema.safeParse(anonimizarPersona({ ...GUADALUPE, fechaNacimiento: '1890-01-01' }, 1, CUANDO)).success).toBe(true);
  });

  it('el número debe ser un entero positivo', () => {
    expect(() => anonimizarPersona(GUADALUPE, 0, CUANDO)).toThrow('El número de la persona anonimizada debe ser un entero positivo.');
    expect(() => anonimizarPersona(GUADALUPE, 1.5, CUANDO)).toThrow(RangeError);
  });
});
