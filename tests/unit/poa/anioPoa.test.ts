import { describe, expect, it } from 'vitest';
import { anioPropuesto, anioSinPoa, origenPropuesto, textoAnioSinPoa } from '../../../renderer/src/componentes/poa/anioPoa';

describe('el año que aún no tiene POA', () => {
  it('en noviembre, con el POA del año, no falta nada', () => {
    expect(anioSinPoa([2026], { anio: 2026, mes: 11 })).toBeNull();
  });

  it('desde diciembre avisa del POA del año siguiente, a partir del POA del año', () => {
    expect(anioSinPoa([2026], { anio: 2026, mes: 12 })).toEqual({ anio: 2027, desde: 2026, enCurso: false });
    expect(anioSinPoa([2027, 2026], { anio: 2026, mes: 12 })).toBeNull();
  });

  it('si el año en curso no tiene POA avisa de ese año, a partir del más reciente anterior', () => {
    expect(anioSinPoa([2026], { anio: 2027, mes: 1 })).toEqual({ anio: 2027, desde: 2026, enCurso: true });
    expect(anioSinPoa([2025, 2024], { anio: 2027, mes: 6 })).toEqual({ anio: 2027, desde: 2025, enCurso: true });
    expect(anioSinPoa([], { anio: 2027, mes: 3 })).toEqual({ anio: 2027, desde: null, enCurso: true });
  });

  it('un diciembre sin POA del año avisa primero del año en curso', () => {
    expect(anioSinPoa([2025], { anio: 2026, mes: 12 })).toEqual({ anio: 2026, desde: 2025, enCurso: true });
  });

  it('dice que lo capturado con fecha de ese año se guarda y contará', () => {
    expect(textoAnioSinPoa({ anio: 2027, desde: 2026, enCurso: false })).toBe(
      'Aún no existe el POA 2027. Lo que se capture con fecha de 2027 se guarda y contará para sus metas en cuanto se cree el POA.',
    );
    expect(textoAnioSinPoa({ anio: 2027, desde: 2026, enCurso: true })).toMatch(/^No existe el POA 2027, el del año en curso\. Lo que se capture con fecha de 2027/);
  });
});

describe('lo que propone «Nuevo POA»', () => {
  it('el año siguiente al POA más reciente, o el año en curso si no hay ninguno', () => {
    expect(anioPropuesto([2026, 2025], 2026)).toBe(2027);
    expect(anioPropuesto([2025, 2027], 2026)).toBe(2028);
    expect(anioPropuesto([], 2026)).toBe(2026);
  });

  it('parte del POA anterior más reciente; sin ninguno anterior, vacío', () => {
    expect(origenPropuesto([2026, 2025], 2027)).toBe(2026);
    expect(origenPropuesto([2028, 2024], 2027)).toBe(2024);
    expect(origenPropuesto([2028], 2027)).toBeNull();
  });
});
