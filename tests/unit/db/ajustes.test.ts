import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { listarActividades, obtenerPoaVigente } from '../../../renderer/src/db/repositorios/poa';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import {
  agregarAjuste,
  eliminarAjuste,
  guardarJustificacion,
  guardarMetasProgramadas,
  listarAjustes,
  listarAjustesDelAnio,
  listarJustificaciones,
  mesCerrado,
} from '../../../renderer/src/db/repositorios/ajustes';
import { cargarCronograma, cargarCronogramaConRegistros } from '../../../renderer/src/db/repositorios/cronograma';
import type { Actividad } from '../../../shared/schemas/poa';
import type { Solicitud } from '../../../shared/schemas/solicitudes';
import type { Apoyo } from '../../../shared/schemas/modulos';
import { registroCierre } from './ayudasSolicitudes';

let db: BaseDatosPoa;
let n = 0;
let actividades: Actividad[];
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-ajustes-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  actividades = await listarActividades(db, (await obtenerPoaVigente(db))!.id);
});

async function errorDe(promesa: Promise<unknown>): Promise<ErrorValidacion> {
  try {
    await promesa;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e;
    throw e;
  }
  throw new Error('se esperaba un ErrorValidacion');
}

const bitacoraDe = (entidad: string) => db.bitacora.where('entidad').equals(entidad).toArray();

describe('ajustes manuales', () => {
  it('suma un ajuste con su motivo, quien lo hizo y su entrada en la bitácora', async () => {
    const a = actividades[3];
    const ajuste = await agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 3, cantidad: 2, motivo: 'Mesa regional fuera del programa' });
    expect(ajuste).toMatchObject({ cantidad: 2, usuario: 'Ventanilla 1', estacion: 'V1', eliminado: 0 });
    expect((await listarAjustes(db, a.id, 2026, 3)).map((x) => x.cantidad)).toEqual([2]);
    const [entrada] = await bitacoraDe('ajuste');
    expect(entrada.accion).toBe('crear');
    expect(entrada.resumen).toBe('Ajuste manual +2 a la actividad 4 en marzo 2026: Mesa regional fuera del programa');
  });

  it('exige un motivo de al menos 10 caracteres y una cantidad distinta de 0, sin guardar nada', async () => {
    const a = actividades[0];
    const corto = await errorDe(agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 1, cantidad: 1, motivo: 'porque sí' }));
    expect(corto.errores.motivo).toBe('Explique el motivo (al menos 10 caracteres)');
    const vacio = await errorDe(agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 1, cantidad: 1, motivo: '   ' }));
    expect(vacio.errores.motivo).toBe('Motivo es obligatorio');
    const cero = await errorDe(agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 1, cantidad: 0, motivo: 'Sin cambio real alguno' }));
    expect(cero.errores.cantidad).toBe('La cantidad no puede ser 0');
    expect(await db.ajustes.count()).toBe(0);
    expect(await bitacoraDe('ajuste')).toHaveLength(0);
  });

  it('admite ajustes negativos (un registro contado que no debía contar)', async () => {
    const a = actividades[0];
    await agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 5, cantidad: -1, motivo: 'Solicitud capturada dos veces por error' });
    expect((await listarAjustesDelAnio(db, 2026)).map((x) => [x.mes, x.cantidad])).toEqual([[5, -1]]);
  });

  it('no acepta un ajuste para otro año que el del POA de la actividad', async () => {
    const error = await errorDe(
      agregarAjuste(db, { actividadId: actividades[0].id, anio: 2025, mes: 5, cantidad: 1, motivo: 'Registro del año anterior' }),
    );
    expect(error.errores.anio).toBe('La actividad no pertenece al POA 2025');
  });

  it('retira un ajuste: deja de contar en el año pero se conserva marcado, con bitácora', async () => {
    const a = actividades[1];
    const ajuste = await agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 2, cantidad: 3, motivo: 'Entrega de despensas en jornada' });
    await eliminarAjuste(db, ajuste.id);
    expect(await listarAjustes(db, a.id, 2026, 2)).toEqual([]);
    expect(await listarAjustesDelAnio(db, 2026)).toEqual([]);
    expect((await db.ajustes.get(ajuste.id))!.eliminado).toBe(1);
    expect((await bitacoraDe('ajuste')).map((b) => b.accion).sort()).toEqual(['crear', 'eliminar']);
    const otraVez = await errorDe(eliminarAjuste(db, ajuste.id));
    expect(otraVez.errores._).toBe('El ajuste ya no existe');
  });

  it('un mes cerrado (por sí o por su trimestre) no admite ajustes hasta reabrirse', async () => {
    const a = actividades[0];
    const cierre = (tipo: 'mes' | 'trimestre', numero: number, cerrado: boolean, fecha: string) =>
      db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo, numero, cerrado, fecha, usuario: 'Jefe' }));
    await cierre('trimestre', 1, true, '2026-04-02T10:00:00.000Z');
    expect(await mesCerrado(db, 2026, 2)).toBe(true);
    const error = await errorDe(agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 2, cantidad: 1, motivo: 'Solicitud recibida por oficio' }));
    expect(error.errores.mes).toBe('El periodo de febrero 2026 está cerrado; reábralo para cambiar sus ajustes');

    await cierre('mes', 4, true, '2026-05-02T10:00:00.000Z');
    await cierre('mes', 4, false, '2026-05-03T10:00:00.000Z');
    expect(await mesCerrado(db, 2026, 4)).toBe(false);
    await agregarAjuste(db, { actividadId: a.id, anio: 2026, mes: 4, cantidad: 1, motivo: 'Solicitud recibida por oficio' });
    expect(await listarAjustes(db, a.id, 2026, 4)).toHaveLength(1);
  });
});

describe('justificaciones de periodos fuera de meta', () => {
  it('guarda la justificación de una actividad y al guardar otra vez la reemplaza, con bitácora de ambas', async () => {
    const a = actividades[0];
    await guardarJustificacion(db, { actividadId: a.id, anio: 2026, tipoPeriodo: 'trimestre', numero: 1, texto: 'Veda electoral en marzo' });
    const segunda = await guardarJustificacion(db, {
      actividadId: a.id,
      anio: 2026,
      tipoPeriodo: 'trimestre',
      numero: 1,
      texto: 'Veda electoral en marzo; se redujo la atención en ventanilla',
    });
    const delAnio = await listarJustificaciones(db, 2026);
    expect(delAnio).toHaveLength(1);
    expect(delAnio[0]).toMatchObject({ id: segunda.id, texto: 'Veda electoral en marzo; se redujo la atención en ventanilla' });
    const bitacora = await bitacoraDe('justificacion');
    expect(bitacora.map((b) => b.accion).sort()).toEqual(['crear', 'editar']);
    const edicion = bitacora.find((b) => b.accion === 'editar')!;
    expect(edicion.resumen).toBe('Justificación de la actividad 1 para 1er trimestre (ene–mar) 2026 reemplazada');
    expect(edicion.cambios?.texto).toEqual({ antes: 'Veda electoral en marzo', despues: 'Veda electoral en marzo; se redujo la atención en ventanilla' });
  });

  it('la del POA completo y la de cada actividad del mismo periodo se guardan por separado', async () => {
    await guardarJustificacion(db, { actividadId: null, anio: 2026, tipoPeriodo: 'mes', numero: 10, texto: 'Temporada de lluvias intensas' });
    await guardarJustificacion(db, { actividadId: actividades[2].id, anio: 2026, tipoPeriodo: 'mes', numero: 10, texto: 'Se suspendieron dos talleres' });
    const delAnio = await listarJustificaciones(db, 2026);
    expect(delAnio.map((j) => j.actividadId).sort()).toEqual([actividades[2].id, null].sort());
    const [poa] = (await bitacoraDe('justificacion')).filter((b) => b.resumen.includes('del POA'));
    expect(poa.resumen).toBe('Justificación del POA para octubre 2026 registrada');
  });

  it('rechaza una justificación demasiado corta', async () => {
    const error = await errorDe(guardarJustificacion(db, { actividadId: null, anio: 2026, tipoPeriodo: 'mes', numero: 1, texto: 'lluvia' }));
    expect(error.errores.texto).toBe('La justificación debe tener al menos 10 caracteres');
    expect(await db.justificaciones.count()).toBe(0);
  });
});

describe('meta programada desde el cronograma', () => {
  it('cambia las metas de los meses si la suma sigue siendo la meta anual', async () => {
    const a = actividades[0];
    const programado = [...a.programado];
    programado[10] = 9;
    programado[11] = 5;
    await guardarMetasProgramadas(db, a.id, { meses: a.meses, programado });
    expect((await db.actividades.get(a.id))!.programado).toEqual(programado);
    expect((await db.bitacora.where('entidadId').equals(a.id).toArray()).map((b) => b.accion)).toEqual(['editar']);
  });

  it('rechaza una suma distinta de la meta anual con el mismo mensaje que la configuración', async () => {
    const a = actividades[0];
    const programado = [...a.programado];
    programado[10] = 10;
    const error = await errorDe(guardarMetasProgramadas(db, a.id, { meses: a.meses, programado }));
    expect(error.errores.programado).toBe('La suma mensual (93) no coincide con la meta anual (90); diferencia +3');
    expect((await db.actividades.get(a.id))!.programado).toEqual(a.programado);
  });

  it('quitar la X de un mes exige dejar su meta en 0', async () => {
    const a = actividades[2];
    const meses = [...a.meses];
    meses[7] = false;
    const error = await errorDe(guardarMetasProgramadas(db, a.id, { meses, programado: a.programado }));
    expect(error.errores['programado.7']).toBe('Este mes no está marcado en el cronograma; su meta debe ser 0');
    const programado = [...a.programado];
    programado[6] += programado[7];
    programado[7] = 0;
    await guardarMetasProgramadas(db, a.id, { meses, programado });
    expect((await db.actividades.get(a.id))!.meses[7]).toBe(false);
  });
});

describe('cargarCronograma: los registros del año por su fecha, con los ajustes, en una sola vía', () => {
  const base = (id: string) => ({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', estacion: 'V1', eliminado: 0 as const });
  const solicitud = (id: string, fechaRecepcion: string, estatus: Solicitud['estatus'] = 'recibida') =>
    ({ ...base(id), folio: `AC-${id}`, fechaRecepcion, estatus, personaId: crypto.randomUUID(), tipoApoyoId: crypto.randomUUID() }) as Solicitud;

  it('cuenta las solicitudes de 2026 por mes de recepción, deja fuera otros años y canceladas, y suma los ajustes aparte', async () => {
    await db.solicitudes.bulkAdd([
      solicitud('s1', '2026-03-02T09:15'),
      solicitud('s2', '2026-03-31T18:40'),
      solicitud('s3', '2026-12-31T23:59'),
      solicitud('s4', '2025-12-31T10:00'),
      solicitud('s5', '2027-01-01T08:00'),
      solicitud('s6', '2026-03-10T10:00', 'cancelada'),
    ]);
    await db.apoyos.add({ ...base('a1'), estatus: 'gestionado', fechaEntrega: null, fechaGestion: '2026-02-01' } as Apoyo);
    const a1 = actividades[0];
    await agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 3, cantidad: 2, motivo: 'Solicitudes recibidas por oficio sin captura' });
    const retirado = await agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 4, cantidad: 5, motivo: 'Ajuste capturado en el mes equivocado' });
    await eliminarAjuste(db, retirado.id);

    const cargado = (await cargarCronogramaConRegistros(db, 2026, 11))!;
    expect(cargado.registros.solicitudes.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3', 's6']);
    expect(cargado.registros.apoyos).toEqual([]);
    const fila = cargado.cronograma.filas[0];
    expect(fila.logradoRegistros[2]).toBe(2);
    expect(fila.ajustes[2]).toBe(2);
    expect(fila.logrado[2]).toBe(4);
    expect(fila.ajustes[3]).toBe(0);
    expect(fila.logrado[11]).toBe(1);
    expect(cargado.cronograma.total.metaAlcanzadaN).toBe(5);
    expect(cargado.umbrales).toEqual({ verde: 90, ambar: 70 });
  });

  it('no hay cronograma para un año sin POA', async () => {
    expect(await cargarCronograma(db, 2031, 12)).toBeNull();
  });
});
