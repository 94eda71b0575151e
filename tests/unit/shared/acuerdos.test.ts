import { afterEach, describe, expect, it, vi } from 'vitest';
import { plazoAcuerdo } from '../../../shared/domain/acuerdos';
import { cambiosLegibles } from '../../../shared/domain/cambiosBitacora';
import { acuerdoSchema, capturaAcuerdoSchema } from '../../../shared/schemas/modulos';

const MESA = '8d5c2f6e-3b7a-4c1d-9e2f-0a1b2c3d4e5f';
const acuerdo = (cambios: Record<string, unknown> = {}) => ({
  mesaId: MESA,
  texto: 'Entregar el padrón de familias',
  responsable: 'DIF Municipal',
  fechaCompromiso: '2026-11-21',
  estatus: 'cumplido',
  fechaCumplimiento: '2026-11-20',
  evidenciaCumplimiento: 'Oficio DIF/123/2026\nRecibido por la Secretaría de Bienestar',
  ...cambios,
});

const errores = (valor: unknown) => Object.fromEntries((capturaAcuerdoSchema.safeParse(valor).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

afterEach(() => {
  vi.useRealTimers();
});

describe('un acuerdo cumplido, con su fecha y su evidencia', () => {
  it('se acepta con la fecha de cumplimiento y una evidencia de varios renglones', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T10:00:00') });
    expect(capturaAcuerdoSchema.parse(acuerdo())).toMatchObject({ fechaCumplimiento: '2026-11-20', evidenciaCumplimiento: 'Oficio DIF/123/2026\nRecibido por la Secretaría de Bienestar' });
    // The evidence is optional: the date is what the acuerdo needs.
    expect(capturaAcuerdoSchema.safeParse(acuerdo({ evidenciaCumplimiento: '' })).success).toBe(true);
  });

  it('sin fecha de cumplimiento se rechaza en ese campo, en español', () => {
    expect(errores(acuerdo({ fechaCumplimiento: null }))).toEqual({ fechaCumplimiento: 'Un acuerdo cumplido necesita su fecha de cumplimiento' });
    expect(errores(acuerdo({ fechaCumplimiento: '2026-02-30' }))).toEqual({ fechaCumplimiento: 'Fecha de cumplimiento: la fecha no existe' });
  });

  it('una fecha de cumplimiento posterior a hoy se rechaza; la de hoy se acepta', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T23:30:00') });
    expect(errores(acuerdo({ fechaCumplimiento: '2026-11-25' }))).toEqual({ fechaCumplimiento: 'La fecha de cumplimiento no puede ser posterior a hoy' });
    expect(errores(acuerdo({ fechaCumplimiento: '2026-11-24' }))).toEqual({});
  });

  it('la evidencia admite hasta 1000 caracteres', () => {
    expect(errores(acuerdo({ evidenciaCumplimiento: 'x'.repeat(1000) }))).toEqual({});
    expect(errores(acuerdo({ evidenciaCumplimiento: 'x'.repeat(1001) }))).toEqual({ evidenciaCumplimiento: 'Evidencia del cumplimiento admite a lo más 1000 caracteres' });
  });

  it('un acuerdo que deja de estar cumplido pierde su fecha y su evidencia', () => {
    for (const estatus of ['pendiente', 'en-proceso']) {
      expect(capturaAcuerdoSchema.parse(acuerdo({ estatus }))).toMatchObject({ estatus, fechaCumplimiento: null, evidenciaCumplimiento: '' });
    }
    // A caller that never knew the fields (an acuerdo still pending) needs not send them.
    const { fechaCumplimiento: _f, evidenciaCumplimiento: _e, ...sinCampos } = acuerdo({ estatus: 'pendiente' });
    expect(capturaAcuerdoSchema.parse(sinCampos)).toMatchObject({ fechaCumplimiento: null, evidenciaCumplimiento: '' });
  });

  it('un acuerdo guardado antes de estos campos (de la base o de un respaldo viejo) se lee sin fecha ni evidencia', () => {
    const { fechaCumplimiento: _f, evidenciaCumplimiento: _e, ...viejo } = acuerdo();
    const guardado = { ...viejo, id: '1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', createdAt: '2025-03-02T10:00:00.000Z', updatedAt: '2025-04-01T10:00:00.000Z', estacion: 'V1', eliminado: 0 };
    expect(acuerdoSchema.parse(guardado)).toMatchObject({ estatus: 'cumplido', fechaCumplimiento: null, evidenciaCumplimiento: '' });
  });
});

describe('la bitácora de un acuerdo marcado cumplido', () => {
  it('nombra los campos nuevos en español y da la fecha como dd/mm/aaaa', () => {
    expect(
      cambiosLegibles({
        estatus: { antes: 'pendiente', despues: 'cumplido' },
        fechaCumplimiento: { antes: null, despues: '2026-11-24' },
        evidenciaCumplimiento: { antes: '', despues: 'Oficio DIF/123/2026' },
      }),
    ).toEqual([
      { campo: 'Estatus', antes: 'Pendiente', despues: 'Cumplido' },
      { campo: 'Fecha de cumplimiento', antes: '(vacío)', despues: '24/11/2026' },
      { campo: 'Evidencia del cumplimiento', antes: '(vacío)', despues: 'Oficio DIF/123/2026' },
    ]);
  });
});

describe('el plazo de un acuerdo por cumplir, contado desde hoy', () => {
  const hoy = '2026-11-24';
  it.each([
    ['2026-11-21', 'pendiente', { dias: -3, vencido: true, texto: 'Vencido hace 3 días' }],
    ['2026-11-23', 'en-proceso', { dias: -1, vencido: true, texto: 'Vencido ayer' }],
    ['2026-11-24', 'pendiente', { dias: 0, vencido: false, texto: 'Vence hoy' }],
    ['2026-11-25', 'pendiente', { dias: 1, vencido: false, texto: 'Vence mañana' }],
    ['2026-11-26', 'pendiente', { dias: 2, vencido: false, texto: 'Vence en 2 días' }],
    [null, 'pendiente', { dias: null, vencido: false, texto: 'Sin fecha' }],
  ] as const)('compromiso %s (%s)', (fechaCompromiso, estatus, esperado) => {
    expect(plazoAcuerdo({ fechaCompromiso, estatus }, hoy)).toEqual(esperado);
  });

  it('uno cumplido nunca está vencido', () => {
    expect(plazoAcuerdo({ fechaCompromiso: '2026-11-01', estatus: 'cumplido' }, hoy).vencido).toBe(false);
  });
});
