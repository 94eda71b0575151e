import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { cargarRegistrosDelAnio, contarDelAnio, cargarRegistrosDelMes } from '../../../renderer/src/db/repositorios/cronograma';
import { REGISTROS_VACIOS, type RegistrosConteo } from '../../../shared/domain/conteo';
import { conteoDeRegistros, contarRegistros, DESCRIPTORES, indiceConteo, REGISTROS, type TipoRegistro } from '../../../shared/registros';
import { ESTATUS_APOYO, ESTATUS_CONVENIO, ESTATUS_EVENTO, ESTATUS_MESA } from '../../../shared/schemas/modulos';
import { ESTATUS_SOLICITUD } from '../../../shared/schemas/solicitudes';

/**
 * The cronograma counts each kind key-only over its `indiceConteo`, applying `cuentaEn` to the record rebuilt from
 * each key; it must give what counting the stored records in memory gives, whatever the records, including those
 * IndexedDB leaves out of a compound index (a null date, a boolean part).
 */

const dos = (n: number) => String(n).padStart(2, '0');
const fechaArb = fc
  .record({ anio: fc.constantFrom(2025, 2026, 2027), mes: fc.integer({ min: 1, max: 12 }), dia: fc.integer({ min: 1, max: 31 }) })
  .map(({ anio, mes, dia }) => `${anio}-${dos(mes)}-${dos(dia)}`);
const eliminadoArb = fc.constantFrom<0 | 1>(0, 0, 1);
/** Lists of records with distinct ids. */
const lista = <T extends { id: string }>(arb: fc.Arbitrary<T>, { maxLength }: { maxLength: number }) =>
  fc.uniqueArray(arb, { maxLength, selector: (r) => r.id });
const idArb = fc.integer({ min: 1, max: 10_000 }).map(String);

/** Lean stored records of every kind: just the fields counting and describing read. */
const registrosArb: fc.Arbitrary<RegistrosConteo> = fc.record({
  solicitudes: lista(
    fc.record({
      id: idArb,
      fechaRecepcion: fc.tuple(fechaArb, fc.constantFrom('', 'T00:00', 'T23:59')).map(([f, h]) => f + h),
      estatus: fc.constantFrom(...ESTATUS_SOLICITUD),
      eliminado: eliminadoArb,
    }).map((s) => ({ ...s, folio: `AC-2026-V1-${s.id}` })),
    { maxLength: 30 },
  ),
  apoyos: lista(
    fc.record({
      id: idArb,
      estatus: fc.constantFrom(...ESTATUS_APOYO),
      fechaEntrega: fc.option(fechaArb, { nil: null }),
      cantidad: fc.constant(1),
      unidad: fc.constant('paquete'),
      eliminado: eliminadoArb,
    }),
    { maxLength: 30 },
  ),
  jornadas: lista(fc.record({ id: idArb, fecha: fechaArb, nombre: fc.constant('Jornada'), realizada: fc.boolean(), eliminado: eliminadoArb }), { maxLength: 15 }),
  eventos: lista(
    fc.record({ id: idArb, tipo: fc.constant('taller' as const), nombre: fc.constant('Taller'), fecha: fechaArb, estatus: fc.constantFrom(...ESTATUS_EVENTO), eliminado: eliminadoArb }),
    { maxLength: 15 },
  ),
  mesas: lista(fc.record({ id: idArb, fecha: fechaArb, tema: fc.constant('Agua'), estatus: fc.constantFrom(...ESTATUS_MESA), eliminado: eliminadoArb }), { maxLength: 15 }),
  convenios: lista(
    fc.record({
      id: idArb,
      numero: fc.constant('C-1'),
      contraparte: fc.constant('DIF'),
      fechaFirma: fc.option(fechaArb, { nil: null }),
      estatus: fc.constantFrom(...ESTATUS_CONVENIO),
      eliminado: eliminadoArb,
    }),
    { maxLength: 15 },
  ),
}) as fc.Arbitrary<RegistrosConteo>;

let db: BaseDatosPoa;

beforeAll(async () => {
  db = new BaseDatosPoa('prueba-conteo-por-indice');
  await db.open();
});

async function guardar(registros: RegistrosConteo): Promise<void> {
  await db.transaction('rw', DESCRIPTORES.map((d) => db.table(d.tabla)), async () => {
    for (const d of DESCRIPTORES) {
      await db.table(d.tabla).clear();
      await db.table(d.tabla).bulkAdd([...registros[d.tabla]]);
    }
  });
}

describe('contar sin cargar registros', () => {
  it('el conteo por índice, sólo claves, es el de los registros en memoria, para cualquier conjunto de registros', async () => {
    await fc.assert(
      fc.asyncProperty(registrosArb, fc.constantFrom(2025, 2026, 2027), async (registros, anio) => {
        await guardar(registros);
        expect(await contarDelAnio(db, anio)).toEqual(conteoDeRegistros(registros, anio));
      }),
      { numRuns: 60 },
    );
  });

  it('todo registro que cuenta está en el índice de su tipo; el que falta de él (fecha nula) no habría contado', async () => {
    await fc.assert(
      fc.asyncProperty(registrosArb, async (registros) => {
        await guardar(registros);
        for (const d of DESCRIPTORES) {
          const indice = indiceConteo(d.tipo);
          if (indice === null) continue;
          const enIndice = new Set((await db.table(d.tabla).orderBy(indice).primaryKeys()) as string[]);
          for (const r of registros[d.tabla]) {
            const cuenta = (d.cuentaEn as (x: unknown) => string | null)(r) !== null;
            if (cuenta) expect(enIndice.has(r.id), `${d.tipo} ${r.id}`).toBe(true);
            if (!enIndice.has(r.id)) expect(cuenta).toBe(false);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('una jornada realizada cuenta aunque su «realizada» (un booleano) no entre en un índice: se cuenta por su fecha', async () => {
    expect(REGISTROS.jornada.claveConteo).toBeNull();
    const jornadas = [
      { id: 'j1', fecha: '2026-03-05', nombre: 'Jornada en El Carmen', realizada: true, eliminado: 0 as const },
      { id: 'j2', fecha: '2026-03-09', nombre: 'Jornada en La Loma', realizada: false, eliminado: 0 as const },
      { id: 'j3', fecha: '2026-03-12', nombre: 'Jornada retirada', realizada: true, eliminado: 1 as const },
    ];
    await guardar({ ...REGISTROS_VACIOS, jornadas });
    const conteo = await contarDelAnio(db, 2026);
    expect(conteo.jornada[2]).toBe(1);
    expect(conteo.jornada.reduce((s, n) => s + n, 0)).toBe(1);
  });

  it('un apoyo entregado y un convenio firmado cuentan por índice; sin fecha quedan fuera del índice y no cuentan', async () => {
    await guardar({
      ...REGISTROS_VACIOS,
      apoyos: [
        { id: 'a1', estatus: 'entregado', fechaEntrega: '2026-05-02', cantidad: 1, unidad: 'paquete', eliminado: 0 },
        { id: 'a2', estatus: 'gestionado', fechaEntrega: null, cantidad: 1, unidad: 'paquete', eliminado: 0 },
      ],
      convenios: [
        { id: 'c1', numero: 'C-1', contraparte: 'DIF', fechaFirma: '2026-05-20', estatus: 'vigente', eliminado: 0 },
        { id: 'c2', numero: 'C-2', contraparte: 'CFE', fechaFirma: null, estatus: 'en-negociacion', eliminado: 0 },
      ],
    } as RegistrosConteo);
    const conteo = await contarDelAnio(db, 2026);
    expect(conteo.apoyo[4]).toBe(1);
    expect(conteo.convenio[4]).toBe(1);
    expect(await db.apoyos.where('[fechaEntrega+estatus+eliminado]').between(['2026'], ['2027']).primaryKeys()).toEqual(['a1']);
  });

  it('el desglose de una celda lee sólo los registros de ese mes y de los tipos de su regla', async () => {
    await fc.assert(
      fc.asyncProperty(registrosArb, fc.integer({ min: 1, max: 12 }), async (registros, mes) => {
        await guardar(registros);
        const tipos: TipoRegistro[] = ['apoyo', 'jornada'];
        const delMes = await cargarRegistrosDelMes(db, tipos, 2026, mes);
        expect(delMes.solicitudes).toEqual([]);
        const delAnio = await cargarRegistrosDelAnio(db, 2026);
        for (const tipo of tipos) {
          expect(contarRegistros(tipo, delMes, 2026)[mes - 1]).toBe(contarRegistros(tipo, delAnio, 2026)[mes - 1]);
          expect(contarRegistros(tipo, delMes, 2026).reduce((s, n) => s + n, 0)).toBe(contarRegistros(tipo, delMes, 2026)[mes - 1]);
        }
      }),
      { numRuns: 20 },
    );
  });
});
