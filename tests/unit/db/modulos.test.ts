import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { crearSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import {
  apoyosRepetidosDe,
  cambiarEstatusApoyo,
  crearApoyo,
  editarApoyo,
  eliminarApoyo,
  listarApoyos,
  listarPadron,
  obtenerDetalleApoyo,
  registrarBeneficiario,
  solicitudesParaApoyo,
} from '../../../renderer/src/db/repositorios/apoyos';
import { crearJornada, editarJornada, eliminarJornada, listarJornadas, obtenerJornada } from '../../../renderer/src/db/repositorios/jornadas';
import { crearEvento, editarEvento, listarEventos } from '../../../renderer/src/db/repositorios/eventos';
import {
  crearAcuerdo,
  crearConvenio,
  crearMesa,
  editarAcuerdo,
  editarConvenio,
  eliminarMesa,
  listarConvenios,
  listarMesas,
  obtenerDetalleMesa,
} from '../../../renderer/src/db/repositorios/vinculacion';
import { cargarRegistrosDelAnio } from '../../../renderer/src/db/repositorios/cronograma';
import { contarPorMes, registrosQueCuentan } from '../../../shared/domain/conteo';
import { filaPublica } from '../../../shared/domain/padron';
import { REGISTROS } from '../../../shared/registros';
import type { Persona } from '../../../shared/schemas/personas';
import { catalogo, errorDe, personaJuan, personaMaria, registroCierre } from './ayudasSolicitudes';

let db: BaseDatosPoa;
let n = 0;
let c: Awaited<ReturnType<typeof catalogo>>;
let maria: Persona;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-modulos-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  c = await catalogo(db);
  maria = await guardarPersona(db, null, personaMaria());
});

/** Bitácora entries other than the seed's, the sign-in's and the personas' registrations, oldest first. */
async function bitacora(entidad?: string) {
  const todas = await db.bitacora.orderBy('fecha').toArray();
  return todas.filter((b) => b.entidad !== 'poa' && b.entidad !== 'persona' && b.entidad !== 'cuenta' && (!entidad || b.entidad === entidad));
}

async function cerrarMes(mes: number) {
  await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo: 'mes', numero: mes, cerrado: true, fecha: new Date().toISOString(), usuario: 'Jefe' }));
}

function datosApoyo(cambios: Record<string, unknown> = {}) {
  return {
    personaId: maria.id,
    solicitudId: null,
    tipoApoyoId: c.despensa,
    cantidad: 2,
    unidad: 'paquetes',
    valorEstimado: 1234.5,
    fuente: 'municipal',
    dependenciaId: c.dif,
    estatus: 'gestionado',
    fechaGestion: '2026-03-02',
    fechaEntrega: null,
    evidencia: '',
    ...cambios,
  };
}

function datosJornada(cambios: Record<string, unknown> = {}) {
  return {
    fecha: '2026-04-18',
    nombre: 'Jornada de salud en San José',
    colonia: '',
    localidad: 'San José',
    dependencias: ['DIF Municipal', 'Instituto de Salud del Estado'],
    servicios: ['Consulta médica', 'Corte de cabello'],
    atendidasMujeres: 40,
    atendidasHombres: 25,
    atendidasOtro: 1,
    edad0a11: 6,
    edad12a17: 10,
    edad18a29: 20,
    edad30a59: 22,
    edad60: 8,
    realizada: true,
    ...cambios,
  };
}

function datosEvento(cambios: Record<string, unknown> = {}) {
  return {
    tipo: 'taller',
    nombre: 'Taller de autoestima',
    tema: 'Desarrollo humano',
    dependenciaId: c.dif,
    facilitador: 'Psic. Laura Méndez',
    fecha: '2026-05-12',
    fechaFin: null,
    horas: 3,
    sede: 'Casa de la Cultura',
    localidad: 'Cabecera municipal',
    poblacionObjetivo: 'Mujeres jefas de familia',
    asistentesMujeres: 18,
    asistentesHombres: 2,
    asistentesOtro: 0,
    edad0a11: 0,
    edad12a17: 2,
    edad18a29: 5,
    edad30a59: 10,
    edad60: 3,
    beneficiarios: 0,
    estatus: 'realizado',
    evidencia: 'Lista de asistencia y fotos en el expediente',
    ...cambios,
  };
}

function datosMesa(cambios: Record<string, unknown> = {}) {
  return {
    fecha: '2026-06-09',
    tema: 'Seguridad alimentaria regional',
    convoca: 'Secretaría de Bienestar',
    sede: 'Palacio Municipal',
    instituciones: ['DIF Municipal', 'Secretaría de Bienestar (federal)'],
    asistentes: 14,
    estatus: 'asistida',
    ...cambios,
  };
}

function datosConvenio(cambios: Record<string, unknown> = {}) {
  return {
    numero: 'CONV-001/2026',
    tipo: 'colaboracion',
    contraparte: 'Cruz Roja Mexicana',
    sector: 'civil',
    objeto: 'Colaboración en jornadas de salud',
    fechaFirma: '2026-07-03',
    vigenciaInicio: '2026-07-03',
    vigenciaFin: '2027-07-02',
    firmantes: ['Presidente Municipal', 'Delegado de Cruz Roja'],
    responsable: 'Secretaría de Gobierno',
    estatus: 'vigente',
    ...cambios,
  };
}

describe('Módulo 2: apoyos', () => {
  it('los errores salen en español en cada campo y nada se guarda', async () => {
    const e = await errorDe(crearApoyo(db, datosApoyo({ personaId: '', tipoApoyoId: '', cantidad: Number.NaN, unidad: ' ', fuente: '', fechaGestion: '31/02/2026' })));
    expect(e.errores).toEqual({
      personaId: 'Elija al beneficiario',
      tipoApoyoId: 'Elija el tipo de apoyo',
      cantidad: 'La cantidad debe ser un número',
      unidad: 'Unidad es obligatorio',
      fuente: 'Elija la fuente',
      fechaGestion: 'Fecha de gestión: escriba una fecha válida (dd/mm/aaaa)',
    });
    const entregado = await errorDe(crearApoyo(db, datosApoyo({ estatus: 'entregado' })));
    expect(entregado.errores).toEqual({ fechaEntrega: 'Un apoyo entregado necesita su fecha de entrega' });
    const tipoAjeno = await errorDe(crearApoyo(db, datosApoyo({ tipoApoyoId: c.dif })));
    expect(tipoAjeno.errores).toEqual({ tipoApoyoId: 'Elija un tipo de apoyo del catálogo' });
    expect(await db.apoyos.count()).toBe(0);
    expect(await bitacora()).toEqual([]);
  });

  it('registra el apoyo y su entrada de bitácora juntos; la lista lo muestra con el beneficiario y el catálogo', async () => {
    const a = await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-16' }));
    expect([a.estacion, a.eliminado, a.valorEstimado]).toEqual(['V1', 0, 1234.5]);
    expect((await bitacora()).map((b) => [b.accion, b.entidadId, b.resumen, b.usuario])).toEqual([
      ['crear', a.id, 'Apoyo Despensa a María José Pérez López · 2 paquetes: registrado, entregado', 'Ventanilla 1'],
    ]);
    const [fila] = await listarApoyos(db);
    expect(fila).toMatchObject({ beneficiario: 'María José Pérez López', tipoApoyo: 'Despensa', dependencia: 'DIF Municipal', estatus: 'entregado', colonia: 'Centro' });
  });

  it('la bitácora describe el apoyo con el describir de su descriptor: tipo y persona por nombre, buscados en la misma transacción', async () => {
    const rosalinda = await guardarPersona(db, null, personaMaria({ nombres: 'Rosalinda', apellidoPaterno: 'Quetzal', apellidoMaterno: 'Ramírez', curp: '' }));
    const a = await crearApoyo(db, datosApoyo({ personaId: rosalinda.id, cantidad: 1, unidad: 'paquete' }));
    const [alta] = await bitacora('apoyo');
    expect(alta.resumen).toBe('Apoyo Despensa a Rosalinda Quetzal Ramírez · 1 paquete: registrado, gestionado');
    const nombres = { personas: new Map([[rosalinda.id, 'Rosalinda Quetzal Ramírez']]), catalogos: new Map([[c.despensa, 'Despensa']]) };
    expect(alta.resumen.startsWith(`${REGISTROS.apoyo.describir(a, nombres)}: `)).toBe(true);
    // The names are read when the entry is written: a corrected name shows in the next entries, not in the earlier ones.
    const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, nombreNormalizado: _n, palabras: _p, ...datosPersona } = rosalinda;
    await guardarPersona(db, rosalinda.id, { ...datosPersona, apellidoMaterno: 'Ramos' });
    await cambiarEstatusApoyo(db, a.id, { estatus: 'autorizado', fechaEntrega: null });
    expect((await bitacora('apoyo')).map((b) => b.resumen)).toEqual([
      'Apoyo Despensa a Rosalinda Quetzal Ramírez · 1 paquete: registrado, gestionado',
      'Apoyo Despensa a Rosalinda Quetzal Ramos · 1 paquete: Gestionado → Autorizado',
    ]);
  });

  it('liga la solicitud de origen por su folio y la ofrece entre las del beneficiario', async () => {
    const s = await crearSolicitud(db, {
      fechaRecepcion: '2026-02-20T10:00',
      canal: 'ventanilla',
      personaId: maria.id,
      tipoApoyoId: c.despensa,
      descripcion: 'Despensa para su familia',
      prioridad: 'media',
      dependenciaId: null,
      responsable: 'Ventanilla 1',
      fechaCompromiso: '2026-03-10',
      consentimientoPrivacidad: true,
    });
    expect((await solicitudesParaApoyo(db, maria.id, '')).map((o) => o.folio)).toEqual([s.folio]);
    expect((await solicitudesParaApoyo(db, '', 'ac-2026')).map((o) => o.folio)).toEqual([s.folio]);
    const a = await crearApoyo(db, datosApoyo({ solicitudId: s.id }));
    expect((await obtenerDetalleApoyo(db, a.id))!.solicitud).toEqual({ id: s.id, folio: s.folio });
    expect((await errorDe(crearApoyo(db, datosApoyo({ solicitudId: crypto.randomUUID() })))).errores).toEqual({
      solicitudId: 'La solicitud de origen ya no existe',
    });
  });

  it('avisa, sin impedirlo, cuando la persona ya recibió el mismo tipo de apoyo ese año', async () => {
    const primero = await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-16' }));
    expect(await apoyosRepetidosDe(db, { personaId: maria.id, tipoApoyoId: c.despensa, fechaGestion: '2026-09-01', fechaEntrega: null })).toEqual([primero]);
    expect(await apoyosRepetidosDe(db, { personaId: maria.id, tipoApoyoId: c.medicamento, fechaGestion: '2026-09-01', fechaEntrega: null })).toEqual([]);
    const segundo = await crearApoyo(db, datosApoyo({ fechaGestion: '2026-09-01' }));
    expect((await bitacora()).at(-1)!.resumen).toBe('Apoyo Despensa a María José Pérez López · 2 paquetes: registrado, gestionado. Aviso: ya tenía 1 apoyo(s) de Despensa en 2026');
    expect((await obtenerDetalleApoyo(db, segundo.id))!.repetidos.map((a) => a.id)).toEqual([primero.id]);
  });

  it('una entrega registrada tarde, con fecha anterior a la gestión, mueve la gestión a esa fecha en lugar de rechazarse', async () => {
    const a = await crearApoyo(db, datosApoyo({ fechaGestion: '2026-03-10' }));
    await cambiarEstatusApoyo(db, a.id, { estatus: 'autorizado', fechaEntrega: null });
    const entregado = await cambiarEstatusApoyo(db, a.id, { estatus: 'entregado', fechaEntrega: '2026-03-01' });
    expect([entregado.estatus, entregado.fechaGestion, entregado.fechaEntrega]).toEqual(['entregado', '2026-03-01', '2026-03-01']);
  });

  it('avanza Gestionado → Autorizado → Entregado con fecha; no sale de Entregado por un paso y cada paso va a la bitácora', async () => {
    const a = await crearApoyo(db, datosApoyo());
    await cambiarEstatusApoyo(db, a.id, { estatus: 'autorizado', fechaEntrega: null });
    expect((await errorDe(cambiarEstatusApoyo(db, a.id, { estatus: 'entregado', fechaEntrega: null }))).errores).toEqual({
      fechaEntrega: 'Un apoyo entregado necesita su fecha de entrega',
    });
    const entregado = await cambiarEstatusApoyo(db, a.id, { estatus: 'entregado', fechaEntrega: '2026-03-20' });
    expect([entregado.estatus, entregado.fechaEntrega]).toEqual(['entregado', '2026-03-20']);
    expect((await errorDe(cambiarEstatusApoyo(db, a.id, { estatus: 'rechazado', fechaEntrega: null }))).errores).toEqual({
      estatus: 'Un apoyo entregado no pasa a Rechazado',
    });
    const pasos = (await bitacora()).filter((b) => b.accion === 'estatus');
    expect(pasos.map((b) => b.resumen)).toEqual([
      'Apoyo Despensa a María José Pérez López · 2 paquetes: Gestionado → Autorizado',
      'Apoyo Despensa a María José Pérez López · 2 paquetes: Autorizado → Entregado el 20/03/2026',
    ]);
    expect(pasos[1].cambios).toEqual({ estatus: { antes: 'autorizado', despues: 'entregado' }, fechaEntrega: { antes: null, despues: '2026-03-20' } });
  });

  it('editar sin cambios no escribe nada; eliminar pide motivo y deja el registro marcado', async () => {
    const a = await crearApoyo(db, datosApoyo());
    const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...datos } = a;
    await editarApoyo(db, a.id, datos);
    await editarApoyo(db, a.id, { ...datos, valorEstimado: 1500 });
    expect((await errorDe(eliminarApoyo(db, a.id, ' '))).errores).toEqual({ motivo: 'Motivo de la eliminación es obligatorio' });
    await eliminarApoyo(db, a.id, 'Capturado dos veces');
    expect((await db.apoyos.get(a.id))!.eliminado).toBe(1);
    expect(await listarApoyos(db)).toEqual([]);
    expect((await bitacora()).map((b) => [b.accion, b.resumen])).toEqual([
      ['crear', 'Apoyo Despensa a María José Pérez López · 2 paquetes: registrado, gestionado'],
      ['editar', 'Apoyo Despensa a María José Pérez López · 2 paquetes: modificado'],
      ['eliminar', 'Apoyo Despensa a María José Pérez López · 2 paquetes: eliminado. Motivo: Capturado dos veces'],
    ]);
  });

  it('un mes cerrado no gana ni pierde apoyos entregados, pero sus otros datos se corrigen', async () => {
    const a = await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-16' }));
    await cerrarMes(3);
    expect((await errorDe(crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-20' })))).errores).toEqual({
      fechaEntrega: 'El periodo de marzo 2026 está cerrado: lo que cuenta en él no se puede cambiar hasta reabrirlo',
    });
    expect((await errorDe(eliminarApoyo(db, a.id, 'Error de captura'))).errores.motivo).toMatch(/^El periodo de marzo 2026 está cerrado/);
    const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...datos } = a;
    expect((await errorDe(editarApoyo(db, a.id, { ...datos, fechaEntrega: '2026-04-02' }))).errores.fechaEntrega).toMatch(/^El periodo de marzo/);
    await editarApoyo(db, a.id, { ...datos, evidencia: 'Acta de entrega firmada' });
    expect((await db.apoyos.get(a.id))!.evidencia).toBe('Acta de entrega firmada');
    expect(await db.apoyos.count()).toBe(1);
  });

  it('el padrón lista a quienes recibieron apoyo; la versión pública no lleva CURP, calle ni teléfono', async () => {
    const juan = await guardarPersona(db, null, personaJuan());
    // Born on 15/03/1990: five days before her birthday she was still 35.
    await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-10' }));
    await crearApoyo(db, datosApoyo({ personaId: juan.id, tipoApoyoId: c.medicamento, estatus: 'entregado', fechaEntrega: '2026-05-04', cantidad: 1, unidad: 'caja' }));
    await crearApoyo(db, datosApoyo({ personaId: juan.id }));
    const padron = await listarPadron(db, 2026);
    expect(padron.map((f) => [f.beneficiario, f.apoyo, f.edad, f.sexo, f.curp.slice(0, 4), f.domicilio])).toEqual([
      ['Hernández García Juan', 'Medicamento: 1 caja', 41, 'H', 'HEGJ', 'Av. Juárez 12'],
      ['Pérez López María José', 'Despensa: 2 paquetes', 35, 'M', 'PELM', 'Av. Juárez 12'],
    ]);
    expect(JSON.stringify(padron.map(filaPublica))).not.toMatch(/HEGJ|PELM|Juárez|2281234567/);
    expect(await listarPadron(db, 2025)).toEqual([]);
  });

  it('un beneficiario nuevo se registra con su consentimiento, en una sola operación', async () => {
    const e = await errorDe(registrarBeneficiario(db, personaJuan({ nombres: '' }), false));
    expect(e.errores).toEqual({ 'persona.nombres': 'Nombre(s) es obligatorio', consentimientoPrivacidad: 'El beneficiario debe aceptar el aviso de privacidad' });
    const repetida = await errorDe(registrarBeneficiario(db, personaJuan({ curp: maria.curp }), true));
    expect(repetida.errores).toEqual({ 'persona.curp': `La CURP ${maria.curp} ya está registrada a nombre de María José Pérez López` });
    expect(await db.personas.count()).toBe(1);
    const juan = await registrarBeneficiario(db, personaJuan(), true);
    const entradas = await db.bitacora.where('entidadId').equals(juan.id).toArray();
    expect(entradas.map((b) => b.resumen).sort()).toEqual([
      'Aviso de privacidad informado a Juan Hernández García al registrarlo como beneficiario; aceptó el tratamiento de sus datos',
      'Ciudadano registrado: Juan Hernández García',
    ]);
  });
});

describe('Módulo 2: jornadas comunitarias', () => {
  it('valida, registra, marca como realizada y elimina, cada paso en la bitácora', async () => {
    const e = await errorDe(crearJornada(db, datosJornada({ nombre: '', atendidasMujeres: -1, servicios: ['Consulta', ''] })));
    expect(e.errores).toEqual({
      nombre: 'Nombre de la jornada es obligatorio',
      'servicios.1': 'Servicios ofrecidos: hay un renglón vacío',
      atendidasMujeres: 'Mujeres atendidas no puede ser menor que 0',
    });
    const j = await crearJornada(db, datosJornada({ realizada: false }));
    await editarJornada(db, j.id, { ...datosJornada(), realizada: true });
    await eliminarJornada(db, j.id, 'Se registró en el mes equivocado');
    expect(await listarJornadas(db)).toEqual([]);
    expect((await bitacora('jornada')).map((b) => [b.accion, b.resumen])).toEqual([
      ['crear', 'Jornada: Jornada de salud en San José del 18/04/2026: registrada (por realizar)'],
      ['estatus', 'Jornada: Jornada de salud en San José del 18/04/2026: marcada como realizada'],
      ['eliminar', 'Jornada: Jornada de salud en San José del 18/04/2026: eliminada. Motivo: Se registró en el mes equivocado'],
    ]);
  });
});

describe('asistencia por grupo de edad guardada', () => {
  it('una jornada capturada antes de los grupos de edad se lee con ellos vacíos y se marca realizada sin inventarlos', async () => {
    const { edad0a11: _a, edad12a17: _b, edad18a29: _c, edad30a59: _d, edad60: _e, ...anterior } = datosJornada({ realizada: false });
    const id = crypto.randomUUID();
    const ahora = new Date().toISOString();
    await db.jornadas.add({ id, createdAt: ahora, updatedAt: ahora, estacion: 'V1', eliminado: 0, ...anterior } as never);
    const leida = await obtenerJornada(db, id);
    expect([leida?.edad0a11, leida?.edad12a17, leida?.edad18a29, leida?.edad30a59, leida?.edad60]).toEqual([null, null, null, null, null]);
    const realizada = await editarJornada(db, id, { ...leida, realizada: true });
    expect([realizada.realizada, realizada.edad60]).toEqual([true, null]);
    expect((await bitacora('jornada')).map((b) => [b.accion, b.cambios])).toEqual([['estatus', { realizada: { antes: false, despues: true } }]]);
  });

  it('una captura nueva no se guarda si sus grupos de edad no suman lo mismo que por sexo, y nada se escribe', async () => {
    expect((await errorDe(crearJornada(db, datosJornada({ edad60: 7 })))).errores).toEqual({
      edad0a11: 'Los grupos de edad suman 65 y las personas atendidas por sexo suman 66',
    });
    expect((await errorDe(editarEvento(db, (await crearEvento(db, datosEvento())).id, datosEvento({ edad0a11: 1 })))).errores).toEqual({
      edad0a11: 'Los grupos de edad suman 21 y la asistencia por sexo suma 20',
    });
    expect(await db.jornadas.count()).toBe(0);
    expect((await listarEventos(db)).map((e) => [e.edad0a11, e.edad12a17, e.edad18a29, e.edad30a59, e.edad60])).toEqual([[0, 2, 5, 10, 3]]);
  });
});

describe('Módulo 3: talleres, capacitaciones y programas', () => {
  it('la fecha de término no es anterior al inicio; el cambio de estatus se registra como tal', async () => {
    expect((await errorDe(crearEvento(db, datosEvento({ fechaFin: '2026-05-11' })))).errores).toEqual({
      fechaFin: 'La fecha de término no puede ser anterior a la de inicio',
    });
    const e = await crearEvento(db, datosEvento({ estatus: 'programado' }));
    await editarEvento(db, e.id, datosEvento());
    const [fila] = await listarEventos(db);
    expect([fila.estatus, fila.dependencia]).toEqual(['realizado', 'DIF Municipal']);
    expect((await bitacora('evento')).map((b) => [b.accion, b.resumen])).toEqual([
      ['crear', 'Taller: Taller de autoestima del 12/05/2026: registrado, programado'],
      ['estatus', 'Taller: Taller de autoestima del 12/05/2026: Programado → Realizado'],
    ]);
  });
});

describe('Módulo 4: mesas, acuerdos y convenios', () => {
  it('una mesa lleva sus acuerdos; al eliminarla se van con ella en la misma operación', async () => {
    const m = await crearMesa(db, datosMesa());
    expect((await errorDe(crearAcuerdo(db, m.id, { texto: '', responsable: 'DIF', fechaCompromiso: null, estatus: 'pendiente' }))).errores).toEqual({
      texto: 'Acuerdo es obligatorio',
    });
    const a = await crearAcuerdo(db, m.id, { texto: 'Censo de familias en pobreza alimentaria', responsable: 'DIF Municipal', fechaCompromiso: '2026-07-15', estatus: 'pendiente' });
    await crearAcuerdo(db, m.id, { texto: 'Calendario de entregas', responsable: 'Bienestar', fechaCompromiso: null, estatus: 'pendiente' });
    await editarAcuerdo(db, a.id, { texto: a.texto, responsable: a.responsable, fechaCompromiso: a.fechaCompromiso, estatus: 'cumplido', fechaCumplimiento: '2026-07-10', evidenciaCumplimiento: 'Oficio DIF/123/2026' });
    expect((await listarMesas(db)).map((f) => [f.acuerdos, f.acuerdosPendientes])).toEqual([[2, 1]]);
    await eliminarMesa(db, m.id, 'Duplicada');
    expect(await db.acuerdos.filter((x) => x.eliminado === 0).count()).toBe(0);
    expect((await obtenerDetalleMesa(db, m.id))!.acuerdos).toEqual([]);
    expect((await bitacora()).map((b) => b.accion)).toEqual(['crear', 'crear', 'crear', 'estatus', 'eliminar']);
    expect((await bitacora()).at(-1)!.resumen).toBe('Mesa: Seguridad alimentaria regional del 09/06/2026: eliminada con sus 2 acuerdo(s). Motivo: Duplicada');
  });

  it('un convenio firmado necesita fecha de firma y su número no se repite', async () => {
    expect((await errorDe(crearConvenio(db, datosConvenio({ fechaFirma: null })))).errores).toEqual({
      fechaFirma: 'Un convenio vigente necesita su fecha de firma',
    });
    await crearConvenio(db, datosConvenio());
    expect((await errorDe(crearConvenio(db, datosConvenio({ numero: ' conv-001/2026 ', contraparte: 'Cáritas' })))).errores).toEqual({
      numero: 'El número conv-001/2026 ya es del convenio con Cruz Roja Mexicana',
    });
  });

  it('los convenios por vencer (30 días) y vencidos salen primero, con su aviso', async () => {
    const hoy = '2026-11-24';
    await crearConvenio(db, datosConvenio());
    await crearConvenio(db, datosConvenio({ numero: 'CONV-002/2026', vigenciaFin: '2026-12-20' }));
    await crearConvenio(db, datosConvenio({ numero: 'CONV-003/2026', vigenciaFin: '2026-11-10' }));
    const c4 = await crearConvenio(db, datosConvenio({ numero: 'CONV-004/2026', estatus: 'en-tramite', fechaFirma: null, vigenciaFin: '2026-12-01' }));
    expect((await listarConvenios(db, hoy)).map((f) => [f.numero, f.alerta, f.dias])).toEqual([
      ['CONV-003/2026', 'vencido', -14],
      ['CONV-002/2026', 'por-vencer', 26],
      ['CONV-004/2026', null, 7],
      ['CONV-001/2026', null, 220],
    ]);
    await editarConvenio(db, c4.id, datosConvenio({ numero: 'CONV-004/2026', estatus: 'renovado', vigenciaFin: '2026-12-01' }));
    expect((await listarConvenios(db, hoy))[1]).toMatchObject({ numero: 'CONV-004/2026', alerta: 'por-vencer', dias: 7 });
  });
});

describe('lo que guardan los módulos cuenta en el cronograma por las reglas de conteo', () => {
  it('apoyos entregados y jornadas realizadas (2), talleres realizados (3), mesas asistidas y convenios firmados (4)', async () => {
    await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-16' }));
    await crearApoyo(db, datosApoyo({ estatus: 'autorizado', fechaGestion: '2026-03-03' }));
    const rechazado = await crearApoyo(db, datosApoyo({ fechaGestion: '2026-03-04' }));
    await cambiarEstatusApoyo(db, rechazado.id, { estatus: 'rechazado', fechaEntrega: null });
    const borrado = await crearApoyo(db, datosApoyo({ estatus: 'entregado', fechaEntrega: '2026-03-18' }));
    await eliminarApoyo(db, borrado.id, 'Duplicado');
    await crearJornada(db, datosJornada());
    await crearJornada(db, datosJornada({ fecha: '2026-04-25', realizada: false }));
    await crearEvento(db, datosEvento());
    await crearEvento(db, datosEvento({ tipo: 'capacitacion', fecha: '2026-05-20', estatus: 'cancelado' }));
    await crearEvento(db, datosEvento({ tipo: 'programa', nombre: 'Programa de comedores', fecha: '2026-08-03', estatus: 'realizado' }));
    await crearMesa(db, datosMesa());
    await crearMesa(db, datosMesa({ fecha: '2026-06-20', estatus: 'programada' }));
    await crearConvenio(db, datosConvenio());
    await crearConvenio(db, datosConvenio({ numero: 'CONV-002/2026', estatus: 'en-tramite', fechaFirma: '2026-07-10' }));

    const registros = await cargarRegistrosDelAnio(db, 2026);
    const mes = (regla: 'apoyos' | 'programas' | 'gestion') =>
      contarPorMes(regla, registros, 2026)
        .map((n, i) => [i + 1, n])
        .filter(([, n]) => n > 0);
    expect(mes('apoyos')).toEqual([
      [3, 1],
      [4, 1],
    ]);
    expect(mes('programas')).toEqual([
      [5, 1],
      [8, 1],
    ]);
    expect(mes('gestion')).toEqual([
      [6, 1],
      [7, 1],
    ]);
    expect(registrosQueCuentan('gestion', registros, 2026).map((r) => r.descripcion)).toEqual([
      'Mesa: Seguridad alimentaria regional',
      'Convenio CONV-001/2026 con Cruz Roja Mexicana',
    ]);
    // The loader brings the names the drill-down describes an apoyo with: its tipo and its beneficiary.
    expect(registrosQueCuentan('apoyos', registros, 2026).map((r) => r.descripcion)).toEqual([
      'Apoyo Despensa a María José Pérez López · 2 paquetes',
      'Jornada: Jornada de salud en San José',
    ]);
  });
});
