import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  esCerrada,
  estaVencida,
  ESTATUS_ABIERTOS,
  ESTATUS_CERRADOS,
  TRANSICIONES,
  transicionesPermitidas,
  validarTransicion,
} from '../../../shared/domain/estatusSolicitud';
import { ESTATUS_SOLICITUD, type EstatusSolicitud } from '../../../shared/schemas/solicitudes';

const ORIGINAL = '00000000-0000-4000-8000-000000000777';
const PROPIA = '00000000-0000-4000-8000-000000000778';

/** Everything each destination may ask for, so only the transition itself decides. */
const completo = (de: EstatusSolicitud, a: EstatusSolicitud) => ({
  de,
  a,
  resultado: 'Se entregó el apoyo solicitado',
  numeroOficio: 'GS/0123/2026',
  fechaCanalizacion: '2026-03-05',
  duplicadaDeId: ORIGINAL,
  id: PROPIA,
});

describe('máquina de estatus de la solicitud', () => {
  it('transiciones permitidas, en el orden del flujo', () => {
    expect(transicionesPermitidas('recibida')).toEqual([
      'canalizada',
      'en-seguimiento',
      'atendida',
      'improcedente',
      'cancelada',
      'duplicada',
    ]);
    expect(transicionesPermitidas('canalizada')).toEqual(['en-seguimiento', 'atendida', 'improcedente', 'cancelada']);
    expect(transicionesPermitidas('en-seguimiento')).toEqual(['atendida', 'improcedente', 'cancelada']);
    for (const cerrado of ['atendida', 'improcedente', 'cancelada', 'duplicada'] as const) {
      expect(transicionesPermitidas(cerrado)).toEqual([]);
    }
  });

  it('cerrados y abiertos cubren todos los estatus sin traslaparse', () => {
    expect([...ESTATUS_ABIERTOS, ...ESTATUS_CERRADOS].sort()).toEqual([...ESTATUS_SOLICITUD].sort());
    expect(ESTATUS_CERRADOS.map(esCerrada)).toEqual([true, true, true, true]);
    expect(ESTATUS_ABIERTOS.map(esCerrada)).toEqual([false, false, false]);
  });

  it('no hay regreso: ningún estatus vuelve a uno anterior del flujo ni a Recibida', () => {
    const orden = ESTATUS_SOLICITUD;
    for (const de of orden) {
      for (const a of TRANSICIONES[de]) expect(orden.indexOf(a)).toBeGreaterThan(orden.indexOf(de));
      expect(TRANSICIONES[de]).not.toContain('recibida');
    }
  });

  it('propiedad: validarTransicion acepta exactamente las transiciones de la tabla (con los datos completos)', () => {
    const estatus = fc.constantFrom(...ESTATUS_SOLICITUD);
    fc.assert(
      fc.property(estatus, estatus, (de, a) => {
        const r = validarTransicion(completo(de, a));
        expect(r.ok).toBe(TRANSICIONES[de].includes(a));
        if (!r.ok) expect(r.campo).toBe('estatus');
      }),
    );
  });

  it('mensajes de transiciones imposibles', () => {
    expect(validarTransicion(completo('atendida', 'cancelada'))).toEqual({
      ok: false,
      campo: 'estatus',
      mensaje: 'La solicitud está cerrada (Atendida); ya no puede cambiar de estatus',
    });
    expect(validarTransicion(completo('en-seguimiento', 'canalizada'))).toEqual({
      ok: false,
      campo: 'estatus',
      mensaje: 'No se puede pasar de En seguimiento a Canalizada',
    });
    expect(validarTransicion(completo('canalizada', 'canalizada'))).toEqual({
      ok: false,
      campo: 'estatus',
      mensaje: 'La solicitud ya está en estatus Canalizada',
    });
    expect(validarTransicion(completo('canalizada', 'duplicada')).ok).toBe(false);
  });

  it('canalizar pide número de oficio y fecha de canalización', () => {
    expect(validarTransicion({ de: 'recibida', a: 'canalizada', numeroOficio: 'GS/0123/2026', fechaCanalizacion: '2026-03-05' })).toEqual({
      ok: true,
    });
    expect(validarTransicion({ de: 'recibida', a: 'canalizada', numeroOficio: '  ', fechaCanalizacion: '2026-03-05' })).toEqual({
      ok: false,
      campo: 'numeroOficio',
      mensaje: 'Escriba el número de oficio con que se canaliza',
    });
    for (const fechaCanalizacion of [null, undefined, '', '05/03/2026', '2026-02-30']) {
      expect(validarTransicion({ de: 'recibida', a: 'canalizada', numeroOficio: 'GS/1', fechaCanalizacion })).toEqual({
        ok: false,
        campo: 'fechaCanalizacion',
        mensaje: 'Escriba una fecha de canalización válida',
      });
    }
  });

  it('cerrar pide resultado o motivo', () => {
    expect(validarTransicion({ de: 'canalizada', a: 'atendida', resultado: '' })).toEqual({
      ok: false,
      campo: 'resultado',
      mensaje: 'Escriba el resultado de la atención',
    });
    expect(validarTransicion({ de: 'recibida', a: 'improcedente', resultado: null })).toEqual({
      ok: false,
      campo: 'resultado',
      mensaje: 'Escriba el motivo por el que se cierra como Improcedente',
    });
    expect(validarTransicion({ de: 'en-seguimiento', a: 'cancelada' })).toEqual({
      ok: false,
      campo: 'resultado',
      mensaje: 'Escriba el motivo por el que se cierra como Cancelada',
    });
    expect(validarTransicion({ de: 'en-seguimiento', a: 'atendida', resultado: 'Entregado' })).toEqual({ ok: true });
    expect(validarTransicion({ de: 'recibida', a: 'en-seguimiento' })).toEqual({ ok: true });
  });

  it('duplicada pide la solicitud original (no ella misma) y el motivo', () => {
    expect(validarTransicion({ de: 'recibida', a: 'duplicada', resultado: 'Ya registrada' })).toEqual({
      ok: false,
      campo: 'duplicadaDeId',
      mensaje: 'Indique la solicitud original de la que ésta es duplicado',
    });
    expect(validarTransicion({ de: 'recibida', a: 'duplicada', resultado: 'x', duplicadaDeId: PROPIA, id: PROPIA })).toEqual({
      ok: false,
      campo: 'duplicadaDeId',
      mensaje: 'Una solicitud no puede ser duplicado de sí misma',
    });
    expect(validarTransicion({ de: 'recibida', a: 'duplicada', duplicadaDeId: ORIGINAL })).toMatchObject({
      ok: false,
      campo: 'resultado',
    });
    expect(
      validarTransicion({ de: 'recibida', a: 'duplicada', duplicadaDeId: ORIGINAL, resultado: 'Duplicada de AC-2026-V1-0001' }),
    ).toEqual({ ok: true });
  });
});

describe('estaVencida', () => {
  it('vencida si pasó la fecha compromiso y sigue abierta; vence mañana, no hoy', () => {
    expect(estaVencida({ estatus: 'recibida', fechaCompromiso: '2026-03-04' }, '2026-03-05')).toBe(true);
    expect(estaVencida({ estatus: 'canalizada', fechaCompromiso: '2026-03-05' }, '2026-03-05')).toBe(false);
    expect(estaVencida({ estatus: 'en-seguimiento', fechaCompromiso: '2026-03-05' }, '2026-03-06T08:00')).toBe(true);
    expect(estaVencida({ estatus: 'recibida', fechaCompromiso: '2026-03-10' }, '2026-03-05')).toBe(false);
  });

  it('una solicitud cerrada nunca está vencida; sin fecha compromiso tampoco', () => {
    for (const estatus of ESTATUS_CERRADOS) {
      expect(estaVencida({ estatus, fechaCompromiso: '2025-01-01' }, '2026-03-05')).toBe(false);
    }
    expect(estaVencida({ estatus: 'recibida', fechaCompromiso: null }, '2026-03-05')).toBe(false);
  });
});
