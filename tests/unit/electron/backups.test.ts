import { describe, expect, it } from 'vitest';
import { respaldosAEliminar, type RespaldoFechado } from '../../../electron/main/backup-rotation';
import { crearManejadoresRespaldos } from '../../../electron/main/handlers/backups';
import {
  esNombreArchivoRespaldo,
  fechaDeNombreRespaldo,
  nombreArchivoRespaldo,
} from '../../../shared/ipc/respaldos';
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
    expect(nombre).toBe('respaldo-2026-03-05_09-07-03-045_antes-de-restaurar.json');
    expect(esNombreArchivoRespaldo(nombre)).toBe(true);
    expect(fechaDeNombreRespaldo(nombre)?.getTime()).toBe(fecha.getTime());
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

describe('respaldos handlers', () => {
  function crear(ahora: () => Date) {
    const fs = new FsMemoria();
    const registros: string[] = [];
    const respaldos = crearManejadoresRespaldos({ fs, carpeta: CARPETA, ahora, registrar: (m) => registros.push(m) });
    return { fs, respaldos, registros };
  }

  it('writes atomically into the backups folder and lists newest first', async () => {
    let reloj = new Date(2026, 5, 15, 9, 0, 0);
    const { fs, respaldos } = crear(() => reloj);

    const { ruta } = await respaldos.escribir({ nombre: 'manual', contenido: '{"poa":1}' });
    expect(ruta).toBe(`${CARPETA}/respaldo-2026-06-15_09-00-00-000_manual.json`);
    expect(fs.operaciones.slice(0, 3).map((o) => o.op)).toEqual(['mkdir', 'writeFile', 'rename']);
    expect(fs.operaciones[1].ruta).toMatch(/\.tmp$/);

    reloj = new Date(2026, 5, 15, 10, 30, 0);
    await respaldos.escribir({ nombre: 'automatico', contenido: '{"poa":22}' });

    expect(await respaldos.listar(undefined)).toEqual([
      { nombre: 'respaldo-2026-06-15_10-30-00-000_automatico.json', tamano: 10, fecha: new Date(2026, 5, 15, 10, 30).toISOString() },
      { nombre: 'respaldo-2026-06-15_09-00-00-000_manual.json', tamano: 9, fecha: new Date(2026, 5, 15, 9, 0).toISOString() },
    ]);
    expect(await respaldos.leer({ nombre: 'respaldo-2026-06-15_09-00-00-000_manual.json' })).toEqual({ contenido: '{"poa":1}' });
  });

  it('rotates after each write', async () => {
    let dia = 1;
    const { fs, respaldos } = crear(() => new Date(2026, 0, dia, 12));
    for (; dia <= 45; dia += 1) await respaldos.escribir({ nombre: 'automatico', contenido: '{}' });
    const nombres = (await respaldos.listar(undefined)).map((r) => r.nombre);
    // One a day from 1 January to 14 February: the last 30 days (16 January–14 February) remain, which
    // already include the 10 newest.
    expect(nombres).toHaveLength(30);
    expect(nombres[0]).toBe('respaldo-2026-02-14_12-00-00-000_automatico.json');
    expect(nombres.at(-1)).toBe('respaldo-2026-01-16_12-00-00-000_automatico.json');
    expect([...fs.archivos.keys()].every((ruta) => !ruta.endsWith('.tmp'))).toBe(true);
  });

  it('lists nothing before the first backup and ignores foreign files', async () => {
    const { fs, respaldos } = crear(() => AHORA);
    expect(await respaldos.listar(undefined)).toEqual([]);
    fs.archivos.set(`${CARPETA}/notas.txt`, 'hola');
    fs.archivos.set(`${CARPETA}/.respaldo-2026-06-15_09-00-00-000_manual.json.abc.tmp`, '{');
    expect(await respaldos.listar(undefined)).toEqual([]);
  });

  it('refuses names that leave the folder and reports a missing backup in Spanish', async () => {
    const { respaldos } = crear(() => AHORA);
    await expect(respaldos.leer({ nombre: '../x' })).rejects.toThrow('El nombre del respaldo no es válido.');
    await expect(respaldos.leer({ nombre: '..\\..\\Windows\\win.ini' })).rejects.toThrow('no es válido');
    await expect(respaldos.leer({ nombre: 'respaldo-2026-06-15_09-00-00-000_manual.json' })).rejects.toThrow(
      'No existe el respaldo «respaldo-2026-06-15_09-00-00-000_manual.json».',
    );
  });
});
