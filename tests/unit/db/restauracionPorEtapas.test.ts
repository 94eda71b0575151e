import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { descartarRestauracionPendiente, restaurarRespaldo, type Avance } from '../../../renderer/src/db/respaldos';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { ESTACION_PRINCIPAL, generarOficina } from '../../../shared/demo/generador';
import { FORMATO_RESPALDO, TABLAS_RESPALDO, VERSION_RESPALDO, type NombreTabla } from '../../../shared/schemas/respaldo';
import { enTrozos, escribirComprimido, VERSION_ARCHIVO } from '../../../shared/schemas/respaldoComprimido';
import { personaJuan, personaMaria } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

/** Part of a year of the generated office (every table that has rows, up to 2,500 each): many chunks per table. */
let archivo: Uint8Array;
let conteos: Record<NombreTabla, number>;

beforeAll(async () => {
  const tablas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, [] as Record<string, unknown>[]])) as Record<NombreTabla, Record<string, unknown>[]>;
  for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 11 })) if (tablas[tabla].length < 2500) tablas[tabla].push(...filas.slice(0, 2500));
  conteos = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, tablas[t].length])) as Record<NombreTabla, number>;
  const partes: Uint8Array[] = [];
  const encabezado = { formato: FORMATO_RESPALDO, archivo: VERSION_ARCHIVO, version: VERSION_RESPALDO, fecha: '2026-11-30T18:00:00.000Z', estacion: ESTACION_PRINCIPAL, esquema: 9, tablas: conteos };
  await escribirComprimido(encabezado, TABLAS_RESPALDO.map((tabla) => ({ tabla, filas: tablas[tabla] })), async (b) => void partes.push(b));
  archivo = Buffer.concat(partes);
  // Generating a year of the office to take its first rows is slow on a busy machine.
}, 120_000);

let n = 0;
let db: BaseDatosPoa;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-restauracion-etapas-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { rol: 'administrador' });
  await guardarPersona(db, null, personaMaria());
});

/** Every table of the backup, to compare before and after. */
async function todo(base: BaseDatosPoa): Promise<Record<string, unknown[]>> {
  const tablas: Record<string, unknown[]> = {};
  for (const t of TABLAS_RESPALDO) tablas[t] = await base.table(t).toArray();
  return tablas;
}

/** The file's first `fraccion` read normally, then the reading stops as a closed window or a pulled USB drive stops it. */
async function* cortadoAl(fraccion: number): AsyncGenerator<Uint8Array> {
  const hasta = Math.floor(archivo.length * fraccion);
  for (let i = 0; i < hasta; i += 4096) yield archivo.subarray(i, Math.min(hasta, i + 4096));
  throw new Error('Se interrumpió la lectura del archivo');
}

describe('restaurar por etapas: todo o nada aunque se interrumpa', () => {
  it('interrumpida mientras revisa el archivo: los datos quedan exactamente igual y no queda nada preparado', async () => {
    const antes = await todo(db);
    const avances: Avance[] = [];
    await expect(restaurarRespaldo(db, cortadoAl(0.6), (a) => avances.push(a))).rejects.toThrow('Se interrumpió la lectura del archivo');
    // It had staged rows of several tables before the reading stopped.
    expect(new Set(avances.filter((a) => a.fase === 'restauracion').map((a) => a.tabla)).size).toBeGreaterThanOrEqual(3);
    expect(avances.some((a) => a.fase === 'aplicacion')).toBe(false);
    expect(await todo(db)).toEqual(antes);
    expect(await db.preparacion.count()).toBe(0);

    // Cut short as a file: refused as such, the same.
    await expect(restaurarRespaldo(db, archivo.subarray(0, archivo.length - 100))).rejects.toBeInstanceOf(ErrorValidacion);
    expect(await todo(db)).toEqual(antes);
    expect(await db.preparacion.count()).toBe(0);
  });

  it('interrumpida mientras reemplaza los datos: la transacción no se confirma y los datos quedan exactamente igual', async () => {
    const antes = await todo(db);
    let aplicadas = 0;
    const interrumpir = (a: Avance) => {
      if (a.fase === 'aplicacion' && ++aplicadas === 6) throw new Error('Se cerró la aplicación');
    };
    await expect(restaurarRespaldo(db, archivo, interrumpir)).rejects.toThrow('Se cerró la aplicación');
    expect(aplicadas).toBe(6);
    expect(await todo(db)).toEqual(antes);
    expect(await db.preparacion.count()).toBe(0);

    // Then the whole file restores.
    const r = await restaurarRespaldo(db, archivo);
    expect(r).toEqual(conteos);
    expect(await db.solicitudes.count()).toBe(conteos.solicitudes);
    expect(await db.seguimientos.count()).toBe(conteos.seguimientos);
    expect((await db.personas.toArray()).some((p) => p.nombres === 'María José')).toBe(false);
  });

  it('lo preparado por una restauración que no terminó se descarta al abrir la aplicación y nunca se aplica', async () => {
    const antes = await todo(db);
    // What a window closed half-way through reading the file leaves: checked chunks, one of them a persona the file
    // does not hold.
    const intrusa = { ...(await db.personas.toArray())[0], id: crypto.randomUUID(), nombres: 'Persona de una restauración a medias' };
    await db.preparacion.bulkAdd([
      { tabla: 'personas', filas: JSON.stringify([intrusa]) },
      { tabla: 'poas', filas: '[]' },
    ]);
    await descartarRestauracionPendiente(db);
    expect(await db.preparacion.count()).toBe(0);
    expect(await todo(db)).toEqual(antes);

    // Left again, and a restore run without the start in between: it starts from an empty staging.
    await db.preparacion.add({ tabla: 'personas', filas: JSON.stringify([intrusa]) });
    await restaurarRespaldo(db, enTrozos(archivo, 64 * 1024));
    expect(await db.personas.get(intrusa.id)).toBeUndefined();
    expect(await db.personas.count()).toBe(conteos.personas);
    expect(await db.preparacion.count()).toBe(0);
  });

  it('dice el avance por tabla al revisar y al reemplazar', async () => {
    await guardarPersona(db, null, personaJuan());
    const avances: Avance[] = [];
    await restaurarRespaldo(db, archivo, (a) => avances.push(a));
    const ultimo = (fase: Avance['fase'], tabla: NombreTabla) => avances.filter((a) => a.fase === fase && a.tabla === tabla).at(-1);
    expect(ultimo('restauracion', 'solicitudes')).toEqual({ fase: 'restauracion', tabla: 'solicitudes', hechas: conteos.solicitudes, total: conteos.solicitudes });
    expect(ultimo('aplicacion', 'seguimientos')).toEqual({ fase: 'aplicacion', tabla: 'seguimientos', hechas: conteos.seguimientos, total: conteos.seguimientos });
    // The staging phase comes whole before the replacing one.
    const primeraAplicacion = avances.findIndex((a) => a.fase === 'aplicacion');
    expect(avances.slice(primeraAplicacion).every((a) => a.fase === 'aplicacion')).toBe(true);
  });
});
