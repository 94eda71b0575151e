import { describe, expect, it } from 'vitest';
import { DIAS_AVISO_VENCIMIENTO, diasEntre, estadoVigencia, textoDiasVigencia } from '../../../shared/domain/convenios';
import { capturaConvenioSchema } from '../../../shared/schemas/modulos';
import { convenio } from './registros';

const HOY = '2026-11-24';

describe('vigencia de un convenio', () => {
  it('cuenta días de calendario entre fechas, también al cruzar meses y años', () => {
    expect(diasEntre('2026-03-01', '2026-03-31')).toBe(30);
    expect(diasEntre('2026-12-31', '2027-01-01')).toBe(1);
    expect(diasEntre('2026-11-24', '2026-11-20')).toBe(-4);
    // The change to summer time in April does not shorten a day.
    expect(diasEntre('2026-04-04', '2026-04-06')).toBe(2);
  });

  it('un convenio vigente que termina dentro de 30 días está «por vencer», también el último día', () => {
    expect(DIAS_AVISO_VENCIMIENTO).toBe(30);
    expect(estadoVigencia(convenio({ estatus: 'vigente', vigenciaFin: '2026-12-24' }), HOY)).toEqual({ alerta: 'por-vencer', dias: 30 });
    expect(estadoVigencia(convenio({ estatus: 'renovado', vigenciaFin: HOY }), HOY)).toEqual({ alerta: 'por-vencer', dias: 0 });
    expect(estadoVigencia(convenio({ estatus: 'vigente', vigenciaFin: '2026-12-25' }), HOY)).toEqual({ alerta: null, dias: 31 });
  });

  it('pasada su vigencia está «vencido» aunque siga marcado vigente; uno marcado vencido lo está siempre', () => {
    expect(estadoVigencia(convenio({ estatus: 'vigente', vigenciaFin: '2026-11-23' }), HOY)).toEqual({ alerta: 'vencido', dias: -1 });
    expect(estadoVigencia(convenio({ estatus: 'vencido', vigenciaFin: null }), HOY)).toEqual({ alerta: 'vencido', dias: null });
  });

  it('en trámite, cancelado o sin fecha de fin no avisa', () => {
    expect(estadoVigencia(convenio({ estatus: 'en-tramite', vigenciaFin: '2026-11-01' }), HOY).alerta).toBeNull();
    expect(estadoVigencia(convenio({ estatus: 'cancelado', vigenciaFin: '2026-11-30' }), HOY).alerta).toBeNull();
    expect(estadoVigencia(convenio({ estatus: 'vigente', vigenciaFin: null }), HOY)).toEqual({ alerta: null, dias: null });
  });

  it('dice los días en palabras', () => {
    expect([0, 1, 12, -1, -3].map(textoDiasVigencia)).toEqual(['Vence hoy', 'Vence mañana', 'Vence en 12 días', 'Venció ayer', 'Venció hace 3 días']);
  });
});

describe('captura de un convenio', () => {
  const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...datos } = convenio({});

  it('un convenio firmado necesita su fecha de firma; su vigencia no termina antes de empezar', () => {
    const r = capturaConvenioSchema.safeParse({ ...datos, estatus: 'vigente', fechaFirma: null, vigenciaInicio: '2026-05-01', vigenciaFin: '2026-04-30' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fechaFirma', 'Un convenio vigente necesita su fecha de firma'],
      ['vigenciaFin', 'El fin de la vigencia no puede ser anterior a su inicio'],
    ]);
    expect(capturaConvenioSchema.safeParse({ ...datos, estatus: 'en-tramite', fechaFirma: null }).success).toBe(true);
  });

  it('no acepta firmantes en blanco', () => {
    const r = capturaConvenioSchema.safeParse({ ...datos, firmantes: ['Presidente Municipal', '  '] });
    expect(r.error!.issues[0]).toMatchObject({ path: ['firmantes', 1], message: 'Firmantes: hay un renglón vacío' });
  });
});
