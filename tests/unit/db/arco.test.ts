import 'fake-indexeddb/auto';
import { comoPlano, respaldoDe } from './respaldoPrueba';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { listarSolicitudesArco, registrarSolicitudArco, solicitudesArcoDePersona } from '../../../renderer/src/db/repositorios/arco';
import { crearApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { buscarPersonas, guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { cerrarSesion } from '../../../renderer/src/db/sesion';
import { PermisoDenegado, quienPuede } from '../../../shared/seguridad/permisos';
import { validarRespaldo } from '../../../shared/schemas/respaldo';
import { crearLibroExpediente } from '../../../shared/workbook/libroExpediente';
import { catalogo, CURP_MARIA, errorDe, personaJuan, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let n = 0;
let db: BaseDatosPoa;
let c: Awaited<ReturnType<typeof catalogo>>;

const peticion = (derecho: string, cambios: Record<string, unknown> = {}) => ({ derecho, fecha: '2026-03-20', folio: '', notas: '', ...cambios });

async function apoyoEntregado(personaId: string, fechaEntrega: string, solicitudId: string | null = null) {
  return crearApoyo(db, {
    personaId, solicitudId, tipoApoyoId: c.despensa, cantidad: 1, unidad: 'paquete', valorEstimado: 450,
    fuente: 'municipal', dependenciaId: c.dif, estatus: 'entregado', fechaGestion: fechaEntrega, fechaEntrega, evidencia: '',
  });
}

/** María with solicitudes in three months and apoyos delivered in two; Juan with one of each, to stay untouched. */
async function conDatos() {
  const maria = await guardarPersona(db, null, personaMaria());
  const juan = await guardarPersona(db, null, personaJuan());
  const s1 = await solicitudDeDespensa(db, maria.id, '2026-01-15T10:00');
  await solicitudDeDespensa(db, maria.id, '2026-02-03T09:30');
  await solicitudDeDespensa(db, maria.id, '2026-03-10T12:00');
  await solicitudDeDespensa(db, juan.id, '2026-02-20T11:00');
  await apoyoEntregado(maria.id, '2026-01-28', s1.id);
  await apoyoEntregado(maria.id, '2026-03-12');
  await apoyoEntregado(juan.id, '2026-02-25');
  return { maria, juan };
}

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-arco-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: 'Jefa de Gestión', rol: 'jefe' });
  c = await catalogo(db);
});

describe('solicitudes ARCO', () => {
  it('cancelación: anonimiza a la persona y cada cifra del cronograma queda igual', async () => {
    const { maria, juan } = await conDatos();
    const antes = (await cargarCronograma(db, 2026))!.cronograma;
    // The test means something only if María's records count somewhere.
    expect(antes.total.logradoRegistros.slice(0, 3).every((x) => x > 0)).toBe(true);

    const r = await registrarSolicitudArco(db, maria.id, peticion('cancelacion', { notas: 'Escrito de la titular' }));

    const despues = (await cargarCronograma(db, 2026))!.cronograma;
    expect(despues).toEqual(antes);
    for (let i = 0; i < antes.filas.length; i++) {
      expect(despues.filas[i].programado).toEqual(antes.filas[i].programado);
      expect(despues.filas[i].logrado).toEqual(antes.filas[i].logrado);
      expect(despues.filas[i].indiceMes).toEqual(antes.filas[i].indiceMes);
    }
    const guardada = (await db.personas.get(maria.id))!;
    expect(guardada).toMatchObject({ nombres: 'Persona anonimizada', apellidoPaterno: '1', curp: '', telefono: '', correo: '', calle: '', numero: '', codigoPostal: '' });
    expect(r.persona.id).toBe(maria.id);
    expect(await db.solicitudes.where('personaId').equals(maria.id).count()).toBe(3);
    expect(await db.apoyos.where('personaId').equals(maria.id).count()).toBe(2);
    expect((await db.personas.get(juan.id))!.nombres).toBe('Juan');
    expect(r.solicitud).toMatchObject({ folio: 'ARCO-2026-V1-0001', folioAsignado: true, derecho: 'cancelacion', fecha: '2026-03-20', persona: 'Persona anonimizada 1', atendio: 'Jefa de Gestión' });
  });

  it('tras anonimizar, la búsqueda por el nombre o la CURP anteriores ya no la encuentra', async () => {
    const { maria } = await conDatos();
    expect((await buscarPersonas(db, 'maria jose perez')).personas.map((p) => p.id)).toEqual([maria.id]);
    await registrarSolicitudArco(db, maria.id, peticion('oposicion'));
    for (const consulta of ['maria jose perez', 'Pérez López', CURP_MARIA, CURP_MARIA.slice(0, 10), 'maria@example.com']) {
      expect((await buscarPersonas(db, consulta)).personas, consulta).toEqual([]);
    }
    expect((await buscarPersonas(db, 'persona anonimizada')).personas.map((p) => p.id)).toEqual([maria.id]);
  });

  it('la entrada de la bitácora de una cancelación no guarda ningún dato borrado', async () => {
    const { maria } = await conDatos();
    const r = await registrarSolicitudArco(db, maria.id, peticion('cancelacion'));
    const entrada = (await db.bitacora.where('accion').equals('arco').toArray())[0];
    expect(entrada.entidadId).toBe(maria.id);
    expect(entrada.cambios).toBeNull();
    expect(entrada.resumen).toContain('ARCO-2026-V1-0001');
    expect(entrada.resumen).toContain('20/03/2026');
    expect(entrada.resumen).toContain('Persona anonimizada 1');
    const texto = JSON.stringify([entrada, r.solicitud]);
    for (const dato of ['María', 'Pérez', CURP_MARIA, '2281234567', 'maria@example.com', 'Juárez']) expect(texto).not.toContain(dato);
  });

  it('el número N de «Persona anonimizada N» y el de la solicitud son consecutivos', async () => {
    const { maria, juan } = await conDatos();
    const a = await registrarSolicitudArco(db, maria.id, peticion('cancelacion'));
    const b = await registrarSolicitudArco(db, juan.id, peticion('oposicion', { fecha: '2026-04-02' }));
    expect([a.persona.apellidoPaterno, b.persona.apellidoPaterno]).toEqual(['1', '2']);
    expect([a.solicitud.folio, b.solicitud.folio]).toEqual(['ARCO-2026-V1-0001', 'ARCO-2026-V1-0002']);
    expect((await listarSolicitudesArco(db)).map((s) => [s.folio, s.derecho, s.persona])).toEqual([
      ['ARCO-2026-V1-0002', 'oposicion', 'Persona anonimizada 2'],
      ['ARCO-2026-V1-0001', 'cancelacion', 'Persona anonimizada 1'],
    ]);
  });

  it('una persona anonimizada no se vuelve a anonimizar ni se corrige', async () => {
    const { maria } = await conDatos();
    await registrarSolicitudArco(db, maria.id, peticion('cancelacion'));
    const actual = (await db.personas.get(maria.id))!;
    expect((await errorDe(registrarSolicitudArco(db, maria.id, peticion('oposicion')))).errores.derecho).toMatch(/ya fue anonimizada/);
    expect((await errorDe(guardarPersona(db, maria.id, personaMaria()))).errores._).toMatch(/anonimizada por una solicitud ARCO/);
    expect(await db.personas.get(maria.id)).toEqual(actual);
    // Access to what is kept is still possible.
    expect((await registrarSolicitudArco(db, maria.id, peticion('acceso'))).acceso!.expediente.persona.nombres).toBe('Persona anonimizada');
  });

  it('acceso: el expediente completo y un libro con nombres de catálogo en lugar de ids', async () => {
    const { maria } = await conDatos();
    const r = await registrarSolicitudArco(db, maria.id, peticion('acceso', { folio: 'UT/ARCO/015/2026', notas: 'Por correo' }));
    expect(r.solicitud).toMatchObject({ folio: 'UT/ARCO/015/2026', folioAsignado: false, derecho: 'acceso', persona: 'María José Pérez López' });
    const { expediente, nombres } = r.acceso!;
    expect(expediente.solicitudes).toHaveLength(3);
    expect(expediente.apoyos).toHaveLength(2);
    const libro = crearLibroExpediente(expediente, nombres);
    expect(libro.worksheets.map((h) => h.name)).toEqual(['Persona', 'Solicitudes', 'Seguimientos', 'Apoyos', 'Bitácora']);
    const valores = (hoja: string) =>
      libro.getWorksheet(hoja)!.getSheetValues().flatMap((fila) => (Array.isArray(fila) ? fila.filter((v) => v !== undefined && v !== null).map(String) : []));
    const solicitudes = valores('Solicitudes');
    expect(solicitudes).toContain('Despensa');
    expect(solicitudes).toContain('DIF Municipal');
    expect(solicitudes).toContain('Recibida');
    expect(solicitudes).toContain('15/01/2026 10:00');
    const apoyos = valores('Apoyos');
    expect(apoyos).toContain('Entregado');
    expect(apoyos).toContain('28/01/2026');
    const todo = libro.worksheets.flatMap((h) => valores(h.name)).join('\n');
    for (const id of [c.despensa, c.dif]) expect(todo).not.toContain(id);
    expect(valores('Persona')).toContain(CURP_MARIA);
    const entrada = (await db.bitacora.where('accion').equals('arco').toArray())[0];
    expect(entrada.resumen).toBe('Solicitud ARCO UT/ARCO/015/2026 del 20/03/2026 (Acceso): exportación de todos los datos de María José Pérez López a petición del titular');
  });

  it('un número ya usado se rechaza en su campo', async () => {
    const { maria, juan } = await conDatos();
    await registrarSolicitudArco(db, maria.id, peticion('acceso', { folio: 'UT-7' }));
    const e = await errorDe(registrarSolicitudArco(db, juan.id, peticion('cancelacion', { folio: 'UT-7' })));
    expect(e.errores.folio).toBe('Ya hay una solicitud ARCO con el número UT-7');
    expect((await db.personas.get(juan.id))!.nombres).toBe('Juan');
    expect(await db.solicitudesArco.count()).toBe(1);
  });

  it('rectificación: corrige los datos y la bitácora guarda antes y después con el número', async () => {
    const { maria } = await conDatos();
    const r = await registrarSolicitudArco(db, maria.id, peticion('rectificacion'), personaMaria({ telefono: '2289876543', calle: 'Calle Hidalgo' }));
    expect(r.persona).toMatchObject({ telefono: '2289876543', calle: 'Calle Hidalgo' });
    expect((await db.personas.get(maria.id))!.telefono).toBe('2289876543');
    const entrada = (await db.bitacora.where('accion').equals('arco').toArray())[0];
    expect(entrada.resumen).toBe('Solicitud ARCO ARCO-2026-V1-0001 del 20/03/2026 (Rectificación): datos de María José Pérez López corregidos');
    expect(entrada.cambios).toEqual({ telefono: { antes: '2281234567', despues: '2289876543' }, calle: { antes: 'Av. Juárez', despues: 'Calle Hidalgo' } });
    expect(r.solicitud.resultado).toMatch(/^Datos corregidos \(2 datos\)/);
    expect((await solicitudesArcoDePersona(db, maria.id)).map((s) => s.folio)).toEqual(['ARCO-2026-V1-0001']);
  });

  it('rectificación: los errores de los datos van a su campo y sin cambios no se registra', async () => {
    const { maria } = await conDatos();
    const e = await errorDe(registrarSolicitudArco(db, maria.id, peticion('rectificacion'), personaMaria({ codigoPostal: '12' })));
    expect(e.errores['persona.codigoPostal']).toBe('El código postal tiene 5 dígitos');
    const igual = await errorDe(registrarSolicitudArco(db, maria.id, peticion('rectificacion'), personaMaria()));
    expect(igual.errores._).toBe('No cambió ningún dato: corrija al menos un dato de la persona.');
    expect(await db.solicitudesArco.count()).toBe(0);
    expect((await db.folios.get('ARCO-2026-V1'))).toBeUndefined();
  });

  it('los datos de la solicitud se validan en español', async () => {
    const { maria } = await conDatos();
    const e = await errorDe(registrarSolicitudArco(db, maria.id, { derecho: '', fecha: '2026-02-30', folio: 'a/../<b>', notas: '' }));
    expect(e.errores).toEqual({
      derecho: 'Elija el derecho que se ejerce',
      fecha: 'Fecha de la solicitud: la fecha no existe',
      folio: 'Número de solicitud: use letras, números, guiones o diagonales (hasta 40)',
    });
  });

  it('un capturista no puede: se niega en español, se anota y nada cambia', async () => {
    const { maria } = await conDatos();
    await cerrarSesion(db);
    const sesion = await conSesion(db, { nombre: 'Ventanilla 2', rol: 'capturista' });
    const antes = await db.personas.get(maria.id);
    for (const derecho of ['acceso', 'rectificacion', 'cancelacion', 'oposicion']) {
      const previas = await db.bitacora.count();
      const intento = registrarSolicitudArco(db, maria.id, peticion(derecho), personaMaria({ telefono: '2280000000' }));
      await expect(intento).rejects.toBeInstanceOf(PermisoDenegado);
      await expect(intento).rejects.toThrow(quienPuede('solicitudes-arco'));
      expect(quienPuede('solicitudes-arco')).toBe('Solo un jefe o un administrador puede atender solicitudes ARCO.');
      const nuevas = (await db.bitacora.orderBy('fecha').toArray()).slice(previas);
      expect(nuevas.map((e) => [e.accion, e.entidadId, e.cuentaId])).toEqual([['permiso-denegado', 'solicitudes-arco', sesion.cuentaId]]);
    }
    expect(await db.personas.get(maria.id)).toEqual(antes);
    expect(await db.solicitudesArco.count()).toBe(0);
    await expect(listarSolicitudesArco(db)).rejects.toBeInstanceOf(PermisoDenegado);
  });

  it('las solicitudes ARCO viajan en el respaldo y se restauran', async () => {
    const { maria } = await conDatos();
    await registrarSolicitudArco(db, maria.id, peticion('cancelacion'));
    await cerrarSesion(db);
    await conSesion(db, { rol: 'administrador' });
    const texto = await respaldoDe(db);
    const r = validarRespaldo(comoPlano(texto));
    expect(r.valido && r.conteos.solicitudesArco).toBe(1);
    await db.solicitudesArco.clear();
    await restaurarRespaldo(db, texto);
    expect((await db.solicitudesArco.toArray()).map((s) => s.folio)).toEqual(['ARCO-2026-V1-0001']);
    // A merge of the same file changes nothing.
    expect((await fusionarRespaldo(db, texto)).agregados).toBe(0);
  });

  it('sin persona no hay solicitud', async () => {
    const e = await errorDe(registrarSolicitudArco(db, crypto.randomUUID(), peticion('acceso')));
    expect(e).toBeInstanceOf(ErrorValidacion);
    expect(e.errores._).toBe('El ciudadano ya no existe');
  });
});
