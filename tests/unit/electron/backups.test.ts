import { describe, expect, it } from 'vitest';
import { respaldosAEliminar, type RespaldoFechado } from '../../../electron/main/backup-rotation';
import { crearManejadoresRespaldos } from '../../../electron/main/handlers/backups';
import {
  esNombreArchivoRespaldo,
  fechaDeNombreRespaldo,
  nombreArchivoRespaldo,
} from '../../../shared/ipc/respaldos';
import { gzipSync } from 'node:zlib';
import { FORMATO_RESPALDO, VERSION_RESPALDO } from '../../../shared/schemas/respaldo';
import { escribirComprimido, VERSION_ARCHIVO } from '../../../shared/schemas/respaldoComprimido';
import { FsMemoria } from './fakes';

const CARPETA = '/datos/POA Gestión Social/respaldos';
// Local-time constructors: the rule speaks of the PC's calendar days, whatever its time zone.
const AHORA = new Date(2026, 5, 15, 18, 0, 0);

function respaldo(fecha: Date, etiqueta = 'automatico'): RespaldoFechado {
  return { nombre: nombreArchivoRespaldo(fecha, etiqueta), fecha };
}

describe('backup names', () => {
  it('carry local date and time and parse back', () => {
    const fecha = new Date(2026, 2, 5, 9, 7, 3, 45);
    const nombre = nombreArchivoRespaldo(fecha, 'antes-de-restaurar');
    expect(nombre).toBe('respaldo-2026-03-05_09-07-03-045_antes-de-restaurar.poa.gz');
    expect(esNombreArchivoRespaldo(nombre)).toBe(true);
    expect(fechaDeNombreRespaldo(nombre)?.getTime()).toBe(fecha.getTime());
    // The names of earlier versions, plain JSON, still parse.
    const anterior = 'respaldo-2026-03-05_09-07-03-045_antes-de-restaurar.json';
    expect(esNombreArchivoRespaldo(anterior)).toBe(true);
    expect(fechaDeNombreRespaldo(anterior)?.getTime()).toBe(fecha.getTime());
    expect(esNombreArchivoRespaldo('respaldo-2026-03-05_09-07-03-045_manual.gz')).toBe(false);
    expect(fechaDeNombreRespaldo('notas.json')).toBeNull();
    expect(() => nombreArchivoRespaldo(fecha, '../x')).toThrow('no es válida');
  });
});

describe('respaldosAEliminar', () => {
  it('keeps everything while there are ten or fewer', () => {
    const pocos = Array.from({ length: 10 }, (_, i) => respaldo(new Date(2025, 0, 1 + i)));
    expect(respaldosAEliminar(pocos, AHORA)).toEqual([]);
  });

  it('keeps the 10 newest plus the newest of each of the last 30 days', () => {
    const respaldos: RespaldoFechado[] = [];
    // Today: 12 backups, every half hour from 12:00 to 17:30.
    for (let i = 0; i < 12; i += 1) respaldos.push(respaldo(new Date(2026, 5, 15, 12, i * 30)));
    // The 29 previous days: three a day (09:00, 13:00, 17:00).
    for (let dia = 1; dia <= 29; dia += 1) {
      for (const hora of [9, 13, 17]) respaldos.push(respaldo(new Date(2026, 5, 15 - dia, hora)));
    }
    // Older than 30 days: two backups.
    const viejos = [respaldo(new Date(2026, 4, 16, 17)), respaldo(new Date(2026, 0, 2, 9))];
    respaldos.push(...viejos);

    const eliminar = new Set(respaldosAEliminar(respaldos, AHORA));
    const conservar = respaldos.filter((r) => !eliminar.has(r.nombre));

    // The 10 newest are today's from 13:00 to 17:30; today's newest is among them.
    const deHoy = respaldos.slice(0, 12);
    for (const r of deHoy.slice(2)) expect(eliminar.has(r.nombre), r.nombre).toBe(false);
    expect(eliminar.has(deHoy[0].nombre)).toBe(true);
    expect(eliminar.has(deHoy[1].nombre)).toBe(true);

    // One per previous day, the newest (17:00), for the 29 days before today.
    for (let dia = 1; dia <= 29; dia += 1) {
      const fechaDia = new Date(2026, 5, 15 - dia);
      const delDia = conservar.filter((r) => r.fecha.toDateString() === fechaDia.toDateString());
      expect(delDia.map((r) => r.fecha.getHours()), `día -${dia}`).toEqual([17]);
    }
    // Day 30 back (16 May) is outside the window.
    for (const viejo of viejos) expect(eliminar.has(viejo.nombre)).toBe(true);
    expect(conservar).toHaveLength(10 + 29);
  });

  it('keeps old backups when they are among the ten newest', () => {
    const viejos = [respaldo(new Date(2024, 0, 1)), respaldo(new Date(2023, 0, 1))];
    expect(respaldosAEliminar(viejos, AHORA)).toEqual([]);
  });
});

/** A small backup file of the compressed format, as the renderer sends it. */
async function archivoValido(filas = 3): Promise<Uint8Array & { sha256: string }> {
  const partes: Uint8Array[] = [];
  const encabezado = { formato: FORMATO_RESPALDO, archivo: VERSION_ARCHIVO, version: VERSION_RESPALDO, fecha: '2026-06-15T09:00:00.000Z', estacion: 'V1', esquema: 9, tablas: { poas: filas } };
  const filasPoa = Array.from({ length: filas }, (_, i) => ({ id: `poa-${i}`, anio: 2026 + i }));
  const r = await escribirComprimido(encabezado, [{ tabla: 'poas', filas: filasPoa }], async (b) => void partes.push(b));
  return Object.assign(Buffer.concat(partes), { sha256: r.sha256 });
}

describe('respaldos handlers', () => {
  function crear(ahora: () => Date) {
    const fs = new FsMemoria();
    const registros: string[] = [];
    let n = 0;
    const crearId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const respaldos = crearManejadoresRespaldos({ fs, carpeta: CARPETA, ahora, registrar: (m) => registros.push(m), crearId });
    return { fs, respaldos, registros };
  }

  /** Sends a file the way the renderer does: started, in pieces of `trozo` bytes, finished with its SHA-256. */
  async function enviar(respaldos: ReturnType<typeof crear>['respaldos'], etiqueta: string, archivo: Uint8Array, sha256: string, trozo = 100) {
    const { id } = await respaldos.iniciar({ nombre: etiqueta });
    for (let i = 0; i < archivo.length; i += trozo) await respaldos.trozo({ id, bytes: new Uint8Array(archivo.subarray(i, i + trozo)) });
    return respaldos.terminar({ id, sha256 });
  }

  it('appends the pieces to a hidden file, reads it back to check it, renames it into the folder and lists newest first', async () => {
    let reloj = new Date(2026, 5, 15, 9, 0, 0);
    const { fs, respaldos } = crear(() => reloj);
    const archivo = await archivoValido();

    const { id } = await respaldos.iniciar({ nombre: 'manual' });
    const temporal = `${CARPETA}/.en-curso-${id}`;
    expect(await respaldos.trozo({ id, bytes: new Uint8Array(archivo.subarray(0, 50)) })).toEqual({ recibidos: 50 });
    expect(Buffer.compare(fs.bytes(temporal), archivo.subarray(0, 50))).toBe(0);
    // A half-written backup is never listed.
    expect(await respaldos.listar(undefined)).toEqual([]);
    await respaldos.trozo({ id, bytes: new Uint8Array(archivo.subarray(50)) });
    const { ruta } = await respaldos.terminar({ id, sha256: archivo.sha256 });
    expect(ruta).toBe(`${CARPETA}/respaldo-2026-06-15_09-00-00-000_manual.poa.gz`);
    expect(fs.operaciones.map((o) => o.op)).toEqual(['mkdir', 'writeFile', 'appendFile', 'appendFile', 'rename']);
    expect(fs.archivos.has(temporal)).toBe(false);
    expect(Buffer.compare(fs.bytes(ruta), archivo)).toBe(0);

    reloj = new Date(2026, 5, 15, 10, 30, 0);
    const otro = await archivoValido(5000);
    await enviar(respaldos, 'automatico', otro, otro.sha256, 4096);
    expect(await respaldos.listar(undefined)).toEqual([
      { nombre: 'respaldo-2026-06-15_10-30-00-000_automatico.poa.gz', tamano: otro.length, fecha: new Date(2026, 5, 15, 10, 30).toISOString() },
      { nombre: 'respaldo-2026-06-15_09-00-00-000_manual.poa.gz', tamano: archivo.length, fecha: new Date(2026, 5, 15, 9, 0).toISOString() },
    ]);

    // Read back a piece at a time, with the file's size.
    const nombre = 'respaldo-2026-06-15_10-30-00-000_automatico.poa.gz';
    const partes: Uint8Array[] = [];
    for (let desde = 0; desde < otro.length; ) {
      const { bytes, tamano } = await respaldos.leerTrozo({ nombre, desde, cantidad: 1000 });
      expect(tamano).toBe(otro.length);
      expect(bytes.length).toBeLessThanOrEqual(1000);
      partes.push(bytes);
      desde += bytes.length;
    }
    expect(Buffer.compare(Buffer.concat(partes), otro)).toBe(0);
    expect((await respaldos.leerTrozo({ nombre, desde: otro.length, cantidad: 1000 })).bytes.length).toBe(0);
  });

  it('keeps no file when the content fails its check: cut, damaged, another SHA-256 or not a backup', async () => {
    const { fs, respaldos } = crear(() => AHORA);
    const archivo = await archivoValido(2000);
    const danado = Uint8Array.from(archivo);
    danado[danado.length >> 1] ^= 0xff;
    const otroPrograma = gzipSync(Buffer.from('{"name":"x"}\n'));
    const casos: [Uint8Array, string, RegExp][] = [
      [archivo.subarray(0, archivo.length - 30), archivo.sha256, /^No se guardó el respaldo: El (archivo está dañado|respaldo está incompleto)/],
      [danado, archivo.sha256, /^No se guardó el respaldo: El archivo está dañado/],
      [archivo, 'f'.repeat(64), /^No se guardó el respaldo: El archivo escrito no coincide con el respaldo enviado\.$/],
      [otroPrograma, archivo.sha256, /^No se guardó el respaldo: El archivo no es un respaldo de POA Gestión Social\.$/],
    ];
    for (const [bytes, sha256, mensaje] of casos) {
      await expect(enviar(respaldos, 'manual', bytes, sha256, 1000)).rejects.toThrow(mensaje);
    }
    expect([...fs.archivos.keys()]).toEqual([]);
    expect(await respaldos.listar(undefined)).toEqual([]);
  });

  it('cancels a write and forgets its id; removes the hidden files of writes a closed app left behind', async () => {
    const { fs, respaldos } = crear(() => AHORA);
    const { id } = await respaldos.iniciar({ nombre: 'manual' });
    await respaldos.trozo({ id, bytes: new Uint8Array([1, 2, 3]) });
    expect(await respaldos.cancelar({ id })).toEqual({ ok: true });
    expect([...fs.archivos.keys()]).toEqual([]);
    await expect(respaldos.trozo({ id, bytes: new Uint8Array([4]) })).rejects.toThrow('El respaldo en curso ya no existe: vuelva a hacer el respaldo.');
    await expect(respaldos.terminar({ id, sha256: 'a'.repeat(64) })).rejects.toThrow('ya no existe');

    // A previous run of the app stopped half-way through a backup: its file is removed, the current write's stays.
    fs.archivos.set(`${CARPETA}/.en-curso-de-una-ejecucion-anterior`, new Uint8Array(10));
    const actual = await respaldos.iniciar({ nombre: 'automatico' });
    expect([...fs.archivos.keys()]).toEqual([`${CARPETA}/.en-curso-${actual.id}`]);
    fs.archivos.set(`${CARPETA}/.en-curso-otra`, new Uint8Array(10));
    await respaldos.listar(undefined);
    expect([...fs.archivos.keys()]).toEqual([`${CARPETA}/.en-curso-${actual.id}`]);
  });

  it('rotates after each write, old plain JSON backups included', async () => {
    let dia = 1;
    const { fs, respaldos } = crear(() => new Date(2026, 0, dia, 12));
    const archivo = await archivoValido();
    // Backups of earlier versions, plain JSON, in the same folder.
    fs.archivos.set(`${CARPETA}/respaldo-2025-12-20_12-00-00-000_automatico.json`, '{}');
    fs.archivos.set(`${CARPETA}/respaldo-2025-12-31_12-00-00-000_automatico.json`, '{}');
    expect((await respaldos.listar(undefined)).map((r) => r.nombre)).toEqual([
      'respaldo-2025-12-31_12-00-00-000_automatico.json',
      'respaldo-2025-12-20_12-00-00-000_automatico.json',
    ]);
    for (; dia <= 45; dia += 1) await enviar(respaldos, 'automatico', archivo, archivo.sha256, 10_000);
    const nombres = (await respaldos.listar(undefined)).map((r) => r.nombre);
    // One a day from 1 January to 14 February: the last 30 days (16 January–14 February) remain, which
    // already include the 10 newest; the old JSON ones went with the rotation.
    expect(nombres).toHaveLength(30);
    expect(nombres[0]).toBe('respaldo-2026-02-14_12-00-00-000_automatico.poa.gz');
    expect(nombres.at(-1)).toBe('respaldo-2026-01-16_12-00-00-000_automatico.poa.gz');
    expect([...fs.archivos.keys()].every((ruta) => !ruta.includes('.en-curso-') && !ruta.endsWith('.json'))).toBe(true);
  });

  it('lists nothing before the first backup and ignores foreign files', async () => {
    const { fs, respaldos } = crear(() => AHORA);
    expect(await respaldos.listar(undefined)).toEqual([]);
    fs.archivos.set(`${CARPETA}/notas.txt`, 'hola');
    fs.archivos.set(`${CARPETA}/.respaldo-2026-06-15_09-00-00-000_manual.json.abc.tmp`, '{');
    expect(await respaldos.listar(undefined)).toEqual([]);
  });

  it('reads an old plain JSON backup, refuses names that leave the folder and reports a missing backup in Spanish', async () => {
    const { fs, respaldos } = crear(() => AHORA);
    fs.archivos.set(`${CARPETA}/respaldo-2026-06-15_09-00-00-000_manual.json`, '{"poa":1}');
    expect(await respaldos.leerTrozo({ nombre: 'respaldo-2026-06-15_09-00-00-000_manual.json', desde: 0, cantidad: 100 })).toEqual({
      bytes: new Uint8Array(Buffer.from('{"poa":1}')),
      tamano: 9,
    });
    await expect(respaldos.leerTrozo({ nombre: '../x', desde: 0, cantidad: 1 })).rejects.toThrow('El nombre del respaldo no es válido.');
    await expect(respaldos.leerTrozo({ nombre: '..\\..\\Windows\\win.ini', desde: 0, cantidad: 1 })).rejects.toThrow('no es válido');
    await expect(respaldos.leerTrozo({ nombre: 'respaldo-2026-06-15_09-00-00-001_manual.poa.gz', desde: 0, cantidad: 1 })).rejects.toThrow(
      'No existe el respaldo «respaldo-2026-06-15_09-00-00-001_manual.poa.gz».',
    );
  });
});
