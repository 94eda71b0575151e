import 'fake-indexeddb/auto';
import { nombresDeProgramas } from '../../../renderer/src/db/repositorios/apoyos';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { listarApoyos, listarPadron, type FilaApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { nombresDeCatalogos } from '../../../renderer/src/db/repositorios/solicitudes';
import { padronDeBeneficiarios } from '../../../shared/domain/padron';
import {
  aniosDeApoyos,
  CAMPOS_ORDEN_APOYOS,
  COMPARADORES_APOYOS,
  contarApoyos,
  filasApoyos,
  FILTROS_APOYOS_VACIOS,
  paginaApoyos,
  valorEstimadoApoyos,
  type ConsultaApoyos,
  type FiltrosApoyos,
} from '../../../renderer/src/db/repositorios/paginaApoyos';
import { aniosDe, coincide } from '../../../renderer/src/componentes/lista/filtros';
import { generarOficina } from '../../../shared/demo/generador';
import { idCatalogo } from '../../../shared/domain/identidad';
import type { Apoyo } from '../../../shared/schemas/modulos';
import type { Persona } from '../../../shared/schemas/personas';
import type { Solicitud } from '../../../shared/schemas/solicitudes';
import { cadaOrdenComoEnMemoria, todasLasPaginas } from './paginasPrueba';

let db: BaseDatosPoa;
let todas: FilaApoyo[];
let muestra: { persona: Persona; apoyo: Apoyo; folio: string };

/**
 * A few hundred apoyos of the generated office of two years (every 15th, a few deleted), their beneficiaries and
 * solicitudes, and other personas who received nothing, written as the office's backup holds them.
 */
beforeAll(async () => {
  db = new BaseDatosPoa('prueba-pagina-apoyos');
  await sembrarSiHaceFalta(db);
  const tablas: Record<string, Record<string, unknown>[]> = { personas: [], solicitudes: [], apoyos: [], catalogos: [] };
  for (const { tabla, filas } of generarOficina({ anios: 2, semilla: 7 })) if (tabla in tablas) tablas[tabla].push(...filas);
  const apoyos = (tablas.apoyos as unknown as Apoyo[]).filter((_a, i) => i % 15 === 0).map((a, i): Apoyo => ({ ...a, eliminado: i % 29 === 3 ? 1 : 0 }));
  const personas = new Set(apoyos.map((a) => a.personaId));
  const solicitudes = new Set(apoyos.flatMap((a) => (a.solicitudId ? [a.solicitudId] : [])));
  await db.catalogos.bulkPut(tablas.catalogos as never[]);
  await db.personas.bulkPut((tablas.personas as unknown as Persona[]).filter((p, i) => personas.has(p.id) || i % 50 === 0));
  await db.solicitudes.bulkPut((tablas.solicitudes as unknown as Solicitud[]).filter((s) => solicitudes.has(s.id)));
  await db.apoyos.bulkPut(apoyos);
  todas = await listarApoyos(db);
  const conTodo = todas.find((f) => f.folioSolicitud && f.curp && f.colonia && f.dependencia)!;
  muestra = { persona: (await db.personas.get(conTodo.personaId))!, apoyo: (await db.apoyos.get(conTodo.id))!, folio: conTodo.folioSolicitud };
}, 60_000);

/** What the list showed when it filtered every row in memory (the search and selects of its view). */
function filtradas(f: FiltrosApoyos): FilaApoyo[] {
  return todas.filter(
    (a) =>
      coincide(f.texto, a.beneficiario, a.curp, a.tipoApoyo, a.folioSolicitud, a.dependencia, a.colonia) &&
      (!f.estatus || a.estatus === f.estatus) &&
      (!f.tipoApoyoId || a.tipoApoyoId === f.tipoApoyoId) &&
      (!f.anio || (a.fechaEntrega ?? a.fechaGestion).startsWith(f.anio)),
  );
}

function esperado(f: FiltrosApoyos, orden: ConsultaApoyos['orden']): string[] {
  const signo = orden.direccion === 'asc' ? 1 : -1;
  return filtradas(f)
    .sort((a, b) => COMPARADORES_APOYOS[orden.campo](a, b, signo))
    .map((a) => a.id);
}

async function paginasDe(filtros: FiltrosApoyos, orden: ConsultaApoyos['orden'], tamano: number, enMemoria?: number) {
  return todasLasPaginas((pagina) => paginaApoyos(db, { filtros, orden, pagina, tamano }, enMemoria), tamano, todas.length);
}

const DESPENSA = idCatalogo('tipoApoyo', 'Despensa');

/** The filters of the bar, alone and together; the texts are the list's search as a clerk types it. */
const FILTROS: [string, () => Partial<FiltrosApoyos>][] = [
  ['sin filtros', () => ({})],
  ['estatus entregado', () => ({ estatus: 'entregado' })],
  ['estatus gestionado', () => ({ estatus: 'gestionado' })],
  ['tipo de apoyo', () => ({ tipoApoyoId: DESPENSA })],
  ['año', () => ({ anio: '2025' })],
  ['texto: apellido sin acentos ni mayúsculas', () => ({ texto: muestra.persona.apellidoPaterno.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() })],
  ['texto: principio de la CURP', () => ({ texto: muestra.persona.curp.slice(0, 7).toLowerCase() })],
  ['texto: palabra del tipo', () => ({ texto: 'desp' })],
  ['texto: principio del folio de la solicitud', () => ({ texto: muestra.folio.slice(0, 9) })],
  ['texto: folio completo', () => ({ texto: muestra.folio })],
  ['texto: colonia', () => ({ texto: muestra.persona.colonia || muestra.persona.localidad })],
  ['texto: nombre y tipo a la vez', () => ({ texto: `${muestra.persona.nombres.split(' ')[0]} ${todas.find((f) => f.id === muestra.apoyo.id)!.tipoApoyo.slice(0, 4)}` })],
  ['texto: dependencia', () => ({ texto: todas.find((f) => f.id === muestra.apoyo.id)!.dependencia.split(' ')[0] })],
  ['varios a la vez', () => ({ estatus: 'entregado', anio: '2026', texto: 'ma' })],
];

describe('la lista de apoyos, una página a la vez por los índices', () => {
  it('sin filtros, la primera página es la de los más recientes y el total cuenta sólo los vigentes', async () => {
    const r = await paginaApoyos(db, { filtros: FILTROS_APOYOS_VACIOS, orden: { campo: 'fecha', direccion: 'desc' }, pagina: 0, tamano: 25 });
    expect(todas.length).toBeGreaterThan(300);
    expect(await db.apoyos.count()).toBeGreaterThan(todas.length);
    expect(r.total).toBe(todas.length);
    // The list's own order: by the date that places each apoyo, the newest first (those of a day by id).
    expect(r.filas.map((f) => f.id)).toEqual(esperado(FILTROS_APOYOS_VACIOS, { campo: 'fecha', direccion: 'desc' }).slice(0, 25));
    expect(r.filas.map((f) => f.fechaEntrega ?? f.fechaGestion)).toEqual(todas.slice(0, 25).map((f) => f.fechaEntrega ?? f.fechaGestion));
    expect(r.filas[0]).toMatchObject({ beneficiario: expect.any(String), tipoApoyo: expect.any(String) });
  });

  for (const [nombre, cambios] of FILTROS) {
    for (const enMemoria of [undefined, 0]) {
      it(`${nombre}${enMemoria === 0 ? ', recorriendo los índices del orden' : ''}: cada orden, página por página, da lo mismo que filtrar todo en memoria`, async () => {
        const filtros = { ...FILTROS_APOYOS_VACIOS, ...cambios() };
        const n = filtradas(filtros).length;
        expect(n, 'el filtro deja algunos').toBeGreaterThan(0);
        if (nombre !== 'sin filtros') expect(n, 'el filtro quita algunos').toBeLessThan(todas.length);
        await cadaOrdenComoEnMemoria(
          CAMPOS_ORDEN_APOYOS.filter((c) => c !== 'beneficiario'),
          (orden) => esperado(filtros, orden),
          (orden) => paginasDe(filtros, orden, 50, enMemoria),
        );
        const suma = filtradas(filtros).reduce((s, a) => s + a.valorEstimado, 0);
        expect(await valorEstimadoApoyos(db, filtros, enMemoria)).toBeCloseTo(suma, 6);
      });
    }
  }

  it('la página sale sin contar todos los vigentes (la lista los cuenta aparte): sin filtro no trae total, con filtro el de sus coincidencias', async () => {
    const consulta = (filtros: FiltrosApoyos, pagina = 0): ConsultaApoyos => ({ filtros, orden: { campo: 'fecha', direccion: 'desc' }, pagina, tamano: 25 });
    const sola = await filasApoyos(db, consulta(FILTROS_APOYOS_VACIOS));
    expect(sola.total).toBeNull();
    expect(sola.filas).toEqual((await paginaApoyos(db, consulta(FILTROS_APOYOS_VACIOS))).filas);
    expect(await contarApoyos(db)).toBe(todas.length);
    const entregados = { ...FILTROS_APOYOS_VACIOS, estatus: 'entregado' };
    const filtrada = await filasApoyos(db, consulta(entregados));
    expect(filtrada.total).toBe(filtradas(entregados).length);
    expect(filtrada.filas).toEqual((await paginaApoyos(db, consulta(entregados))).filas);
    expect(await filasApoyos(db, consulta(FILTROS_APOYOS_VACIOS, 999))).toEqual({ filas: [], total: null });
  });

  it('por beneficiario: en orden de apellidos, cada página sin repetir ni perder ninguno', async () => {
    for (const filtros of [FILTROS_APOYOS_VACIOS, { ...FILTROS_APOYOS_VACIOS, estatus: 'entregado' }]) {
      for (const enMemoria of [undefined, 0]) {
        for (const direccion of ['asc', 'desc'] as const) {
          const { ids, totales } = await paginasDe(filtros, { campo: 'beneficiario', direccion }, 40, enMemoria);
          const ref = filtradas(filtros);
          expect(new Set(ids)).toEqual(new Set(ref.map((f) => f.id)));
          expect(ids.length).toBe(ref.length);
          expect(totales).toEqual([ref.length]);
          const nombres = ids.map((id) => todas.find((f) => f.id === id)!.nombreNormalizado);
          const ordenados = [...nombres].sort();
          expect(nombres).toEqual(direccion === 'asc' ? ordenados : ordenados.reverse());
        }
      }
    }
  });

  it('los límites de las páginas: la última incompleta, una más allá vacía con el total, y un texto que nada nombra no trae filas', async () => {
    const orden = { campo: 'fecha', direccion: 'desc' } as const;
    const ultima = Math.floor((todas.length - 1) / 25);
    const r = await paginaApoyos(db, { filtros: FILTROS_APOYOS_VACIOS, orden, pagina: ultima, tamano: 25 });
    const ref = esperado(FILTROS_APOYOS_VACIOS, orden);
    expect(r.filas.map((f) => f.id)).toEqual(ref.slice(ultima * 25));
    expect(r.filas.length).toBe(todas.length - ultima * 25);
    expect(await paginaApoyos(db, { filtros: FILTROS_APOYOS_VACIOS, orden, pagina: ultima + 1, tamano: 25 })).toMatchObject({ filas: [], total: todas.length });
    expect(await paginaApoyos(db, { filtros: { ...FILTROS_APOYOS_VACIOS, texto: 'Inexistente Nadie' }, orden, pagina: 0, tamano: 25 })).toMatchObject({
      filas: [],
      total: 0,
      todas: todas.length,
    });
  });

  it('los años del filtro salen de los índices, los mismos que tenían las filas', async () => {
    expect(await aniosDeApoyos(db)).toEqual(aniosDe(todas.map((a) => a.fechaEntrega ?? a.fechaGestion)).map((o) => o.valor));
  });

  it('el padrón de un año lee por el índice sólo las entregas vigentes de ese año y da lo mismo que leer todos los apoyos', async () => {
    const [apoyos, personas, nombres] = await Promise.all([db.apoyos.toArray(), db.personas.toArray(), nombresDeCatalogos(db)]);
    const porId = new Map(personas.map((p) => [p.id, p]));
    for (const anio of [2025, 2026, null]) {
      const padron = await listarPadron(db, anio);
      expect(padron, String(anio)).toEqual(padronDeBeneficiarios(apoyos, porId, nombres, anio, await nombresDeProgramas(db)));
      expect(padron.length, String(anio)).toBeGreaterThan(0);
    }
  });
});
