import { describe, expect, it } from 'vitest';
import { estadoSinRevisar, textoAvisoActualizacion } from '../../../shared/ipc/actualizaciones';

describe('el aviso de actualización que ve cada cuenta', () => {
  const base = estadoSinRevisar('0.1.0', null);
  const ahora = new Date('2026-12-10T12:00:00Z');

  it('nada cuando no hay versión nueva', () => {
    expect(textoAvisoActualizacion(base, ahora)).toBeNull();
  });

  it('una versión copiada espera al siguiente inicio', () => {
    expect(textoAvisoActualizacion({ ...base, pendiente: { version: '0.2.0', fecha: '2026-12-10T09:00:00.000Z' } }, ahora)).toEqual({
      severidad: 'info',
      texto: 'La versión 0.2.0 ya está en esta PC: se instala la próxima vez que abra la aplicación. Sus datos se conservan.',
    });
  });

  it('la versión instalada se anuncia su primera semana', () => {
    const instalada = { ...base, versionActual: '0.2.0', instalada: { version: '0.2.0', fecha: '2026-12-08T09:00:00.000Z' } };
    expect(textoAvisoActualizacion(instalada, ahora)?.texto).toBe('Se instaló la versión 0.2.0; sus datos están como los dejó.');
    expect(textoAvisoActualizacion(instalada, new Date('2026-12-20T12:00:00Z'))).toBeNull();
  });
});
