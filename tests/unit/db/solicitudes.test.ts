import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import {
  agregarNota,
  cambiarEstatus,
  crearSolicitud,
  editarSolicitud,
  eliminarSolicitud,
  listarSolicitudes,
  obtenerDetalleSolicitud,
  registrarImpresionAcuse,
} from '../../../renderer/src/db/repositorios/solicitudes';
import { CONFIGURACION_POR_DEFECTO, guardarConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { aplicarFiltros, FILTROS_VACIOS } from '../../../shared/domain/filtroSolicitudes';
import { REGISTROS_VACIOS, contarPorMes } from '../../../shared/domain/conteo';
import { parsearFolio } from '../../../shared/domain/folio';
import { catalogo, CURP_JUAN, errorDe, personaJuan, personaMaria, registroCierre } from './ayudasSolicitudes';

let db: BaseDatosPoa;
let n = 0;
let c: Awaited<ReturnType<typeof catalogo>>;

async function nuevaBase(estacion = 'V1', usuario = 'Ventanilla 1'): Promise<BaseDatosPoa> {
  const base = new BaseDatosPoa(`prueba-solicitudes-${++n}`);
  await sembrarSiHaceFalta(base);
  // The clerk signed in at the station: every change and record names them.
  await conSesion(base, { nombre: usuario });
  if (estacion !== 'V1') await guardarConfiguracion(base, { ...CONFIGURACION_POR_DEFECTO, estacion });
  return base;
}

beforeEach(async () => {
  db = await nuevaBase();
  c = await catalogo(db);
});

/** A solicitud received on 05/03/2026 due on 20/03/2026; one received on another day is due that same day. */
function datos(cambios: Record<string, unknown> = {}) {
  const compromiso = typeof cambios.fechaRecepcion === 'string' ? { fechaCompromiso: cambios.fechaRecepcion.slice(0, 10) } : {};
  return {
    fechaRecepcion: '2026-03-05T10:30',
    canal: 'ventanilla',
    personaId: '',
    tipoApoyoId: c.despensa,
    descripcion: 'Solicita una despensa para su familia',
    prioridad: 'media',
    dependenciaId: c.dif,
    responsable: 'Ventanilla 1',
    fechaCompromiso: '2026-03-20',
    consentimientoPrivacidad: true,
    ...compromiso,
    ...cambios,
  };
}

async function conPersona(base: BaseDatosPoa, cambios: Record<string, unknown> = {}) {
  const persona = await guardarPersona(base, null, personaJuan({ curp: '' }));
  return crearSolicitud(base, { ...datos(cambios), personaId: persona.id });
}

describe('captura de una solicitud', () => {
  it('registra al ciudadano nuevo y la solicitud en una sola operación, con folio, seguimiento, consentimiento y bitácora', async () => {
    const s = await crearSolicitud(db, datos(), personaMaria());
    expect(s.folio).toBe('AC-2026-V1-0001');
    expect([s.anio, s.consecutivo, s.estatus, s.recibio, s.estacion]).toEqual([2026, 1, 'recibida', 'Ventanilla 1', 'V1']);
    expect(s.consentimientoPrivacidad).toBe(true);
    expect(s.avisoPrivacidad).toBe(CONFIGURACION_POR_DEFECTO.avisoPrivacidad);
    const persona = (await db.personas.get(s.personaId))!;
    expect(persona.nombreNormalizado).toBe('PEREZ LOPEZ MARIA JOSE');
    const seguimientos = await db.seguimientos.where('solicitudId').equals(s.id).toArray();
    expect(seguimientos.map((x) => [x.estatusAnterior, x.estatusNuevo, x.usuario, x.nota])).toEqual([[null, 'recibida', 'Ventanilla 1', 'Solicitud recibida']]);
    const bitacora = await db.bitacora.where('accion').equals('crear').toArray();
    expect(bitacora.map((b) => b.resumen).filter((r) => !r.startsWith('POA')).sort()).toEqual([
      'Ciudadano registrado: María José Pérez López',
      'Solicitud AC-2026-V1-0001 de María José Pérez López · Despensa: recibida',
    ]);
    expect(await db.folios.get('AC-2026-V1')).toEqual({ serie: 'AC-2026-V1', ultimo: 1 });
  });

  it('el año del folio es el de la fecha de recepción', async () => {
    const s = await crearSolicitud(db, datos({ fechaRecepcion: '2025-12-31T18:00' }), personaMaria());
    expect(s.folio).toBe('AC-2025-V1-0001');
  });

  it('reúne los errores de la solicitud y del ciudadano nuevo, cada uno en su campo, y no guarda nada', async () => {
    const e = await errorDe(
      crearSolicitud(db, datos({ descripcion: '', consentimientoPrivacidad: false, fechaCompromiso: '2026-02-30' }), personaMaria({ nombres: '', curp: 'ABC' })),
    );
    expect(e.errores).toMatchObject({
      descripcion: 'Descripción es obligatorio',
      consentimientoPrivacidad: 'El ciudadano debe aceptar el aviso de privacidad',
      fechaCompromiso: 'Fecha compromiso: la fecha no existe',
      'persona.nombres': 'Nombre(s) es obligatorio',
      'persona.curp': 'La CURP debe tener 18 caracteres (tiene 3)',
    });
    expect(await db.solicitudes.count()).toBe(0);
    expect(await db.personas.count()).toBe(0);
  });

  it('la fecha compromiso no puede ser anterior a la recepción, al capturar ni al corregir', async () => {
    const e = await errorDe(crearSolicitud(db, datos({ fechaRecepcion: '2027-01-12T09:30', fechaCompromiso: '2026-12-09' }), personaMaria()));
    expect(e.errores).toEqual({ fechaCompromiso: 'La fecha compromiso no puede ser anterior a la fecha de recepción' });
    const s = await crearSolicitud(db, datos({ fechaRecepcion: '2027-01-12T09:30', fechaCompromiso: '2027-01-12' }), personaMaria());
    const correccion = await errorDe(editarSolicitud(db, s.id, { ...s, fechaCompromiso: '2027-01-11' }));
    expect(correccion.errores).toEqual({ fechaCompromiso: 'La fecha compromiso no puede ser anterior a la fecha de recepción' });
  });

  it('sin ciudadano elegido ni nuevo pide elegirlo', async () => {
    const e = await errorDe(crearSolicitud(db, datos()));
    expect(e.errores.personaId).toBe('Elija o registre al ciudadano');
  });

  it('un ciudadano nuevo con la CURP de otro se rechaza nombrando a esa persona, sin gastar folio', async () => {
    await guardarPersona(db, null, personaJuan());
    const e = await errorDe(crearSolicitud(db, datos(), personaMaria({ curp: CURP_JUAN })));
    expect(e.errores['persona.curp']).toBe(`La CURP ${CURP_JUAN} ya está registrada a nombre de Juan Hernández García`);
    expect(await db.solicitudes.count()).toBe(0);
    expect(await db.folios.count()).toBe(0);
  });

  it('rechaza un tipo de apoyo que no es del catálogo', async () => {
    const e = await errorDe(conPersona(db, { tipoApoyoId: c.dif }));
    expect(e.errores.tipoApoyoId).toBe('Elija un tipo de apoyo del catálogo');
  });
});

describe('folio', () => {
  it('es consecutivo por estación y año: 0001, 0002, 0003', async () => {
    const folios = [];
    for (let i = 0; i < 3; i++) folios.push((await conPersona(db)).folio);
    expect(folios).toEqual(['AC-2026-V1-0001', 'AC-2026-V1-0002', 'AC-2026-V1-0003']);
  });

  it('no se repite con capturas simultáneas en la misma PC', async () => {
    const persona = await guardarPersona(db, null, personaMaria());
    const hechas = await Promise.all(Array.from({ length: 25 }, () => crearSolicitud(db, { ...datos(), personaId: persona.id })));
    expect(hechas.map((s) => s.consecutivo).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(hechas.map((s) => s.folio)).size).toBe(25);
  });

  it('es único entre dos estaciones que capturan sin conexión al mismo tiempo y se consolidan sin choques', async () => {
    const v1 = db;
    const v2 = await nuevaBase('V2', 'Ventanilla 2');
    const c2 = await catalogo(v2);
    const p1 = await guardarPersona(v1, null, personaMaria());
    const p2 = await guardarPersona(v2, null, personaJuan());
    const capturas = await Promise.all([
      ...Array.from({ length: 15 }, () => crearSolicitud(v1, { ...datos(), personaId: p1.id })),
      ...Array.from({ length: 12 }, () =>
        crearSolicitud(v2, { ...datos({ tipoApoyoId: c2.despensa, dependenciaId: c2.dif, responsable: 'Ventanilla 2' }), personaId: p2.id }),
      ),
    ]);
    expect(capturas).toHaveLength(27);

    // The head's PC receives both stations' records; the unique folio index would refuse any collision.
    const consolidada = await nuevaBase('JD', 'Jefe del Departamento');
    await consolidada.personas.bulkAdd([...(await v1.personas.toArray()), ...(await v2.personas.toArray())]);
    await consolidada.solicitudes.bulkAdd([...(await v1.solicitudes.toArray()), ...(await v2.solicitudes.toArray())]);
    const todas = await consolidada.solicitudes.toArray();
    expect(todas).toHaveLength(27);
    expect(new Set(todas.map((s) => s.folio)).size).toBe(27);
    const serie = (estacion: string) =>
      todas
        .map((s) => parsearFolio(s.folio)!)
        .filter((f) => f.estacion === estacion)
        .map((f) => f.consecutivo)
        .sort((a, b) => a - b);
    expect(serie('V1')).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(serie('V2')).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(todas.filter((s) => s.estacion === 'V2').every((s) => s.folio.startsWith('AC-2026-V2-') && s.recibio === 'Ventanilla 2')).toBe(true);
  });

  it('no se reutiliza después de eliminar una solicitud', async () => {
    await conPersona(db);
    const segunda = await conPersona(db);
    await eliminarSolicitud(db, segunda.id, 'Capturada por error');
    const tercera = await conPersona(db);
    expect(tercera.folio).toBe('AC-2026-V1-0003');
    expect((await db.solicitudes.get(segunda.id))!.eliminado).toBe(1);
  });

  it('si el contador se perdió, salta los folios que ya existen en vez de repetirlos', async () => {
    await conPersona(db);
    await conPersona(db);
    await db.folios.clear();
    expect((await conPersona(db)).folio).toBe('AC-2026-V1-0003');
  });
});

describe('flujo de estatus con seguimientos', () => {
  it('Recibida → Canalizada → En seguimiento → Atendida, cada paso con su seguimiento y su bitácora', async () => {
    const s = await conPersona(db);
    const e = await errorDe(cambiarEstatus(db, s.id, { estatus: 'canalizada', numeroOficio: '', fechaCanalizacion: null, nota: '', resultado: '', duplicadaDeId: null }));
    expect(e.errores.numeroOficio).toBe('Escriba el número de oficio con que se canaliza');
    const sinFecha = await errorDe(cambiarEstatus(db, s.id, { estatus: 'canalizada', numeroOficio: 'GS/015/2026', fechaCanalizacion: null, nota: '', resultado: '', duplicadaDeId: null }));
    expect(sinFecha.errores.fechaCanalizacion).toBe('Escriba una fecha de canalización válida');

    const canalizada = await cambiarEstatus(db, s.id, {
      estatus: 'canalizada',
      numeroOficio: 'GS/015/2026',
      fechaCanalizacion: '2026-03-06',
      nota: 'Se envió al DIF',
      resultado: '',
      duplicadaDeId: null,
    });
    expect([canalizada.estatus, canalizada.numeroOficio, canalizada.fechaCanalizacion]).toEqual(['canalizada', 'GS/015/2026', '2026-03-06']);
    await cambiarEstatus(db, s.id, { estatus: 'en-seguimiento', nota: 'El DIF pidió copia de la INE', numeroOficio: '', fechaCanalizacion: null, resultado: '', duplicadaDeId: null });
    const sinResultado = await errorDe(cambiarEstatus(db, s.id, { estatus: 'atendida', nota: '', numeroOficio: '', fechaCanalizacion: null, resultado: ' ', duplicadaDeId: null }));
    expect(sinResultado.errores.resultado).toBe('Escriba el resultado de la atención');
    const atendida = await cambiarEstatus(db, s.id, { estatus: 'atendida', nota: '', numeroOficio: '', fechaCanalizacion: null, resultado: 'Se entregó la despensa', duplicadaDeId: null });
    expect([atendida.estatus, atendida.resultado, atendida.numeroOficio]).toEqual(['atendida', 'Se entregó la despensa', 'GS/015/2026']);

    const detalle = (await obtenerDetalleSolicitud(db, s.id))!;
    expect(detalle.seguimientos.map((x) => [x.estatusAnterior, x.estatusNuevo, x.usuario])).toEqual([
      [null, 'recibida', 'Ventanilla 1'],
      ['recibida', 'canalizada', 'Ventanilla 1'],
      ['canalizada', 'en-seguimiento', 'Ventanilla 1'],
      ['en-seguimiento', 'atendida', 'Ventanilla 1'],
    ]);
    expect(detalle.seguimientos[1].nota).toBe('Oficio GS/015/2026 del 06/03/2026. Se envió al DIF');
    expect(detalle.seguimientos[3].nota).toBe('Resultado: Se entregó la despensa');
    const bitacora = await db.bitacora.where('accion').equals('estatus').toArray();
    expect(bitacora.map((b) => b.resumen).sort()).toEqual([
      'Solicitud AC-2026-V1-0001 de Juan Hernández García · Despensa: Canalizada → En seguimiento',
      'Solicitud AC-2026-V1-0001 de Juan Hernández García · Despensa: En seguimiento → Atendida',
      'Solicitud AC-2026-V1-0001 de Juan Hernández García · Despensa: Recibida → Canalizada',
    ]);
    expect(bitacora.find((b) => b.resumen.endsWith('Recibida → Canalizada'))!.cambios).toMatchObject({ estatus: { antes: 'recibida', despues: 'canalizada' }, numeroOficio: { antes: '', despues: 'GS/015/2026' } });
  });

  it('rechaza las transiciones imposibles sin tocar el registro', async () => {
    const s = await conPersona(db);
    await cambiarEstatus(db, s.id, { estatus: 'improcedente', resultado: 'No es competencia municipal', nota: '', numeroOficio: '', fechaCanalizacion: null, duplicadaDeId: null });
    const e = await errorDe(cambiarEstatus(db, s.id, { estatus: 'en-seguimiento', nota: '', numeroOficio: '', resultado: '', fechaCanalizacion: null, duplicadaDeId: null }));
    expect(e.errores.estatus).toBe('La solicitud está cerrada (Improcedente); ya no puede cambiar de estatus');
    const otra = await conPersona(db);
    await cambiarEstatus(db, otra.id, { estatus: 'en-seguimiento', nota: '', numeroOficio: '', resultado: '', fechaCanalizacion: null, duplicadaDeId: null });
    const atras = await errorDe(cambiarEstatus(db, otra.id, { estatus: 'canalizada', numeroOficio: 'X', fechaCanalizacion: '2026-03-06', nota: '', resultado: '', duplicadaDeId: null }));
    expect(atras.errores.estatus).toBe('No se puede pasar de En seguimiento a Canalizada');
    expect((await db.solicitudes.get(otra.id))!.estatus).toBe('en-seguimiento');
    expect(await db.seguimientos.where('solicitudId').equals(otra.id).count()).toBe(2);
  });

  it('una duplicada queda ligada a la original, que no puede ser ella misma ni otro duplicado', async () => {
    const original = await conPersona(db);
    const copia = await conPersona(db);
    const tercera = await conPersona(db);
    const base = { estatus: 'duplicada', nota: '', numeroOficio: '', fechaCanalizacion: null, resultado: 'Misma petición' };
    expect((await errorDe(cambiarEstatus(db, copia.id, { ...base, duplicadaDeId: copia.id }))).errores.duplicadaDeId).toBe(
      'Una solicitud no puede ser duplicado de sí misma',
    );
    const dup = await cambiarEstatus(db, copia.id, { ...base, duplicadaDeId: original.id });
    expect(dup.duplicadaDeId).toBe(original.id);
    expect((await obtenerDetalleSolicitud(db, copia.id))!.original).toEqual({ id: original.id, folio: 'AC-2026-V1-0001' });
    const e = await errorDe(cambiarEstatus(db, tercera.id, { ...base, duplicadaDeId: copia.id }));
    expect(e.errores.duplicadaDeId).toBe('AC-2026-V1-0002 también es un duplicado; elija la solicitud original');
  });

  it('una nota de seguimiento sin cambio de estatus queda en el historial', async () => {
    const s = await conPersona(db);
    await agregarNota(db, s.id, 'Llamó para preguntar por su trámite');
    const detalle = (await obtenerDetalleSolicitud(db, s.id))!;
    expect(detalle.seguimientos.at(-1)).toMatchObject({ estatusAnterior: 'recibida', estatusNuevo: 'recibida', nota: 'Llamó para preguntar por su trámite' });
    expect((await errorDe(agregarNota(db, s.id, '  '))).errores.nota).toBe('Nota es obligatorio');
  });
});

describe('edición, eliminación e impresión quedan en la bitácora', () => {
  it('la edición anota cada campo cambiado y conserva folio y estatus', async () => {
    const s = await conPersona(db);
    const editada = await editarSolicitud(db, s.id, { ...s, descripcion: 'Despensa y cobijas', prioridad: 'alta', folio: 'AC-2026-V1-9999', estatus: 'atendida' });
    expect([editada.folio, editada.estatus, editada.descripcion]).toEqual(['AC-2026-V1-0001', 'recibida', 'Despensa y cobijas']);
    const b = (await db.bitacora.where('entidadId').equals(s.id).toArray()).find((x) => x.accion === 'editar')!;
    expect(b.cambios).toEqual({
      descripcion: { antes: 'Solicita una despensa para su familia', despues: 'Despensa y cobijas' },
      prioridad: { antes: 'media', despues: 'alta' },
    });
  });

  it('eliminar pide motivo, marca eliminado=1 y la quita de la lista', async () => {
    const s = await conPersona(db);
    expect((await errorDe(eliminarSolicitud(db, s.id, ''))).errores.motivo).toBe('Motivo de la eliminación es obligatorio');
    await eliminarSolicitud(db, s.id, 'Capturada dos veces');
    expect((await db.solicitudes.get(s.id))!.eliminado).toBe(1);
    expect(await listarSolicitudes(db)).toEqual([]);
    const b = (await db.bitacora.where('accion').equals('eliminar').toArray())[0];
    expect(b.resumen).toBe('Solicitud AC-2026-V1-0001 de Juan Hernández García · Despensa: eliminada. Motivo: Capturada dos veces');
  });

  it('imprimir el acuse se registra con usuario y folio', async () => {
    const s = await conPersona(db);
    await registrarImpresionAcuse(db, s.id, 'dialogo');
    await registrarImpresionAcuse(db, s.id, 'pdf');
    const b = await db.bitacora.where('accion').equals('imprimir').toArray();
    expect(b.map((x) => [x.usuario, x.resumen]).sort()).toEqual([
      ['Ventanilla 1', 'Acuse de la solicitud AC-2026-V1-0001 enviado a imprimir'],
      ['Ventanilla 1', 'Acuse de la solicitud AC-2026-V1-0001 guardado en PDF'],
    ]);
  });
});

describe('periodo cerrado', () => {
  it('no recibe, cancela ni elimina solicitudes de un mes cerrado, pero sí les da seguimiento', async () => {
    const s = await conPersona(db);
    await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo: 'mes', numero: 3, cerrado: true, fecha: new Date().toISOString(), usuario: 'Jefe' }));
    expect((await errorDe(conPersona(db))).errores.fechaRecepcion).toBe('El periodo de marzo 2026 está cerrado: no se pueden recibir solicitudes con esa fecha');
    expect((await errorDe(eliminarSolicitud(db, s.id, 'x'))).errores.motivo).toContain('está cerrado');
    const cancelar = { estatus: 'cancelada', resultado: 'Desistió', nota: '', numeroOficio: '', fechaCanalizacion: null, duplicadaDeId: null };
    expect((await errorDe(cambiarEstatus(db, s.id, cancelar))).errores.estatus).toContain('está cerrado');
    await cambiarEstatus(db, s.id, { ...cancelar, estatus: 'atendida', resultado: 'Entregada' });
    expect((await db.solicitudes.get(s.id))!.estatus).toBe('atendida');
  });

  it('en un mes cerrado se corrige la fecha dentro del mes, pero la solicitud no sale de él ni entra a él', async () => {
    const marzo = await conPersona(db);
    const abril = await conPersona(db, { fechaRecepcion: '2026-04-02T09:00' });
    await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo: 'mes', numero: 3, cerrado: true, fecha: new Date().toISOString(), usuario: 'Jefe' }));
    const corregida = await editarSolicitud(db, marzo.id, { ...marzo, fechaRecepcion: '2026-03-20T16:45' });
    expect(corregida.fechaRecepcion).toBe('2026-03-20T16:45');
    expect((await errorDe(editarSolicitud(db, marzo.id, { ...marzo, fechaRecepcion: '2026-04-01T09:00', fechaCompromiso: '2026-04-15' }))).errores.fechaRecepcion).toBe(
      'El periodo de marzo 2026 está cerrado: la solicitud no puede salir de ese mes',
    );
    expect((await errorDe(editarSolicitud(db, abril.id, { ...abril, fechaRecepcion: '2026-03-31T09:00' }))).errores.fechaRecepcion).toBe(
      'El periodo de marzo 2026 está cerrado: la solicitud no puede pasar a ese mes',
    );
  });

  it('una solicitud cancelada ya no cuenta en su mes: cerrado éste, se puede eliminar o cambiar de fecha', async () => {
    const s = await conPersona(db);
    await cambiarEstatus(db, s.id, { estatus: 'cancelada', resultado: 'Desistió', nota: '', numeroOficio: '', fechaCanalizacion: null, duplicadaDeId: null });
    await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo: 'mes', numero: 3, cerrado: true, fecha: new Date().toISOString(), usuario: 'Jefe' }));
    expect((await editarSolicitud(db, s.id, { ...s, fechaRecepcion: '2026-04-01T09:00', fechaCompromiso: '2026-04-15' })).fechaRecepcion).toBe('2026-04-01T09:00');
    await eliminarSolicitud(db, s.id, 'Capturada dos veces');
    expect((await db.solicitudes.get(s.id))!.eliminado).toBe(1);
  });
});

describe('lista, búsqueda y conteo del POA', () => {
  it('encuentra cada solicitud por folio, por nombre sin acentos, por CURP y las vencidas', async () => {
    const maria = await crearSolicitud(db, datos({ fechaCompromiso: '2026-03-10' }), personaMaria());
    const juan = await crearSolicitud(db, datos({ fechaRecepcion: '2026-04-01T09:00', fechaCompromiso: '2026-12-01', tipoApoyoId: c.medicamento }), personaJuan());
    const filas = await listarSolicitudes(db);
    expect(filas.map((f) => [f.folio, f.ciudadano, f.tipoApoyo, f.dependencia, f.colonia])).toEqual([
      ['AC-2026-V1-0002', 'Juan Hernández García', 'Medicamento', 'DIF Municipal', 'Colonia Las Flores'],
      ['AC-2026-V1-0001', 'María José Pérez López', 'Despensa', 'DIF Municipal', 'Centro'],
    ]);
    const buscar = (cambios: Partial<typeof FILTROS_VACIOS>) => aplicarFiltros(filas, { ...FILTROS_VACIOS, ...cambios }, '2026-11-24').map((f) => f.id);
    expect(buscar({ texto: 'ac-2026-v1-0002' })).toEqual([juan.id]);
    expect(buscar({ texto: 'maria jose' })).toEqual([maria.id]);
    expect(buscar({ texto: CURP_JUAN.slice(0, 10) })).toEqual([juan.id]);
    expect(buscar({ soloVencidas: true })).toEqual([maria.id]);
    expect(buscar({ tipoApoyoId: c.medicamento })).toEqual([juan.id]);
    expect(buscar({ colonia: 'colonia las flores' })).toEqual([juan.id]);
    expect(buscar({ desde: '2026-04-01', hasta: '2026-04-30' })).toEqual([juan.id]);
    expect((await listarSolicitudes(db, '2026-03-01', '2026-03-31')).map((f) => f.id)).toEqual([maria.id]);
  });

  it('cuentan para la actividad 1 en el mes de recepción, salvo canceladas, duplicadas y eliminadas', async () => {
    const a = await conPersona(db);
    const b = await conPersona(db, { fechaRecepcion: '2026-04-02T09:00' });
    const cancelada = await conPersona(db);
    const eliminada = await conPersona(db, { fechaRecepcion: '2026-04-03T09:00' });
    await cambiarEstatus(db, cancelada.id, { estatus: 'cancelada', resultado: 'Desistió', nota: '', numeroOficio: '', fechaCanalizacion: null, duplicadaDeId: null });
    await eliminarSolicitud(db, eliminada.id, 'Error de captura');
    const solicitudes = await db.solicitudes.toArray();
    const conteo = contarPorMes('solicitudes', { ...REGISTROS_VACIOS, solicitudes }, 2026);
    expect(conteo.slice(2, 4)).toEqual([1, 1]);
    expect([a.folio, b.folio]).toEqual(['AC-2026-V1-0001', 'AC-2026-V1-0002']);
  });
});
