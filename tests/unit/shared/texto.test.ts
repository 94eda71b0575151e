import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coincideBusqueda, normalizarTexto, palabrasDeTexto, resumirTexto } from '../../../shared/domain/texto';

describe('normalizarTexto', () => {
  it('mayúsculas, sin acentos, espacios colapsados y sin orillas', () => {
    expect(normalizarTexto('maría  josé')).toBe('MARIA JOSE');
    expect(normalizarTexto('  Ángel   Gómez\tPeña \n')).toBe('ANGEL GOMEZ PENA');
    expect(normalizarTexto('Güemes Núñez')).toBe('GUEMES NUNEZ');
    expect(normalizarTexto('')).toBe('');
    expect(normalizarTexto('   ')).toBe('');
  });

  it('propiedad: es idempotente y no deja minúsculas acentuadas ni espacios dobles', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const n = normalizarTexto(s);
        expect(normalizarTexto(n)).toBe(n);
        expect(n).not.toMatch(/\s\s|^\s|\s$/);
        expect(n).not.toMatch(/[áéíóúñü]/);
      }),
    );
  });
});

describe('palabrasDeTexto', () => {
  it('palabras distintas normalizadas', () => {
    expect(palabrasDeTexto('López López  maría')).toEqual(['LOPEZ', 'MARIA']);
    expect(palabrasDeTexto('  ')).toEqual([]);
  });
});

describe('coincideBusqueda', () => {
  const nombre = normalizarTexto('López Pérez María José');

  it('"maria" encuentra "MARÍA"; cada palabra de la consulta es el inicio de alguna palabra', () => {
    expect(coincideBusqueda(nombre, 'maria')).toBe(true);
    expect(coincideBusqueda(nombre, 'MAR lop')).toBe(true);
    expect(coincideBusqueda(nombre, 'jos pér')).toBe(true);
    expect(coincideBusqueda(nombre, 'ez')).toBe(false);
    expect(coincideBusqueda(nombre, 'maria gomez')).toBe(false);
  });

  it('consulta vacía coincide con todo; texto vacío sólo con consulta vacía', () => {
    expect(coincideBusqueda(nombre, '   ')).toBe(true);
    expect(coincideBusqueda('', '')).toBe(true);
    expect(coincideBusqueda('', 'a')).toBe(false);
  });

  it('propiedad: todo texto coincide consigo mismo y con los prefijos de sus palabras', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-záéíóúñ]{1,10}$/), { minLength: 1, maxLength: 5 }), fc.nat(), (palabras, k) => {
        const texto = palabras.join(' ');
        const n = normalizarTexto(texto);
        expect(coincideBusqueda(n, texto)).toBe(true);
        const p = palabras[k % palabras.length];
        expect(coincideBusqueda(n, p.slice(0, 1 + (k % p.length)))).toBe(true);
      }),
    );
  });
});

describe('resumirTexto', () => {
  it('deja igual un texto corto, con sus renglones juntos en uno', () => {
    expect(resumirTexto('Pide despensa.\n\tTiene tres hijos.', 120)).toBe('Pide despensa. Tiene tres hijos.');
  });

  it('corta un texto largo en una palabra y termina con «…», sin pasar del máximo', () => {
    const largo = 'Solicita láminas de fibrocemento para el techo de su vivienda, que se dañó con las lluvias de octubre, y cemento para el muro.';
    const corto = resumirTexto(largo, 60);
    expect(corto).toBe('Solicita láminas de fibrocemento para el techo de su…');
    expect(Array.from(corto).length).toBeLessThanOrEqual(60);
  });

  it('una sola palabra larga se corta donde llega al máximo, contando cada emoji como un carácter', () => {
    expect(resumirTexto('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(Array.from(resumirTexto('🏠'.repeat(30), 10))).toHaveLength(10);
  });
});
