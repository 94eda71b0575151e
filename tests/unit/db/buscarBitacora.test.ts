import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { registrarBitacora, type Autor, type DatosBitacora } from '../../../renderer/src/db/repositorios/base';
import {
  buscarBitacora,
  cuentasDeBitacora,
  entradasDeBitacora,
  registrarExportacionBitacora,
} from '../../../renderer/src/db/repositorios/bitacora';
import { CONFIGURACION_POR_DEFECTO } from '../../../renderer/src/db/repositorios/configuracion';
import { cerrarSesion } from '../../../renderer/src/db/sesion';
import { SIN_FILTROS_BITACORA, type FiltrosBitacora } from '../../../shared/schemas/filtrosBitacora';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';
import { conSesion } from './sesionPrueba';

// Days are this PC's: pin the zone to the municipality's (UTC−6, no DST).
beforeAll(() => {
  process.env.TZ = 'America/Mexico_City';
});

const ANA = { cuentaId: '0b0e6f55-3a2d-4d4e-9a57-7c1d5f3c2a10', usuario: 'Ana López', estacion: 'V1' } satisfies Autor;
const BETO = { cuentaId: '1c1f7066-4b3e-4e5f-8b68-8d2e6f4d3b21', usuario: 'Beto Ruiz', estacion: 'V1' } satisfies Autor;

let n = 0;
let db: BaseDatosPoa;

/** Writes an entry at a local date and time, through the app's own path (sealed and chained). */
async function entrada(cuando: string, autor: Autor, datos: Omit<DatosBitacora, 'entidadId'> & { entidadId?: string | null }): Promise<void> {
  vi.setSystemTime(new Date(cuando));
  await db.transaction('rw', [db.bitacora, db.configuracion], () => registrarBitacora(db, autor, { entidadId: null, ...datos }));
}

const filtros = (f: Partial<FiltrosBitacora>): FiltrosBitacora => ({ ...SIN_FILTROS_BITACORA, ...f });
const resumenes = (r: { entradas: { resumen: string }[] }) => r.entradas.map((e) => e.resumen);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  db = new BaseDatosPoa(`prueba-buscar-bitacora-${++n}`);
  await db.configuracion.put({ clave: 'general', valor: { ...CONFIGURACION_POR_DEFECTO, estacion: 'V1' } });
  await entrada('2026-03-01T09:00:00-06:00', ANA, { accion: 'crear', entidad: 'solicitud', resumen: 'Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida' });
  await entrada('2026-03-01T23:30:00-06:00', BETO, { accion: 'crear', entidad: 'persona', resumen: 'Ciudadano registrado: Mario Pérez' });
  await entrada('2026-03-02T00:10:00-06:00', ANA, {
    accion: 'estatus',
    entidad: 'solicitud',
    resumen: 'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
    cambios: { estatus: { antes: 'recibida', despues: 'canalizada' }, fechaCanalizacion: { antes: null, despues: '2026-03-02' } },
  });
  await entrada('2026-03-05T12:00:00-06:00', BETO, { accion: 'editar', entidad: 'persona', resumen: 'Datos de Mario Pérez corregidos', cambios: { colonia: { antes: 'Centro', despues: 'El Mirador' } } });
  await entrada('2026-03-09T08:00:00-06:00', ANA, { accion: 'eliminar', entidad: 'solicitud', resumen: 'Solicitud AC-2026-V1-0002 eliminada' });
  vi.useRealTimers();
  // Whoever reads signs in; the sign-in writes its own entry today, after these.
  await conSesion(db, { nombre: 'Jefa de área', rol: 'jefe' });
});
afterEach(() => {
  vi.useRealTimers();
});

const PRIMERA = { numero: 0, tamano: 50 };

describe('buscarBitacora: los filtros se leen en el repositorio', () => {
  it('sin filtros trae todas, de la más reciente a la más antigua, con el total', async () => {
    const r = await buscarBitacora(db, SIN_FILTROS_BITACORA, PRIMERA);
    expect(r.total).toBe(6);
    expect(r.entradas[0].accion).toBe('iniciar-sesion');
    expect(resumenes(r).slice(1)).toEqual([
      'Solicitud AC-2026-V1-0002 eliminada',
      'Datos de Mario Pérez corregidos',
      'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
      'Ciudadano registrado: Mario Pérez',
      'Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida',
    ]);
  });

  it('por cuenta, acción y tipo de registro, solos y juntos', async () => {
    expect(resumenes(await buscarBitacora(db, filtros({ cuentaId: BETO.cuentaId }), PRIMERA))).toEqual([
      'Datos de Mario Pérez corregidos',
      'Ciudadano registrado: Mario Pérez',
    ]);
    expect((await buscarBitacora(db, filtros({ accion: 'crear' }), PRIMERA)).total).toBe(2);
    expect((await buscarBitacora(db, filtros({ entidad: 'solicitud' }), PRIMERA)).total).toBe(3);
    const juntos = await buscarBitacora(db, filtros({ cuentaId: ANA.cuentaId, entidad: 'solicitud', accion: 'crear' }), PRIMERA);
    expect(resumenes(juntos)).toEqual(['Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida']);
    expect((await buscarBitacora(db, filtros({ cuentaId: BETO.cuentaId, entidad: 'solicitud' }), PRIMERA)).total).toBe(0);
  });

  it('por fechas: días de esta PC, los dos extremos incluidos, también junto con otro filtro', async () => {
    // 23:30 of 01/03 local is 02/03 in UTC: it belongs to the 1st.
    expect(resumenes(await buscarBitacora(db, filtros({ desde: '2026-03-01', hasta: '2026-03-01' }), PRIMERA))).toEqual([
      'Ciudadano registrado: Mario Pérez',
      'Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida',
    ]);
    expect((await buscarBitacora(db, filtros({ desde: '2026-03-02', hasta: '2026-03-05' }), PRIMERA)).total).toBe(2);
    expect((await buscarBitacora(db, filtros({ hasta: '2026-03-04' }), PRIMERA)).total).toBe(3);
    expect(resumenes(await buscarBitacora(db, filtros({ desde: '2026-03-05', entidad: 'solicitud', hasta: '2026-03-31' }), PRIMERA))).toEqual([
      'Solicitud AC-2026-V1-0002 eliminada',
    ]);
  });

  it('por texto, sin distinguir acentos ni mayúsculas, en la descripción y en los cambios como se leen', async () => {
    expect((await buscarBitacora(db, filtros({ texto: 'mario perez' }), PRIMERA)).total).toBe(2);
    expect((await buscarBitacora(db, filtros({ texto: 'AC-2026-V1-0001' }), PRIMERA)).total).toBe(2);
    // In the changes only, by their labels and values as shown: "Colonia: Centro → El Mirador".
    expect(resumenes(await buscarBitacora(db, filtros({ texto: 'mirador' }), PRIMERA))).toEqual(['Datos de Mario Pérez corregidos']);
    expect(resumenes(await buscarBitacora(db, filtros({ texto: 'fecha de canalización 02/03/2026' }), PRIMERA))).toEqual([
      'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
    ]);
    expect((await buscarBitacora(db, filtros({ texto: 'mirador', accion: 'editar', cuentaId: BETO.cuentaId }), PRIMERA)).total).toBe(1);
    expect((await buscarBitacora(db, filtros({ texto: 'nadie escribió esto' }), PRIMERA)).total).toBe(0);
  });

  it('por páginas: cada una trae lo suyo y el total es el de todas', async () => {
    const paginas = await Promise.all([0, 1, 2].map((numero) => buscarBitacora(db, SIN_FILTROS_BITACORA, { numero, tamano: 2 })));
    expect(paginas.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(paginas.map((p) => p.entradas.length)).toEqual([2, 2, 2]);
    const todas = (await buscarBitacora(db, SIN_FILTROS_BITACORA, PRIMERA)).entradas.map((e) => e.id);
    expect(paginas.flatMap((p) => p.entradas.map((e) => e.id))).toEqual(todas);
    // With an indexed filter and with a text, the same.
    const solicitud = await buscarBitacora(db, filtros({ entidad: 'solicitud' }), { numero: 1, tamano: 2 });
    expect(solicitud).toMatchObject({ total: 3 });
    expect(resumenes(solicitud)).toEqual(['Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida']);
    const texto = await buscarBitacora(db, filtros({ texto: 'solicitud' }), { numero: 1, tamano: 2 });
    expect(texto.total).toBe(3);
    expect(resumenes(texto)).toEqual(['Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida']);
    expect((await buscarBitacora(db, SIN_FILTROS_BITACORA, { numero: 9, tamano: 2 })).entradas).toEqual([]);
  });

  it('los filtros se validan con zod: mensajes en español por campo', async () => {
    const error = async (f: Partial<FiltrosBitacora>) => {
      try {
        await buscarBitacora(db, filtros(f), PRIMERA);
      } catch (e) {
        expect(e).toBeInstanceOf(ErrorValidacion);
        return (e as ErrorValidacion).errores;
      }
      throw new Error('se esperaba un error de validación');
    };
    expect(await error({ desde: '2026-03-09', hasta: '2026-03-01' })).toEqual({ hasta: 'La fecha final no puede ser anterior a la inicial' });
    expect(await error({ desde: '31/02/2026' })).toEqual({ desde: 'Desde: escriba una fecha válida (dd/mm/aaaa)' });
    expect(await error({ accion: 'borrar-todo' as FiltrosBitacora['accion'] })).toEqual({ accion: 'Elija una acción de la lista' });
    expect(await error({ cuentaId: 'ana' })).toEqual({ cuentaId: 'Elija una cuenta de la lista' });
    await expect(buscarBitacora(db, SIN_FILTROS_BITACORA, { numero: 0, tamano: 100_000 })).rejects.toBeInstanceOf(ErrorValidacion);
  });

  it('una capturista no puede leerla: se niega y queda anotado', async () => {
    await cerrarSesion(db);
    await conSesion(db, { nombre: 'Capturista', rol: 'capturista' });
    await expect(buscarBitacora(db, SIN_FILTROS_BITACORA, PRIMERA)).rejects.toBeInstanceOf(PermisoDenegado);
    await expect(entradasDeBitacora(db, SIN_FILTROS_BITACORA)).rejects.toBeInstanceOf(PermisoDenegado);
    expect((await db.bitacora.orderBy('fecha').last())!.accion).toBe('permiso-denegado');
  });
});

describe('la exportación y la lista de cuentas', () => {
  it('entradasDeBitacora trae todas las que coinciden, no sólo una página', async () => {
    const todas = await entradasDeBitacora(db, filtros({ entidad: 'solicitud' }));
    expect(todas.map((e) => e.resumen)).toEqual([
      'Solicitud AC-2026-V1-0002 eliminada',
      'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
      'Solicitud AC-2026-V1-0001 de Rosalinda Quetzal · Despensa: recibida',
    ]);
    expect(await entradasDeBitacora(db, SIN_FILTROS_BITACORA)).toHaveLength(6);
  });

  it('exportar queda anotado en la bitácora, con el destino, cuántas entradas y los filtros', async () => {
    await registrarExportacionBitacora(db, {
      filtros: filtros({ cuentaId: ANA.cuentaId, accion: 'crear', desde: '2026-03-01', texto: 'AC-2026' }),
      nombreCuenta: 'Ana López',
      entradas: 1,
      destino: 'C:\\Respaldos\\Bitacora-2026-03-10.xlsx',
    });
    const ultima = (await db.bitacora.orderBy('fecha').last())!;
    expect(ultima).toMatchObject({ accion: 'exportar', entidad: 'bitacora', usuario: 'Jefa de área' });
    expect(ultima.resumen).toBe(
      'Bitácora exportada a Excel: C:\\Respaldos\\Bitacora-2026-03-10.xlsx (1 entrada; Cuenta: Ana López; Desde: 01/03/2026; Acción: Alta; Texto: «AC-2026»)',
    );
  });

  it('las cuentas del filtro son las que aparecen en la bitácora, por su nombre', async () => {
    const cuentas = await cuentasDeBitacora(db);
    expect(cuentas.map((c) => c.nombre)).toEqual(['Ana López', 'Beto Ruiz', 'Jefa de área']);
    expect(cuentas[0].cuentaId).toBe(ANA.cuentaId);
  });
});
