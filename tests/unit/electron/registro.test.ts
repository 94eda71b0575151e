import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crearRegistro, describirDetalle } from '../../../electron/main/registro';

let carpeta: string;
const AHORA = new Date('2026-12-03T19:00:00.000Z');

beforeEach(() => {
  carpeta = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'poa-registro-')), 'registros');
});

afterEach(() => {
  fs.rmSync(nodePath.dirname(carpeta), { recursive: true, force: true });
});

const leer = (nombre: string) => fs.readFileSync(nodePath.join(carpeta, nombre), 'utf8');

describe('the main process log', () => {
  it('writes dated lines to registros/poa.log, creating the folder', () => {
    const registrar = crearRegistro({ fs, carpeta, ahora: () => AHORA });
    registrar('Rechazado respaldos:listar desde https://evil.example/');
    registrar('Falló impresion:imprimir', Object.assign(new TypeError('x'), { code: 'EPERM' }));
    const texto = leer('poa.log');
    expect(texto.split('\n')[0]).toBe('2026-12-03T19:00:00.000Z Rechazado respaldos:listar desde https://evil.example/');
    expect(texto).toContain('2026-12-03T19:00:00.000Z Falló impresion:imprimir — TypeError [EPERM]');
    expect(texto).toMatch(/\n {4}at /);
  });

  it('never writes an error message, a payload or a forged line', () => {
    const registrar = crearRegistro({ fs, carpeta, ahora: () => AHORA });
    const error = new Error("ENOENT: no such file, open 'C:\\Users\\ana\\Documents\\Padrón Juan Pérez López.xlsx'", {
      cause: new Error('CURP PELJ800101HDFRPN09'),
    });
    registrar('Falló archivo:guardar', error);
    registrar('Detalle', { curp: 'PELJ800101HDFRPN09', nombres: 'Juan', reason: 'crashed', exitCode: 139 });
    registrar('Texto', 'Juan Pérez López, calle Hidalgo 12');
    registrar('Un renglón\n2026-01-01T00:00:00.000Z falso');
    const texto = leer('poa.log');
    for (const dato of ['Juan', 'Pérez', 'PELJ800101HDFRPN09', 'Hidalgo', 'Documents']) expect(texto).not.toContain(dato);
    expect(texto).toContain('Detalle — reason=crashed exitCode=139');
    expect(texto).toContain('Texto — [texto omitido]');
    expect(texto).toContain('causa: Error');
    expect(texto.split('\n').filter((l) => l.startsWith('2026-01-01'))).toEqual([]);
  });

  it('rotates at the size cap and keeps only the given generations', () => {
    const registrar = crearRegistro({ fs, carpeta, ahora: () => AHORA, tamanoMaximo: 200, generaciones: 2 });
    for (let i = 0; i < 40; i += 1) registrar(`mensaje número ${String(i).padStart(2, '0')}`);
    const archivos = fs.readdirSync(carpeta).sort();
    expect(archivos).toEqual(['poa.log', 'poa.log.1', 'poa.log.2']);
    for (const archivo of archivos) expect(fs.statSync(nodePath.join(carpeta, archivo)).size).toBeLessThanOrEqual(200);
    expect(leer('poa.log')).toContain('mensaje número 39');
    expect(leer('poa.log.1')).not.toContain('mensaje número 39');
    // The oldest lines are gone: at most three files of a few lines each.
    expect(archivos.map(leer).join('')).not.toContain('mensaje número 00');
  });

  it('a folder that cannot be written does not throw', () => {
    fs.writeFileSync(nodePath.join(nodePath.dirname(carpeta), 'registros'), 'no soy carpeta');
    const registrar = crearRegistro({ fs, carpeta, ahora: () => AHORA });
    expect(() => registrar('algo')).not.toThrow();
  });

  it('describes details without their content', () => {
    expect(describirDetalle(undefined)).toBe('');
    expect(describirDetalle('failed')).toBe('failed');
    expect(describirDetalle(42)).toBe('42');
    expect(describirDetalle({ datos: 'x' })).toBe('[detalle omitido]');
  });
});
