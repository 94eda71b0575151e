import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { configurarActualizaciones } from '../../../renderer/src/db/repositorios/configuracion';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';

describe('la carpeta de actualizaciones de la PC', () => {
  it('la cambia un administrador, por el puente, y la bitácora guarda quién y a dónde', async () => {
    const db = new BaseDatosPoa('prueba-actualizaciones');
    await sembrarSiHaceFalta(db);
    await conSesion(db, { nombre: 'Soporte de TI' });
    const cambiar = vi.fn(async (origen: string | null) => ({ origen }));
    expect(await configurarActualizaciones(db, '\\\\servidor\\poa\\actualizaciones', cambiar)).toEqual({ origen: '\\\\servidor\\poa\\actualizaciones' });
    await configurarActualizaciones(db, null, cambiar);
    expect(cambiar.mock.calls).toEqual([['\\\\servidor\\poa\\actualizaciones'], [null]]);
    const entradas = (await db.bitacora.where('entidad').equals('configuracion').toArray()).sort((a, b) => a.fecha.localeCompare(b.fecha));
    expect(entradas.map((e) => [e.accion, e.entidadId, e.resumen])).toEqual([
      ['configurar', 'actualizaciones', 'Carpeta de actualizaciones de esta PC: \\\\servidor\\poa\\actualizaciones'],
      ['configurar', 'actualizaciones', 'Búsqueda de actualizaciones desactivada en esta PC'],
    ]);
    db.close();
  });

  it('un jefe no la cambia y el puente no se toca', async () => {
    const db = new BaseDatosPoa('prueba-actualizaciones-jefe');
    await sembrarSiHaceFalta(db);
    await conSesion(db, { rol: 'jefe' });
    const cambiar = vi.fn(async () => undefined);
    await expect(configurarActualizaciones(db, '\\\\servidor\\poa', cambiar)).rejects.toThrow('Solo un administrador puede cambiar la configuración.');
    expect(cambiar).not.toHaveBeenCalled();
    db.close();
  });
});
