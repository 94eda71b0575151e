import { describe, expect, it } from 'vitest';
import { propuestaApoyo, propuestaConvenio } from '../../../shared/domain/propuestas';
import type { EstatusApoyo } from '../../../shared/schemas/modulos';

const HOY = '2026-11-24';
const apoyo = (estatus: EstatusApoyo, fechaGestion: string, fechaEntrega: string | null) => ({ estatus, fechaGestion, fechaEntrega });

describe('lo que propone el formulario de un apoyo', () => {
  it('al marcarlo Entregado sin fecha de entrega, propone hoy', () => {
    const antes = apoyo('autorizado', '2026-11-02', null);
    expect(propuestaApoyo(antes, { ...antes, estatus: 'entregado' }, HOY)).toEqual({ fechaEntrega: HOY });
  });

  it('si ya tenía fecha de entrega, la deja como está', () => {
    const antes = apoyo('autorizado', '2026-11-02', '2026-11-10');
    expect(propuestaApoyo(antes, { ...antes, estatus: 'entregado' }, HOY)).toEqual({});
  });

  it('una fecha de entrega anterior a la de gestión mueve la gestión a esa fecha en lugar de rechazarla', () => {
    const antes = apoyo('entregado', '2026-11-24', '2026-11-24');
    expect(propuestaApoyo(antes, { ...antes, fechaEntrega: '2026-10-15' }, HOY)).toEqual({ fechaGestion: '2026-10-15' });
  });

  it('hoy como entrega también mueve una gestión escrita en el futuro', () => {
    const antes = apoyo('gestionado', '2026-12-01', null);
    expect(propuestaApoyo(antes, { ...antes, estatus: 'entregado' }, HOY)).toEqual({ fechaEntrega: HOY, fechaGestion: HOY });
  });

  it('una fecha a medio escribir o un apoyo no entregado no cambian nada', () => {
    const antes = apoyo('entregado', '2026-11-24', '2026-11-24');
    expect(propuestaApoyo(antes, { ...antes, fechaEntrega: '15/10' }, HOY)).toEqual({});
    const gestionado = apoyo('gestionado', '2026-11-24', null);
    expect(propuestaApoyo(gestionado, { ...gestionado, fechaGestion: '2026-11-20' }, HOY)).toEqual({});
  });
});

describe('lo que propone el formulario de un convenio', () => {
  it('en trámite y con fecha de firma recién escrita, propone «Vigente»', () => {
    expect(propuestaConvenio({ estatus: 'en-tramite', fechaFirma: null }, { estatus: 'en-tramite', fechaFirma: '2026-11-20' })).toEqual({ estatus: 'vigente' });
  });

  it('no cambia un estatus elegido a mano ni una firma que ya estaba', () => {
    expect(propuestaConvenio({ estatus: 'en-tramite', fechaFirma: '2026-11-20' }, { estatus: 'en-tramite', fechaFirma: '2026-11-21' })).toEqual({});
    expect(propuestaConvenio({ estatus: 'cancelado', fechaFirma: null }, { estatus: 'cancelado', fechaFirma: '2026-11-20' })).toEqual({});
    expect(propuestaConvenio({ estatus: 'en-tramite', fechaFirma: null }, { estatus: 'en-tramite', fechaFirma: '20/11' })).toEqual({});
  });
});
