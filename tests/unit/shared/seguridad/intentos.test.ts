import { describe, expect, it } from 'vitest';
import {
  esperaRestante,
  esperaTrasFallos,
  mensajeEspera,
  puedeIntentar,
  registrarAcierto,
  registrarFallo,
  revisarIntento,
  SIN_INTENTOS,
  textoEspera,
  type EstadoIntentos,
} from '../../../../shared/seguridad/intentos';

const inicio = new Date('2026-03-05T16:00:00.000Z');
const mas = (ms: number) => new Date(inicio.getTime() + ms);

/** n wrong passwords typed as soon as each one was allowed; returns the state and the instant of the last one. */
function fallar(n: number, desde: Date = inicio): { estado: EstadoIntentos; ahora: Date } {
  let estado = SIN_INTENTOS;
  let ahora = desde;
  for (let i = 0; i < n; i++) {
    ahora = new Date(ahora.getTime() + esperaRestante(estado, ahora));
    estado = registrarFallo(estado, ahora);
  }
  return { estado, ahora };
}

describe('tras cinco contraseñas equivocadas seguidas los intentos esperan', () => {
  it('los primeros cuatro errores no hacen esperar', () => {
    const { estado, ahora } = fallar(4);
    expect(estado).toEqual({ fallidos: 4, bloqueadoHasta: null });
    expect(puedeIntentar(estado, ahora)).toBe(true);
    expect(revisarIntento(estado, ahora)).toEqual({ permitido: true });
  });

  it('el quinto error hace esperar 30 segundos', () => {
    const { estado } = fallar(5);
    expect(estado).toEqual({ fallidos: 5, bloqueadoHasta: '2026-03-05T16:00:30.000Z' });
    expect(revisarIntento(estado, inicio)).toEqual({
      permitido: false,
      esperaMs: 30_000,
      mensaje: 'Demasiados intentos. Espere 30 segundos y vuelva a intentarlo.',
    });
    expect(revisarIntento(estado, mas(12_400))).toEqual({
      permitido: false,
      esperaMs: 17_600,
      mensaje: 'Demasiados intentos. Espere 18 segundos y vuelva a intentarlo.',
    });
    expect(puedeIntentar(estado, mas(29_999))).toBe(false);
    expect(puedeIntentar(estado, mas(30_000))).toBe(true);
  });

  it('cada error más duplica la espera hasta un máximo de 15 minutos', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 100].map(esperaTrasFallos)).toEqual([
      0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000,
    ]);
    const { estado, ahora } = fallar(7);
    expect(estado.fallidos).toBe(7);
    expect(esperaRestante(estado, ahora)).toBe(120_000);
    expect(mensajeEspera(esperaRestante(estado, ahora))).toBe('Demasiados intentos. Espere 2 minutos y vuelva a intentarlo.');
  });

  it('la contraseña correcta vuelve a empezar la cuenta', () => {
    const { estado, ahora } = fallar(6);
    expect(puedeIntentar(estado, ahora)).toBe(false);
    const limpio = registrarAcierto();
    expect(limpio).toEqual({ fallidos: 0, bloqueadoHasta: null });
    expect(puedeIntentar(limpio, ahora)).toBe(true);
    // After a right one, four more mistakes are free again.
    let e = limpio;
    for (let i = 0; i < 4; i++) e = registrarFallo(e, ahora);
    expect(e).toEqual({ fallidos: 4, bloqueadoHasta: null });
  });

  it('la espera se cuenta desde el último error, con el reloj que se le pasa', () => {
    const { estado, ahora } = fallar(5, new Date('2026-12-31T23:59:50.000Z'));
    expect(ahora.toISOString()).toBe('2026-12-31T23:59:50.000Z');
    expect(estado.bloqueadoHasta).toBe('2027-01-01T00:00:20.000Z');
  });

  it('un estado sin fecha legible no bloquea para siempre', () => {
    expect(esperaRestante({ fallidos: 9, bloqueadoHasta: 'no-es-fecha' }, inicio)).toBe(0);
  });
});

describe('el tiempo de espera se dice en palabras', () => {
  it('segundos, minutos y combinaciones, redondeando hacia arriba', () => {
    expect(textoEspera(30_000)).toBe('30 segundos');
    expect(textoEspera(1_000)).toBe('1 segundo');
    expect(textoEspera(200)).toBe('1 segundo');
    expect(textoEspera(59_001)).toBe('1 minuto');
    expect(textoEspera(60_000)).toBe('1 minuto');
    expect(textoEspera(61_000)).toBe('1 minuto y 1 segundo');
    expect(textoEspera(125_000)).toBe('2 minutos y 5 segundos');
    expect(textoEspera(900_000)).toBe('15 minutos');
    expect(mensajeEspera(30_000)).toBe('Demasiados intentos. Espere 30 segundos y vuelva a intentarlo.');
  });
});
