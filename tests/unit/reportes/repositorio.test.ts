import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from '../db/sesionPrueba';
import { sesionActual } from '../../../renderer/src/db/sesion';
import { agregarAjuste } from '../../../renderer/src/db/repositorios/ajustes';
import { autorizarPoa, crearPoa } from '../../../renderer/src/db/repositorios/anioPoa';
import { listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { listarActividades, obtenerPoaDelAnio } from '../../../renderer/src/db/repositorios/poa';
import { registrarReconduccion } from '../../../renderer/src/db/repositorios/reconducciones';
import { cargarDatosLibro, registrarExportacionLibro, registrarImpresionHoja, resumenDelLibro } from '../../../renderer/src/db/repositorios/reportes';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { formatearFecha } from '../../../shared/domain/formato';
import { idPoa } from '../../../shared/domain/identidad';
import { entradaLibroPoa } from '../../../shared/reportes/libro';
import { apoyo, persona, solicitud, uuid } from '../shared/registros';
import { adjuntarEvidencia, quitarEvidencia } from '../../../renderer/src/db/repositorios/evidencias';
import { almacenEnBase } from '../../../renderer/src/db/archivosEvidencia';
import { jpgMinimo, pdfMinimo } from '../../archivosDePrueba';

let db: BaseDatosPoa;
let n = 0;
let despensa: string;
let dif: string;

const MARIA = persona({ id: uuid(7001), sexo: 'M', curp: 'PELM900315MVZRPR05', telefono: '2281234567', calle: 'Av. Juárez' });

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-reportes-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  despensa = (await listarCatalogo(db, 'tipoApoyo')).find((c) => c.nombre === 'Despensa')!.id;
  dif = (await listarCatalogo(db, 'dependencia')).find((c) => c.nombre === 'DIF Municipal')!.id;
});

async function sembrarRegistros() {
  const anterior = solicitud({ fechaRecepcion: '2025-12-29T10:00', personaId: MARIA.id, tipoApoyoId: despensa });
  const noviembre = solicitud({ fechaRecepcion: '2026-11-03T09:10', personaId: MARIA.id, tipoApoyoId: despensa, dependenciaId: dif });
  const cancelada = solicitud({ fechaRecepcion: '2026-11-04T09:10', personaId: MARIA.id, tipoApoyoId: despensa, estatus: 'cancelada' });
  await db.personas.add(MARIA);
  await db.solicitudes.bulkAdd([anterior, noviembre, cancelada]);
  await db.apoyos.add(apoyo({ personaId: MARIA.id, solicitudId: anterior.id, tipoApoyoId: despensa, estatus: 'entregado', fechaEntrega: '2026-11-12' }));
  const [, a2] = await listarActividades(db, (await obtenerPoaDelAnio(db, 2026))!.id);
  await agregarAjuste(db, { actividadId: a2.id, anio: 2026, mes: 11, cantidad: 4, motivo: 'Despensas de la jornada del DIF estatal' });
  return { anterior, noviembre, cancelada };
}

describe('cargarDatosLibro: los datos del libro por el mismo camino que el cronograma', () => {
  it('el cronograma es el de cargarCronograma al mes de la exportación, y las referencias nombran a personas, catálogos y folios', async () => {
    const { anterior, noviembre, cancelada } = await sembrarRegistros();
    // The cancelled solicitud keeps the two documents the citizen brought; a third, taken off, is not counted.
    const almacen = almacenEnBase(db);
    const de = { registroTipo: 'solicitud' as const, registroId: cancelada.id };
    await adjuntarEvidencia(db, almacen, de, { nombre: 'ine.jpg', bytes: jpgMinimo() });
    await adjuntarEvidencia(db, almacen, de, { nombre: 'comprobante.pdf', bytes: pdfMinimo() });
    const quitada = await adjuntarEvidencia(db, almacen, de, { nombre: 'otro.pdf', bytes: pdfMinimo(10) });
    await quitarEvidencia(db, quitada.id, 'No es de esta solicitud');
    const datos = (await cargarDatosLibro(db, 2026, new Date(2026, 10, 24, 12, 0)))!;
    const pantalla = (await cargarCronograma(db, 2026, 11))!;
    expect(datos.cronograma).toEqual(pantalla.cronograma);
    expect(datos.cronograma.filas[1].logrado[10]).toBe(5);
    expect(datos.poaId).toBe(pantalla.poa.id);
    expect(datos.referencias.personas.get(MARIA.id)?.nombres).toBe(MARIA.nombres);
    expect(datos.referencias.folios.get(anterior.id)).toBe(anterior.folio);
    expect(datos.referencias.catalogos.get(dif)).toBe('DIF Municipal');

    const entrada = entradaLibroPoa(datos);
    const solicitudes = entrada.anexos.find((a) => a.nombre === 'Solicitudes')!;
    const pidio = 'Solicita apoyo con despensa para su familia';
    expect(solicitudes.filas).toEqual([
      [noviembre.folio, '2026-11-03T09:10', 'María José López Pérez', 'Despensa', 'Centro', 'DIF Municipal', pidio, 'Recibida', 'Sí', noviembre.fechaCompromiso, 0],
      [cancelada.folio, '2026-11-04T09:10', 'María José López Pérez', 'Despensa', 'Centro', '', pidio, 'Cancelada', 'No', cancelada.fechaCompromiso, 2],
    ]);
    expect(entrada.anexos.find((a) => a.nombre === 'Apoyos')!.filas[0][1]).toBe(anterior.folio);
    expect(JSON.stringify(entrada.padronPublico)).not.toMatch(/PELM900315|2281234567|Juárez/);
  });

  it('un POA autorizado y reconducido lleva su estado, la meta inicial, la modificada y la reconducción al libro', async () => {
    const poa = await autorizarPoa(db, idPoa(2026), { nombre: 'Ana Torres Vidal' });
    const [a1] = await listarActividades(db, poa.id);
    const programado = [8, 8, 8, 8, 8, 10, 5, 7, 7, 7, 7, 7];
    await registrarReconduccion(
      db,
      { actividadId: a1.id, metaAnual: 90, programado, motivo: 'Feria regional en junio: más solicitudes en ventanilla', solicito: 'Personal de Gestión Social', autorizo: 'Ana Torres Vidal' },
      new Date('2026-05-10T12:00:00'),
    );
    const entrada = entradaLibroPoa((await cargarDatosLibro(db, 2026, new Date(2026, 10, 24, 12, 0)))!);
    expect(entrada.estado).toEqual({ clave: 'autorizado', texto: `Autorizado por Ana Torres Vidal el ${formatearFecha(poa.autorizacion!.fecha)}` });
    expect(entrada.actividades[0].inicial).toEqual({ metaAnual: 90, programado: [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7] });
    expect(entrada.actividades[0].programado).toEqual(programado);
    expect(entrada.actividades[1].inicial.programado).toEqual(entrada.actividades[1].programado);
    expect(entrada.reconducciones.filas).toEqual([
      ['2026-05-10', 1, a1.nombre, 'junio y julio', 'junio 8 → 10, julio 7 → 5', 90, 90, 'Feria regional en junio: más solicitudes en ventanilla', 'Personal de Gestión Social', 'Ana Torres Vidal', sesionActual(db)!.nombre],
    ]);
  });

  it('el libro de cada año se arma aparte, con su estado y sus metas, aunque haya varios POA a la vez', async () => {
    await autorizarPoa(db, idPoa(2026), { nombre: 'Ana Torres Vidal' });
    await crearPoa(db, { anio: 2027, desde: 2026, metas: { '1': 120 }, encabezado: null });
    const [de2026, de2027] = await Promise.all([cargarDatosLibro(db, 2026, new Date(2027, 0, 20)), cargarDatosLibro(db, 2027, new Date(2027, 0, 20))]);
    const [e2026, e2027] = [entradaLibroPoa(de2026!), entradaLibroPoa(de2027!)];
    expect([e2026.anio, e2026.estado.clave, e2026.actividades[0].metaAnual]).toEqual([2026, 'autorizado', 90]);
    expect([e2027.anio, e2027.estado.texto, e2027.actividades[0].metaAnual, e2027.actividades[0].inicial.metaAnual]).toEqual([2027, 'Borrador (sin autorizar)', 120, 120]);
    expect(e2027.reconducciones.vacio).toMatch(/^El POA 2027 es un borrador/);
    expect(de2027!.poaId).toBe(idPoa(2027));
  });

  it('un año sin POA no tiene libro', async () => {
    await expect(cargarDatosLibro(db, 2031)).resolves.toBeNull();
  });
});

describe('bitácora de lo que sale del programa', () => {
  it('exportar el libro anota quién, a dónde y cuántos registros llevó', async () => {
    await sembrarRegistros();
    await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion: 'V2' });
    await conSesion(db, { nombre: 'Lucía Ramírez', rol: 'jefe' });
    const datos = (await cargarDatosLibro(db, 2026, new Date(2026, 10, 24, 12, 0)))!;
    await registrarExportacionLibro(db, { poaId: datos.poaId, resumen: resumenDelLibro(entradaLibroPoa(datos)), destino: 'C:\\Tesorería\\POA-2026-Gestion-Social.xlsx' });
    const [entrada] = await db.bitacora.where('accion').equals('exportar').toArray();
    expect(entrada).toMatchObject({ usuario: 'Lucía Ramírez', estacion: 'V2', entidad: 'libro-poa', entidadId: datos.poaId });
    expect(entrada.resumen).toBe(
      'Libro POA 2026 exportado a Excel: C:\\Tesorería\\POA-2026-Gestion-Social.xlsx (4 actividades, 2 solicitudes, 1 apoyo, 0 jornadas, 0 talleres y programas, 0 mesas, 0 convenios, 1 persona en el padrón público)',
    );
  });

  it('imprimir o guardar en PDF una hoja anota el periodo y la ruta del PDF', async () => {
    const poa = (await obtenerPoaDelAnio(db, 2026))!;
    await registrarImpresionHoja(db, { poaId: poa.id, anio: 2026, periodo: { tipo: 'mes', numero: 11 }, modo: 'dialogo' });
    await registrarImpresionHoja(db, { poaId: poa.id, anio: 2026, periodo: { tipo: 'trimestre', numero: 4 }, modo: 'pdf', ruta: '/home/jefe/hoja.pdf' });
    const entradas = (await db.bitacora.where('accion').equals('imprimir').toArray()).sort((a, b) => a.entidad.localeCompare(b.entidad));
    expect(entradas.map((e) => [e.entidad, e.entidadId, e.resumen])).toEqual([
      ['hoja-mensual', poa.id, 'Hoja mensual de avance: noviembre 2026 enviada a imprimir'],
      ['hoja-trimestral', poa.id, 'Hoja trimestral de avance: 4to trimestre (oct–dic) 2026 guardada en PDF: /home/jefe/hoja.pdf'],
    ]);
  });
});
