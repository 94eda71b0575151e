import 'fake-indexeddb/auto';
import { comoPlano, instantaneaPlana, respaldoDe, respaldoPlano } from './respaldoPrueba';
import { FsMemoria } from '../electron/fakes';
import { crearManejadoresRespaldos } from '../../../electron/main/handlers/backups';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { validarRespaldo, VERSION_RESPALDO } from '../../../shared/schemas/respaldo';
import { crearAcuerdo, crearMesa, editarAcuerdo, obtenerDetalleMesa } from '../../../renderer/src/db/repositorios/vinculacion';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { ESPERA_PRIMER_RESPALDO_MS, INTERVALO_RESPALDO_MS, programarRespaldos } from '../../../renderer/src/db/respaldoAutomatico';
import type { PuenteApi } from '../../../shared/ipc/contract';
import { guardarActividad, listarActividades, obtenerPoaVigente } from '../../../renderer/src/db/repositorios/poa';
import { agregarAlCatalogo, listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';

let n = 0;
async function nuevaBase(): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-respaldo-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  return db;
}

async function mensajeDe(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e.errores.archivo;
    throw e;
  }
  throw new Error('se esperaba un error');
}

let db: BaseDatosPoa;
beforeEach(async () => {
  db = await nuevaBase();
});

describe('respaldo y restauración', () => {
  it('restaura exactamente lo que se respaldó y deshace lo que vino después', async () => {
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Las Palmas' });
    const respaldo = await respaldoDe(db);
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Después del respaldo' });
    const conteos = await restaurarRespaldo(db, respaldo);
    expect(conteos.actividades).toBe(4);
    const colonias = (await listarCatalogo(db, 'colonia')).map((c) => c.nombre);
    expect(colonias).toContain('Las Palmas');
    expect(colonias).not.toContain('Después del respaldo');
    const ultima = await db.bitacora.orderBy('fecha').last();
    expect(ultima?.accion).toBe('restaurar');
  });

  it('un archivo dañado o con un registro inválido se rechaza entero y no cambia nada', async () => {
    const antes = await respaldoPlano(db);
    expect(await mensajeDe(restaurarRespaldo(db, '{ no es json'))).toBe('El archivo está dañado: no es JSON válido');
    expect(await mensajeDe(restaurarRespaldo(db, JSON.stringify({ formato: 'otro' })))).toBe(
      'El archivo no es un respaldo de POA Gestión Social',
    );
    const malo = JSON.parse(antes);
    malo.tablas.actividades[2].metaAnual = -5;
    expect(await mensajeDe(restaurarRespaldo(db, JSON.stringify(malo)))).toBe(
      'Registro 3 de actividades («Programas Sociales y gestión ante dependencias externas») inválido (campo «Meta anual»): Meta anual no puede ser menor que 0',
    );
    expect(JSON.parse(await instantaneaPlana(db)).tablas).toEqual(JSON.parse(antes).tablas);
  });

  it('un respaldo sin tablas o al que le falta una se rechaza: nunca vacía la base', async () => {
    const antes = await respaldoPlano(db);
    const vacio = { ...JSON.parse(antes), tablas: {} };
    expect(await mensajeDe(restaurarRespaldo(db, JSON.stringify(vacio)))).toMatch(/^El respaldo está incompleto: le faltan POA, actividades, /);
    const sinPoa = JSON.parse(antes);
    delete sinPoa.tablas.poas;
    expect(await mensajeDe(fusionarRespaldo(db, JSON.stringify(sinPoa)))).toBe('El respaldo está incompleto: le faltan POA');
    expect(JSON.parse(await instantaneaPlana(db)).tablas).toEqual(JSON.parse(antes).tablas);
  });

  it('un respaldo de la versión 1 no trae reconducciones y se acepta; uno de una versión más nueva se rechaza', async () => {
    const archivo = JSON.parse(await respaldoPlano(db));
    delete archivo.tablas.reconducciones;
    expect(await mensajeDe(restaurarRespaldo(db, JSON.stringify(archivo)))).toBe('El respaldo está incompleto: le faltan reconducciones');
    await restaurarRespaldo(db, JSON.stringify({ ...archivo, version: 1 }));
    expect(await db.actividades.count()).toBe(4);
    expect(await mensajeDe(restaurarRespaldo(db, JSON.stringify({ ...archivo, version: VERSION_RESPALDO + 1 })))).toBe('El respaldo es de una versión más nueva de la aplicación');
  });
});

describe('un respaldo de antes de la fecha y la evidencia de cumplimiento de los acuerdos', () => {
  it('se restaura: sus acuerdos, cumplidos o no, se leen sin fecha ni evidencia y se pueden marcar cumplidos', async () => {
    const mesa = await crearMesa(db, { fecha: '2026-06-09', tema: 'Seguridad alimentaria regional', convoca: 'Bienestar', sede: '', instituciones: [], asistentes: 8, estatus: 'asistida' });
    const pendiente = await crearAcuerdo(db, mesa.id, { texto: 'Censo de familias', responsable: 'DIF Municipal', fechaCompromiso: '2026-07-15', estatus: 'pendiente' });
    await crearAcuerdo(db, mesa.id, { texto: 'Calendario de entregas', responsable: 'Bienestar', fechaCompromiso: null, estatus: 'cumplido', fechaCumplimiento: '2026-06-30', evidenciaCumplimiento: 'Minuta' });
    const archivo = JSON.parse(await respaldoPlano(db));
    // As a version without the fields wrote it.
    for (const a of archivo.tablas.acuerdos) {
      delete a.fechaCumplimiento;
      delete a.evidenciaCumplimiento;
    }
    expect(validarRespaldo(JSON.stringify(archivo)).valido).toBe(true);
    await restaurarRespaldo(db, JSON.stringify(archivo));
    const acuerdos = (await obtenerDetalleMesa(db, mesa.id))!.acuerdos;
    expect(acuerdos.map((a) => [a.texto, a.estatus, a.fechaCumplimiento, a.evidenciaCumplimiento])).toEqual([
      ['Censo de familias', 'pendiente', null, ''],
      ['Calendario de entregas', 'cumplido', null, ''],
    ]);
    await editarAcuerdo(db, pendiente.id, { ...acuerdos[0], estatus: 'cumplido', fechaCumplimiento: '2026-07-14', evidenciaCumplimiento: 'Oficio DIF/123/2026' });
    expect(await db.acuerdos.get(pendiente.id)).toMatchObject({ fechaCumplimiento: '2026-07-14', evidenciaCumplimiento: 'Oficio DIF/123/2026' });
  });
});

describe('consolidar las capturas de otra PC', () => {
  it('agrega lo nuevo, toma la versión más reciente de lo cambiado y conserva la configuración local', async () => {
    const otra = await nuevaBase();
    await guardarConfiguracion(otra, { ...(await obtenerConfiguracion(otra)), estacion: 'V2' });
    // Same POA on both PCs (the head distributes it), then each works on its own. The restore brings the head's
    // accounts, so the clerk signs in again with one of them.
    await restaurarRespaldo(otra, await respaldoDe(db));
    await conSesion(otra, { nombre: 'Ventanilla 2' });
    await guardarConfiguracion(otra, { ...(await obtenerConfiguracion(otra)), estacion: 'V2' });
    await agregarAlCatalogo(otra, { tipo: 'colonia', nombre: 'Capturada en V2' });
    const poa = (await obtenerPoaVigente(otra))!;
    const [a1] = await listarActividades(otra, poa.id);
    await guardarActividad(otra, poa.id, a1.id, { ...a1, responsable: 'Cambiado en V2' });

    const archivo = await respaldoDe(otra);
    const r = await fusionarRespaldo(db, archivo);
    expect(r.agregados).toBeGreaterThanOrEqual(1);
    expect(r.actualizados).toBeGreaterThanOrEqual(1);
    expect((await listarCatalogo(db, 'colonia')).map((c) => c.nombre)).toContain('Capturada en V2');
    expect((await db.actividades.get(a1.id))!.responsable).toBe('Cambiado en V2');
    expect((await obtenerConfiguracion(db)).estacion).toBe('V1');
    // Merging the same file twice changes nothing more.
    const otraVez = await fusionarRespaldo(db, archivo);
    expect(otraVez.agregados + otraVez.actualizados).toBe(0);
  });
});

describe('respaldos automáticos', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('el primero sale un minuto después de abrir y luego cada media hora, con toda la base', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    // The main process's real handlers on an in-memory folder: each backup arrives in pieces and is checked there.
    const fs = new FsMemoria();
    const respaldos = crearManejadoresRespaldos({ fs, carpeta: '/respaldos', ahora: () => new Date() });
    const escritos: string[] = [];
    const puente = {
      iniciarRespaldo: respaldos.iniciar,
      trozoRespaldo: respaldos.trozo,
      terminarRespaldo: async (s: { id: string; sha256: string }) => {
        const r = await respaldos.terminar(s);
        escritos.push(r.ruta);
        return r;
      },
      cancelarRespaldo: respaldos.cancelar,
    } as unknown as PuenteApi;
    const detener = programarRespaldos(db, puente);
    await vi.advanceTimersByTimeAsync(ESPERA_PRIMER_RESPALDO_MS - 1);
    expect(escritos).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(escritos).toHaveLength(1));
    expect(escritos[0]).toMatch(/_automatico\.poa\.gz$/);
    expect(JSON.parse(comoPlano(fs.bytes(escritos[0]))).tablas.actividades).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(INTERVALO_RESPALDO_MS);
    await vi.waitFor(() => expect(escritos).toHaveLength(2));
    detener();
    await vi.advanceTimersByTimeAsync(INTERVALO_RESPALDO_MS * 2);
    expect(escritos).toHaveLength(2);
  });
});
