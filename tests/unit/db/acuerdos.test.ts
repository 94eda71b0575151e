import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import {
  crearAcuerdo,
  crearMesa,
  editarAcuerdo,
  eliminarMesa,
  listarAcuerdosPorCumplir,
  obtenerDetalleMesa,
} from '../../../renderer/src/db/repositorios/vinculacion';
import type { Acuerdo } from '../../../shared/schemas/modulos';
import { errorDe } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let db: BaseDatosPoa;
let n = 0;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-acuerdos-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

const mesa = (tema: string, fecha: string) =>
  crearMesa(db, { fecha, tema, convoca: 'Secretaría de Bienestar', sede: 'Palacio Municipal', instituciones: ['DIF Municipal'], asistentes: 10, estatus: 'asistida' });

const acuerdo = (mesaId: string, texto: string, responsable: string, fechaCompromiso: string | null, estatus = 'pendiente') =>
  crearAcuerdo(db, mesaId, { texto, responsable, fechaCompromiso, estatus, fechaCumplimiento: null, evidenciaCumplimiento: '' });

const datos = (a: Acuerdo, cambios: Partial<Acuerdo>) => ({
  texto: a.texto,
  responsable: a.responsable,
  fechaCompromiso: a.fechaCompromiso,
  estatus: a.estatus,
  fechaCumplimiento: a.fechaCumplimiento,
  evidenciaCumplimiento: a.evidenciaCumplimiento,
  ...cambios,
});

const ultimaEntrada = async () => (await db.bitacora.orderBy('fecha').toArray()).filter((b) => b.entidad === 'acuerdo').at(-1)!;

describe('acuerdos por cumplir de todas las mesas', () => {
  it('lista los no cumplidos de todas las mesas vivas por responsable y luego por fecha compromiso, con su plazo desde hoy', async () => {
    const junio = await mesa('Seguridad alimentaria regional', '2026-06-09');
    const octubre = await mesa('Salud en las colonias', '2026-10-14');
    const borrada = await mesa('Mesa duplicada', '2026-10-20');
    await acuerdo(octubre.id, 'Jornada de vacunación', 'Secretaría de Bienestar', '2026-11-26');
    await acuerdo(junio.id, 'Calendario de entregas', 'dif municipal', null);
    await acuerdo(octubre.id, 'Censo de familias', 'DIF Municipal', '2026-11-21', 'en-proceso');
    await acuerdo(junio.id, 'Padrón de beneficiarios', 'DIF Municipal', '2026-11-23');
    expect((await errorDe(acuerdo(junio.id, 'Informe a las instituciones', 'Centro de Salud', '2026-08-01', 'cumplido'))).errores).toEqual({
      fechaCumplimiento: 'Un acuerdo cumplido necesita su fecha de cumplimiento',
    });
    const hecho = await acuerdo(junio.id, 'Recorridos conjuntos', 'Centro de Salud', '2026-08-01');
    await editarAcuerdo(db, hecho.id, datos(hecho, { estatus: 'cumplido', fechaCumplimiento: '2026-07-30' }));
    await acuerdo(borrada.id, 'Acuerdo de la mesa duplicada', 'Bienestar', '2026-11-01');
    await eliminarMesa(db, borrada.id, 'Duplicada');

    const filas = await listarAcuerdosPorCumplir(db, '2026-11-24');
    expect(filas.map((f) => [f.responsable, f.texto, f.mesa.tema, f.plazo.texto, f.plazo.vencido])).toEqual([
      ['DIF Municipal', 'Censo de familias', 'Salud en las colonias', 'Vencido hace 3 días', true],
      ['DIF Municipal', 'Padrón de beneficiarios', 'Seguridad alimentaria regional', 'Vencido ayer', true],
      // Same responsable however it was typed; without a fecha compromiso it goes last of them.
      ['dif municipal', 'Calendario de entregas', 'Seguridad alimentaria regional', 'Sin fecha', false],
      ['Secretaría de Bienestar', 'Jornada de vacunación', 'Salud en las colonias', 'Vence en 2 días', false],
    ]);
    expect(filas[0].plazo.dias).toBe(-3);
    expect(filas[0].mesa).toEqual({ id: octubre.id, tema: 'Salud en las colonias', fecha: '2026-10-14' });
  });

  it('marcar cumplido pide la fecha, no antes de la mesa ni después de hoy; lo guarda con su evidencia y lo anota en la bitácora', async () => {
    const m = await mesa('Seguridad alimentaria regional', '2026-06-09');
    const a = await acuerdo(m.id, 'Padrón de beneficiarios', 'DIF Municipal', '2026-07-15');
    expect((await errorDe(editarAcuerdo(db, a.id, datos(a, { estatus: 'cumplido' })))).errores).toEqual({
      fechaCumplimiento: 'Un acuerdo cumplido necesita su fecha de cumplimiento',
    });
    expect((await errorDe(editarAcuerdo(db, a.id, datos(a, { estatus: 'cumplido', fechaCumplimiento: '2026-06-08' })))).errores).toEqual({
      fechaCumplimiento: 'La fecha de cumplimiento no puede ser anterior a la de la mesa (09/06/2026)',
    });
    expect((await errorDe(editarAcuerdo(db, a.id, datos(a, { estatus: 'cumplido', fechaCumplimiento: '2099-01-04' })))).errores).toEqual({
      fechaCumplimiento: 'La fecha de cumplimiento no puede ser posterior a hoy',
    });

    await editarAcuerdo(db, a.id, datos(a, { estatus: 'cumplido', fechaCumplimiento: '2026-07-10', evidenciaCumplimiento: 'Oficio DIF/123/2026' }));
    expect((await obtenerDetalleMesa(db, m.id))!.acuerdos[0]).toMatchObject({ estatus: 'cumplido', fechaCumplimiento: '2026-07-10', evidenciaCumplimiento: 'Oficio DIF/123/2026' });
    expect(await listarAcuerdosPorCumplir(db, '2026-11-24')).toEqual([]);
    const marcado = await ultimaEntrada();
    expect(marcado.accion).toBe('estatus');
    expect(marcado.resumen).toBe('Mesa: Seguridad alimentaria regional del 09/06/2026: acuerdo «Padrón de beneficiarios» Pendiente → Cumplido el 10/07/2026');
    expect(marcado.cambios).toEqual({
      estatus: { antes: 'pendiente', despues: 'cumplido' },
      fechaCumplimiento: { antes: null, despues: '2026-07-10' },
      evidenciaCumplimiento: { antes: '', despues: 'Oficio DIF/123/2026' },
    });

    // Un-marking it clears both, whatever the form still held.
    const cumplido = (await db.acuerdos.get(a.id))!;
    await editarAcuerdo(db, a.id, datos(cumplido, { estatus: 'en-proceso' }));
    expect(await db.acuerdos.get(a.id)).toMatchObject({ estatus: 'en-proceso', fechaCumplimiento: null, evidenciaCumplimiento: '' });
    expect((await ultimaEntrada()).cambios).toEqual({
      estatus: { antes: 'cumplido', despues: 'en-proceso' },
      fechaCumplimiento: { antes: '2026-07-10', despues: null },
      evidenciaCumplimiento: { antes: 'Oficio DIF/123/2026', despues: '' },
    });
    expect((await listarAcuerdosPorCumplir(db, '2026-11-24')).map((f) => f.plazo.texto)).toEqual(['Vencido hace 132 días']);
  });

  it('un acuerdo guardado antes de estos campos se lee sin fecha ni evidencia, se lista y se corrige', async () => {
    const m = await mesa('Seguridad alimentaria regional', '2026-06-09');
    const t = new Date().toISOString();
    const viejo = { id: crypto.randomUUID(), createdAt: t, updatedAt: t, estacion: 'V1', eliminado: 0 as const, mesaId: m.id, texto: 'Censo', responsable: 'DIF', fechaCompromiso: '2026-11-20', estatus: 'pendiente' as const };
    await db.acuerdos.add(viejo as Acuerdo);
    const leido = (await db.acuerdos.get(viejo.id))!;
    expect(leido).toMatchObject({ fechaCumplimiento: null, evidenciaCumplimiento: '' });
    expect((await listarAcuerdosPorCumplir(db, '2026-11-24')).map((f) => f.plazo.texto)).toEqual(['Vencido hace 4 días']);
    await editarAcuerdo(db, viejo.id, datos(leido, { texto: 'Censo de familias' }));
    // Reading the old record with the defaults, the correction logs only what the user changed.
    expect((await ultimaEntrada()).cambios).toEqual({ texto: { antes: 'Censo', despues: 'Censo de familias' } });
  });
});
