import { describe, expect, it } from 'vitest';
import { filasMostradas, textoConteo } from '../../../renderer/src/componentes/lista/filtros';

const SOLICITUDES = ['solicitud', 'solicitudes'] as const;

describe('lo que dice el conteo sobre una lista', () => {
  it('cuántas hay y, con filtros, cuántas de ellas; en singular y con miles separados', () => {
    expect(textoConteo(99_997, 99_997, SOLICITUDES)).toBe('99,997 solicitudes');
    expect(textoConteo(1, 1, SOLICITUDES)).toBe('1 solicitud');
    expect(textoConteo(12, 1_250, SOLICITUDES)).toBe('12 de 1,250 solicitudes');
    expect(textoConteo(1, 2, SOLICITUDES)).toBe('1 de 2 solicitudes');
    expect(textoConteo(0, 3, ['apoyo', 'apoyos'])).toBe('0 de 3 apoyos');
  });

  it('mientras se cuentan las vigentes dice lo que ya sabe, nunca un cero que no es', () => {
    expect(textoConteo(null, null, SOLICITUDES)).toBe('Contando solicitudes…');
    expect(textoConteo(12, null, SOLICITUDES)).toBe('12 solicitudes');
    expect(textoConteo(1, null, SOLICITUDES)).toBe('1 solicitud');
    expect(textoConteo(null, 40, SOLICITUDES)).toBe('40 solicitudes');
  });

  it('mientras se cuentan las coincidencias de un filtro tras su primera página, cuántas se sabe que hay', () => {
    expect(textoConteo(null, 99_997, SOLICITUDES, 25)).toBe('Al menos 25 de 99,997 solicitudes; contando…');
    expect(textoConteo(null, 99_997, SOLICITUDES, 1_050)).toBe('Al menos 1,050 de 99,997 solicitudes; contando…');
    expect(textoConteo(null, null, SOLICITUDES, 25)).toBe('Al menos 25 solicitudes; contando…');
    expect(textoConteo(10_407, 99_997, SOLICITUDES, 25)).toBe('10,407 de 99,997 solicitudes');
  });
});

describe('lo que dice el paginador de la tabla', () => {
  it('en cifras de México, y «más de» mientras se cuentan', () => {
    expect(filasMostradas({ from: 1, to: 25, count: 99_997 })).toBe('1–25 de 99,997');
    expect(filasMostradas({ from: 1_001, to: 1_025, count: 12_000 })).toBe('1,001–1,025 de 12,000');
    expect(filasMostradas({ from: 1, to: 25, count: -1 })).toBe('1–25 de más de 25');
    expect(filasMostradas({ from: 0, to: 0, count: 0 })).toBe('0–0 de 0');
  });
});
