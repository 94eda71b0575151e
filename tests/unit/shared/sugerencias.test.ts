import { describe, expect, it } from 'vitest';
import { nombreEnCatalogo, sugerenciasPara } from '../../../shared/domain/sugerencias';

const COLONIAS = ['Barrio de San Miguel', 'Centro', 'Colonia Benito Juárez', 'Colonia Las Flores', 'Fraccionamiento El Mirador'];

describe('colonias escritas a mano contra el catálogo', () => {
  it('«centro», «CENTRO» y « Centro » son la «Centro» del catálogo', () => {
    for (const escrito of ['centro', 'CENTRO', ' Centro ', 'céntro']) expect(nombreEnCatalogo(COLONIAS, escrito), escrito).toBe('Centro');
  });

  it('un nombre que no está, o sólo su principio, no es del catálogo', () => {
    expect(nombreEnCatalogo(COLONIAS, 'Las Palmas')).toBeNull();
    expect(nombreEnCatalogo(COLONIAS, 'Cen')).toBeNull();
    expect(nombreEnCatalogo(COLONIAS, '  ')).toBeNull();
  });

  it('sugiere sin acentos ni mayúsculas, primero las que empiezan con lo escrito', () => {
    expect(sugerenciasPara(COLONIAS, 'cen')).toEqual(['Centro']);
    expect(sugerenciasPara(COLONIAS, 'juarez')).toEqual(['Colonia Benito Juárez']);
    expect(sugerenciasPara(COLONIAS, 'col')).toEqual(['Colonia Benito Juárez', 'Colonia Las Flores']);
    expect(sugerenciasPara(COLONIAS, 'mi')).toEqual(['Barrio de San Miguel', 'Fraccionamiento El Mirador']);
    expect(sugerenciasPara(['Las Flores', 'Flores Magón'], 'flores')).toEqual(['Flores Magón', 'Las Flores']);
    expect(sugerenciasPara(COLONIAS, '')).toEqual(COLONIAS);
  });
});
