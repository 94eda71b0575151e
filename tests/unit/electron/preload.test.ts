import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CANALES } from '../../../shared/ipc/canales';
import type { PuenteApi } from '../../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  expuesto: new Map<string, unknown>(),
  invoke: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (nombre: string, valor: unknown) => electron.expuesto.set(nombre, valor) },
  ipcRenderer: { invoke: electron.invoke },
}));

let api: PuenteApi;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = electron.expuesto.get('poa') as PuenteApi;
});

describe('preload', () => {
  it('exposes only window.poa with one function per channel', () => {
    expect([...electron.expuesto.keys()]).toEqual(['poa']);
    expect(Object.keys(api).sort()).toEqual(Object.keys(CANALES).sort());
    for (const metodo of Object.values(api)) expect(typeof metodo).toBe('function');
  });

  it('invokes the matching channel and unwraps the answer', async () => {
    electron.invoke.mockResolvedValueOnce({ exito: true, datos: { guardado: true, ruta: 'C:\\POA.xlsx' } });
    const datos = new Uint8Array([1]);
    const solicitud = { nombreSugerido: 'POA.xlsx', filtros: [], datos };
    expect(await api.guardarArchivo(solicitud)).toEqual({ guardado: true, ruta: 'C:\\POA.xlsx' });
    expect(electron.invoke).toHaveBeenLastCalledWith('archivo:guardar', solicitud);

    electron.invoke.mockResolvedValueOnce({ exito: true, datos: [] });
    expect(await api.listarRespaldos()).toEqual([]);
    expect(electron.invoke).toHaveBeenLastCalledWith('respaldos:listar');
  });

  it('turns a refusal into an Error with the Spanish message', async () => {
    electron.invoke.mockResolvedValueOnce({ exito: false, mensaje: 'El nombre del respaldo no es válido.' });
    await expect(api.leerTrozoRespaldo({ nombre: '../x', desde: 0, cantidad: 1 })).rejects.toThrow('El nombre del respaldo no es válido.');
  });
});
