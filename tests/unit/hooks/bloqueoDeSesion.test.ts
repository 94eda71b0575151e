import { describe, expect, it } from 'vitest';
import { esAtajoBloqueo, limiteInactividadMs, restanteInactividad } from '../../../renderer/src/hooks/useBloqueoDeSesion';

/** The timing and the shortcut behind the lock after inactivity. */
describe('bloqueo por inactividad', () => {
  it('cuenta desde la última actividad: lo que falta baja con el reloj y llega a cero al cumplirse el límite', () => {
    const limite = 10 * 60_000;
    expect(restanteInactividad(1_000, 1_000, limite)).toBe(limite);
    expect(restanteInactividad(1_000, 1_000 + 9 * 60_000, limite)).toBe(60_000);
    expect(restanteInactividad(1_000, 1_000 + limite, limite)).toBe(0);
    expect(restanteInactividad(1_000, 1_000 + limite + 5, limite)).toBe(0);
    // Activity later than the timer's start pushes the lock back.
    expect(restanteInactividad(1_000 + 8 * 60_000, 1_000 + limite, limite)).toBe(8 * 60_000);
  });

  it('el límite sale de los minutos configurados; uno fuera de 1 a 120 o sin configurar es de 10 minutos', () => {
    expect(limiteInactividadMs(1)).toBe(60_000);
    expect(limiteInactividadMs(120)).toBe(120 * 60_000);
    expect(limiteInactividadMs(undefined)).toBe(600_000);
    for (const malo of [0, 121, 2.5, Number.NaN]) expect(limiteInactividadMs(malo)).toBe(600_000);
  });

  it('el atajo es Ctrl+Mayús+B, con cualquier distribución de teclado, y no otra combinación', () => {
    const tecla = (cambios: Partial<KeyboardEvent>) => ({ ctrlKey: true, shiftKey: true, altKey: false, metaKey: false, code: 'KeyB', key: 'B', ...cambios });
    expect(esAtajoBloqueo(tecla({}))).toBe(true);
    expect(esAtajoBloqueo(tecla({ code: 'KeyX', key: 'b' }))).toBe(true);
    expect(esAtajoBloqueo(tecla({ shiftKey: false, key: 'b' }))).toBe(false);
    expect(esAtajoBloqueo(tecla({ ctrlKey: false }))).toBe(false);
    expect(esAtajoBloqueo(tecla({ altKey: true }))).toBe(false);
    expect(esAtajoBloqueo(tecla({ code: 'KeyN', key: 'N' }))).toBe(false);
  });
});
