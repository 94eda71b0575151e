import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { carpetaDatos, carpetaRegistros } from '../../../electron/main/datos';

describe('carpetaDatos', () => {
  const windows = { carpetaAppData: 'C:\\Users\\ana\\AppData\\Roaming' };

  it('the installed app keeps Electron\'s folder, the one named by the product', () => {
    expect(carpetaDatos({ ...windows, empaquetada: true, variable: undefined }, nodePath.win32)).toBeNull();
  });

  it('a run from the sources gets a folder of its own next to it', () => {
    expect(carpetaDatos({ ...windows, empaquetada: false, variable: undefined }, nodePath.win32)).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\POA Gestión Social (desarrollo)',
    );
    expect(carpetaDatos({ carpetaAppData: '/home/ana/.config', empaquetada: false, variable: '  ' })).toBe(
      '/home/ana/.config/POA Gestión Social (desarrollo)',
    );
  });

  it('POA_USER_DATA wins in both, made absolute', () => {
    expect(carpetaDatos({ ...windows, empaquetada: true, variable: 'D:\\Pruebas\\poa' }, nodePath.win32)).toBe('D:\\Pruebas\\poa');
    expect(carpetaDatos({ carpetaAppData: '/x', empaquetada: false, variable: '/tmp/poa' })).toBe('/tmp/poa');
  });

  it('the log lives in the data folder', () => {
    expect(carpetaRegistros('/home/ana/.config/POA Gestión Social')).toBe('/home/ana/.config/POA Gestión Social/registros');
  });
});
