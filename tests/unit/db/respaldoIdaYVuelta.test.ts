import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { ESTACION_PRINCIPAL, generarOficina } from '../../../shared/demo/generador';
import { FORMATO_RESPALDO, TABLAS_RESPALDO, VERSION_RESPALDO, type NombreTabla } from '../../../shared/schemas/respaldo';
import { escribirComprimido, VERSION_ARCHIVO } from '../../../shared/schemas/respaldoComprimido';
import { respaldoDe } from './respaldoPrueba';
import { conSesion } from './sesionPrueba';
import { pngMinimo } from '../../archivosDePrueba';
import { sha256De } from '../../../renderer/src/db/archivosEvidencia';
import { aBase64 } from '../../../shared/seguridad/bytes';

type Fila = Record<string, unknown>;

/** Every table of a database, each sorted by its primary key. */
async function tablasDe(db: BaseDatosPoa): Promise<Record<NombreTabla, Fila[]>> {
  const tablas = {} as Record<NombreTabla, Fila[]>;
  for (const t of TABLAS_RESPALDO) tablas[t] = (await db.table(t).toArray()) as Fila[];
  return tablas;
}

describe('respaldar, vaciar y restaurar', () => {
  it('devuelve cada registro idéntico, de todas las clases, con más de diez mil registros', async () => {
    // Two years of the generated office (so there is a reconducción: the last year has none), up to 1,700 rows a table.
    const generadas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, [] as Fila[]])) as Record<NombreTabla, Fila[]>;
    for (const { tabla, filas } of generarOficina({ anios: 2, semilla: 7 })) if (generadas[tabla].length < 1700) generadas[tabla].push(...filas.slice(0, 1700 - generadas[tabla].length));
    // One station's office knows nothing of others: what a PC that exchanges keeps of them, a conflict waiting included.
    const otra = generadas.solicitudes[0];
    generadas.intercambio.push({ estacion: 'V2', tabla: 'solicitudes', id: otra.id, recibida: otra.updatedAt, enviada: null });
    generadas.conflictos.push({
      id: `solicitudes:${String(otra.id)}:2026-11-29T10:00:00.000Z`,
      tabla: 'solicitudes',
      registroId: otra.id,
      estacion: 'V2',
      detectado: '2026-11-30T09:00:00.000Z',
      entrante: { ...otra, descripcion: 'Versión corregida en la estación V2', updatedAt: '2026-11-29T10:00:00.000Z' },
      estado: 'pendiente',
      resolucion: null,
      resuelto: null,
    });
    generadas.paquetes.push({ id: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f', sentido: 'recibido', otra: 'V2', fecha: '2026-11-30T08:00:00.000Z', modo: 'cambios', conteos: { solicitudes: 1 } });
    // An evidence file on a solicitud, and its bytes (the file's rows of «archivos de evidencia» are its contents).
    const png = pngMinimo();
    const sha256 = await sha256De(png);
    generadas.evidencias.push({
      id: '0b7c3f2e-5a4d-4e6f-8a9b-1c2d3e4f5a6b', createdAt: otra.createdAt, updatedAt: otra.updatedAt, estacion: ESTACION_PRINCIPAL, eliminado: 0,
      registroTipo: 'solicitud', registroId: otra.id, sha256, tipo: 'image/png', nombreOriginal: 'Foto de la fachada.png', tamano: png.length,
      descripcion: 'Fachada de la vivienda', fecha: otra.createdAt, usuario: 'Ventanilla',
    });
    generadas.archivosEvidencia.push({ sha256, extension: 'png', datos: aBase64(png) });
    const conteos = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, generadas[t].length])) as Record<NombreTabla, number>;
    const partes: Uint8Array[] = [];
    const encabezado = { formato: FORMATO_RESPALDO, archivo: VERSION_ARCHIVO, version: VERSION_RESPALDO, fecha: '2026-11-30T18:00:00.000Z', estacion: ESTACION_PRINCIPAL, esquema: 16, tablas: conteos };
    await escribirComprimido(encabezado, TABLAS_RESPALDO.map((tabla) => ({ tabla, filas: generadas[tabla] })), async (b) => void partes.push(b));

    // The office's PC: its own account and bitácora, and the office's history.
    const oficina = new BaseDatosPoa('prueba-ida-y-vuelta-oficina');
    await sembrarSiHaceFalta(oficina);
    await conSesion(oficina, { rol: 'administrador' });
    await restaurarRespaldo(oficina, Buffer.concat(partes));
    const archivo = await respaldoDe(oficina);
    const antes = await tablasDe(oficina);
    const total = TABLAS_RESPALDO.reduce((n, t) => n + antes[t].length, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    // Every kind of record is there.
    for (const t of TABLAS_RESPALDO) expect(antes[t].length, t).toBeGreaterThan(0);

    // A PC with nothing of it (a new one, or this one wiped) restores the file.
    const vacia = new BaseDatosPoa('prueba-ida-y-vuelta-vacia');
    await sembrarSiHaceFalta(vacia);
    await conSesion(vacia, { rol: 'administrador' });
    await restaurarRespaldo(vacia, archivo);
    const despues = await tablasDe(vacia);

    for (const t of TABLAS_RESPALDO) {
      if (t === 'bitacora' || t === 'configuracion') continue;
      expect(despues[t], t).toEqual(antes[t]);
    }
    // The bitácora keeps this PC's entries and gains every entry of the file, each the same.
    const porId = new Map(despues.bitacora.map((e) => [e.id, e]));
    for (const e of antes.bitacora) expect(porId.get(e.id)).toEqual(e);
    // The settings are the file's; the seals of the bitácora's chains stay this PC's (they follow its entries).
    const sinSellos = (filas: Fila[]) => filas.filter((f) => f.clave !== 'sellos-bitacora');
    expect(sinSellos(despues.configuracion)).toEqual(sinSellos(antes.configuracion));
  }, 90_000);
});
