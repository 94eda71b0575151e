import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { filasDeBusqueda, TABLA_BUSQUEDA } from '../../../renderer/src/db/busquedaSolicitudes';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { registrarSolicitudArco } from '../../../renderer/src/db/repositorios/arco';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { filasSolicitudes } from '../../../renderer/src/db/repositorios/paginaSolicitudes';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { eliminarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { unirPersonas } from '../../../renderer/src/db/repositorios/unionPersonas';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { cerrarSesion } from '../../../renderer/src/db/sesion';
import { FILTROS_VACIOS, type FiltrosSolicitudes } from '../../../shared/domain/filtroSolicitudes';
import { personaJuan, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { respaldoDe } from './respaldoPrueba';
import { conSesion } from './sesionPrueba';

/**
 * The list's text and colonia filters read each solicitud's search row (its citizen's words and colonia). Whatever
 * writes solicitudes or personas, those rows must be exactly what the stored solicitudes and personas give.
 */

let n = 0;

async function nuevaPc(estacion = 'V1', rol: 'jefe' | 'administrador' = 'jefe'): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-busqueda-solicitudes-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { estacion });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion });
  cerrarSesion(db);
  await conSesion(db, { nombre: `Jefa ${estacion}`, estacion, rol });
  return db;
}

/** The search rows stored, and those the stored solicitudes and personas give, both by id. */
async function enPaso(db: BaseDatosPoa) {
  const porId = <T extends { id: string }>(filas: T[]) => [...filas].sort((a, b) => a.id.localeCompare(b.id));
  const guardadas = porId(await db.table(TABLA_BUSQUEDA).toArray());
  const esperadas = porId(filasDeBusqueda(await db.solicitudes.toArray(), await db.personas.toArray()));
  return { guardadas, esperadas };
}

async function folios(db: BaseDatosPoa, filtros: Partial<FiltrosSolicitudes>): Promise<string[]> {
  const { filas } = await filasSolicitudes(db, {
    filtros: { ...FILTROS_VACIOS, ...filtros },
    orden: { campo: 'folio', direccion: 'asc' },
    pagina: 0,
    tamano: 25,
    hoy: '2026-11-30',
  });
  return filas.map((f) => f.folio);
}

describe('la búsqueda de solicitudes por el nombre y la colonia del ciudadano', () => {
  it('sigue cada captura, cada corrección de la persona y cada baja', async () => {
    const db = await nuevaPc();
    const maria = await solicitudDeDespensa(db, '', '2026-03-05T10:30', personaMaria({ colonia: 'Centro' }));
    const juan = await solicitudDeDespensa(db, '', '2026-03-06T09:00', personaJuan({ colonia: 'Las Flores' }));
    const otraDeMaria = await solicitudDeDespensa(db, maria.personaId, '2026-04-01T09:00');
    expect(await folios(db, { texto: 'perez lop' })).toEqual([maria.folio, otraDeMaria.folio]);
    expect(await folios(db, { colonia: 'las flores' })).toEqual([juan.folio]);

    // The persona's name and colonia corrected: her solicitudes are found by the new ones, not the old.
    const corregida = await guardarPersona(db, maria.personaId, { ...personaMaria(), apellidoPaterno: 'Gutiérrez', colonia: 'El Mirador' });
    expect(corregida.palabras).toContain('GUTIERREZ');
    expect(await folios(db, { texto: 'perez' })).toEqual([]);
    expect(await folios(db, { texto: 'gutierrez maria' })).toEqual([maria.folio, otraDeMaria.folio]);
    expect(await folios(db, { colonia: 'EL MIRADOR' })).toEqual([maria.folio, otraDeMaria.folio]);
    expect(await folios(db, { colonia: 'Centro' })).toEqual([]);

    // A deleted solicitud leaves the list (and its row stays as the stored solicitud does).
    await eliminarSolicitud(db, otraDeMaria.id, 'Capturada dos veces');
    expect(await folios(db, { texto: 'gutierrez' })).toEqual([maria.folio]);

    const r = await enPaso(db);
    expect(r.guardadas).toHaveLength(3);
    expect(r.guardadas).toEqual(r.esperadas);
  });

  it('al unir dos personas, las solicitudes de la quitada se buscan por la que se conserva', async () => {
    const db = await nuevaPc();
    const conserva = await solicitudDeDespensa(db, '', '2026-03-05T10:30', personaMaria({ colonia: 'Centro' }));
    const apurada = await solicitudDeDespensa(db, '', '2026-03-07T10:30', personaMaria({ curp: '', nombres: 'Ma. José', colonia: 'centro' }));
    expect(await folios(db, { texto: 'ma.' })).toEqual([apurada.folio]);
    await unirPersonas(db, conserva.personaId, apurada.personaId);
    expect(await folios(db, { texto: 'ma.' })).toEqual([]);
    expect(await folios(db, { texto: 'maria jose' })).toEqual([conserva.folio, apurada.folio]);
    const r = await enPaso(db);
    expect(r.guardadas).toEqual(r.esperadas);
  });

  it('una persona anonimizada por cancelación ya no se encuentra por su nombre anterior', async () => {
    const db = await nuevaPc();
    const s = await solicitudDeDespensa(db, '', '2026-03-05T10:30', personaMaria());
    await registrarSolicitudArco(db, s.personaId, { derecho: 'cancelacion', fecha: '2026-03-20', folio: '', notas: '' });
    expect(await folios(db, { texto: 'perez' })).toEqual([]);
    expect(await folios(db, { texto: 'anonimizada' })).toEqual([s.folio]);
    const r = await enPaso(db);
    expect(r.guardadas).toEqual(r.esperadas);
  });

  it('se rehace al restaurar un respaldo y al incorporar las capturas de otra PC, nunca viaja en el archivo', async () => {
    const origen = await nuevaPc('V2', 'administrador');
    const deOrigen = await solicitudDeDespensa(origen, '', '2026-03-05T10:30', personaMaria({ colonia: 'Centro' }));
    await solicitudDeDespensa(origen, '', '2026-03-06T09:00', personaJuan({ colonia: 'Las Flores' }));
    const archivo = await respaldoDe(origen);
    expect(new TextDecoder().decode(await new Response(new Blob([new Uint8Array(archivo)]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())).not.toContain(TABLA_BUSQUEDA);

    const restaurada = await nuevaPc('V1', 'administrador');
    await solicitudDeDespensa(restaurada, '', '2026-02-01T10:30', personaJuan({ nombres: 'Pedro', curp: '' }));
    await restaurarRespaldo(restaurada, archivo);
    expect(await folios(restaurada, { texto: 'pedro' })).toEqual([]);
    expect(await folios(restaurada, { texto: 'perez' })).toEqual([deOrigen.folio]);
    const r = await enPaso(restaurada);
    expect(r.guardadas).toHaveLength(2);
    expect(r.guardadas).toEqual(r.esperadas);

    // Another PC corrects the citizen's name; incorporating its captures brings the correction to the search.
    await guardarPersona(origen, deOrigen.personaId, { ...personaMaria(), apellidoPaterno: 'Gutiérrez', colonia: 'Centro' });
    const otra = await nuevaPc('V3');
    const propia = await solicitudDeDespensa(otra, '', '2026-05-05T10:30', personaJuan({ nombres: 'Rosa', curp: '' }));
    await fusionarRespaldo(otra, await respaldoDe(origen));
    expect(await folios(otra, { texto: 'gutierrez' })).toEqual([deOrigen.folio]);
    expect(await folios(otra, { texto: 'rosa' })).toEqual([propia.folio]);
    const o = await enPaso(otra);
    expect(o.guardadas).toHaveLength(3);
    expect(o.guardadas).toEqual(o.esperadas);
  });

  it('una base de la versión anterior la llena al abrirse', async () => {
    const nombre = `prueba-busqueda-anterior-${++n}`;
    const actual = await nuevaPc();
    const s = await solicitudDeDespensa(actual, '', '2026-03-05T10:30', personaMaria({ colonia: 'Centro' }));
    const filas = { personas: await actual.personas.toArray(), solicitudes: await actual.solicitudes.toArray() };
    const previa = new Dexie(nombre);
    for (const m of MIGRACIONES.filter((m) => m.version < 18)) previa.version(m.version).stores(m.stores);
    await previa.open();
    await previa.table('personas').bulkAdd(filas.personas);
    await previa.table('solicitudes').bulkAdd(filas.solicitudes);
    previa.close();

    const abierta = new BaseDatosPoa(nombre);
    await abierta.open();
    expect(await abierta.table(TABLA_BUSQUEDA).toArray()).toEqual([{ id: s.id, palabras: ['PEREZ', 'LOPEZ', 'MARIA', 'JOSE'], colonia: 'CENTRO' }]);
    await conSesion(abierta);
    expect(await folios(abierta, { texto: 'lopez', colonia: 'centro' })).toEqual([s.folio]);
  });

  it('una persona guardada después que sus solicitudes, en otra transacción, les da su nombre y su colonia', async () => {
    const db = await nuevaPc();
    const s = await solicitudDeDespensa(db, '', '2026-03-05T10:30', personaMaria({ colonia: 'Centro' }));
    const persona = await db.personas.get(s.personaId);
    // The persona leaves and comes back apart from her solicitud, as a file that brought them in two steps would.
    await db.personas.delete(s.personaId);
    expect(await folios(db, { texto: 'perez' })).toEqual([]);
    await db.personas.add(persona!);
    expect(await folios(db, { texto: 'perez' })).toEqual([s.folio]);
    expect(await folios(db, { colonia: 'centro' })).toEqual([s.folio]);
    await db.personas.delete(s.personaId);
    await db.personas.put(persona!);
    expect(await folios(db, { texto: 'maria jose' })).toEqual([s.folio]);
    const r = await enPaso(db);
    expect(r.guardadas).toEqual(r.esperadas);
  });
});
