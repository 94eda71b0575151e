import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { guardarActividad, listarActividades, obtenerPoaVigente } from '../../../renderer/src/db/repositorios/poa';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { cambiarEstatusApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { agregarAjuste, guardarMetasProgramadas, listarAjustes, mesCerrado as mesCerradoDesdeAjustes } from '../../../renderer/src/db/repositorios/ajustes';
import { cerrarPeriodo, estadoCierres, mesCerrado, reabrirPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import {
  cierreVigente,
  fechaSiguiente,
  impedimentoParaCerrar,
  periodoTerminado,
  type RegistroCierre,
} from '../../../shared/domain/cierres';
import type { Actividad } from '../../../shared/schemas/poa';
import type { Persona } from '../../../shared/schemas/personas';
import { apoyoDeDespensa, errorDe, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';

/** 24 de noviembre de 2026 a mediodía en esta PC: octubre y el 3er trimestre ya terminaron; noviembre sigue en curso. */
const AHORA = new Date(2026, 10, 24, 12, 0);
const HOY = { anio: 2026, mes: 11 };
const OCTUBRE = { anio: 2026, tipo: 'mes', numero: 10 } as const;
const TERCER_TRIMESTRE = { anio: 2026, tipo: 'trimestre', numero: 3 } as const;

let db: BaseDatosPoa;
let n = 0;
let maria: Persona;
let actividades: Actividad[];

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-cierres-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  maria = await guardarPersona(db, null, personaMaria());
  actividades = await listarActividades(db, (await obtenerPoaVigente(db))!.id);
});

function solicitud(fechaRecepcion: string) {
  return solicitudDeDespensa(db, maria.id, fechaRecepcion);
}

function apoyo(cambios: Record<string, unknown> = {}) {
  return apoyoDeDespensa(db, maria.id, cambios);
}

function ajuste(mes: number, motivo = 'Solicitudes recibidas por oficio en la presidencia') {
  return agregarAjuste(db, { actividadId: actividades[0].id, anio: 2026, mes, cantidad: 1, motivo });
}

/**
 * The bitácora entries of closings in the order of the steps. Steps a few microseconds apart can share a bitácora
 * timestamp, so they are ordered by their closing record, whose timestamps always increase.
 */
async function entradasDeCierre() {
  const fechaDelPaso = new Map((await db.cierres.toArray()).map((r) => [r.id, r.fecha]));
  const entradas = await db.bitacora.where('entidad').equals('cierre').toArray();
  return entradas.sort((a, b) => fechaDelPaso.get(a.entidadId!)!.localeCompare(fechaDelPaso.get(b.entidadId!)!));
}

describe('reglas del cierre de periodos', () => {
  it('sólo un periodo terminado se puede cerrar: el mes en curso, los que vienen y el trimestre en curso no', () => {
    expect(periodoTerminado(OCTUBRE, HOY)).toBe(true);
    expect(periodoTerminado({ anio: 2026, tipo: 'mes', numero: 11 }, HOY)).toBe(false);
    expect(periodoTerminado({ anio: 2026, tipo: 'mes', numero: 12 }, HOY)).toBe(false);
    expect(periodoTerminado(TERCER_TRIMESTRE, HOY)).toBe(true);
    expect(periodoTerminado({ anio: 2026, tipo: 'trimestre', numero: 4 }, HOY)).toBe(false);
    expect(periodoTerminado({ anio: 2025, tipo: 'mes', numero: 12 }, HOY)).toBe(true);
    expect(periodoTerminado({ anio: 2027, tipo: 'mes', numero: 1 }, HOY)).toBe(false);
  });

  it('decide el registro más reciente de cada periodo; en un empate exacto entre dos PCs gana el cierre', () => {
    const r = (cerrado: boolean, fecha: string): RegistroCierre => ({ id: crypto.randomUUID(), ...OCTUBRE, cerrado, fecha, usuario: 'Jefe' });
    const cierre = r(true, '2026-11-02T10:00:00.000Z');
    const reapertura = r(false, '2026-11-03T10:00:00.000Z');
    expect(cierreVigente([reapertura, cierre], OCTUBRE)).toBe(reapertura);
    const empate = r(true, reapertura.fecha);
    expect(cierreVigente([reapertura, empate], OCTUBRE)).toBe(empate);
    expect(cierreVigente([empate, reapertura], OCTUBRE)).toBe(empate);
    expect(cierreVigente([cierre], TERCER_TRIMESTRE)).toBeNull();
  });

  it('un paso nuevo queda después del último aunque el reloj de la PC esté atrasado', () => {
    const ultimo: RegistroCierre = { id: 'x', ...OCTUBRE, cerrado: true, fecha: '2026-11-24T18:00:00.000Z', usuario: 'Jefe' };
    expect(fechaSiguiente([ultimo], OCTUBRE, new Date('2026-11-24T17:00:00.000Z'))).toBe('2026-11-24T18:00:00.001Z');
    expect(fechaSiguiente([ultimo], OCTUBRE, new Date('2026-11-25T09:00:00.000Z'))).toBe('2026-11-25T09:00:00.000Z');
    expect(impedimentoParaCerrar([ultimo], OCTUBRE, HOY)).toBe('Octubre 2026 ya está cerrado');
  });
});

describe('cerrar y reabrir un mes', () => {
  it('con octubre cerrado se rechazan una solicitud, un ajuste y un apoyo entregado con fecha en él; al reabrirlo se aceptan', async () => {
    const autorizado = await apoyo({ estatus: 'autorizado', fechaEntrega: null });
    await cerrarPeriodo(db, OCTUBRE, AHORA);
    expect(await mesCerrado(db, 2026, 10)).toBe(true);
    expect(await mesCerradoDesdeAjustes(db, 2026, 10)).toBe(true);

    expect((await errorDe(solicitud('2026-10-15T10:30'))).errores.fechaRecepcion).toBe(
      'El periodo de octubre 2026 está cerrado: no se pueden recibir solicitudes con esa fecha',
    );
    expect((await errorDe(ajuste(10))).errores.mes).toBe('El periodo de octubre 2026 está cerrado; reábralo para cambiar sus ajustes');
    const enCerrado = 'El periodo de octubre 2026 está cerrado: lo que cuenta en él no se puede cambiar hasta reabrirlo';
    expect((await errorDe(apoyo())).errores.fechaEntrega).toBe(enCerrado);
    expect((await errorDe(cambiarEstatusApoyo(db, autorizado.id, { estatus: 'entregado', fechaEntrega: '2026-10-28' }))).errores.estatus).toBe(enCerrado);
    expect(await db.solicitudes.count()).toBe(0);
    expect(await db.ajustes.count()).toBe(0);
    expect((await db.apoyos.toArray()).map((a) => a.estatus)).toEqual(['autorizado']);

    // The months around it go on as usual.
    await solicitud('2026-09-30T17:00');
    await ajuste(11);

    await reabrirPeriodo(db, { ...OCTUBRE, motivo: 'Faltó capturar oficios recibidos el 30 de octubre' }, AHORA);
    expect(await mesCerrado(db, 2026, 10)).toBe(false);
    expect((await solicitud('2026-10-15T10:30')).folio).toBe('AC-2026-V1-0002');
    await ajuste(10);
    expect(await listarAjustes(db, actividades[0].id, 2026, 10)).toHaveLength(1);
    await apoyo();
    expect((await cambiarEstatusApoyo(db, autorizado.id, { estatus: 'entregado', fechaEntrega: '2026-10-28' })).estatus).toBe('entregado');
  });

  it('la bitácora guarda cada cierre y cada reapertura con quién, el periodo y el motivo, junto a su registro', async () => {
    await cerrarPeriodo(db, OCTUBRE, AHORA);
    await reabrirPeriodo(db, { ...OCTUBRE, motivo: 'Faltó capturar oficios recibidos el 30 de octubre' }, AHORA);
    await cerrarPeriodo(db, OCTUBRE, AHORA);

    const entradas = await entradasDeCierre();
    expect(entradas.map((e) => [e.accion, e.usuario, e.estacion, e.resumen])).toEqual([
      ['cerrar', 'Ventanilla 1', 'V1', 'Periodo octubre 2026 cerrado: lo que cuenta en él ya no cambia hasta reabrirlo'],
      ['reabrir', 'Ventanilla 1', 'V1', 'Periodo octubre 2026 reabierto. Motivo: Faltó capturar oficios recibidos el 30 de octubre'],
      ['cerrar', 'Ventanilla 1', 'V1', 'Periodo octubre 2026 cerrado: lo que cuenta en él ya no cambia hasta reabrirlo'],
    ]);
    expect(entradas.map((e) => e.cambios)).toEqual([
      { cerrado: { antes: false, despues: true } },
      { cerrado: { antes: true, despues: false } },
      { cerrado: { antes: false, despues: true } },
    ]);
    // Each entry points at the closing record written in the same step; nothing is overwritten.
    const registros = await db.cierres.toArray();
    expect(registros).toHaveLength(3);
    expect(new Set(entradas.map((e) => e.entidadId))).toEqual(new Set(registros.map((r) => r.id)));
    const ordenados = registros.sort((a, b) => a.fecha.localeCompare(b.fecha));
    expect(ordenados.map((r) => r.cerrado)).toEqual([true, false, true]);
    expect(new Set(ordenados.map((r) => r.fecha)).size).toBe(3);
    expect(await mesCerrado(db, 2026, 10)).toBe(true);
  });

  it('no cierra un periodo que no ha terminado ni uno ya cerrado, y reabrir exige un motivo', async () => {
    const noTermina = async (tipo: 'mes' | 'trimestre', numero: number, anio = 2026) =>
      (await errorDe(cerrarPeriodo(db, { anio, tipo, numero }, AHORA))).errores.periodo;
    expect(await noTermina('mes', 11)).toBe('No se puede cerrar noviembre 2026: el periodo aún no termina');
    expect(await noTermina('mes', 12)).toBe('No se puede cerrar diciembre 2026: el periodo aún no termina');
    expect(await noTermina('trimestre', 4)).toBe('No se puede cerrar 4to trimestre (oct–dic) 2026: el periodo aún no termina');
    expect(await noTermina('mes', 1, 2027)).toBe('No se puede cerrar enero 2027: el periodo aún no termina');
    expect((await errorDe(cerrarPeriodo(db, { anio: 2026, tipo: 'trimestre', numero: 5 }, AHORA))).errores.numero).toBe('El trimestre va del 1 al 4');
    expect(await db.cierres.count()).toBe(0);
    expect(await entradasDeCierre()).toEqual([]);

    await cerrarPeriodo(db, OCTUBRE, AHORA);
    expect((await errorDe(cerrarPeriodo(db, OCTUBRE, AHORA))).errores.periodo).toBe('Octubre 2026 ya está cerrado');
    expect((await errorDe(reabrirPeriodo(db, { ...OCTUBRE, motivo: 'porque sí' }, AHORA))).errores.motivo).toBe(
      'Explique el motivo de la reapertura (al menos 10 caracteres)',
    );
    expect((await errorDe(reabrirPeriodo(db, { ...OCTUBRE, motivo: '   ' }, AHORA))).errores.motivo).toBe('Motivo de la reapertura es obligatorio');
    expect((await errorDe(reabrirPeriodo(db, { anio: 2026, tipo: 'mes', numero: 9, motivo: 'Corregir la captura de septiembre' }, AHORA))).errores.periodo).toBe(
      'Septiembre 2026 no está cerrado',
    );
    expect(await db.cierres.count()).toBe(1);
    expect((await entradasDeCierre()).map((e) => e.accion)).toEqual(['cerrar']);
  });

  it('reabrir con el reloj de la PC atrasado respecto del cierre sí deja el mes abierto', async () => {
    await cerrarPeriodo(db, OCTUBRE, AHORA);
    await reabrirPeriodo(db, { ...OCTUBRE, motivo: 'Corrección de la fecha de un apoyo entregado' }, new Date(AHORA.getTime() - 3_600_000));
    expect(await mesCerrado(db, 2026, 10)).toBe(false);
  });
});

describe('cerrar un trimestre', () => {
  it('cubre sus tres meses, se muestra en cada uno y sólo se reabre como trimestre', async () => {
    await cerrarPeriodo(db, TERCER_TRIMESTRE, AHORA);
    expect(await Promise.all([6, 7, 8, 9, 10].map((m) => mesCerrado(db, 2026, m)))).toEqual([false, true, true, true, false]);
    expect((await errorDe(ajuste(8))).errores.mes).toBe('El periodo de agosto 2026 está cerrado; reábralo para cambiar sus ajustes');
    expect((await errorDe(solicitud('2026-07-01T09:00'))).errores.fechaRecepcion).toContain('El periodo de julio 2026 está cerrado');
    expect((await errorDe(apoyo({ fechaGestion: '2026-09-01', fechaEntrega: '2026-09-30' }))).errores.fechaEntrega).toContain(
      'El periodo de septiembre 2026 está cerrado',
    );

    const estado = await estadoCierres(db, 2026, AHORA);
    const agosto = estado.meses[7];
    expect(agosto).toMatchObject({ etiqueta: 'agosto 2026', terminado: true, cerrado: true, ultimo: null, puedeCerrar: false, puedeReabrir: false });
    expect(agosto.cierre).toMatchObject({ tipo: 'trimestre', numero: 3, usuario: 'Ventanilla 1' });
    expect(estado.trimestres[2]).toMatchObject({ etiqueta: '3er trimestre (jul–sep) 2026', cerrado: true, puedeReabrir: true });
    expect(estado.meses.map((m) => m.puedeCerrar)).toEqual([true, true, true, true, true, true, false, false, false, true, false, false]);
    expect(estado.trimestres.map((t) => t.puedeCerrar)).toEqual([true, true, false, false]);

    expect((await errorDe(cerrarPeriodo(db, { anio: 2026, tipo: 'mes', numero: 8 }, AHORA))).errores.periodo).toBe(
      'Agosto 2026 ya está cerrado con el 3er trimestre (jul–sep) 2026',
    );
    expect((await errorDe(reabrirPeriodo(db, { anio: 2026, tipo: 'mes', numero: 8, motivo: 'Corregir una jornada de agosto' }, AHORA))).errores.periodo).toBe(
      'Agosto 2026 está cerrado con el 3er trimestre (jul–sep) 2026: reabra el trimestre',
    );

    await reabrirPeriodo(db, { ...TERCER_TRIMESTRE, motivo: 'Contraloría pidió corregir el avance trimestral' }, AHORA);
    expect(await Promise.all([7, 8, 9].map((m) => mesCerrado(db, 2026, m)))).toEqual([false, false, false]);
    await ajuste(8);
    expect((await entradasDeCierre()).map((e) => e.resumen)).toEqual([
      'Periodo 3er trimestre (jul–sep) 2026 cerrado: lo que cuenta en él ya no cambia hasta reabrirlo',
      'Periodo 3er trimestre (jul–sep) 2026 reabierto. Motivo: Contraloría pidió corregir el avance trimestral',
    ]);
  });

  it('un mes cerrado por sí mismo sigue cerrado al reabrir su trimestre', async () => {
    await cerrarPeriodo(db, { anio: 2026, tipo: 'mes', numero: 7 }, AHORA);
    await cerrarPeriodo(db, TERCER_TRIMESTRE, AHORA);
    await reabrirPeriodo(db, { ...TERCER_TRIMESTRE, motivo: 'Contraloría pidió corregir el avance trimestral' }, AHORA);
    expect(await Promise.all([7, 8, 9].map((m) => mesCerrado(db, 2026, m)))).toEqual([true, false, false]);
  });
});

describe('meta programada de un mes cerrado', () => {
  it('no cambia hasta reabrirlo; la de los meses abiertos sí', async () => {
    const a = actividades[0];
    await cerrarPeriodo(db, OCTUBRE, AHORA);
    const programado = [...a.programado];
    programado[9] -= 1;
    programado[11] += 1;
    const error = await errorDe(guardarMetasProgramadas(db, a.id, { meses: a.meses, programado }));
    expect(error.errores['programado.9']).toBe('El periodo de octubre 2026 está cerrado; reábralo para cambiar su meta programada');
    const sinX = a.meses.map((m, i) => (i === 9 ? false : m));
    expect((await errorDe(guardarMetasProgramadas(db, a.id, { meses: sinX, programado: a.programado }))).errores['programado.9']).toContain('octubre 2026 está cerrado');
    expect((await db.actividades.get(a.id))!.programado).toEqual(a.programado);

    const abiertos = [...a.programado];
    abiertos[10] -= 1;
    abiertos[11] += 1;
    expect((await guardarMetasProgramadas(db, a.id, { meses: a.meses, programado: abiertos })).programado).toEqual(abiertos);

    await reabrirPeriodo(db, { ...OCTUBRE, motivo: 'Reprogramar la meta de octubre por la veda' }, AHORA);
    const reabierto = [...abiertos];
    reabierto[9] -= 1;
    reabierto[11] += 1;
    expect((await guardarMetasProgramadas(db, a.id, { meses: a.meses, programado: reabierto })).programado).toEqual(reabierto);
  });
});

describe('la configuración del POA respeta los meses cerrados', () => {
  it('«Editar actividad» no cambia la meta de un mes cerrado; sí la de los abiertos', async () => {
    const a = actividades[0];
    const poa = (await obtenerPoaVigente(db))!;
    await cerrarPeriodo(db, OCTUBRE, AHORA);
    const programado = [...a.programado];
    programado[9] -= 1;
    programado[11] += 1;
    const error = await errorDe(guardarActividad(db, poa.id, a.id, { ...a, programado }));
    expect(error.errores['programado.9']).toBe('El periodo de octubre 2026 está cerrado; reábralo para cambiar su meta programada');
    const abiertos = [...a.programado];
    abiertos[10] -= 1;
    abiertos[11] += 1;
    expect((await guardarActividad(db, poa.id, a.id, { ...a, programado: abiertos })).programado).toEqual(abiertos);
  });
});

