import 'fake-indexeddb/auto';
import { respaldoDe } from './respaldoPrueba';
import { describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { registrarSolicitudArco } from '../../../renderer/src/db/repositorios/arco';
import { cerrarPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { camposDeBusqueda, guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { mantenerSeparadas, posiblesDuplicados, unirPersonas } from '../../../renderer/src/db/repositorios/unionPersonas';
import { cerrarSesion } from '../../../renderer/src/db/sesion';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';
import type { Persona } from '../../../shared/schemas/personas';
import { apoyoDeDespensa, CURP_JUAN, CURP_MARIA, errorDe, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let n = 0;

/** A PC started from scratch, with its station and a jefe signed in. */
async function nuevaPc(estacion = 'V1'): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-union-personas-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { estacion });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion });
  cerrarSesion(db);
  await conSesion(db, { nombre: `Jefa ${estacion}`, estacion, rol: 'jefe' });
  return db;
}

async function logrado(db: BaseDatosPoa): Promise<number[][]> {
  return (await cargarCronograma(db, 2026, 12))!.cronograma.filas.map((f) => f.logradoRegistros);
}

/** María as the desk registered her twice: once with her CURP, once in a hurry, without it and without phone. */
async function mariaDosVeces(db: BaseDatosPoa) {
  const conCurp = await guardarPersona(db, null, personaMaria({ correo: '' }));
  const sinCurp = await guardarPersona(db, null, personaMaria({ curp: '', telefono: '', correo: 'maria@example.com', codigoPostal: '' }));
  return { conCurp, sinCurp };
}

describe('unir personas desde el registro de una de ellas', () => {
  it('sus solicitudes, apoyos y solicitudes ARCO pasan a la que queda, que toma lo que le faltaba; la otra queda borrada con la referencia', async () => {
    const db = await nuevaPc();
    const { conCurp, sinCurp } = await mariaDosVeces(db);
    const s1 = await solicitudDeDespensa(db, conCurp.id, '2026-03-02T10:00');
    const s2 = await solicitudDeDespensa(db, sinCurp.id, '2026-03-05T11:00');
    const apoyo = await apoyoDeDespensa(db, sinCurp.id, { solicitudId: s2.id, fechaGestion: '2026-03-05', fechaEntrega: '2026-03-06' });
    await registrarSolicitudArco(db, sinCurp.id, { derecho: 'acceso', fecha: '2026-03-07', folio: '', notas: '' });
    const antes = await logrado(db);

    const r = await unirPersonas(db, conCurp.id, sinCurp.id);

    expect(r.movidos).toEqual({ solicitudes: 1, apoyos: 1, solicitudesArco: 1 });
    expect((await db.solicitudes.toArray()).map((s) => [s.id, s.personaId]).sort()).toEqual([[s1.id, conCurp.id], [s2.id, conCurp.id]].sort());
    expect((await db.apoyos.get(apoyo.id))!.personaId).toBe(conCurp.id);
    expect((await db.solicitudesArco.toArray()).map((a) => a.personaId)).toEqual([conCurp.id]);
    const queda = (await db.personas.get(conCurp.id))!;
    expect([queda.curp, queda.telefono, queda.correo, queda.codigoPostal, queda.eliminado]).toEqual([CURP_MARIA, '2281234567', 'maria@example.com', '91000', 0]);
    const quitada = (await db.personas.get(sinCurp.id))!;
    expect([quitada.eliminado, quitada.unidaCon]).toEqual([1, conCurp.id]);
    expect(await logrado(db)).toEqual(antes);

    const entradas = await db.bitacora.where('entidadId').anyOf([conCurp.id, sinCurp.id]).toArray();
    const union = entradas.find((e) => e.resumen.startsWith('Personas unidas'))!;
    expect(union.resumen).toBe('Personas unidas: María José Pérez López era la misma persona que María José Pérez López; a ésta pasaron 1 solicitud, 1 apoyo, 1 solicitud ARCO');
    expect(union.cambios).toEqual({ correo: { antes: '', despues: 'maria@example.com' } });
    const baja = entradas.find((e) => e.accion === 'eliminar')!;
    expect(baja.cambios).toMatchObject({ eliminado: { antes: 0, despues: 1 }, unidaCon: { antes: null, despues: conCurp.id } });
  });

  it('sin CURP en ninguna, queda la elegida; la CURP de la otra pasa a ella y la búsqueda por CURP la encuentra', async () => {
    const db = await nuevaPc();
    const { conCurp, sinCurp } = await mariaDosVeces(db);
    await unirPersonas(db, sinCurp.id, conCurp.id);
    const queda = (await db.personas.get(sinCurp.id))!;
    expect(queda.curp).toBe(CURP_MARIA);
    expect((await db.personas.where('curp').equals(CURP_MARIA).toArray()).filter((p) => p.eliminado === 0).map((p) => p.id)).toEqual([sinCurp.id]);
  });

  it('un periodo cerrado no impide unir: quién es la persona no cambia lo que cuenta, y el mes cerrado cuenta lo mismo', async () => {
    const db = await nuevaPc();
    const { conCurp, sinCurp } = await mariaDosVeces(db);
    await solicitudDeDespensa(db, sinCurp.id, '2026-02-10T10:00');
    await apoyoDeDespensa(db, sinCurp.id, { fechaGestion: '2026-02-10', fechaEntrega: '2026-02-11' });
    await cerrarPeriodo(db, { anio: 2026, tipo: 'mes', numero: 2 }, new Date(2026, 2, 3));
    const antes = await logrado(db);
    expect(antes.map((f) => f[1])).toEqual([1, 1, 0, 0]);
    await unirPersonas(db, conCurp.id, sinCurp.id);
    expect(await logrado(db)).toEqual(antes);
    expect((await db.solicitudes.toArray()).map((s) => s.personaId)).toEqual([conCurp.id]);
  });

  it('todo o nada: si algo falla a medio camino, ningún registro cambió de persona', async () => {
    const db = await nuevaPc();
    const { conCurp, sinCurp } = await mariaDosVeces(db);
    const s = await solicitudDeDespensa(db, sinCurp.id, '2026-03-05T11:00');
    const bitacora = await db.bitacora.count();
    const falla = () => {
      throw new Error('Disco lleno');
    };
    db.personas.hook('updating', falla);
    await expect(unirPersonas(db, conCurp.id, sinCurp.id)).rejects.toThrow('Disco lleno');
    db.personas.hook('updating').unsubscribe(falla);
    expect((await db.solicitudes.get(s.id))!.personaId).toBe(sinCurp.id);
    expect((await db.personas.get(sinCurp.id))!.eliminado).toBe(0);
    expect(await db.bitacora.count()).toBe(bitacora);
  });

  it('no une dos CURP distintas, una persona consigo misma ni a una anonimizada; un capturista no puede', async () => {
    const db = await nuevaPc();
    const maria = await guardarPersona(db, null, personaMaria());
    const juan = await guardarPersona(db, null, personaMaria({ curp: CURP_JUAN }));
    expect((await errorDe(unirPersonas(db, maria.id, juan.id))).errores._).toBe(`Tienen CURP distintas (${CURP_MARIA} y ${CURP_JUAN}): son dos personas.`);
    expect((await errorDe(unirPersonas(db, maria.id, maria.id))).errores._).toBe('Elija a otra persona: es la misma.');
    const otra = await guardarPersona(db, null, personaMaria({ curp: '' }));
    await registrarSolicitudArco(db, otra.id, { derecho: 'cancelacion', fecha: '2026-03-20', folio: '', notas: '' });
    expect((await errorDe(unirPersonas(db, maria.id, otra.id))).errores._).toContain('anonimizada');

    cerrarSesion(db);
    await conSesion(db, { rol: 'capturista' });
    const sinCurp = await guardarPersona(db, null, personaMaria({ curp: '' }));
    await expect(unirPersonas(db, maria.id, sinCurp.id)).rejects.toBeInstanceOf(PermisoDenegado);
    await expect(unirPersonas(db, maria.id, sinCurp.id)).rejects.toThrow('Solo un jefe o un administrador puede unir personas registradas dos veces.');
    expect((await db.personas.get(sinCurp.id))!.eliminado).toBe(0);
  });
});

describe('posibles duplicados sin CURP', () => {
  it('lista las parejas con el mismo nombre y fecha de nacimiento o domicilio, nunca dos con CURP ni nombres distintos', async () => {
    const db = await nuevaPc();
    const maria = await guardarPersona(db, null, personaMaria());
    const mariaSinCurp = await guardarPersona(db, null, personaMaria({ curp: '', nombres: 'maria jose', apellidoPaterno: 'PEREZ', calle: '' }));
    const mariaMismaCasa = await guardarPersona(db, null, personaMaria({ curp: '', fechaNacimiento: null, edad: 35, calle: 'AV. JUAREZ' }));
    // Same name, birth date and street as María, with a CURP of her own: two CURPs are two people, but either may be
    // the one registered without it.
    const otraCurp = await guardarPersona(db, null, personaMaria({ curp: CURP_JUAN }));
    await guardarPersona(db, null, personaMaria({ curp: '', nombres: 'María', calle: '', fechaNacimiento: '1990-03-15' }));
    await guardarPersona(db, null, personaMaria({ curp: '', fechaNacimiento: '1991-01-01', calle: 'Otra calle' }));

    const parejas = await posiblesDuplicados(db);
    const ids = (a: Persona, b: Persona) => [a.id, b.id].sort().join('|');
    expect(new Map(parejas.map((p) => [ids(p.a, p.b), p.motivo]))).toEqual(
      new Map([
        [ids(maria, mariaSinCurp), 'fecha'],
        [ids(maria, mariaMismaCasa), 'domicilio'],
        [ids(otraCurp, mariaSinCurp), 'fecha'],
        [ids(otraCurp, mariaMismaCasa), 'domicilio'],
      ]),
    );
  });

  it('«Mantener separadas» se recuerda, viaja en un respaldo y en las capturas que otra PC incorpora', async () => {
    const db = await nuevaPc();
    const a = await guardarPersona(db, null, personaMaria({ curp: '' }));
    const b = await guardarPersona(db, null, personaMaria({ curp: '', telefono: '' }));
    expect(await posiblesDuplicados(db)).toHaveLength(1);
    await mantenerSeparadas(db, a.id, b.id);
    expect(await posiblesDuplicados(db)).toEqual([]);
    expect((await db.personas.get(a.id))!.distintaDe).toEqual([b.id]);
    expect((await db.personas.get(b.id))!.distintaDe).toEqual([a.id]);
    const archivo = await respaldoDe(db);

    const restaurada = new BaseDatosPoa(`prueba-union-personas-${++n}`);
    await conSesion(restaurada, { rol: 'administrador' });
    await restaurarRespaldo(restaurada, archivo);
    await conSesion(restaurada, { rol: 'jefe' });
    expect(await posiblesDuplicados(restaurada)).toEqual([]);
    expect((await restaurada.personas.get(a.id))!.distintaDe).toEqual([b.id]);

    const otraPc = await nuevaPc('V2');
    await fusionarRespaldo(otraPc, archivo);
    expect(await otraPc.personas.count()).toBe(2);
    expect(await posiblesDuplicados(otraPc)).toEqual([]);
  });

  it('un capturista no ve la lista', async () => {
    const db = await nuevaPc();
    cerrarSesion(db);
    await conSesion(db, { rol: 'capturista' });
    await expect(posiblesDuplicados(db)).rejects.toThrow('Solo un jefe o un administrador puede unir personas registradas dos veces.');
  });

  it('con 60,000 personas lee sólo las de nombre repetido, y pronto', async () => {
    const db = await nuevaPc();
    const base = await guardarPersona(db, null, personaMaria({ curp: '' }));
    const personas: Persona[] = [];
    for (let i = 0; i < 60_000; i++) {
      // Two of every 2,000 share a name (and the birth date), the rest are unique: 30 pairs among 60,000.
      const nombre = { apellidoPaterno: `Apellido${Math.floor(i / 2)}`, apellidoMaterno: i % 2000 < 2 ? 'Doble' : `Materno${i}`, nombres: 'Ana' };
      const datos = { ...base, ...nombre, ...camposDeBusqueda(nombre), id: crypto.randomUUID(), curp: i % 2 === 0 ? '' : `CURP${i}` };
      personas.push(datos);
    }
    await db.personas.bulkAdd(personas);
    const leidas = vi.spyOn(db.personas, 'bulkGet');
    const inicio = performance.now();
    const parejas = await posiblesDuplicados(db);
    const ms = performance.now() - inicio;
    console.log(`Posibles duplicados entre ${await db.personas.count()} personas: ${parejas.length} parejas en ${Math.round(ms)} ms`);
    expect(parejas).toHaveLength(30);
    expect(leidas.mock.calls.map((c) => (c[0] as string[]).length)).toEqual([60]);
    expect(ms).toBeLessThan(20_000);
  }, 120_000);
});

describe('la referencia de la persona unida sigue a las capturas de otra PC', () => {
  it('lo que otra PC capturó para la persona quitada apunta, al incorporarse, a la que quedó, en las dos PCs', async () => {
    const a = await nuevaPc('V1');
    const b = await nuevaPc('V2');
    const { conCurp, sinCurp } = await mariaDosVeces(a);
    await fusionarRespaldo(b, await respaldoDe(a));
    // B, before hearing of the merge, receives a solicitud of the persona A is about to remove.
    const deB = await solicitudDeDespensa(b, sinCurp.id, '2026-04-02T09:00');
    await unirPersonas(a, conCurp.id, sinCurp.id);

    await fusionarRespaldo(a, await respaldoDe(b));
    expect((await a.solicitudes.get(deB.id))!.personaId).toBe(conCurp.id);
    expect((await a.personas.get(sinCurp.id))!.eliminado).toBe(1);

    await fusionarRespaldo(b, await respaldoDe(a));
    expect((await b.solicitudes.get(deB.id))!.personaId).toBe(conCurp.id);
    expect((await b.personas.get(sinCurp.id))!.unidaCon).toBe(conCurp.id);
    expect(await logrado(a)).toEqual(await logrado(b));
    const resumenes = (await a.bitacora.toArray()).map((e) => e.resumen);
    expect(resumenes).toContain('Capturas de la estación V2: 1 registro apunta a una persona que se unió con otra, y ahora a la que se conservó');
  });
});
