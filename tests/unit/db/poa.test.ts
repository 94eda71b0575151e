import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { eliminarActividad, guardarActividad, guardarEncabezado, listarActividades, obtenerPoaVigente } from '../../../renderer/src/db/repositorios/poa';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { agregarAlCatalogo, listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';

let db: BaseDatosPoa;
let n = 0;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-poa-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

async function poaYActividades() {
  const poa = (await obtenerPoaVigente(db))!;
  return { poa, actividades: await listarActividades(db, poa.id) };
}

async function errorDe(promesa: Promise<unknown>): Promise<ErrorValidacion> {
  try {
    await promesa;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e;
    throw e;
  }
  throw new Error('se esperaba un ErrorValidacion');
}

describe('primer arranque', () => {
  it('carga el POA 2026 del documento con sus cuatro actividades de meta 90 repartida 8/7', async () => {
    const { poa, actividades } = await poaYActividades();
    expect(poa.anio).toBe(2026);
    expect(poa.area).toBe('Gestión Social y Atención Ciudadana');
    expect(actividades.map((a) => [a.numero, a.unidadMedida, a.metaAnual, a.frecuencia])).toEqual([
      [1, 'SOLICITUDES', 90, 'mensual'],
      [2, 'APOYOS', 90, 'bimestral'],
      [3, 'PROGRAMAS', 90, 'bimestral'],
      [4, 'GESTION', 90, 'bimestral'],
    ]);
    expect(actividades[0].programado).toEqual([8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7]);
    expect(actividades[0].fechaInicio).toBe('2026-01-02');
    expect(actividades[0].fechaFin).toBe('2026-12-30');
    expect(actividades[3].acciones).toHaveLength(2);
  });

  it('siembra una sola vez aunque la app arranque de nuevo', async () => {
    expect(await sembrarSiHaceFalta(db)).toBe(false);
    expect(await db.poas.count()).toBe(1);
    expect(await db.actividades.count()).toBe(4);
    expect((await listarCatalogo(db, 'tipoApoyo')).map((c) => c.nombre)).toContain('Despensa');
  });
});

describe('actividades del POA', () => {
  it('guarda una meta mensual cambiada cuando la suma sigue siendo la meta anual, con su bitácora', async () => {
    const { poa, actividades } = await poaYActividades();
    const a = actividades[0];
    const programado = [...a.programado];
    programado[0] = 10;
    programado[1] = 6;
    await guardarActividad(db, poa.id, a.id, { ...a, programado });
    expect((await db.actividades.get(a.id))!.programado.slice(0, 2)).toEqual([10, 6]);
    const bitacora = await db.bitacora.where('entidadId').equals(a.id).toArray();
    expect(bitacora.map((b) => b.accion)).toEqual(['editar']);
    expect(bitacora[0].cambios?.programado).toEqual({ antes: a.programado, despues: programado });
  });

  it('rechaza una suma mensual distinta de la meta anual sin guardar nada', async () => {
    const { poa, actividades } = await poaYActividades();
    const a = actividades[0];
    const programado = [...a.programado];
    programado[0] = 10;
    const error = await errorDe(guardarActividad(db, poa.id, a.id, { ...a, programado }));
    expect(error.errores.programado).toBe('La suma mensual (92) no coincide con la meta anual (90); diferencia +2');
    expect((await db.actividades.get(a.id))!.programado).toEqual(a.programado);
    expect(await db.bitacora.where('entidad').equals('actividad').count()).toBe(0);
  });

  it('rechaza meta en un mes no marcado, con el mensaje en ese mes', async () => {
    const { poa, actividades } = await poaYActividades();
    const a = actividades[1];
    const meses = [...a.meses];
    meses[5] = false;
    const error = await errorDe(guardarActividad(db, poa.id, a.id, { ...a, meses }));
    expect(error.errores['programado.5']).toBe('Este mes no está marcado en el cronograma; su meta debe ser 0');
  });

  it('agrega una 5ª y 6ª actividad y no admite números repetidos', async () => {
    const { poa, actividades } = await poaYActividades();
    const base = { ...actividades[3], metaAnual: 12, programado: Array(12).fill(1), reglaConteo: 'ninguna' as const };
    await guardarActividad(db, poa.id, null, { ...base, numero: 5, nombre: 'Convenios con organizaciones' });
    await guardarActividad(db, poa.id, null, { ...base, numero: 6, nombre: 'Difusión' });
    const error = await errorDe(guardarActividad(db, poa.id, null, { ...base, numero: 6, nombre: 'Otra' }));
    expect(error.errores.numero).toBe('Ya existe la actividad número 6');
    expect((await listarActividades(db, poa.id)).map((a) => a.numero)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('quita una actividad sin uso y se niega a quitar una con ajustes manuales', async () => {
    const { poa, actividades } = await poaYActividades();
    const base = { ...actividades[3], metaAnual: 12, programado: Array(12).fill(1), reglaConteo: 'ninguna' as const };
    const nueva = await guardarActividad(db, poa.id, null, { ...base, numero: 5, nombre: 'Sin uso' });
    await eliminarActividad(db, nueva.id);
    expect((await listarActividades(db, poa.id)).map((a) => a.numero)).toEqual([1, 2, 3, 4]);
    expect((await db.actividades.get(nueva.id))!.eliminado).toBe(1);

    const t = new Date().toISOString();
    await db.ajustes.add({
      id: crypto.randomUUID(), createdAt: t, updatedAt: t, estacion: 'V1', eliminado: 0,
      actividadId: actividades[3].id, anio: 2026, mes: 3, cantidad: 2, motivo: 'Mesa fuera de programa', usuario: 'Jefe',
    });
    const error = await errorDe(eliminarActividad(db, actividades[3].id));
    expect(error.errores._).toBe('No se puede quitar: La actividad tiene 1 ajuste(s) manual(es) registrados');
  });

  it('valida el encabezado con mensajes en español', async () => {
    const { poa } = await poaYActividades();
    const error = await errorDe(guardarEncabezado(db, poa.id, { ...poa, objetivoGeneral: '  ' }));
    expect(error.errores.objetivoGeneral).toBe('Objetivo General es obligatorio');
  });
});

describe('configuración y catálogos', () => {
  it('la configuración por defecto trae estación V1 y semáforo 90/70; umbrales incoherentes se rechazan', async () => {
    const c = await obtenerConfiguracion(db);
    expect([c.estacion, c.umbralVerde, c.umbralAmbar]).toEqual(['V1', 90, 70]);
    const error = await errorDe(guardarConfiguracion(db, { ...c, umbralAmbar: 95 }));
    expect(error.errores.umbralAmbar).toBe('El umbral ámbar debe ser menor que el verde');
    await guardarConfiguracion(db, { ...c, estacion: 'V2', municipio: 'San Pedro' });
    expect((await obtenerConfiguracion(db)).estacion).toBe('V2');
  });

  it('no repite un elemento del catálogo aunque cambien acentos o mayúsculas', async () => {
    await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Lomas del Río' });
    const error = await errorDe(agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'LOMAS DEL RIO' }));
    expect(error.errores.nombre).toBe('«LOMAS DEL RIO» ya está en el catálogo');
  });
});

describe('bitácora', () => {
  it('se lee en el orden en que ocurrieron los cambios aunque caigan en el mismo milisegundo', async () => {
    const nombres = Array.from({ length: 12 }, (_, i) => `Colonia ${String(i).padStart(2, '0')}`);
    for (const nombre of nombres) await agregarAlCatalogo(db, { tipo: 'colonia', nombre });
    const entradas = await db.bitacora.orderBy('fecha').toArray();
    const resumenes = entradas.filter((e) => e.entidad === 'catalogo').map((e) => e.resumen);
    expect(resumenes).toEqual(nombres.map((n) => `Catálogo colonia: se agregó «${n}»`));
    expect(new Set(entradas.map((e) => e.fecha)).size).toBe(entradas.length);
  });
});
