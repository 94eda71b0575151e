import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { crearManejadoresEvidencias } from '../../../electron/main/handlers/evidence-files';
import { crearEscucha } from '../../../electron/main/ipc';
import { origenesPermitidos } from '../../../electron/main/security';
import { eventoDesde, FsMemoria } from './fakes';
import { pdfMinimo } from '../../archivosDePrueba';

const CARPETA = '/datos/evidencias';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function preparar() {
  const fs = new FsMemoria();
  return { fs, ...crearManejadoresEvidencias({ fs, carpeta: CARPETA }) };
}

describe('evidencias:guardar', () => {
  it('writes the file atomically under its SHA-256 in the data folder, and only once per content', async () => {
    const { fs, guardar } = preparar();
    const pdf = pdfMinimo();
    const hash = sha(pdf);
    expect(await guardar({ sha256: hash, extension: 'pdf', bytes: pdf })).toEqual({ nuevo: true });
    const destino = `${CARPETA}/${hash}.pdf`;
    expect(fs.bytes(destino)).toEqual(pdf);
    const escrituras = fs.operaciones.filter((o) => o.op === 'writeFile' || o.op === 'rename');
    expect(escrituras).toHaveLength(2);
    expect(escrituras[0]).toMatchObject({ op: 'writeFile', opciones: { flush: true } });
    expect(escrituras[0].ruta).toMatch(new RegExp(`^${CARPETA}/\\.${hash}\\.pdf\\..+\\.tmp$`));
    expect(escrituras[1]).toMatchObject({ op: 'rename', ruta: escrituras[0].ruta, destino });

    expect(await guardar({ sha256: hash, extension: 'pdf', bytes: pdf })).toEqual({ nuevo: false });
    expect(fs.operaciones.filter((o) => o.op === 'writeFile')).toHaveLength(1);
  });

  it('refuses bytes that are not the content their name says, writing nothing', async () => {
    const { fs, guardar } = preparar();
    const pdf = pdfMinimo();
    await expect(guardar({ sha256: 'b'.repeat(64), extension: 'pdf', bytes: pdf })).rejects.toThrow('no coincide con su huella SHA-256');
    expect(fs.archivos.size).toBe(0);
  });

  it('refuses a name that would leave the folder, at the contract and in the handler', async () => {
    const { fs, guardar, leer } = preparar();
    const pdf = pdfMinimo();
    await expect(guardar({ sha256: '../../../Windows/win', extension: 'pdf', bytes: pdf })).rejects.toThrow('no es válido');
    await expect(leer({ sha256: sha(pdf), extension: '../x' as 'pdf' })).rejects.toThrow('no es válido');
    const escucha = crearEscucha('evidencias:guardar', guardar, { origenes: origenesPermitidos(undefined) });
    const r = await escucha(eventoDesde('app://poa/index.html'), { sha256: '..\\..\\boot.ini', extension: 'pdf', bytes: pdf });
    expect(r).toMatchObject({ exito: false, mensaje: expect.stringContaining('La huella SHA-256 del archivo no es válida') });
    expect(fs.archivos.size).toBe(0);
  });
});

describe('evidencias:leer', () => {
  it('reads a kept file back, and refuses one altered on disk or missing', async () => {
    const { fs, guardar, leer } = preparar();
    const pdf = pdfMinimo();
    const hash = sha(pdf);
    await guardar({ sha256: hash, extension: 'pdf', bytes: pdf });
    expect((await leer({ sha256: hash, extension: 'pdf' })).bytes).toEqual(pdf);

    fs.archivos.set(`${CARPETA}/${hash}.pdf`, new Uint8Array([...pdf, 0x20]));
    await expect(leer({ sha256: hash, extension: 'pdf' })).rejects.toThrow('fue alterado');
    await expect(leer({ sha256: 'c'.repeat(64), extension: 'png' })).rejects.toThrow('no está en la carpeta de datos');
  });
});
