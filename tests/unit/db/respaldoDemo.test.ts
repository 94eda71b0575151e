import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { verificarIntegridad } from '../../../renderer/src/db/repositorios/bitacora';
import { obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { crearSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { idCatalogo } from '../../../shared/domain/identidad';
import { tamanosOficina } from '../../../shared/demo/generador';
import { escribirRespaldoDemo } from '../../demo/archivo';
import { conSesion } from './sesionPrueba';

const carpeta = mkdtempSync(join(tmpdir(), 'poa-demo-'));
afterAll(() => rmSync(carpeta, { recursive: true, force: true }));

describe('la base de demostración', () => {
  it('se restaura con «Restaurar» en una PC nueva: los datos completos, una sola semilla, la bitácora intacta y la sesión de esta PC', async () => {
    const ruta = join(carpeta, 'demo.poa.gz');
    const escrito = await escribirRespaldoDemo(ruta, { anios: 1, semilla: 5 });
    const archivo = readFileSync(ruta);
    expect(archivo.byteLength).toBe(escrito.bytes);
    // Compressed: a year of the office in a few megabytes.
    expect(archivo.byteLength).toBeLessThan(8 * 1024 * 1024);

    const db = new BaseDatosPoa('prueba-demo');
    await sembrarSiHaceFalta(db);
    await conSesion(db);
    const conteos = await restaurarRespaldo(db, archivo);

    const n = tamanosOficina(1);
    expect(conteos).toMatchObject({ solicitudes: n.solicitudes, personas: n.personas, apoyos: n.apoyos, poas: 1, actividades: 4 });
    expect(await db.solicitudes.count()).toBe(n.solicitudes);
    expect(await db.seguimientos.count()).toBe(escrito.conteos.seguimientos);
    expect(await db.poas.count()).toBe(1);
    expect(await db.actividades.count()).toBe(4);
    expect(await db.catalogos.where('tipo').equals('tipoApoyo').count()).toBe(10);
    expect(await db.catalogos.get(idCatalogo('tipoApoyo', 'Despensa'))).toMatchObject({ nombre: 'Despensa' });
    // This PC's accounts stay (the file brings none) and it takes the office's station.
    expect(await db.cuentas.count()).toBeGreaterThan(0);
    expect((await obtenerConfiguracion(db)).estacion).toBe('D1');
    const cadenas = await verificarIntegridad(db);
    expect(cadenas.map((c) => [c.estacion, c.estado])).toEqual(
      expect.arrayContaining([
        ['D1', 'intacta'],
        ['D2', 'intacta'],
        ['D3', 'intacta'],
        ['V1', 'intacta'],
      ]),
    );

    // The next solicitud captured here continues the station's folio series.
    const folios = await db.folios.get('AC-2026-D1');
    const persona = await db.personas.limit(1).first();
    const nueva = await crearSolicitud(db, {
      fechaRecepcion: '2026-11-30T12:00',
      canal: 'ventanilla',
      personaId: persona!.id,
      tipoApoyoId: idCatalogo('tipoApoyo', 'Despensa'),
      descripcion: 'Solicita despensa para su familia',
      prioridad: 'media',
      dependenciaId: null,
      responsable: 'Ventanilla 1',
      fechaCompromiso: '2026-12-15',
      consentimientoPrivacidad: true,
    });
    expect(nueva.folio).toBe(`AC-2026-D1-${String(folios!.ultimo + 1).padStart(4, '0')}`);
    db.close();
  }, 600_000);
});
