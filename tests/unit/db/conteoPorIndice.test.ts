import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { cargarRegistrosDelAnio, contarDelAnio, cargarRegistrosDelMes } from '../../../renderer/src/db/repositorios/cronograma';
import { REGISTROS_VACIOS, type RegistrosConteo } from '../../../shared/domain/conteo';
import { conteoDeRegistros, contarRegistros, DESCRIPTORES, type TipoRegistro } from '../../../shared/registros';
import { TABLAS_RESPALDO } from '../../../shared/schemas/respaldo';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { TABLA_CONTEOS } from '../../../renderer/src/db/conteosMensuales';
import { ESTATUS_APOYO, ESTATUS_CONVENIO, ESTATUS_EVENTO, ESTATUS_MESA } from '../../../shared/schemas/modulos';
import { ESTATUS_SOLICITUD } from '../../../shared/schemas/solicitudes';

/**
 * The cronograma reads each kind's monthly counts, kept beside every write by the conteosMensuales middleware; they
 * must give what counting the stored records in memory gives, whatever the records and whatever the writes that left
 * them there.
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
/** A record under this id, its folio (unique) following the id as the generated ones do. */
const conId = <T extends { id: string; folio?: string }>(f: T, id: string): T => ({ ...f, id, ...(f.folio ? { folio: `AC-2026-V1-${id}` } : {}) });
/** The same record under another id: it counts where the first counts. */
const gemelo = (f: { id: string; folio?: string }) => conId(f, `${f.id}-2`);
const tablaArb = fc.constantFrom(...DESCRIPTORES.map((d) => d.tabla));

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

describe('contar sin cargar registros: los conteos mensuales', () => {
  it('el conteo por índice, sólo claves, es el de los registros en memoria, para cualquier conjunto de registros', async () => {
    await fc.assert(
      fc.asyncProperty(registrosArb, fc.constantFrom(2025, 2026, 2027), async (registros, anio) => {
        await guardar(registros);
        expect(await contarDelAnio(db, anio)).toEqual(conteoDeRegistros(registros, anio));
      }),
      { numRuns: 60 },
    );
  });

  it('los conteos siguen cualquier serie de altas, cambios, bajas y vaciados, juntos o en varias transacciones, y una transacción fallida no deja rastro', async () => {
    const cambioArb = fc.oneof(
      fc.record({ op: fc.constant('agregar' as const), tabla: tablaArb, indice: fc.nat({ max: 3 }), juntos: fc.boolean() }),
      fc.record({ op: fc.constant('reemplazar' as const), tabla: tablaArb, indice: fc.nat({ max: 3 }), juntos: fc.boolean() }),
      fc.record({ op: fc.constant('modificar' as const), tabla: tablaArb, cual: fc.nat() }),
      fc.record({ op: fc.constant('borrar' as const), tabla: tablaArb, cual: fc.nat() }),
      fc.record({ op: fc.constant('borrarRango' as const), tabla: tablaArb, hasta: idArb }),
      fc.record({ op: fc.constant('vaciar' as const), tabla: tablaArb }),
      fc.record({ op: fc.constant('fallida' as const), tabla: tablaArb, indice: fc.nat({ max: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(registrosArb, registrosArb, fc.array(cambioArb, { minLength: 1, maxLength: 8 }), async (inicio, otros, cambios) => {
        await guardar(inicio);
        for (const c of cambios) {
          const tabla = db.table(c.tabla);
          const candidatos = otros[c.tabla] as readonly { id: string }[];
          const guardados = (await tabla.toArray()) as { id: string }[];
          if (c.op === 'agregar' || c.op === 'reemplazar' || c.op === 'fallida') {
            // Each with a twin of another id, so writes of one transaction meet in the same month.
            const filas = candidatos.slice(c.indice).flatMap((f) => [f, gemelo(f)]);
            const nuevas = c.op === 'agregar' ? filas.filter((f) => !guardados.some((g) => g.id === f.id)) : filas;
            const escribir = (lote: object[]) => (c.op === 'agregar' ? tabla.bulkAdd(lote) : tabla.bulkPut(lote));
            const enTransaccion = db.transaction('rw', DESCRIPTORES.map((d) => db.table(d.tabla)), async () => {
              // Two writes of one transaction at once, as a restore and a package do.
              const mitad = Math.ceil(nuevas.length / 2);
              if ('juntos' in c && c.juntos) await Promise.all([escribir(nuevas.slice(0, mitad)), escribir(nuevas.slice(mitad))]);
              else for (const f of nuevas) await escribir([f]);
              if (c.op === 'fallida') throw new Error('la captura se interrumpe');
            });
            if (c.op === 'fallida') await expect(enTransaccion).rejects.toThrow('la captura se interrumpe');
            else await enTransaccion;
          } else if (c.op === 'modificar' && guardados.length > 0) {
            const g = guardados[c.cual % guardados.length];
            const otro = candidatos[c.cual % Math.max(1, candidatos.length)];
            if (otro) await tabla.update(g.id, conId(otro, g.id));
          } else if (c.op === 'borrar' && guardados.length > 0) {
            await tabla.delete(guardados[c.cual % guardados.length].id);
          } else if (c.op === 'borrarRango') {
            await tabla.where(':id').below(c.hasta).delete();
          } else if (c.op === 'vaciar') {
            await tabla.clear();
          }
          const ahora = Object.fromEntries(await Promise.all(DESCRIPTORES.map(async (d) => [d.tabla, await db.table(d.tabla).toArray()]))) as unknown as RegistrosConteo;
          for (const anio of [2025, 2026, 2027]) expect(await contarDelAnio(db, anio), `${c.op} ${c.tabla} ${anio}`).toEqual(conteoDeRegistros(ahora, anio));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('una base de la versión anterior cuenta al abrirse lo que ya tenía guardado', async () => {
    const registros = fc.sample(registrosArb, { numRuns: 1, seed: 21 })[0];
    const nombre = 'prueba-conteo-version-anterior';
    const previa = new Dexie(nombre);
    for (const m of MIGRACIONES.filter((m) => m.version < 21)) previa.version(m.version).stores(m.stores);
    await previa.open();
    for (const d of DESCRIPTORES) await previa.table(d.tabla).bulkAdd([...registros[d.tabla]]);
    previa.close();
    const abierta = new BaseDatosPoa(nombre);
    await abierta.open();
    for (const anio of [2025, 2026, 2027]) expect(await contarDelAnio(abierta, anio)).toEqual(conteoDeRegistros(registros, anio));
    expect(DESCRIPTORES.some((d) => registros[d.tabla].length > 0)).toBe(true);
    abierta.close();
  });

  it('los conteos no viajan en un respaldo ni en un paquete: son de esta PC', () => {
    expect(TABLAS_RESPALDO).not.toContain(TABLA_CONTEOS);
  });

  it('una jornada realizada cuenta aunque su «realizada» (un booleano) no entre en un índice: se cuenta por su fecha', async () => {
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

  it('un apoyo entregado y un convenio firmado cuentan en su mes; sin fecha no cuentan', async () => {
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
    expect(conteo.apoyo).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(conteo.convenio).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    // The apoyo is delivered in June after all: May loses it, June gains it.
    await db.apoyos.update('a1', { fechaEntrega: '2026-06-10' });
    expect((await contarDelAnio(db, 2026)).apoyo).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(await db.conteosMensuales.toArray()).toEqual(
      expect.arrayContaining([
        { tipo: 'apoyo', mes: '2026-05', n: 0 },
        { tipo: 'apoyo', mes: '2026-06', n: 1 },
        { tipo: 'convenio', mes: '2026-05', n: 1 },
      ]),
    );
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
