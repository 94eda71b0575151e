import { describe, expect, it } from 'vitest';
import {
  capturaEventoSchema,
  capturaJornadaSchema,
  correccionEventoSchema,
  correccionJornadaSchema,
  eventoSchema,
  jornadaSchema,
  SIN_GRUPOS_EDAD,
  type Evento,
} from '../../../shared/schemas/modulos';
import { evento, jornada } from './registros';

/** What a capture gives: the stored fields without those every record carries. */
function datos<T extends { id: string }>(r: T) {
  const { id: _id, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...resto } = r as T & Record<string, unknown>;
  return resto;
}

const taller = (c: Partial<Evento> = {}) =>
  datos(evento({ fecha: '2026-05-12', asistentesMujeres: 12, asistentesHombres: 8, asistentesOtro: 0, edad0a11: 0, edad12a17: 3, edad18a29: 6, edad30a59: 9, edad60: 2, ...c }));

const errores = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('asistencia por grupo de edad de talleres, capacitaciones y jornadas', () => {
  it('un taller de 12 mujeres y 8 hombres cuyos grupos de edad suman 20 se acepta con sus cinco cifras', () => {
    const r = capturaEventoSchema.parse(taller());
    expect([r.edad0a11, r.edad12a17, r.edad18a29, r.edad30a59, r.edad60]).toEqual([0, 3, 6, 9, 2]);
  });

  it('si los grupos suman 19 y la asistencia por sexo 20, lo dice en el primer grupo de edad', () => {
    expect(errores(capturaEventoSchema.safeParse(taller({ edad60: 1 })))).toEqual({
      edad0a11: 'Los grupos de edad suman 19 y la asistencia por sexo suma 20',
    });
    expect(errores(capturaEventoSchema.safeParse(taller({ tipo: 'capacitacion', asistentesOtro: 1 })))).toEqual({
      edad0a11: 'Los grupos de edad suman 20 y la asistencia por sexo suma 21',
    });
  });

  it('una jornada: las personas atendidas por grupo de edad suman lo mismo que por sexo', () => {
    const j = datos(jornada({ fecha: '2026-04-18' }));
    expect(capturaJornadaSchema.parse(j).edad30a59).toBe(10);
    expect(errores(capturaJornadaSchema.safeParse({ ...j, edad18a29: 12 }))).toEqual({
      edad0a11: 'Los grupos de edad suman 37 y las personas atendidas por sexo suman 35',
    });
  });

  it('un programa social reporta beneficiarios: sus grupos de edad no se revisan', () => {
    expect(capturaEventoSchema.safeParse(taller({ tipo: 'programa', ...SIN_GRUPOS_EDAD })).success).toBe(true);
  });

  it('una captura nueva con asistencia pide los grupos; sin asistencia no', () => {
    expect(errores(capturaEventoSchema.safeParse(taller(SIN_GRUPOS_EDAD)))).toEqual({
      edad0a11: 'Capture la asistencia por grupo de edad: la asistencia por sexo suma 20',
    });
    const vacio = taller({ asistentesMujeres: 0, asistentesHombres: 0, ...SIN_GRUPOS_EDAD });
    expect(capturaEventoSchema.safeParse(vacio).success).toBe(true);
  });

  it('un registro guardado antes de los grupos de edad se lee con ellos vacíos y se corrige sin inventarlos', () => {
    const { edad0a11: _a, edad12a17: _b, edad18a29: _c, edad30a59: _d, edad60: _e, ...antiguo } = jornada({ fecha: '2025-10-04' });
    const leida = jornadaSchema.parse(antiguo);
    expect([leida.edad0a11, leida.edad12a17, leida.edad18a29, leida.edad30a59, leida.edad60]).toEqual([null, null, null, null, null]);
    expect(correccionJornadaSchema.safeParse(datos(leida)).success).toBe(true);
    // Giving them when correcting: they must add up.
    expect(errores(correccionJornadaSchema.safeParse({ ...datos(leida), edad0a11: 30 }))).toEqual({
      edad0a11: 'Los grupos de edad suman 30 y las personas atendidas por sexo suman 35',
    });
    const { edad0a11: _f, edad12a17: _g, edad18a29: _h, edad30a59: _i, edad60: _j, ...tallerAntiguo } = evento({ fecha: '2025-10-04' });
    expect(eventoSchema.parse(tallerAntiguo).edad60).toBeNull();
    expect(correccionEventoSchema.safeParse(datos(eventoSchema.parse(tallerAntiguo))).success).toBe(true);
  });

  it('un grupo negativo o con fracción se rechaza en su campo, en español, sin sumar', () => {
    expect(errores(capturaEventoSchema.safeParse(taller({ edad12a17: -3, edad60: 8 })))).toEqual({
      edad12a17: 'Asistencia de 12 a 17 años no puede ser menor que 0',
    });
    expect(errores(capturaEventoSchema.safeParse(taller({ edad30a59: 8.5, edad60: 2.5 })))).toEqual({
      edad30a59: 'Asistencia de 30 a 59 años debe ser un número entero',
      edad60: 'Asistencia de 60 años y más debe ser un número entero',
    });
    expect(errores(capturaJornadaSchema.safeParse({ ...datos(jornada({ fecha: '2026-04-18' })), edad0a11: Number.NaN }))).toEqual({
      edad0a11: 'Asistencia de 0 a 11 años debe ser un número',
    });
  });
});
