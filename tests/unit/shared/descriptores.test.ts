import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calcularCronograma } from '../../../shared/domain/cronograma';
import { REGISTROS_VACIOS, type RegistrosConteo } from '../../../shared/domain/conteo';
import { DESCRIPTORES, REGISTROS, TIPOS_POR_REGLA, type EstatusRegistro, type TipoRegistro } from '../../../shared/registros';
import { ESTATUS_APOYO, ESTATUS_CONVENIO, ESTATUS_EVENTO, ESTATUS_MESA, TIPOS_EVENTO } from '../../../shared/schemas/modulos';
import { REGLAS_CONTEO } from '../../../shared/schemas/poa';
import { ESTATUS_SOLICITUD } from '../../../shared/schemas/solicitudes';
import { ACTIVIDADES_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe, apoyo, convenio, evento, jornada, mesa, solicitud } from './registros';

describe('la declaración de cada tipo de registro', () => {
  it('cada tipo de registro cuenta para exactamente una regla del POA; «ninguna» no cuenta registros', () => {
    const reglasDe = (tipo: TipoRegistro) => REGLAS_CONTEO.filter((r) => TIPOS_POR_REGLA[r].includes(tipo));
    expect(Object.fromEntries(DESCRIPTORES.map((d) => [d.tipo, reglasDe(d.tipo)]))).toEqual({
      solicitud: ['solicitudes'],
      apoyo: ['apoyos'],
      jornada: ['apoyos'],
      evento: ['programas'],
      mesa: ['gestion'],
      convenio: ['gestion'],
    });
    expect(TIPOS_POR_REGLA.ninguna).toEqual([]);
  });

  it('cada estatus tiene su etiqueta en español y los pasos sólo llevan a otro estatus del mismo tipo', () => {
    for (const d of DESCRIPTORES) {
      const estatus: EstatusRegistro<string> | null = d.estatus;
      if (estatus === null) continue;
      const { valores, etiquetas, pasos } = estatus;
      expect(Object.keys(etiquetas).sort()).toEqual([...valores].sort());
      for (const v of valores) expect(etiquetas[v]).toMatch(/^[A-ZÁÉÍÓÚ][a-záéíóúñ ]+$/);
      if (pasos === null) continue;
      expect(Object.keys(pasos).sort()).toEqual([...valores].sort());
      for (const [de, a] of Object.entries(pasos)) for (const e of a) expect(valores.filter((v) => v !== de)).toContain(e);
    }
  });

  it('abre el detalle de cada registro en la dirección de su pantalla', () => {
    expect(DESCRIPTORES.map((d) => d.ruta('x'))).toEqual([
      '/atencion/x',
      '/apoyos/x',
      '/apoyos/jornadas/x',
      '/programas/x',
      '/vinculacion/mesas/x',
      '/vinculacion/convenios/x',
    ]);
  });
});

const fechaArb = fc
  .record({ anio: fc.constantFrom(2025, 2026, 2027), mes: fc.integer({ min: 1, max: 12 }), dia: fc.integer({ min: 1, max: 28 }) })
  .map(({ anio, mes, dia }) => `${anio}-${String(mes).padStart(2, '0')}-${String(dia).padStart(2, '0')}`);
const eliminadoArb = fc.constantFrom<0 | 1>(0, 0, 1);

/**
 * A full record of some kind with random status, date and deletion mark, with what its declaration says of it: the
 * day it counts on and the value of the date field the year loader reads it by.
 */
interface Caso {
  tipo: TipoRegistro;
  registro: { eliminado: 0 | 1 };
  cuentaEn: string | null;
  campoFecha: string | null;
}

function caso<K extends TipoRegistro, R extends { eliminado: 0 | 1 }>(tipo: K, registro: R, cuentaEn: (r: R) => string | null): Caso {
  const d = REGISTROS[tipo];
  expect(d.schema.safeParse(registro).success).toBe(true);
  return { tipo, registro, cuentaEn: cuentaEn(registro), campoFecha: (registro as Record<string, unknown>)[d.campoFecha] as string | null };
}

const casoArb: fc.Arbitrary<Caso> = fc.oneof(
  fc
    .record({ f: fechaArb, hora: fc.constantFrom('00:00', '09:30', '23:59'), estatus: fc.constantFrom(...ESTATUS_SOLICITUD), eliminado: eliminadoArb })
    .map(({ f, hora, ...c }) => caso('solicitud', solicitud({ fechaRecepcion: `${f}T${hora}`, ...c }), REGISTROS.solicitud.cuentaEn)),
  fc
    .record({ fechaEntrega: fc.option(fechaArb, { nil: null }), estatus: fc.constantFrom(...ESTATUS_APOYO), eliminado: eliminadoArb })
    .map((c) => caso('apoyo', apoyo(c), REGISTROS.apoyo.cuentaEn)),
  fc.record({ fecha: fechaArb, realizada: fc.boolean(), eliminado: eliminadoArb }).map((c) => caso('jornada', jornada(c), REGISTROS.jornada.cuentaEn)),
  fc
    .record({ fecha: fechaArb, tipo: fc.constantFrom(...TIPOS_EVENTO), estatus: fc.constantFrom(...ESTATUS_EVENTO), eliminado: eliminadoArb })
    .map((c) => caso('evento', evento(c), REGISTROS.evento.cuentaEn)),
  fc.record({ fecha: fechaArb, estatus: fc.constantFrom(...ESTATUS_MESA), eliminado: eliminadoArb }).map((c) => caso('mesa', mesa(c), REGISTROS.mesa.cuentaEn)),
  fc
    .record({ fechaFirma: fc.option(fechaArb, { nil: null }), estatus: fc.constantFrom(...ESTATUS_CONVENIO), eliminado: eliminadoArb })
    .map((c) => caso('convenio', convenio(c), REGISTROS.convenio.cuentaEn)),
);

const ACTIVIDADES = ACTIVIDADES_POA_2026.map((a) => actividadDe(a));

describe('cuándo cuenta un registro', () => {
  it('cuentaEn es el día del campo de fecha por el que se carga el año, o null; un registro eliminado nunca cuenta', () => {
    fc.assert(
      fc.property(casoArb, ({ registro, cuentaEn, campoFecha }) => {
        if (cuentaEn !== null) expect(cuentaEn).toBe(campoFecha?.slice(0, 10));
        if (registro.eliminado === 1) expect(cuentaEn).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('el cronograma cuenta cada registro una sola vez, en el mes y año de su cuentaEn, y en ningún otro', () => {
    fc.assert(
      fc.property(casoArb, ({ tipo, registro, cuentaEn }) => {
        const registros: RegistrosConteo = { ...REGISTROS_VACIOS, [REGISTROS[tipo].tabla]: [registro] };
        const meses = [2025, 2026, 2027].flatMap((anio) =>
          calcularCronograma({ anio, actividades: ACTIVIDADES, registros, ajustes: [], umbrales: { verde: 90, ambar: 70 }, mesCorte: 12 })
            .total.logradoRegistros.flatMap((n, i) => Array.from({ length: n }, () => `${anio}-${String(i + 1).padStart(2, '0')}`)),
        );
        expect(meses).toEqual(cuentaEn === null ? [] : [cuentaEn.slice(0, 7)]);
      }),
      { numRuns: 500 },
    );
  });
});
