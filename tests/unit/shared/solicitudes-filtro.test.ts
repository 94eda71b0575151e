import { describe, expect, it } from 'vitest';
import { aplicarFiltros, coincideTexto, FILTROS_VACIOS, type FilaSolicitud } from '../../../shared/domain/filtroSolicitudes';

function fila(cambios: Partial<FilaSolicitud>): FilaSolicitud {
  return {
    id: 'x',
    folio: 'AC-2026-V1-0001',
    fechaRecepcion: '2026-03-05T10:30',
    canal: 'ventanilla',
    prioridad: 'media',
    estatus: 'recibida',
    descripcion: '',
    responsable: '',
    fechaCompromiso: '2026-03-20',
    personaId: 'p',
    ciudadano: 'María José Pérez López',
    nombreNormalizado: 'PEREZ LOPEZ MARIA JOSE',
    curp: 'PELM900315MVZRPR01',
    colonia: 'Centro',
    tipoApoyoId: 't1',
    tipoApoyo: 'Despensa',
    dependenciaId: 'd1',
    dependencia: 'DIF Municipal',
    ...cambios,
  };
}

describe('texto de búsqueda de solicitudes', () => {
  const f = fila({});
  it('un folio completo sólo encuentra ese folio, en minúsculas o con espacios', () => {
    expect(coincideTexto(f, ' ac-2026-v1-0001 ')).toBe(true);
    expect(coincideTexto(f, 'AC-2026-V1-0010')).toBe(false);
    expect(coincideTexto(fila({ folio: 'AC-2026-V1-10001' }), 'AC-2026-V1-0001')).toBe(false);
  });

  it('el final del folio basta: "0001" o "v1-0001"', () => {
    expect(coincideTexto(f, '0001')).toBe(true);
    expect(coincideTexto(f, 'v1-0001')).toBe(true);
    expect(coincideTexto(f, '001')).toBe(true);
    expect(coincideTexto(f, '0002')).toBe(false);
  });

  it('el nombre sin acentos y en cualquier orden, o el principio de la CURP', () => {
    expect(coincideTexto(f, 'maria jose')).toBe(true);
    expect(coincideTexto(f, 'lopez maría')).toBe(true);
    expect(coincideTexto(f, 'pelm9003')).toBe(true);
    expect(coincideTexto(f, 'juan')).toBe(false);
  });
});

describe('filtros de la lista', () => {
  const filas = [
    fila({ id: 'a' }),
    fila({ id: 'b', estatus: 'atendida', fechaCompromiso: '2026-01-01', colonia: 'Colonia Las Flores', fechaRecepcion: '2026-04-10T09:00' }),
    fila({ id: 'c', estatus: 'canalizada', fechaCompromiso: '2026-12-31', tipoApoyoId: 't2', dependenciaId: null }),
  ];
  const ids = (cambios: Partial<typeof FILTROS_VACIOS>) => aplicarFiltros(filas, { ...FILTROS_VACIOS, ...cambios }, '2026-11-24').map((x) => x.id);

  it('sin filtros deja todo', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('vencidas: pasada la fecha compromiso y sin cerrar', () => {
    expect(ids({ soloVencidas: true })).toEqual(['a']);
  });

  it('estatus, tipo, dependencia, colonia sin acentos y rango de fechas de recepción inclusivo', () => {
    expect(ids({ estatus: 'canalizada' })).toEqual(['c']);
    expect(ids({ tipoApoyoId: 't2' })).toEqual(['c']);
    expect(ids({ dependenciaId: 'd1' })).toEqual(['a', 'b']);
    expect(ids({ colonia: 'COLONIA LAS FLORES' })).toEqual(['b']);
    expect(ids({ desde: '2026-04-10', hasta: '2026-04-10' })).toEqual(['b']);
    expect(ids({ hasta: '2026-03-31' })).toEqual(['a', 'c']);
  });
});
