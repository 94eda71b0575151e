import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';
import { cargarTablero, resumirTablero, type ResumenTablero } from '../../../renderer/src/db/repositorios/tablero';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import {
  atenderTablero,
  ERROR_LEER_TABLERO,
  ERROR_TRABAJADOR_TABLERO,
  resumidorEnTrabajador,
  type CanalTablero,
  type TrabajadorTablero,
} from '../../../renderer/src/db/trabajoTablero';
import { generarOficina } from '../../../shared/demo/generador';
import { esCerrada, estaVencida } from '../../../shared/domain/estatusSolicitud';
import { personasAtendidas, solicitudesPorColonia, solicitudesPorEstatus, solicitudesPorTipo } from '../../../shared/domain/tablero';
import type { Persona } from '../../../shared/schemas/personas';

let db: BaseDatosPoa;
const HOY = '2026-12-01';

/**
 * A tenth of a generated year of the office (its solicitudes and apoyos, every persona), some of them deleted or
 * cancelled, as the tablero meets them.
 */
beforeAll(async () => {
  db = new BaseDatosPoa('prueba-tablero');
  await sembrarSiHaceFalta(db);
  for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 5 })) {
    if (['configuracion', 'cuentas', 'bitacora', 'seguimientos'].includes(tabla) || filas.length === 0) continue;
    const muestra = tabla === 'solicitudes' || tabla === 'apoyos' ? filas.filter((_f, i) => i % 10 === 0).map((f, i) => ({ ...f, eliminado: i % 13 === 4 ? 1 : f.eliminado })) : filas;
    await db.table(tabla).bulkPut(muestra);
  }
}, 60_000);

/** The figures computed straight from the stored records with the shared rules: what the tablero must show. */
async function esperado(): Promise<ResumenTablero> {
  const enElAnio = (campo: string) => (t: string) => db.table(t).where(campo).between('2026-01-01', '2026-12-31\uffff', true, true).toArray();
  const [solicitudes, apoyos, jornadas, eventos] = await Promise.all([
    enElAnio('fechaRecepcion')('solicitudes'),
    enElAnio('fechaEntrega')('apoyos'),
    enElAnio('fecha')('jornadas'),
    enElAnio('fecha')('eventos'),
  ]);
  const ids = [...new Set([...solicitudes.map((s) => s.personaId), ...apoyos.map((a) => a.personaId)])];
  const personas = (await db.personas.bulkGet(ids)).filter((p): p is Persona => p !== undefined);
  const vigentes = solicitudes.filter((s) => s.eliminado === 0);
  return {
    solicitudes: vigentes.length,
    abiertas: vigentes.filter((s) => !esCerrada(s.estatus)).length,
    vencidas: vigentes.filter((s) => estaVencida(s, HOY)).length,
    atendidas: personasAtendidas({ solicitudes, apoyos, jornadas, eventos, personas }, 2026),
    porEstatus: solicitudesPorEstatus(solicitudes),
    porTipo: solicitudesPorTipo(solicitudes, await db.catalogos.where('tipo').equals('tipoApoyo').toArray()),
    porColonia: solicitudesPorColonia(solicitudes, personas),
  };
}

/** A worker whose far end is the real `atenderTablero` over a message channel, opening the database by its name. */
function trabajadorEnCanal(abrir?: (nombre: string) => BaseDatosPoa) {
  const { port1, port2 } = new MessageChannel();
  atenderTablero(port2 as unknown as CanalTablero, abrir);
  const estado = { creados: 0, terminados: 0 };
  const crear = () => {
    estado.creados++;
    const trabajador = {
      onmessage: null,
      onmessageerror: null,
      onerror: null,
      postMessage: (m: unknown) => port1.postMessage(m),
      terminate: () => {
        estado.terminados++;
      },
    } as TrabajadorTablero;
    port1.onmessage = (e: MessageEvent) => (trabajador.onmessage as ((e: MessageEvent) => void) | null)?.(e);
    return trabajador;
  };
  return { crear, estado };
}

describe('tablero del año', () => {
  it('sus cifras son las de los registros del año: solicitudes vigentes, abiertas, vencidas, personas atendidas, por estatus, tipo y colonia', async () => {
    const resumen = await resumirTablero(db, 2026, HOY);
    const e = await esperado();
    expect(resumen).toEqual(e);
    expect(e.solicitudes).toBeGreaterThan(100);
    expect(e.vencidas).toBeGreaterThan(0);
    expect(e.porColonia.length).toBeGreaterThan(1);
    expect(e.atendidas.conSolicitudOApoyo).toBeGreaterThan(100);
  });

  it('el cronograma es el de la pantalla del cronograma, y un año sin POA no tiene tablero', async () => {
    const tablero = (await cargarTablero(db, 2026, HOY))!;
    const cronograma = (await cargarCronograma(db, 2026))!;
    expect(tablero.cronograma).toEqual(cronograma.cronograma);
    expect(tablero.resumen).toEqual(await esperado());
    await expect(cargarTablero(db, 2031, HOY)).resolves.toBeNull();
  });

  it('calculadas en el trabajador, que abre la misma base por su nombre, son las mismas; cada respuesta va a su pedido', async () => {
    const { crear, estado } = trabajadorEnCanal();
    const resumir = resumidorEnTrabajador(crear);
    const [de2026, de2025, otra] = await Promise.all([resumir(db, 2026, HOY), resumir(db, 2025, HOY), resumir(db, 2026, '2026-01-02')]);
    expect(de2026).toEqual(await esperado());
    expect(de2025.solicitudes).toBe(0);
    expect(otra.vencidas).toBeLessThan(de2026.vencidas);
    // One worker for all of them, kept for the next request.
    expect(estado).toEqual({ creados: 1, terminados: 0 });
  });

  it('preparar hace el trabajador y abre la base antes del primer pedido, que usa esa misma conexión', async () => {
    const abiertas: BaseDatosPoa[] = [];
    const { crear, estado } = trabajadorEnCanal((nombre) => {
      const b = new BaseDatosPoa(nombre);
      abiertas.push(b);
      return b;
    });
    const resumir = resumidorEnTrabajador(crear);
    resumir.preparar(db);
    await vi.waitFor(() => expect(abiertas[0]?.isOpen()).toBe(true));
    expect(await resumir(db, 2026, HOY)).toEqual(await esperado());
    expect(abiertas).toHaveLength(1);
    expect(estado).toEqual({ creados: 1, terminados: 0 });
  });

  it('si la conexión que el trabajador guardaba se cerró, lee de nuevo con otra en vez de fallar', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const abiertas: BaseDatosPoa[] = [];
    const { crear } = trabajadorEnCanal((nombre) => {
      const b = new BaseDatosPoa(nombre);
      abiertas.push(b);
      return b;
    });
    const resumir = resumidorEnTrabajador(crear);
    const antes = await resumir(db, 2026, HOY);
    abiertas[0].close();
    expect(await resumir(db, 2026, HOY)).toEqual(antes);
    expect(abiertas).toHaveLength(2);
    vi.restoreAllMocks();
  });

  it('donde no hay trabajadores las cifras se calculan en la página', async () => {
    const resumir = resumidorEnTrabajador(() => null);
    resumir.preparar(db);
    expect(await resumir(db, 2026, HOY)).toEqual(await esperado());
  });

  it('si el trabajador no puede leer la base, el pedido se rechaza en español; si falla el trabajador, el siguiente pedido hace otro', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rota = trabajadorEnCanal(() => {
      throw new Error('UnknownError: Internal error opening backing store for indexedDB.open.');
    });
    await expect(resumidorEnTrabajador(rota.crear)(db, 2026, HOY)).rejects.toThrow(new Error(ERROR_LEER_TABLERO));

    let creados = 0;
    const caido = () => {
      creados++;
      const t = { onmessage: null, onmessageerror: null, onerror: null, postMessage: () => {}, terminate: () => {} } as unknown as TrabajadorTablero;
      if (creados === 1) queueMicrotask(() => (t.onerror as unknown as (e: { preventDefault: () => void }) => void)({ preventDefault: () => {} }));
      else t.postMessage = (m: unknown) => queueMicrotask(() => (t.onmessage as unknown as (e: { data: unknown }) => void)({ data: { tipo: 'error', id: (m as { id: number }).id, mensaje: ERROR_LEER_TABLERO } }));
      return t;
    };
    const resumir = resumidorEnTrabajador(caido);
    await expect(resumir(db, 2026, HOY)).rejects.toThrow(new Error(ERROR_TRABAJADOR_TABLERO));
    await expect(resumir(db, 2026, HOY)).rejects.toThrow(new Error(ERROR_LEER_TABLERO));
    expect(creados).toBe(2);
    vi.restoreAllMocks();
  });

  it('en una consulta viva responde de nuevo con cada captura, aunque las cifras se calculen en el trabajador', async () => {
    const { crear } = trabajadorEnCanal();
    const resumir = resumidorEnTrabajador(crear);
    const [base] = await db.solicitudes.where('fechaRecepcion').between('2026-03-01', '2026-03-31\uffff').limit(1).toArray();
    const nueva = { ...base, id: 'solicitud-nueva-del-tablero', folio: 'AC-2026-V9-0999', estatus: 'recibida' as const, eliminado: 0 as const };
    const vistos: number[] = [];
    await new Promise<void>((listo, fallo) => {
      const sub = liveQuery(() => cargarTablero(db, 2026, HOY, resumir)).subscribe({
        next: (t) => {
          vistos.push(t!.resumen.solicitudes);
          if (vistos.length === 1) void db.solicitudes.add(nueva).catch(fallo);
          else if (vistos.length === 2) void db.personas.update(nueva.personaId, { colonia: 'Colonia del Tablero' }).catch(fallo);
          else {
            sub.unsubscribe();
            listo();
          }
        },
        error: fallo,
      });
    });
    expect(vistos[1]).toBe(vistos[0] + 1);
    expect(vistos[2]).toBe(vistos[1]);
    const colonias = (await resumirTablero(db, 2026, HOY)).porColonia.map((d) => d.etiqueta);
    expect(colonias.includes('Colonia del Tablero') || colonias.includes('Otras')).toBe(true);
    await db.solicitudes.delete(nueva.id);
  });
});
