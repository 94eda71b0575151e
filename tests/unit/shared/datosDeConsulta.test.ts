import { describe, expect, it } from 'vitest';
import { digitoVerificadorCurp } from '../../../shared/domain/curp';
import { datosDeConsulta } from '../../../shared/domain/personas';

const curp = (primeros17: string) => primeros17 + digitoVerificadorCurp(primeros17);
const CURP_MARIA = curp('PELM900315MVZRPR0');

describe('lo buscado pasa al ciudadano nuevo', () => {
  it('un nombre dicho como se dice: nombre(s) y luego los apellidos, con mayúscula inicial', () => {
    expect(datosDeConsulta('maria lopez')).toMatchObject({ nombres: 'Maria', apellidoPaterno: 'Lopez', apellidoMaterno: '', curp: '' });
    expect(datosDeConsulta('María José  Pérez López')).toMatchObject({ nombres: 'María José', apellidoPaterno: 'Pérez', apellidoMaterno: 'López' });
    expect(datosDeConsulta('Ana')).toMatchObject({ nombres: 'Ana', apellidoPaterno: '', apellidoMaterno: '' });
  });

  it('con coma, en el orden del padrón: apellidos, nombre(s)', () => {
    expect(datosDeConsulta('López Pérez, María José')).toMatchObject({ apellidoPaterno: 'López', apellidoMaterno: 'Pérez', nombres: 'María José' });
  });

  it('los apellidos compuestos quedan juntos', () => {
    expect(datosDeConsulta('juan de la cruz del valle')).toMatchObject({ nombres: 'Juan', apellidoPaterno: 'de la Cruz', apellidoMaterno: 'del Valle' });
  });

  it('una CURP válida da la CURP, el sexo y la fecha de nacimiento; el resto es el nombre', () => {
    expect(datosDeConsulta(CURP_MARIA.toLowerCase())).toEqual({
      apellidoPaterno: '',
      apellidoMaterno: '',
      nombres: '',
      curp: CURP_MARIA,
      sexo: 'M',
      fechaNacimiento: '1990-03-15',
    });
    expect(datosDeConsulta(`maria perez ${CURP_MARIA}`)).toMatchObject({ nombres: 'Maria', apellidoPaterno: 'Perez', curp: CURP_MARIA, sexo: 'M' });
  });

  it('un principio de CURP o una CURP con el dígito equivocado no es una CURP: no llena ni la CURP ni el sexo', () => {
    const mala = CURP_MARIA.slice(0, 17) + String((Number(CURP_MARIA[17]) + 1) % 10);
    expect(datosDeConsulta(mala)).toMatchObject({ curp: '', sexo: '', fechaNacimiento: null });
    expect(datosDeConsulta('PELM90').curp).toBe('');
  });
});
