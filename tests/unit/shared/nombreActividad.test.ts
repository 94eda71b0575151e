import { describe, expect, it } from 'vitest';
import { nombreActividad, nombreCortoActividad } from '../../../shared/domain/nombreActividad';

describe('el nombre de una actividad', () => {
  const a = { numero: 3, nombre: 'Programas Sociales y gestión ante dependencias externas' };
  it('lleva su número y su nombre, y corto se corta en una palabra con «…»', () => {
    expect(nombreActividad(a)).toBe('3. Programas Sociales y gestión ante dependencias externas');
    expect(nombreCortoActividad(a)).toBe('3. Programas Sociales y…');
    expect(nombreCortoActividad(a).length).toBeLessThanOrEqual(28);
    expect(nombreCortoActividad({ numero: 4, nombre: 'Vinculación Institucional' })).toBe('4. Vinculación Institucional');
  });
});
