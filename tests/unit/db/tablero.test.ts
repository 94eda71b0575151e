import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { cargarCronogramaConRegistros, cargarRegistrosDelAnio } from '../../../renderer/src/db/repositorios/cronograma';
import { cargarTablero } from '../../../renderer/src/db/repositorios/tablero';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { generarOficina } from '../../../shared/demo/generador';
import { nombreCompleto } from '../../../shared/schemas/personas';

let db: BaseDatosPoa;

/**
 * A tenth of a generated year of the office (its solicitudes and apoyos, every persona), some of them deleted or
 * cancelled, as the tablero meets them.
 */
beforeAll(async () => {
  db = new BaseDatosPoa('prueba-tablero');
  await sembrarSiHaceFalta(db);
  for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 5 })) {
    if (['configuracion', 'cuentas', 'bitacora', 'seguimientos'].includes(tabla) || filas.length === 0) continue;
    const muestra = tabla === 'solicitudes' || tabla === 'apoyos' ? filas.filter((_f, i) => i % 10 === 0).map((f, i) => ({ ...f, eliminado: i % 13 === 4 ? 1 : f.eliminado })) : filas;
    await db.table(tabla).bulkPut(muestra);
  }
}, 60_000);

describe('tablero del año', () => {
  it('trae a cada ciudadano de las solicitudes y apoyos del año, también de los que no cuentan, leídos una vez', async () => {
    const tablero = (await cargarTablero(db, 2026))!;
    const solicitudes = await db.solicitudes.where('fechaRecepcion').between('2026-01-01', '2026-12-31\uffff', true, true).toArray();
    expect(solicitudes.some((s) => s.eliminado === 1)).toBe(true);
    expect(solicitudes.some((s) => s.estatus === 'cancelada')).toBe(true);
    const registros = await cargarRegistrosDelAnio(db, 2026);
    const ids = [...new Set([...registros.solicitudes.map((s) => s.personaId), ...registros.apoyos.map((a) => a.personaId)])];
    const esperadas = (await db.personas.bulkGet(ids)).filter((p) => p !== undefined);
    expect(esperadas.length).toBeGreaterThan(100);
    expect(tablero.personas).toEqual(esperadas);
    expect(tablero.tiposApoyo.map((t) => t.nombre)).toContain('Despensa');
  });

  it('sus registros y sus nombres son los del cronograma con registros', async () => {
    const tablero = (await cargarTablero(db, 2026))!;
    const cronograma = (await cargarCronogramaConRegistros(db, 2026))!;
    expect(tablero.registros).toEqual(cronograma.registros);
    expect(tablero.cronograma).toEqual(cronograma.cronograma);
    const s = tablero.registros.solicitudes.find((x) => x.eliminado === 0 && x.estatus !== 'cancelada')!;
    const persona = (await db.personas.get(s.personaId))!;
    expect(tablero.registros.nombres.personas.get(s.personaId)).toBe(nombreCompleto(persona));
  });
});
