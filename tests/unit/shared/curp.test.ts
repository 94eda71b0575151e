import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  digitoVerificadorCurp,
  ENTIDADES_CURP,
  fechaNacimientoDeCurp,
  sexoDeCurp,
  validarCurp,
} from '../../../shared/domain/curp';

/**
 * Check digit computed here on its own (RENAPO: values 0-9, A=10 … N=23, Ñ=24, O=25 … Z=36; weights 18 down to 2;
 * digit = (10 − sum mod 10) mod 10), so the tests do not trust the code under test for their expected values.
 */
function valorRenapo(ch: string): number {
  if (/\d/.test(ch)) return Number(ch);
  if (ch === 'Ñ') return 24;
  const desdeA = ch.charCodeAt(0) - 'A'.charCodeAt(0);
  return 10 + desdeA + (ch > 'N' ? 1 : 0);
}
function conDigito(primeros17: string): string {
  const suma = [...primeros17].reduce((s, ch, i) => s + valorRenapo(ch) * (18 - i), 0);
  return primeros17 + String((10 - (suma % 10)) % 10);
}

function mensaje(curp: string): string {
  const r = validarCurp(curp);
  if (r.valida) throw new Error(`Se esperaba inválida: ${curp}`);
  return r.mensaje;
}

describe('validarCurp: CURPs válidas', () => {
  it('acepta el ejemplo público de RENAPO HEGG560427MVZRRL04 (dígito 4 verificado a mano)', () => {
    expect(conDigito('HEGG560427MVZRRL0')).toBe('HEGG560427MVZRRL04');
    expect(validarCurp('HEGG560427MVZRRL04')).toEqual({ valida: true });
  });

  it('acepta otra CURP de formato real cuyo dígito se calcula en la prueba', () => {
    const curp = conDigito('MAAR790213HMNRLF0');
    expect(curp).toBe('MAAR790213HMNRLF03');
    expect(validarCurp(curp)).toEqual({ valida: true });
  });

  it('acepta nacidos desde 2000 (homoclave letra), sexo X y nacidos en el extranjero (NE)', () => {
    expect(validarCurp(conDigito('LOPA050315MJCPRNA'))).toEqual({ valida: true });
    expect(validarCurp(conDigito('ROSA900101XDFDLR0'))).toEqual({ valida: true });
    expect(validarCurp(conDigito('PEGJ880704HNEFRN0'))).toEqual({ valida: true });
  });

  it('acepta minúsculas y espacios alrededor, como se teclea en ventanilla', () => {
    expect(validarCurp('  hegg560427mvzrrl04 ')).toEqual({ valida: true });
  });

  it('el ejemplo que circula GODE561231HDFRRN09 no pasa el dígito verificador (sería 0)', () => {
    expect(conDigito('GODE561231HDFRRN0')).toBe('GODE561231HDFRRN00');
    expect(mensaje('GODE561231HDFRRN09')).toBe('El dígito verificador de la CURP no corresponde (debería ser 0)');
  });

  it('digitoVerificadorCurp coincide con el cálculo independiente', () => {
    expect(digitoVerificadorCurp('HEGG560427MVZRRL0')).toBe(4);
    expect(digitoVerificadorCurp('MAAR790213HMNRLF0')).toBe(3);
    expect(() => digitoVerificadorCurp('HEGG56')).toThrow(RangeError);
  });
});

describe('validarCurp: mensajes que dicen qué parte está mal', () => {
  it('longitud', () => {
    expect(mensaje('HEGG560427MVZRRL0')).toBe('La CURP debe tener 18 caracteres (tiene 17)');
    expect(mensaje('HEGG560427MVZRRL044')).toBe('La CURP debe tener 18 caracteres (tiene 19)');
    expect(mensaje('')).toBe('La CURP debe tener 18 caracteres (tiene 0)');
  });

  it('caracteres no permitidos', () => {
    expect(mensaje('HEGG-560427MVZRRL0')).toBe('La CURP sólo admite letras y números, sin espacios ni guiones');
    expect(mensaje('HEGG 560427MVZRRL0')).toBe('La CURP sólo admite letras y números, sin espacios ni guiones');
  });

  it('iniciales', () => {
    expect(mensaje('H3GG560427MVZRRL04')).toBe('Las posiciones 1 a 4 de la CURP deben ser letras (iniciales del nombre)');
  });

  it('fecha con letras', () => {
    expect(mensaje('HEGG56O427MVZRRL04')).toBe(
      'Las posiciones 5 a 10 de la CURP deben ser la fecha de nacimiento en números (AAMMDD)',
    );
  });

  it('fecha que no existe: mes 13, día 31 de abril, 29 de febrero de año no bisiesto', () => {
    const noExiste = 'La fecha de nacimiento de la CURP no existe';
    expect(mensaje(conDigito('HEGG561327MVZRRL0'))).toBe(noExiste);
    expect(mensaje(conDigito('HEGG560431MVZRRL0'))).toBe(noExiste);
    expect(mensaje(conDigito('HEGG560400MVZRRL0'))).toBe(noExiste);
    expect(mensaje(conDigito('HEGG570229MVZRRL0'))).toBe(noExiste);
  });

  it('el siglo sale de la homoclave: 29/02/00 existe en 2000 (letra) pero no en 1900 (dígito)', () => {
    expect(validarCurp(conDigito('HEGG000229MVZRRLA'))).toEqual({ valida: true });
    expect(mensaje(conDigito('HEGG000229MVZRRL0'))).toBe('La fecha de nacimiento de la CURP no existe');
    expect(fechaNacimientoDeCurp(conDigito('HEGG000229MVZRRLA'))).toBe('2000-02-29');
  });

  it('sexo', () => {
    expect(mensaje(conDigito('HEGG560427FVZRRL0'))).toBe('La posición 11 de la CURP (sexo) debe ser H, M o X');
  });

  it('entidad de nacimiento', () => {
    expect(mensaje(conDigito('HEGG560427MZZRRL0'))).toBe('Entidad de nacimiento inválida en la CURP (ZZ)');
    expect(mensaje(conDigito('HEGG560427MMXRRL0'))).toBe('Entidad de nacimiento inválida en la CURP (MX)');
  });

  it('consonantes internas', () => {
    expect(mensaje(conDigito('HEGG560427MVZRAL0'))).toBe('Las posiciones 14 a 16 de la CURP deben ser consonantes');
  });

  it('dígito verificador que no es número', () => {
    expect(mensaje('HEGG560427MVZRRL0A')).toBe(
      'La última posición de la CURP (dígito verificador) debe ser un número',
    );
  });

  it('dígito verificador equivocado, diciendo el correcto', () => {
    expect(mensaje('HEGG560427MVZRRL07')).toBe('El dígito verificador de la CURP no corresponde (debería ser 4)');
  });

  it('las 33 claves de entidad oficiales, NE incluida', () => {
    expect(Object.keys(ENTIDADES_CURP)).toHaveLength(33);
    for (const clave of Object.keys(ENTIDADES_CURP)) {
      expect(validarCurp(conDigito(`HEGG560427M${clave}RRL0`))).toEqual({ valida: true });
    }
  });
});

describe('datos que se leen de la CURP', () => {
  it('fecha de nacimiento ISO y sexo', () => {
    expect(fechaNacimientoDeCurp('HEGG560427MVZRRL04')).toBe('1956-04-27');
    expect(sexoDeCurp('HEGG560427MVZRRL04')).toBe('M');
    expect(fechaNacimientoDeCurp(conDigito('LOPA050315MJCPRNA'))).toBe('2005-03-15');
    expect(sexoDeCurp(conDigito('MAAR790213HMNRLF0'))).toBe('H');
    expect(sexoDeCurp(conDigito('ROSA900101XDFDLR0'))).toBe('X');
  });

  it('null cuando la CURP no es válida', () => {
    expect(fechaNacimientoDeCurp('HEGG560427MVZRRL07')).toBeNull();
    expect(sexoDeCurp('NO ES CURP')).toBeNull();
  });
});

describe('propiedades', () => {
  const letra = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const consonante = fc.constantFrom(...'BCDFGHJKLMNPQRSTVWXYZ');
  const entidad = fc.constantFrom(...Object.keys(ENTIDADES_CURP));
  const fecha = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
  const curpValida = fc
    .record({
      iniciales: fc.array(letra, { minLength: 4, maxLength: 4 }),
      fecha,
      sexo: fc.constantFrom('H', 'M', 'X'),
      entidad,
      consonantes: fc.array(consonante, { minLength: 3, maxLength: 3 }),
      homoclaveDigito: fc.constantFrom(...'0123456789'),
    })
    .map((r) => {
      const iso = r.fecha.toISOString().slice(0, 10);
      const siglo2000 = r.fecha.getUTCFullYear() >= 2000;
      const homoclave = siglo2000 ? 'ABCDEFGHIJ'[Number(r.homoclaveDigito)] : r.homoclaveDigito;
      const aammdd = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
      return { iso, curp: conDigito(`${r.iniciales.join('')}${aammdd}${r.sexo}${r.entidad}${r.consonantes.join('')}${homoclave}`) };
    });

  it('toda CURP bien formada con su dígito es válida y devuelve su fecha de nacimiento', () => {
    fc.assert(
      fc.property(curpValida, ({ iso, curp }) => {
        expect(validarCurp(curp)).toEqual({ valida: true });
        expect(fechaNacimientoDeCurp(curp)).toBe(iso);
      }),
    );
  });

  it('cambiar el dígito verificador siempre la invalida y el mensaje da el correcto', () => {
    fc.assert(
      fc.property(curpValida, fc.integer({ min: 1, max: 9 }), ({ curp }, delta) => {
        const correcto = Number(curp[17]);
        const otro = String((correcto + delta) % 10);
        expect(validarCurp(curp.slice(0, 17) + otro)).toEqual({
          valida: false,
          mensaje: `El dígito verificador de la CURP no corresponde (debería ser ${correcto})`,
        });
      }),
    );
  });

  it('nunca lanza, con cualquier texto', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: 18, maxLength: 18, unit: 'binary' })), (s) => {
        const r = validarCurp(s);
        expect(typeof r.valida).toBe('boolean');
      }),
    );
  });
});
