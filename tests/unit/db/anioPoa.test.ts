import 'fake-indexeddb/auto';
import { respaldoDe, respaldoPlano } from './respaldoPrueba';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ESQUEMA_V1 } from '../../../renderer/src/db/migraciones';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { autorizarPoa, cerrarPoa, crearPoa, reabrirPoa } from '../../../renderer/src/db/repositorios/anioPoa';
import { listarReconducciones, registrarReconduccion } from '../../../renderer/src/db/repositorios/reconducciones';
import { eliminarActividad, guardarActividad, guardarEncabezado, listarActividades, obtenerPoaDelAnio, obtenerPoaVigente } from '../../../renderer/src/db/repositorios/poa';
import { agregarAjuste, guardarMetasProgramadas } from '../../../renderer/src/db/repositorios/ajustes';
import { cerrarPeriodo, reabrirPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { idActividad, idPoa } from '../../../shared/domain/identidad';
import { errorDe, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';

const NOVENTA = [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7];
/** 15 de diciembre de 2026: el POA 2027 todavía no existe. */
const DIC_15 = new Date(2026, 11, 15, 10, 0);

let db: BaseDatosPoa;
let n = 0;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-anio-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

afterEach(() => {
  vi.useRealTimers();
});

async function instantanea(anio: number) {
  const poa = await obtenerPoaDelAnio(db, anio);
  return { poa, actividades: await listarActividades(db, poa!.id) };
}

const crear2027 = (metas: Record<string, number> = { 1: 120 }) => crearPoa(db, { anio: 2027, desde: 2026, metas, encabezado: null });

describe('Nuevo POA', () => {
  it('el POA 2027 sale del 2026 con las metas dadas repartidas y las fechas movidas; el 2026 queda exactamente igual', async () => {
    const antes = await instantanea(2026);
    const poa = await crear2027();
    expect(poa).toMatchObject({ id: idPoa(2027), anio: 2027, estado: 'borrador', area: 'Gestión Social y Atención Ciudadana' });
    const actividades = await listarActividades(db, poa.id);
    expect(actividades.map((a) => [a.id, a.numero, a.metaAnual])).toEqual([
      [idActividad(2027, 1), 1, 120],
      [idActividad(2027, 2), 2, 90],
      [idActividad(2027, 3), 3, 90],
      [idActividad(2027, 4), 4, 90],
    ]);
    expect(actividades[0].programado).toEqual(Array(12).fill(10));
    expect(actividades[3].programado).toEqual(NOVENTA);
    expect([actividades[0].fechaInicio, actividades[0].fechaFin]).toEqual(['2027-01-02', '2027-12-30']);
    expect(actividades[3].acciones).toEqual(antes.actividades[3].acciones);
    expect(actividades[1].responsable).toBe(antes.actividades[1].responsable);
    expect(await instantanea(2026)).toEqual(antes);
    const bitacora = await db.bitacora.where('entidadId').equals(poa.id).toArray();
    expect(bitacora.map((b) => b.resumen)).toEqual([
      'POA 2027 creado a partir del POA 2026 con 4 actividad(es) (borrador); metas anuales: 1: 120, 2: 90, 3: 90, 4: 90',
    ]);
  });

  it('un año tiene un solo POA; un POA vacío pide su encabezado y no trae actividades', async () => {
    await crear2027();
    expect((await errorDe(crear2027())).errores).toEqual({ anio: 'Ya existe el POA 2027' });
    expect((await errorDe(crearPoa(db, { anio: 2028, desde: null, metas: {}, encabezado: null }))).errores).toEqual({
      encabezado: 'Escriba el encabezado del POA nuevo',
    });
    const vacio = await crearPoa(db, {
      anio: 2028,
      desde: null,
      metas: {},
      encabezado: { direccion: 'Presidencia Municipal', area: 'Gestión Social', objetivoGeneral: 'Atender', objetivosEspecificos: 'Atender bien' },
    });
    expect(await listarActividades(db, vacio.id)).toEqual([]);
    expect((await errorDe(crearPoa(db, { anio: 2029, desde: 2030, metas: {}, encabezado: null }))).errores.desde).toBe(
      'El POA de origen debe ser de un año anterior',
    );
  });

  it('una meta anual inválida se informa en la fila de su actividad', async () => {
    const error = await errorDe(crear2027({ 2: -5 }));
    expect(error.errores).toEqual({ 'metas.2': 'Meta anual no puede ser menor que 0' });
    expect(await obtenerPoaDelAnio(db, 2027)).toBeUndefined();
  });

  it('la app abre en el POA del año en curso aunque ya exista el del siguiente', async () => {
    await crear2027();
    expect((await obtenerPoaVigente(db, 2026))!.anio).toBe(2026);
    expect((await obtenerPoaVigente(db, 2027))!.anio).toBe(2027);
    expect((await obtenerPoaVigente(db, 2031))!.anio).toBe(2027);
  });

  it('el año del POA no se cambia desde su encabezado', async () => {
    const poa = (await obtenerPoaDelAnio(db, 2026))!;
    const error = await errorDe(guardarEncabezado(db, poa.id, { ...poa, anio: 2027 }));
    expect(error.errores.anio).toMatch(/^El año identifica al POA/);
  });

  it('dos PCs que crean el POA 2027 tienen uno solo después de intercambiar capturas', async () => {
    const otra = new BaseDatosPoa(`prueba-anio-otra-${n}`);
    await sembrarSiHaceFalta(otra);
    await conSesion(otra);
    await guardarConfiguracion(otra, { ...(await obtenerConfiguracion(otra)), estacion: 'V2' });
    await crear2027({ 1: 120 });
    await crearPoa(otra, { anio: 2027, desde: 2026, metas: { 1: 100 }, encabezado: null });
    await fusionarRespaldo(db, await respaldoDe(otra));
    expect((await db.poas.toArray()).map((p) => p.anio).sort()).toEqual([2026, 2027]);
    expect(await db.actividades.count()).toBe(8);
    // The copy changed last wins, as for every other record.
    expect((await listarActividades(db, idPoa(2027)))[0].metaAnual).toBe(100);
  });
});

describe('estados del POA', () => {
  it('autorizar guarda quién y cuándo y fija la meta inicial; después las metas sólo cambian por reconducción', async () => {
    const poa = await crear2027();
    const autorizado = await autorizarPoa(db, poa.id, { nombre: 'Lic. Ana Torres, Presidenta Municipal' });
    expect(autorizado.estado).toBe('autorizado');
    expect(autorizado.autorizacion).toMatchObject({ nombre: 'Lic. Ana Torres, Presidenta Municipal', usuario: 'Ventanilla 1' });
    const [a1] = await listarActividades(db, poa.id);
    expect(a1.inicial).toEqual({ metaAnual: 120, programado: Array(12).fill(10) });
    const programado = [...a1.programado];
    programado[5] = 11;
    programado[6] = 9;
    const error = await errorDe(guardarActividad(db, poa.id, a1.id, { ...a1, programado }));
    expect(error.errores['programado.5']).toBe('El POA 2027 está autorizado: sus metas programadas sólo cambian con una reconducción');
    expect((await errorDe(guardarMetasProgramadas(db, a1.id, { meses: a1.meses, programado }))).errores['programado.5']).toMatch(/reconducción/);
    const mas = [11, ...a1.programado.slice(1)];
    expect((await errorDe(guardarActividad(db, poa.id, a1.id, { ...a1, metaAnual: 121, programado: mas }))).errores.metaAnual).toMatch(/reconducción/);
    // Descriptive fields stay editable.
    await guardarActividad(db, poa.id, a1.id, { ...a1, responsable: 'Coordinación de ventanilla' });
    expect((await listarActividades(db, poa.id))[0].responsable).toBe('Coordinación de ventanilla');
    expect((await errorDe(eliminarActividad(db, a1.id))).errores._).toMatch(/no se quitan actividades/);
    expect((await errorDe(autorizarPoa(db, poa.id, { nombre: 'Otra vez' }))).errores._).toBe('El POA 2027 ya está autorizado');
  });

  it('un borrador se edita libremente y el número de una actividad no cambia', async () => {
    const poa = await crear2027();
    const [a1] = await listarActividades(db, poa.id);
    const programado = [...a1.programado];
    programado[0] = 12;
    programado[1] = 8;
    await guardarActividad(db, poa.id, a1.id, { ...a1, programado });
    expect((await listarActividades(db, poa.id))[0].programado.slice(0, 2)).toEqual([12, 8]);
    expect((await errorDe(guardarActividad(db, poa.id, a1.id, { ...a1, programado, numero: 7 }))).errores.numero).toMatch(/no se cambia/);
  });

  it('quien autoriza se escribe', async () => {
    const error = await errorDe(autorizarPoa(db, idPoa(2026), { nombre: '  ' }));
    expect(error.errores).toEqual({ nombre: 'Nombre de quien autoriza es obligatorio' });
  });

  it('se cierra cuando diciembre y el 4to trimestre están cerrados; cerrado no admite cambios y reabrir pide motivo', async () => {
    const enero = new Date(2027, 0, 6, 10, 0);
    await autorizarPoa(db, idPoa(2026), { nombre: 'Presidencia' });
    expect((await errorDe(cerrarPoa(db, idPoa(2026), enero))).errores._).toMatch(/cierre antes diciembre y el 4to trimestre/);
    await cerrarPeriodo(db, { anio: 2026, tipo: 'mes', numero: 12 }, enero);
    await cerrarPeriodo(db, { anio: 2026, tipo: 'trimestre', numero: 4 }, enero);
    const cerrado = await cerrarPoa(db, idPoa(2026), enero);
    expect(cerrado.estado).toBe('cerrado');
    const [a1] = await listarActividades(db, idPoa(2026));
    // The whole year is closed, its first months too.
    const ajuste = await errorDe(agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 3, cantidad: 1, motivo: 'Trabajo fuera del sistema' }));
    expect(ajuste.errores.mes).toMatch(/cerrado/);
    expect((await errorDe(reabrirPeriodo(db, { anio: 2026, tipo: 'mes', numero: 12, motivo: 'Falta una solicitud' }))).errores.periodo).toBe(
      'El POA 2026 está cerrado: reábralo antes de reabrir uno de sus periodos',
    );
    expect((await errorDe(reabrirPoa(db, idPoa(2026), { motivo: 'corto' }))).errores.motivo).toMatch(/al menos 10/);
    const reabierto = await reabrirPoa(db, idPoa(2026), { motivo: 'Contraloría pidió corregir marzo' });
    expect(reabierto.estado).toBe('autorizado');
    const ultima = await db.bitacora.orderBy('fecha').last();
    expect(ultima).toMatchObject({ accion: 'reabrir', resumen: 'POA 2026 reabierto. Motivo: Contraloría pidió corregir marzo' });
    await agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 3, cantidad: 1, motivo: 'Trabajo fuera del sistema' });
  });
});

describe('reconducción', () => {
  async function autorizado2027() {
    const poa = await crear2027({});
    await autorizarPoa(db, poa.id, { nombre: 'Presidencia' });
    return (await listarActividades(db, poa.id))[0];
  }
  const datos = (actividadId: string, programado: number[], metaAnual = 90) => ({
    actividadId,
    metaAnual,
    programado,
    motivo: 'La feria regional se movió a junio',
    solicito: 'Jefa del Departamento',
    autorizo: 'Presidencia Municipal',
  });

  it('cambia la meta programada de meses futuros, guarda el antes y el después y deja la meta inicial intacta', async () => {
    const a1 = await autorizado2027();
    const programado = [...NOVENTA];
    programado[4] = 10;
    programado[5] = 6;
    const r = await registrarReconduccion(db, datos(a1.id, programado), new Date(2027, 3, 8, 10, 0));
    expect(r).toMatchObject({ anio: 2027, numeroActividad: 1, meses: [5, 6], antes: { metaAnual: 90, programado: NOVENTA }, despues: { metaAnual: 90, programado } });
    const [modificada] = await listarActividades(db, idPoa(2027));
    expect(modificada.programado).toEqual(programado);
    expect(modificada.inicial).toEqual({ metaAnual: 90, programado: NOVENTA });
    expect((await listarReconducciones(db, 2027)).map((x) => x.id)).toEqual([r.id]);
    const cronograma = (await cargarCronograma(db, 2027, 12))!;
    expect(cronograma.cronograma.filas[0].programado).toEqual(programado);
    expect(cronograma.reconducciones).toHaveLength(1);
    const ultima = await db.bitacora.orderBy('fecha').last();
    expect(ultima!.resumen).toBe(
      'Reconducción de la actividad 1 del POA 2027: mayo 8 → 10, junio 8 → 6. Solicitó Jefa del Departamento; autorizó Presidencia Municipal. Motivo: La feria regional se movió a junio',
    );
  });

  it('un mes de un trimestre terminado se rechaza y no cambia nada', async () => {
    const a1 = await autorizado2027();
    const programado = [...NOVENTA];
    programado[1] = 9;
    programado[4] = 7;
    const error = await errorDe(registrarReconduccion(db, datos(a1.id, programado), new Date(2027, 3, 8, 10, 0)));
    expect(error.errores).toEqual({
      'programado.1':
        'Febrero 2027 ya terminó y el plazo para reconducir su 1er trimestre (ene–mar) venció el 31/03/2027 (último día hábil del trimestre): su meta programada ya no se puede cambiar',
    });
    expect((await listarActividades(db, idPoa(2027)))[0].programado).toEqual(NOVENTA);
    expect(await listarReconducciones(db, 2027)).toEqual([]);
  });

  it('la suma mensual debe dar la meta anual modificada; la meta anual puede cambiar con sus meses', async () => {
    const a1 = await autorizado2027();
    const programado = [...NOVENTA];
    programado[11] = 9;
    const error = await errorDe(registrarReconduccion(db, datos(a1.id, programado), new Date(2027, 3, 8, 10, 0)));
    expect(error.errores.programado).toBe('La suma mensual (92) no coincide con la meta anual modificada (90); diferencia +2');
    await registrarReconduccion(db, datos(a1.id, programado, 92), new Date(2027, 3, 8, 10, 0));
    const [modificada] = await listarActividades(db, idPoa(2027));
    expect([modificada.metaAnual, modificada.inicial?.metaAnual]).toEqual([92, 90]);
  });

  it('un borrador no se reconduce: se edita directamente', async () => {
    const poa = await crear2027({});
    const [a1] = await listarActividades(db, poa.id);
    const programado = [...NOVENTA];
    programado[4] = 10;
    programado[5] = 6;
    expect((await errorDe(registrarReconduccion(db, datos(a1.id, programado), DIC_15))).errores._).toMatch(/borrador/);
  });
});

describe('folios al cambiar de año', () => {
  async function solicitud(fechaRecepcion: string) {
    const maria = (await db.personas.toArray())[0] ?? (await guardarPersona(db, null, personaMaria()));
    return solicitudDeDespensa(db, maria.id, fechaRecepcion);
  }

  it('el consecutivo vuelve a 0001 en enero por estación, y la captura empezada el 31 de diciembre guardada después de medianoche sigue su fecha de recepción', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 31, 23, 50));
    expect((await solicitud('2026-12-31T23:40')).folio).toBe('AC-2026-V1-0001');
    // Opened at 23:58 on 31/12, saved at 00:01 on 01/01.
    vi.setSystemTime(new Date(2027, 0, 1, 0, 1));
    expect((await solicitud('2026-12-31T23:58')).folio).toBe('AC-2026-V1-0002');
    vi.setSystemTime(new Date(2027, 0, 2, 9, 0));
    const enero = await solicitud('2027-01-02T09:00');
    expect(enero.folio).toBe('AC-2027-V1-0001');
    expect(enero.anio).toBe(2027);
    await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion: 'V2' });
    expect((await solicitud('2027-01-02T09:05')).folio).toBe('AC-2027-V2-0001');
    expect((await solicitud('2027-01-02T09:06')).folio).toBe('AC-2027-V2-0002');
  });

  it('una solicitud de un año sin POA se guarda y cuenta en cuanto se crea ese POA, sin otro paso', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 2, 9, 0));
    await solicitud('2027-01-02T09:00');
    expect(await cargarCronograma(db, 2027, 1)).toBeNull();
    await crear2027({});
    const cronograma = (await cargarCronograma(db, 2027, 1))!;
    expect(cronograma.cronograma.filas[0].logrado[0]).toBe(1);
    const de2026 = (await cargarCronograma(db, 2026, 12))!;
    expect(de2026.cronograma.filas[0].logrado.reduce((s, v) => s + v, 0)).toBe(0);
  });
});

describe('base de datos de la versión anterior', () => {
  it('al abrirla, el POA y sus actividades toman los ids de su año y los ajustes y justificaciones los siguen', async () => {
    const nombre = `prueba-anio-v1-${n}`;
    const v1 = new Dexie(nombre);
    v1.version(1).stores(ESQUEMA_V1);
    const base = { createdAt: '2026-01-02T10:00:00.000Z', updatedAt: '2026-01-02T10:00:00.000Z', estacion: 'V1', eliminado: 0 };
    const poaId = crypto.randomUUID();
    const actId = crypto.randomUUID();
    const semilla = new BaseDatosPoa(`prueba-anio-fuente-${n}`);
    await sembrarSiHaceFalta(semilla);
    await conSesion(semilla);
    const [original] = await listarActividades(semilla, idPoa(2026));
    const { inicial: _inicial, ...actividadV1 } = original;
    const poaV1 = { ...(await obtenerPoaDelAnio(semilla, 2026))! } as Record<string, unknown>;
    delete poaV1.estado;
    delete poaV1.autorizacion;
    delete poaV1.cierre;
    await v1.table('poas').add({ ...poaV1, ...base, id: poaId });
    await v1.table('actividades').add({ ...actividadV1, ...base, id: actId, poaId });
    await v1.table('ajustes').add({ ...base, id: crypto.randomUUID(), actividadId: actId, anio: 2026, mes: 3, cantidad: 2, motivo: 'Trabajo fuera del sistema', usuario: 'Ana' });
    await v1.table('justificaciones').add({ ...base, id: crypto.randomUUID(), actividadId: actId, anio: 2026, tipoPeriodo: 'trimestre', numero: 1, texto: 'Faltó personal en marzo' });
    v1.close();

    const db2 = new BaseDatosPoa(nombre);
    const poa = await obtenerPoaDelAnio(db2, 2026);
    expect(poa).toMatchObject({ id: idPoa(2026), estado: 'borrador', autorizacion: null, cierre: null });
    const [actividad] = await listarActividades(db2, idPoa(2026));
    expect(actividad).toMatchObject({ id: idActividad(2026, 1), poaId: idPoa(2026), inicial: null, metaAnual: 90 });
    expect((await db2.ajustes.toArray())[0].actividadId).toBe(idActividad(2026, 1));
    expect((await db2.justificaciones.toArray())[0].actividadId).toBe(idActividad(2026, 1));
    expect((await cargarCronograma(db2, 2026, 12))!.cronograma.filas[0].ajustes[2]).toBe(2);
  });

  it('un respaldo de la versión anterior se restaura con los ids de su año', async () => {
    const texto = await respaldoPlano(db);
    const archivo = JSON.parse(texto);
    const viejo = crypto.randomUUID();
    archivo.version = 1;
    delete archivo.tablas.reconducciones;
    archivo.tablas.poas = archivo.tablas.poas.map((p: Record<string, unknown>) => {
      const { estado: _e, autorizacion: _a, cierre: _c, ...resto } = p;
      return { ...resto, id: viejo };
    });
    archivo.tablas.actividades = archivo.tablas.actividades.map((a: Record<string, unknown>) => {
      const { inicial: _i, ...resto } = a;
      return { ...resto, id: crypto.randomUUID(), poaId: viejo };
    });
    await restaurarRespaldo(db, JSON.stringify(archivo));
    expect((await db.poas.toArray()).map((p) => [p.id, p.estado])).toEqual([[idPoa(2026), 'borrador']]);
    expect((await listarActividades(db, idPoa(2026))).map((a) => a.id)).toEqual([1, 2, 3, 4].map((k) => idActividad(2026, k)));
  });
});
