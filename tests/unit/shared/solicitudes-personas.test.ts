import { describe, expect, it } from 'vitest';
import {
  consultaDuplicados,
  consultaSuficiente,
  curpDeConsulta,
  edadEn,
  nombreNormalizadoPersona,
  ordenarCoincidencias,
  palabrasPersona,
  puntuarPersona,
} from '../../../shared/domain/personas';

const persona = (nombreNormalizado: string, curp = '') => ({ nombreNormalizado, curp });

describe('claves de búsqueda de una persona', () => {
  it('el nombre va apellidos primero, en mayúsculas y sin acentos; las palabras no se repiten', () => {
    const p = { apellidoPaterno: 'Muñoz ', apellidoMaterno: 'José', nombres: 'José  Ángel' };
    expect(nombreNormalizadoPersona(p)).toBe('MUNOZ JOSE JOSE ANGEL');
    expect(palabrasPersona(p)).toEqual(['MUNOZ', 'JOSE', 'ANGEL']);
  });

  it('sin apellido materno no deja espacios dobles', () => {
    expect(nombreNormalizadoPersona({ apellidoPaterno: 'Cruz', apellidoMaterno: '', nombres: 'Ana' })).toBe('CRUZ ANA');
  });
});

describe('la consulta', () => {
  it('reconoce una CURP completa o su principio, no un nombre con espacios', () => {
    expect(curpDeConsulta(' pelm900315mvzrpr01 ')).toBe('PELM900315MVZRPR01');
    expect(curpDeConsulta('PELM90')).toBe('PELM90');
    expect(curpDeConsulta('maria jose')).toBeNull();
    expect(curpDeConsulta('12AB')).toBeNull();
  });

  it('pide al menos dos letras', () => {
    expect(consultaSuficiente(' a ')).toBe(false);
    expect(consultaSuficiente('ma')).toBe(true);
    expect(consultaSuficiente('á é')).toBe(true);
  });
});

describe('coincidencias de personas', () => {
  it('la CURP exacta gana a todo; su principio a los nombres', () => {
    expect(puntuarPersona(persona('LOPEZ ANA', 'LOAA900101MVZPNN09'), 'loaa900101mvzpnn09')).toBe(1000);
    expect(puntuarPersona(persona('LOPEZ ANA', 'LOAA900101MVZPNN09'), 'LOAA90')).toBe(506);
  });

  it('cada palabra de la consulta debe empezar una palabra del nombre, en cualquier orden y sin acentos', () => {
    expect(puntuarPersona(persona('PEREZ LOPEZ MARIA JOSE'), 'maría jose')).toBeGreaterThan(0);
    expect(puntuarPersona(persona('PEREZ LOPEZ MARIA JOSE'), 'jos per')).toBeGreaterThan(0);
    expect(puntuarPersona(persona('PEREZ LOPEZ MARIA JOSE'), 'maria juana')).toBe(0);
    expect(puntuarPersona(persona('PEREZ LOPEZ MARIA JOSE'), 'ARIA')).toBe(0);
  });

  it('ordena: palabra completa antes que prefijo, en su orden antes que revuelta, y luego alfabético', () => {
    const personas = [
      persona('MARTINEZ SOTO ANA'),
      persona('SOTO MARTINEZ MARIA'),
      persona('MARIN CRUZ ROSA'),
      persona('RUIZ DIAZ MARIA'),
      persona('DIAZ RUIZ PEDRO'),
    ];
    expect(ordenarCoincidencias(personas, 'maria').map((p) => p.nombreNormalizado)).toEqual([
      'RUIZ DIAZ MARIA',
      'SOTO MARTINEZ MARIA',
    ]);
    expect(ordenarCoincidencias(personas, 'mar').map((p) => p.nombreNormalizado)).toEqual([
      'MARIN CRUZ ROSA',
      'MARTINEZ SOTO ANA',
      'RUIZ DIAZ MARIA',
      'SOTO MARTINEZ MARIA',
    ]);
    expect(ordenarCoincidencias(personas, 'martinez soto').map((p) => p.nombreNormalizado)).toEqual([
      'MARTINEZ SOTO ANA',
      'SOTO MARTINEZ MARIA',
    ]);
  });
});

describe('avisos de duplicado al registrar', () => {
  it('busca por CURP cuando está completa y si no por el nombre, cuando hay apellido y nombre', () => {
    const base = { apellidoPaterno: 'Pérez', apellidoMaterno: '', nombres: 'Ana', curp: 'PEAA' };
    expect(consultaDuplicados(base)).toBe('PEREZ ANA');
    expect(consultaDuplicados({ ...base, curp: 'peaa900101mvzrnn09' })).toBe('PEAA900101MVZRNN09');
    expect(consultaDuplicados({ ...base, nombres: ' ' })).toBeNull();
  });

  it('calcula la edad cumplida', () => {
    expect(edadEn('1990-03-15', '2026-03-14')).toBe(35);
    expect(edadEn('1990-03-15', '2026-03-15')).toBe(36);
    expect(edadEn('2027-01-01', '2026-03-15')).toBeNull();
  });
});
