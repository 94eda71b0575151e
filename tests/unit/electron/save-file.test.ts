import { describe, expect, it, vi } from 'vitest';
import { conExtension, escribirAtomico, nombreArchivoSeguro } from '../../../electron/main/atomic-write';
import { ErrorOperacion } from '../../../electron/main/errors';
import { crearManejadorGuardarArchivo } from '../../../electron/main/handlers/save-file';
import type { ElegirRutaGuardado } from '../../../electron/main/handlers/types';
import { FsMemoria } from './fakes';

const DOCUMENTOS = '/home/ana/Documentos';
const BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
const SOLICITUD = { nombreSugerido: 'POA 2026.xlsx', filtros: [{ name: 'Libro de Excel', extensions: ['xlsx'] }], datos: BYTES };

describe('escribirAtomico', () => {
  it('writes a flushed temporary file in the same folder, then renames it over the target', async () => {
    const fs = new FsMemoria();
    await escribirAtomico(fs, '/datos/POA.xlsx', BYTES);
    const [escritura, renombre] = fs.operaciones;
    expect(fs.operaciones).toHaveLength(2);
    expect(escritura.op).toBe('writeFile');
    expect(escritura.ruta).toMatch(/^\/datos\/\.POA\.xlsx\.[0-9a-f-]{36}\.tmp$/);
    expect(escritura.opciones).toEqual({ flush: true });
    expect(renombre).toEqual({ op: 'rename', ruta: escritura.ruta, destino: '/datos/POA.xlsx' });
    expect(fs.archivos.get('/datos/POA.xlsx')).toEqual(BYTES);
    expect(fs.archivos.size).toBe(1);
  });

  it('removes the temporary file and explains in Spanish when the target is held open', async () => {
    const fs = new FsMemoria();
    fs.fallarRenombrar = 'EPERM';
    const intento = escribirAtomico(fs, '/datos/POA.xlsx', BYTES);
    await expect(intento).rejects.toBeInstanceOf(ErrorOperacion);
    await expect(intento).rejects.toThrow('No se pudo guardar «POA.xlsx»: el archivo está abierto en otro programa');
    expect(fs.operaciones.at(-1)?.op).toBe('rm');
    expect(fs.archivos.size).toBe(0);
  });
});

describe('nombreArchivoSeguro', () => {
  it('keeps readable names and strips what Windows refuses', () => {
    expect(nombreArchivoSeguro('Informe enero–marzo 2026.pdf')).toBe('Informe enero–marzo 2026.pdf');
    expect(nombreArchivoSeguro('..\\..\\Windows/system32:x?.pdf')).toBe('.._.._Windows_system32_x_.pdf');
    expect(nombreArchivoSeguro('reporte. . ')).toBe('reporte');
    expect(nombreArchivoSeguro('CON.pdf')).toBe('_CON.pdf');
    expect(nombreArchivoSeguro('tab\there')).toBe('tab_here');
    expect(nombreArchivoSeguro('  ')).toBe('archivo');
    expect(conExtension('Informe', 'pdf')).toBe('Informe.pdf');
    expect(conExtension('Informe.PDF', 'pdf')).toBe('Informe.PDF');
  });
});

describe('archivo:guardar', () => {
  it('asks where, in Documents, with the filters, and writes atomically', async () => {
    const fs = new FsMemoria();
    const elegirRuta = vi.fn(async () => '/home/ana/Escritorio/POA final.xlsx');
    const guardar = crearManejadorGuardarArchivo({ elegirRuta, fs, carpetaSugerida: () => DOCUMENTOS });

    const respuesta = await guardar(SOLICITUD);

    expect(respuesta).toEqual({ guardado: true, ruta: '/home/ana/Escritorio/POA final.xlsx' });
    expect(elegirRuta).toHaveBeenCalledWith({
      titulo: 'Guardar archivo',
      rutaSugerida: `${DOCUMENTOS}/POA 2026.xlsx`,
      filtros: SOLICITUD.filtros,
    });
    expect(fs.operaciones.map((o) => o.op)).toEqual(['writeFile', 'rename']);
    expect(fs.operaciones[0].ruta).toMatch(/^\/home\/ana\/Escritorio\/\.POA final\.xlsx\..+\.tmp$/);
    expect(fs.archivos.get('/home/ana/Escritorio/POA final.xlsx')).toEqual(BYTES);
  });

  it('returns guardado:false and writes nothing when the dialog is cancelled', async () => {
    const fs = new FsMemoria();
    const guardar = crearManejadorGuardarArchivo({ elegirRuta: async () => undefined, fs, carpetaSugerida: () => DOCUMENTOS });
    expect(await guardar(SOLICITUD)).toEqual({ guardado: false });
    expect(fs.operaciones).toEqual([]);
  });

  it('never suggests a path outside the suggested folder', async () => {
    const elegirRuta = vi.fn<ElegirRutaGuardado>(async () => undefined);
    const guardar = crearManejadorGuardarArchivo({ elegirRuta, fs: new FsMemoria(), carpetaSugerida: () => DOCUMENTOS });
    await guardar({ ...SOLICITUD, nombreSugerido: '../../etc/passwd' });
    expect(elegirRuta.mock.calls[0]?.[0].rutaSugerida).toBe(`${DOCUMENTOS}/.._.._etc_passwd`);
  });
});
