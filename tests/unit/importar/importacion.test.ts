import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { confirmarImportacion, mapeoRecordado, simularImportacion, type DatosImportacion } from '../../../renderer/src/db/repositorios/importacion';
import { ORDEN_INICIAL, paginaSolicitudes } from '../../../renderer/src/db/repositorios/paginaSolicitudes';
import { FILTROS_VACIOS } from '../../../shared/domain/filtroSolicitudes';
import { crearSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { proponerMapeo } from '../../../shared/importar/campos';
import { AGREGAR } from '../../../shared/importar/catalogos';
import type { HojaLeida } from '../../../shared/importar/tabla';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';
import { catalogo, CURP_JUAN, CURP_MARIA, logrado, personaMaria } from '../db/ayudasSolicitudes';
import { conSesion } from '../db/sesionPrueba';
import { respaldoDe } from '../db/respaldoPrueba';
import { restaurarRespaldo } from '../../../renderer/src/db/respaldos';

let db: BaseDatosPoa;
let n = 0;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-importacion-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: 'Jefa Ana', rol: 'jefe' });
});

const ENCABEZADOS = ['Folio', 'Fecha', 'Nombre completo', 'CURP', 'Sexo', 'Colonia', 'Tipo de apoyo', 'Estatus', 'Petición'];

function hoja(filas: (string | number | Date | null)[][]): HojaLeida {
  return { nombre: 'Hoja1', encabezados: ENCABEZADOS, filas: filas.map((celdas, i) => ({ numero: i + 2, celdas })) };
}

function datos(h: HojaLeida, cambios: Partial<DatosImportacion> = {}): DatosImportacion {
  return { archivo: 'solicitudes-2026.xlsx', hoja: h, tipo: 'solicitud', mapeo: proponerMapeo('solicitud', h.encabezados), ordenNombre: 'nombres-primero', resoluciones: {}, ...cambios };
}

const OFICINA = hoja([
  ['S-001', '05/01/2026', 'María López Pérez', CURP_MARIA, 'M', 'centro', 'DESPENSA', 'Recibida', 'Despensa para su familia'],
  ['S-002', 46070, 'Juan Hernández García', CURP_JUAN, 'H', 'Centro', 'Medicamento', 'atendida', 'Medicamento para la presión'],
  ['S-003', '3 de febrero de 2026', 'María López Pérez', CURP_MARIA, 'M', 'Centro', 'Despensa', '', 'Segunda despensa'],
  ['S-004', '31/02/2026', 'Pedro Ruiz Soto', '', 'H', 'Centro', 'Despensa', '', 'Fecha que no existe'],
  ['S-005', '10/03/2026', 'Rosa Díaz Luna', 'ABC', 'M', 'Centro', 'Despensa', '', 'CURP mal escrita'],
  ['S-006', '11/03/2026', 'Elena Mar Sol', '', '', 'Centro', 'Despensa', '', 'Sin sexo'],
  ['S-007', '12/03/2026', 'Luis Paz Gil', '', 'H', 'Centro', 'Láminas', '', 'Tipo desconocido'],
]);

describe('importar solicitudes de una hoja de la oficina', () => {
  it('la simulación cuenta lo que se creará, las personas reutilizadas y cada fila mala con su número y motivo, sin escribir nada', async () => {
    const antes = await db.solicitudes.count();
    const plan = await simularImportacion(db, datos(OFICINA));
    expect(plan.crear.map((r) => r.fila.fila)).toEqual([2, 3, 4]);
    expect(plan.personasNuevas).toBe(2);
    expect(plan.reutilizadas).toEqual([{ fila: 4, nombre: 'María López Pérez', motivo: `La misma CURP (${CURP_MARIA}) que la fila 2` }]);
    expect(plan.rechazadas.map((r) => r.fila)).toEqual([5, 6, 7, 8]);
    expect(plan.rechazadas[0].motivo).toBe('Fecha de recepción: «31/02/2026» no es una fecha (escríbala como dd/mm/aaaa)');
    expect(plan.rechazadas[2].motivo).toBe('Elija el sexo');
    expect(plan.rechazadas[3].motivo).toContain('«Láminas» no está en el catálogo de tipos de apoyo');
    expect(await db.solicitudes.count()).toBe(antes);
    expect(await mapeoRecordado(db, 'solicitud', ENCABEZADOS)).toEqual({ mapeo: proponerMapeo('solicitud', ENCABEZADOS), ordenNombre: 'nombres-primero' });
  });

  it('confirmar crea las solicitudes con folio de la estación, folio anterior, sus meses en el cronograma y una entrada de bitácora; la segunda vez no agrega nada', async () => {
    // Adding a tipo de apoyo to the catalogue is the administrator's.
    await conSesion(db, { nombre: 'Admin', rol: 'administrador' });
    const c = await catalogo(db);
    const plan = await simularImportacion(db, datos(OFICINA, { resoluciones: { tipoApoyo: { LAMINAS: AGREGAR } } }));
    const resultado = await confirmarImportacion(db, { archivo: 'solicitudes-2026.xlsx', hoja: 'Hoja1', tipo: 'solicitud', plan });
    expect(resultado.creados).toBe(4);
    const solicitudes = (await db.solicitudes.toArray()).sort((a, b) => a.folio.localeCompare(b.folio));
    expect(solicitudes.map((s) => [s.folio, s.folioAnterior, s.fechaRecepcion, s.estatus])).toEqual([
      ['AC-2026-V1-0001', 'S-001', '2026-01-05T00:00', 'recibida'],
      ['AC-2026-V1-0002', 'S-002', '2026-02-17T00:00', 'atendida'],
      ['AC-2026-V1-0003', 'S-003', '2026-02-03T00:00', 'recibida'],
      ['AC-2026-V1-0004', 'S-007', '2026-03-12T00:00', 'recibida'],
    ]);
    expect(solicitudes[0].tipoApoyoId).toBe(c.despensa);
    expect(solicitudes[0].personaId).toBe(solicitudes[2].personaId);
    expect((await db.personas.get(solicitudes[0].personaId))?.colonia).toBe('Centro');
    expect((await db.catalogos.where('tipo').equals('tipoApoyo').toArray()).some((e) => e.nombre === 'Láminas')).toBe(true);
    expect((await logrado(db))[0].slice(0, 3)).toEqual([1, 2, 1]);
    const entradas = await db.bitacora.where('accion').equals('importar').toArray();
    expect(entradas.map((e) => e.resumen)).toEqual([
      'Importación de «solicitudes-2026.xlsx», hoja «Hoja1»: 4 solicitudes creadas, 3 personas nuevas, 1 persona reutilizada, 3 filas rechazadas, 0 filas ya importadas antes',
    ]);

    const pagina = await paginaSolicitudes(db, { filtros: { ...FILTROS_VACIOS, texto: 's-002' }, orden: ORDEN_INICIAL, pagina: 0, tamano: 25, hoy: '2026-03-15' });
    expect(pagina.filas.map((f) => f.folio)).toEqual(['AC-2026-V1-0002']);

    const otraVez = await simularImportacion(db, datos(OFICINA, { resoluciones: { tipoApoyo: { LAMINAS: AGREGAR } } }));
    expect(otraVez.crear).toEqual([]);
    expect(otraVez.yaImportadas).toEqual([2, 3, 4, 8]);
    expect(await db.solicitudes.count()).toBe(4);
  });

  it('reutiliza a la persona ya registrada con la misma CURP y la que tiene el mismo nombre y fecha de nacimiento', async () => {
    const c = await catalogo(db);
    const existente = await crearSolicitud(
      db,
      { fechaRecepcion: '2026-01-02T10:00', canal: 'ventanilla', personaId: '', tipoApoyoId: c.despensa, descripcion: 'x', prioridad: 'media', dependenciaId: null, responsable: 'Ana', fechaCompromiso: '2026-01-10', consentimientoPrivacidad: true },
      personaMaria(),
    );
    const persona = await db.personas.get(existente.personaId);
    // The same name in capitals and without accents, and the same birth date, without the CURP.
    const h: HojaLeida = {
      nombre: 'h',
      encabezados: ['Fecha', 'Nombre', 'Apellido paterno', 'Apellido materno', 'Fecha de nacimiento', 'Sexo', 'Tipo de apoyo'],
      filas: [{ numero: 2, celdas: ['06/01/2026', 'MARIA JOSE', 'PEREZ', 'LOPEZ', persona!.fechaNacimiento!.split('-').reverse().join('/'), 'M', 'Despensa'] }],
    };
    const plan = await simularImportacion(db, datos(h));
    expect(plan.reutilizadas).toEqual([{ fila: 2, nombre: `${persona!.nombres} ${persona!.apellidoPaterno} ${persona!.apellidoMaterno}`, motivo: expect.stringMatching(/Ya registrada/) }]);
    expect(plan.crear[0].persona).toEqual({ tipo: 'existente', id: existente.personaId });
  });

  it('todo o nada: si la escritura se interrumpe a la mitad, no queda ninguna solicitud, persona ni folio', async () => {
    const filas = Array.from({ length: 4500 }, (_, i) => [`F-${i}`, '05/01/2026', `Persona ${i} Apellido Uno`, '', 'M', 'Centro', 'Despensa', '', 'x']);
    const plan = await simularImportacion(db, datos(hoja(filas)));
    expect(plan.crear).toHaveLength(4500);
    const personas = await db.personas.count();
    const interrumpir = (hechas: number) => {
      if (hechas >= 2000) throw new Error('Se cerró la ventana');
    };
    await expect(confirmarImportacion(db, { archivo: 'a.csv', hoja: 'a', tipo: 'solicitud', plan }, interrumpir)).rejects.toThrow('Se cerró la ventana');
    expect(await db.solicitudes.count()).toBe(0);
    expect(await db.personas.count()).toBe(personas);
    expect(await db.folios.count()).toBe(0);
    expect(await db.bitacora.where('accion').equals('importar').count()).toBe(0);
  });

  it('un respaldo hecho después de importar se restaura con lo importado y el mapeo recordado', async () => {
    const plan = await simularImportacion(db, datos(OFICINA));
    await confirmarImportacion(db, { archivo: 'solicitudes-2026.xlsx', hoja: 'Hoja1', tipo: 'solicitud', plan });
    await conSesion(db, { nombre: 'Admin', rol: 'administrador' });
    const archivo = await respaldoDe(db);

    const otra = new BaseDatosPoa(`prueba-importacion-restaurada-${n}`);
    await sembrarSiHaceFalta(otra);
    await conSesion(otra, { nombre: 'Admin', rol: 'administrador' });
    await restaurarRespaldo(otra, archivo);
    expect((await otra.solicitudes.toArray()).map((s) => s.folioAnterior).sort()).toEqual(['S-001', 'S-002', 'S-003']);
    expect(await mapeoRecordado(otra, 'solicitud', ENCABEZADOS)).toEqual({ mapeo: proponerMapeo('solicitud', ENCABEZADOS), ordenNombre: 'nombres-primero' });
  });

  it('un capturista no puede importar', async () => {
    await conSesion(db, { nombre: 'Ventanilla', rol: 'capturista' });
    await expect(simularImportacion(db, datos(OFICINA))).rejects.toBeInstanceOf(PermisoDenegado);
  });
});

describe('importar apoyos con sus beneficiarios', () => {
  it('los entregados cuentan en el mes de su entrega', async () => {
    const h: HojaLeida = {
      nombre: 'Apoyos',
      encabezados: ['Beneficiario', 'Sexo', 'Apoyo', 'Cantidad', 'Monto', 'Fecha de entrega'],
      filas: [
        { numero: 2, celdas: ['Ana Ríos Paz', 'M', 'Despensa', 2, '$ 1,250.00', '14/04/2026'] },
        { numero: 3, celdas: ['Ana Ríos Paz', 'M', 'Medicamento', 1, '', 'ayer'] },
      ],
    };
    const plan = await simularImportacion(db, { archivo: 'apoyos.xlsx', hoja: h, tipo: 'apoyo', mapeo: proponerMapeo('apoyo', h.encabezados), ordenNombre: 'nombres-primero', resoluciones: {} });
    expect(plan.rechazadas).toEqual([{ fila: 3, motivo: 'Fecha de entrega: «ayer» no es una fecha (escríbala como dd/mm/aaaa)' }]);
    await confirmarImportacion(db, { archivo: 'apoyos.xlsx', hoja: 'Apoyos', tipo: 'apoyo', plan });
    const [apoyo] = await db.apoyos.toArray();
    expect([apoyo.estatus, apoyo.fechaEntrega, apoyo.cantidad, apoyo.valorEstimado]).toEqual(['entregado', '2026-04-14', 2, 1250]);
    expect((await logrado(db))[1][3]).toBe(1);
  });
});

describe('importar jornadas, talleres, mesas y convenios', () => {
  async function importar(tipo: 'jornada' | 'evento' | 'mesa' | 'convenio', encabezados: string[], filas: (string | number | null)[][]) {
    const h: HojaLeida = { nombre: 'Hoja1', encabezados, filas: filas.map((celdas, i) => ({ numero: i + 2, celdas })) };
    const entrada = { archivo: `${tipo}s-2026.xlsx`, hoja: h, tipo, mapeo: proponerMapeo(tipo, h.encabezados), ordenNombre: 'nombres-primero' as const, resoluciones: {} };
    const plan = await simularImportacion(db, entrada);
    const resultado = await confirmarImportacion(db, { archivo: entrada.archivo, hoja: 'Hoja1', tipo, plan });
    return { plan, resultado, otraVez: await simularImportacion(db, entrada) };
  }

  it('las jornadas realizadas cuentan en su mes, con sus grupos de edad, y el mismo archivo otra vez no agrega nada', async () => {
    const { plan, resultado, otraVez } = await importar(
      'jornada',
      ['Fecha', 'Jornada', 'Colonia', 'Dependencias', 'Servicios', 'Mujeres', 'Hombres', '0 a 11', '12 a 17', '18 a 29', '30 a 59', '60 y más', 'Realizada'],
      [
        ['14/03/2026', 'Jornada de salud en el Centro', 'centro', 'DIF, Salud', 'Consultas; vacunas', 30, 20, 10, 5, 15, 15, 5, 'Sí'],
        ['21/03/2026', 'Jornada que no suma', 'Centro', '', '', 10, 0, 1, 1, 1, 1, 1, 'Sí'],
        ['28/03/2026', 'Jornada suspendida', 'Centro', '', '', 0, 0, null, null, null, null, null, 'No'],
      ],
    );
    expect(plan.rechazadas).toEqual([{ fila: 3, motivo: 'Los grupos de edad suman 5 y las personas atendidas por sexo suman 10' }]);
    expect(plan.personasNuevas).toBe(0);
    expect(resultado.creados).toBe(2);
    const jornadas = (await db.jornadas.toArray()).sort((a, b) => a.fecha.localeCompare(b.fecha));
    expect(jornadas.map((j) => [j.nombre, j.colonia, j.dependencias, j.servicios, j.atendidasMujeres, j.edad60, j.realizada])).toEqual([
      ['Jornada de salud en el Centro', 'Centro', ['DIF', 'Salud'], ['Consultas', 'vacunas'], 30, 5, true],
      ['Jornada suspendida', 'Centro', [], [], 0, null, false],
    ]);
    expect((await logrado(db))[1][2]).toBe(1);
    expect(otraVez.crear).toEqual([]);
    expect(otraVez.yaImportadas).toEqual([2, 4]);
    const [entrada] = await db.bitacora.where('entidad').equals('importacion').toArray();
    expect(entrada.resumen).toBe('Importación de «jornadas-2026.xlsx», hoja «Hoja1»: 2 jornadas creadas, 1 fila rechazada, 0 filas ya importadas antes');
  });

  it('talleres y programas, con su tipo leído como se escribe, y uno sin tipo rechazado', async () => {
    const { plan } = await importar(
      'evento',
      ['Tipo', 'Nombre del taller', 'Fecha', 'Horas', 'Mujeres', 'Hombres', 'Beneficiarios', 'Estatus'],
      [
        ['Taller', 'Huertos familiares', '05/05/2026', 6, 12, 8, '', 'Realizado'],
        ['Programa social', 'Mejoramiento de vivienda', '10/05/2026', '', 0, 0, 150, ''],
        ['', 'Sin tipo', '12/05/2026', 2, 1, 1, '', ''],
      ],
    );
    expect(plan.rechazadas).toEqual([{ fila: 4, motivo: 'Falta el tipo (taller, capacitación o programa social)' }]);
    const eventos = (await db.eventos.toArray()).sort((a, b) => a.fecha.localeCompare(b.fecha));
    expect(eventos.map((e) => [e.tipo, e.nombre, e.horas, e.asistentesMujeres, e.beneficiarios, e.estatus, e.edad0a11])).toEqual([
      ['taller', 'Huertos familiares', 6, 12, 0, 'realizado', null],
      ['programa', 'Mejoramiento de vivienda', 0, 0, 150, 'realizado', null],
    ]);
    expect((await logrado(db))[2][4]).toBeGreaterThanOrEqual(1);
  });

  it('mesas y convenios de vinculación, con las reglas de sus formularios', async () => {
    const mesas = await importar(
      'mesa',
      ['Fecha', 'Tema', 'Convoca', 'Instituciones', 'Asistentes', 'Estatus'],
      [
        ['08/06/2026', 'Mesa de seguridad alimentaria', 'DIF estatal', 'DIF; SEDESOL; Salud', 14, 'Asistida'],
        ['09/06/2026', '', 'DIF', '', 3, ''],
      ],
    );
    expect(mesas.plan.rechazadas.map((r) => r.fila)).toEqual([3]);
    expect((await db.mesas.toArray()).map((m) => [m.tema, m.instituciones, m.asistentes, m.estatus])).toEqual([
      ['Mesa de seguridad alimentaria', ['DIF', 'SEDESOL', 'Salud'], 14, 'asistida'],
    ]);
    const convenios = await importar(
      'convenio',
      ['No. de convenio', 'Tipo', 'Contraparte', 'Sector', 'Objeto', 'Fecha de firma', 'Responsable', 'Estatus'],
      [
        ['CONV-01/2026', 'Colaboración', 'Fundación Manos Unidas A.C.', 'OSC', 'Entrega de despensas', '15/06/2026', 'Jefa Ana', ''],
        ['CONV-02/2026', 'Coordinación', 'Secretaría de Salud', 'Gobierno', 'Jornadas de vacunación', '', 'Jefa Ana', 'Vigente'],
      ],
    );
    expect(convenios.plan.rechazadas).toEqual([{ fila: 3, motivo: 'Un convenio vigente necesita su fecha de firma' }]);
    expect((await db.convenios.toArray()).map((c) => [c.numero, c.sector, c.fechaFirma, c.estatus])).toEqual([['CONV-01/2026', 'civil', '2026-06-15', 'vigente']]);
    expect(convenios.otraVez.yaImportadas).toEqual([2]);
  });
});
