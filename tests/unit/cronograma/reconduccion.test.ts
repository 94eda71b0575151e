import { describe, expect, it } from 'vitest';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import type { Mes } from '../../../shared/domain/periodos';
import type { Actividad, Reconduccion } from '../../../shared/schemas/poa';
import { ACTIVIDADES_POA_2026 } from '../../../shared/seed/poa2026';
import { descripcionCelda } from '../../../renderer/src/features/cronograma/CeldaPeriodo';
import { columnasDe, datosCelda } from '../../../renderer/src/features/cronograma/columnas';
import { textoCambios } from '../../../renderer/src/features/cronograma/HistorialReconducciones';
import { bloqueosReconduccion } from '../../../renderer/src/features/cronograma/reconducibles';
import { metaAnualInicialCambiada, metaReconducida, textoMetaAnual, textoReconducida } from '../../../renderer/src/features/cronograma/reconducidas';
import { actividadDe, POA_ID, uuid } from '../shared/registros';

/** The seed's activity 1 as authorized: 90 a year, 8 from January to June and 7 from July to December. */
const autorizada = (): Actividad => {
  const a = actividadDe(ACTIVIDADES_POA_2026[0]);
  return { ...a, inicial: { metaAnual: a.metaAnual, programado: [...a.programado] } };
};

/** Applies a reconducción to the activity as the repository does, and returns both. */
function reconducir(actividad: Actividad, cambios: Partial<Record<Mes, number>>, metaAnual = actividad.metaAnual): [Actividad, Reconduccion] {
  const despues = actividad.programado.map((v, i) => cambios[(i + 1) as Mes] ?? v);
  const r: Reconduccion = {
    id: uuid(),
    createdAt: '2026-11-24T16:00:00.000Z',
    updatedAt: '2026-11-24T16:00:00.000Z',
    estacion: 'V1',
    eliminado: 0,
    poaId: POA_ID,
    anio: 2026,
    actividadId: actividad.id,
    numeroActividad: actividad.numero,
    meses: Object.keys(cambios).map(Number),
    antes: { metaAnual: actividad.metaAnual, programado: [...actividad.programado] },
    despues: { metaAnual, programado: despues },
    motivo: 'Campaña de invierno con más solicitudes',
    solicito: 'Jefatura',
    autorizo: 'Lic. Autoriza',
    usuario: 'Ventanilla 1',
    fecha: '2026-11-24T16:00:00.000Z',
  };
  return [{ ...actividad, metaAnual, programado: despues }, r];
}

describe('marca de meta reconducida en las celdas', () => {
  it('sólo los meses que cambió una reconducción llevan la marca, con la meta inicial y la modificada', () => {
    const [a, r] = reconducir(autorizada(), { 12: 9 }, 92);
    expect(metaReconducida(a, [r], [12])).toEqual({ meses: [12], inicial: 7, modificada: 9 });
    expect(metaReconducida(a, [r], [11])).toBeNull();
    expect(textoReconducida({ meses: [12], inicial: 7, modificada: 9 }, 1)).toBe('meta reconducida: inicial 7, modificada 9');
  });

  it('un bimestre o trimestre se marca si cambió cualquiera de sus meses, y dice cuáles', () => {
    const [a, r] = reconducir(autorizada(), { 12: 9 }, 92);
    // October 7, November 7, December 7 → 9.
    const trimestre = metaReconducida(a, [r], [10, 11, 12]);
    expect(trimestre).toEqual({ meses: [12], inicial: 21, modificada: 23 });
    expect(textoReconducida(trimestre!, 3)).toBe('meta reconducida en diciembre: inicial 21, modificada 23');
    expect(metaReconducida(a, [r], [7, 8, 9])).toBeNull();
  });

  it('varias reconducciones suman sus meses; la inicial sigue siendo la autorizada', () => {
    const [a1, r1] = reconducir(autorizada(), { 11: 5, 12: 9 });
    const [a2, r2] = reconducir(a1, { 12: 10 }, 91);
    expect(metaReconducida(a2, [r1, r2], [11, 12])).toEqual({ meses: [11, 12], inicial: 14, modificada: 15 });
    expect(metaReconducida(a2, [r1, r2], [9, 10])).toBeNull();
    expect(metaReconducida(a2, [r1, r2], [12])).toEqual({ meses: [12], inicial: 7, modificada: 10 });
  });

  it('las reconducciones de otra actividad no marcan esta', () => {
    const [, r] = reconducir(autorizada(), { 12: 9 }, 92);
    const otra = actividadDe(ACTIVIDADES_POA_2026[1]);
    expect(metaReconducida(otra, [r], [12])).toBeNull();
  });

  it('el nombre accesible de la celda dice que su meta se recondujo', () => {
    const [a, r] = reconducir(autorizada(), { 12: 9 }, 92);
    const fila = { programado: a.programado, logradoRegistros: Array(12).fill(0), ajustes: Array(12).fill(0), logrado: Array(12).fill(0) };
    const diciembre = columnasDe('mes', 2026, { anio: 2026, mes: 11 })[11];
    const d = datosCelda(fila, diciembre, UMBRALES_POR_DEFECTO);
    expect(descripcionCelda('Actividad 1', diciembre, d, true, 'abierto', metaReconducida(a, [r], diciembre.meses))).toBe(
      'Actividad 1, diciembre: programado 9, logrado 0, índice 0 %, Por venir, meta reconducida: inicial 7, modificada 9',
    );
  });

  it('la meta anual dice la modificada y la inicial sólo cuando cambió', () => {
    const [a] = reconducir(autorizada(), { 12: 9 }, 92);
    expect(textoMetaAnual(a)).toBe('Meta anual: modificada 92, inicial 90');
    expect(metaAnualInicialCambiada(a)).toBe(90);
    const [igual] = reconducir(autorizada(), { 11: 8, 12: 6 });
    expect(metaAnualInicialCambiada(igual)).toBeNull();
    expect(textoMetaAnual(igual)).toBe('Meta anual');
    // A borrador has no Meta inicial yet.
    expect(textoMetaAnual(actividadDe(ACTIVIDADES_POA_2026[0]))).toBe('Meta anual');
  });
});

describe('historial de reconducciones', () => {
  it('cada reconducción dice los meses que cambió y, si cambió, la meta anual', () => {
    const [a1, r1] = reconducir(autorizada(), { 12: 9 }, 92);
    expect(textoCambios(r1)).toBe('diciembre 7 → 9; meta anual 90 → 92');
    const [, r2] = reconducir(a1, { 11: 6, 12: 10 });
    expect(textoCambios(r2)).toBe('noviembre 7 → 6, diciembre 9 → 10');
  });
});

describe('meses que ya no se pueden reconducir', () => {
  const abiertos = Array.from({ length: 12 }, () => false);

  it('el 24/11/2026 quedan fuera enero a septiembre, por trimestre, y un mes cerrado lo dice aparte', () => {
    const cerrados = abiertos.map((_, i) => i === 9);
    const b = bloqueosReconduccion(2026, '2026-11-24', cerrados);
    expect(b.porMes).toEqual([
      'Venció el 31/03/2026',
      'Venció el 31/03/2026',
      'Venció el 31/03/2026',
      'Venció el 30/06/2026',
      'Venció el 30/06/2026',
      'Venció el 30/06/2026',
      'Venció el 30/09/2026',
      'Venció el 30/09/2026',
      'Venció el 30/09/2026',
      'Mes cerrado',
      null,
      null,
    ]);
    expect(b.resumen).toBe(
      'Ya no se puede reconducir la meta de enero, febrero y marzo (plazo vencido el 31/03/2026); abril, mayo y junio (plazo vencido el 30/06/2026); ' +
        'julio, agosto y septiembre (plazo vencido el 30/09/2026); octubre (periodo cerrado: reábralo en «Cierre de periodos»). ' +
        'Un mes terminado se reconduce sólo hasta el último día hábil de su trimestre.',
    );
  });

  it('un mes terminado del trimestre en curso sigue abierto hasta el último día hábil del trimestre', () => {
    // 30/09/2028 is a Saturday: the 3rd quarter's deadline is Friday 29/09/2028, while September itself has not ended.
    const b = bloqueosReconduccion(2028, '2028-09-30', abiertos);
    expect(b.porMes.slice(6, 9)).toEqual(['Venció el 29/09/2028', 'Venció el 29/09/2028', null]);
    expect(bloqueosReconduccion(2028, '2028-09-29', abiertos).porMes.slice(6, 9)).toEqual([null, null, null]);
  });

  it('un POA de un año que no ha empezado se reconduce entero', () => {
    const b = bloqueosReconduccion(2027, '2026-11-24', abiertos);
    expect(b.porMes.every((m) => m === null)).toBe(true);
    expect(b.resumen).toBeNull();
  });

  it('varios meses cerrados se nombran juntos', () => {
    const b = bloqueosReconduccion(2027, '2026-11-24', abiertos.map((_, i) => i < 2));
    expect(b.resumen).toBe(
      'Ya no se puede reconducir la meta de enero y febrero (periodos cerrados: reábralos en «Cierre de periodos»). ' +
        'Un mes terminado se reconduce sólo hasta el último día hábil de su trimestre.',
    );
  });
});
