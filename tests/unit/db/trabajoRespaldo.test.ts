import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { escribirRespaldo, respaldoEnBytes, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import {
  atenderRespaldos,
  ERROR_MENSAJE_RESPALDO,
  ERROR_TRABAJADOR_RESPALDO,
  type CanalRespaldo,
  type TrabajadorRespaldo,
} from '../../../renderer/src/db/trabajoRespaldo';
import type { Avance } from '../../../renderer/src/db/volcado';
import { leerRespaldoEntero } from '../../../shared/schemas/lecturaRespaldo';
import { enTrozos } from '../../../shared/schemas/respaldoComprimido';
import { agregarAlCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { conSesion } from './sesionPrueba';
import { carpetaDeDatos } from './carpetaDePrueba';
import { personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { adjuntarEvidencia } from '../../../renderer/src/db/repositorios/evidencias';
import { sha256De } from '../../../renderer/src/db/archivosEvidencia';
import { aBase64 } from '../../../shared/seguridad/bytes';
import { pdfMinimo } from '../../archivosDePrueba';

let n = 0;
async function nuevaBase(): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-trabajo-respaldo-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  return db;
}

/**
 * The worker's two ends joined by a real message channel (structured clone and transfer as between a page and its
 * worker): the far end is the worker's own handler, opening its own connection to the same database, as the module
 * worker does. `responder` replaces what the worker answers, to send it something wrong.
 */
function trabajadorEnCanal(responder?: (canal: MessagePort) => void) {
  const { port1, port2 } = new MessageChannel();
  const estado = { terminado: false, trozos: 0 };
  if (responder) responder(port2);
  else atenderRespaldos(port2 as unknown as CanalRespaldo);
  const trabajador = {
    onmessage: null,
    onmessageerror: null,
    onerror: null,
    postMessage(mensaje: unknown) {
      port1.postMessage(mensaje);
    },
    terminate() {
      estado.terminado = true;
      port1.close();
      port2.close();
    },
  } as TrabajadorRespaldo;
  port1.onmessage = (e: MessageEvent) => {
    if ((e.data as { tipo?: string }).tipo === 'trozo') estado.trozos++;
    (trabajador.onmessage as ((e: MessageEvent) => void) | null)?.(e);
  };
  return { trabajador, estado };
}

describe('el respaldo escrito fuera de la página', () => {
  it('el trabajador lee la misma base, la página recibe el archivo en trozos, lo anota en la bitácora y termina al trabajador', { timeout: 60_000 }, async () => {
    const db = await nuevaBase();
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Las Palmas' });
    const { trabajador, estado } = trabajadorEnCanal();
    const avances: Avance[] = [];
    const bytes = await respaldoEnBytes((destino) => escribirRespaldo(db, 'manual', destino, (a) => avances.push(a), () => trabajador));
    expect(estado.terminado).toBe(true);
    expect(estado.trozos).toBeGreaterThanOrEqual(1);
    const { respaldo } = await leerRespaldoEntero(enTrozos(bytes));
    expect(respaldo.tablas.catalogos.map((c) => c.nombre)).toContain('Las Palmas');
    // The file carries its own entry: written by the worker, in the transaction that read the tables.
    expect(respaldo.tablas.bitacora.map((e) => e.resumen)).toContain('Respaldo de toda la base de datos hecho a mano');
    expect(await db.bitacora.where('accion').equals('respaldar').count()).toBe(1);
    expect(avances.find((a) => a.tabla === 'catalogos')).toMatchObject({ fase: 'respaldo', tabla: 'catalogos', total: respaldo.tablas.catalogos.length });
    // And it restores as any backup does.
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Después del respaldo' });
    await restaurarRespaldo(db, bytes);
    expect((await db.catalogos.toArray()).map((c) => c.nombre)).not.toContain('Después del respaldo');
  });

  it('en el escritorio la página le pasa al trabajador cada archivo de evidencia, que sólo ella alcanza por el puente', { timeout: 60_000 }, async () => {
    const db = await nuevaBase();
    const carpeta = carpetaDeDatos();
    db.archivos = carpeta;
    const maria = await guardarPersona(db, null, personaMaria());
    const s = await solicitudDeDespensa(db, maria.id, '2026-11-03T09:10');
    await adjuntarEvidencia(db, db.archivos, { registroTipo: 'solicitud', registroId: s.id }, { nombre: 'lista.pdf', bytes: pdfMinimo() });
    const { trabajador } = trabajadorEnCanal();
    const bytes = await respaldoEnBytes((destino) => escribirRespaldo(db, 'automatico', destino, undefined, () => trabajador));
    const { respaldo } = await leerRespaldoEntero(enTrozos(bytes));
    expect(respaldo.tablas.evidencias.map((e) => e.nombreOriginal)).toEqual(['lista.pdf']);
    expect(respaldo.tablas.archivosEvidencia).toEqual([{ sha256: await sha256De(pdfMinimo()), extension: 'pdf', datos: aBase64(pdfMinimo()) }]);
  });

  it('un respaldo automático no se anota en la bitácora', { timeout: 60_000 }, async () => {
    const db = await nuevaBase();
    const { trabajador } = trabajadorEnCanal();
    await respaldoEnBytes((destino) => escribirRespaldo(db, 'automatico', destino, undefined, () => trabajador));
    expect(await db.bitacora.where('accion').equals('respaldar').count()).toBe(0);
  });

  it('si la página no puede guardar un trozo, se termina al trabajador y el error es el del puente', { timeout: 60_000 }, async () => {
    const db = await nuevaBase();
    const { trabajador, estado } = trabajadorEnCanal();
    const fallo = new Error('No se guardó el respaldo: no se pudo escribir en la carpeta de respaldos (¿disco lleno?).');
    await expect(escribirRespaldo(db, 'manual', () => Promise.reject(fallo), undefined, () => trabajador)).rejects.toBe(fallo);
    expect(estado.terminado).toBe(true);
  });

  it('lo que no es un mensaje del trabajador, o un trabajador que no arranca, se rechaza con un mensaje en español', async () => {
    const db = await nuevaBase();
    const { trabajador } = trabajadorEnCanal((puerto) => {
      puerto.onmessage = () => puerto.postMessage({ tipo: 'trozo', bytes: 'no son bytes' });
    });
    await expect(escribirRespaldo(db, 'automatico', async () => undefined, undefined, () => trabajador)).rejects.toThrow(ERROR_MENSAJE_RESPALDO);
    await expect(
      escribirRespaldo(db, 'automatico', async () => undefined, undefined, () => {
        throw new Error('Worker is not defined');
      }),
    ).rejects.toThrow(ERROR_TRABAJADOR_RESPALDO);
  });

  it('un capturista no saca una copia sin contraseña ni en segundo plano: se niega antes de abrir al trabajador', async () => {
    const db = new BaseDatosPoa(`prueba-trabajo-respaldo-${++n}`);
    await sembrarSiHaceFalta(db);
    await conSesion(db, { rol: 'capturista' });
    let creado = false;
    await expect(
      escribirRespaldo(db, 'copia', async () => undefined, undefined, () => {
        creado = true;
        return null;
      }),
    ).rejects.toThrow(/jefe o un administrador/);
    expect(creado).toBe(false);
  });
});
