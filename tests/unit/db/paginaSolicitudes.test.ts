import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { listarSolicitudes } from '../../../renderer/src/db/repositorios/solicitudes';
import {
  CAMPOS_ORDEN_SOLICITUDES,
  coloniasDePersonas,
  contarFiltradas,
  contarSolicitudes,
  filasSolicitudes,
  paginaSolicitudes,
  type ConsultaSolicitudes,
} from '../../../renderer/src/db/repositorios/paginaSolicitudes';
import { aplicarFiltros, FILTROS_VACIOS, type FilaSolicitud, type FiltrosSolicitudes } from '../../../shared/domain/filtroSolicitudes';
import { ESTATUS_SOLICITUD, type Solicitud } from '../../../shared/schemas/solicitudes';
import { catalogo, CURP_JUAN, personaJuan, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { cadaOrdenComoEnMemoria, todasLasPaginas } from './paginasPrueba';
import { conSesion } from './sesionPrueba';

const HOY = '2026-11-24';
let db: BaseDatosPoa;
let c: Awaited<ReturnType<typeof catalogo>>;
let todas: FilaSolicitud[];

const NOMBRES = [
  ['Ramírez', 'Soto', 'Ana'],
  ['Gómez', 'Luna', 'Pedro'],
  ['Álvarez', 'Ruiz', 'Lucía'],
  ['Zamora', 'Peña', 'José Luis'],
] as const;
const COLONIAS = ['Centro', 'Colonia Las Flores', 'El Mirador', 'centro'];

/**
 * 150 solicitudes of six citizens over two years: every status, both tipos, two dependencias or none, due dates
 * before and after today, a few deleted; inserted as the repository stores them (from one captured through it).
 */
beforeAll(async () => {
  db = new BaseDatosPoa('prueba-pagina-solicitudes');
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: 'Ventanilla 1' });
  c = await catalogo(db);
  const maria = await solicitudDeDespensa(db, '', '2026-03-05T10:30', personaMaria());
  const juan = await solicitudDeDespensa(db, '', '2026-03-06T09:00', personaJuan());
  const personas = [maria.personaId, juan.personaId];
  for (const [i, [paterno, materno, nombres]] of NOMBRES.entries()) {
    const p = await guardarPersona(db, null, { ...personaMaria(), apellidoPaterno: paterno, apellidoMaterno: materno, nombres, curp: '', colonia: COLONIAS[i] });
    personas.push(p.id);
  }
  const filas: Solicitud[] = [];
  for (let i = 0; i < 148; i++) {
    const anio = i % 3 === 0 ? 2025 : 2026;
    const mes = String((i % 12) + 1).padStart(2, '0');
    const dia = String((i % 27) + 1).padStart(2, '0');
    const recepcion = `${anio}-${mes}-${dia}T${String(8 + (i % 9)).padStart(2, '0')}:${i % 2 ? '15' : '45'}`;
    const compromiso = i % 4 === 0 ? `${anio}-12-${dia}` : `${anio}-${mes}-${String(Math.min(28, (i % 27) + 2)).padStart(2, '0')}`;
    filas.push({
      ...maria,
      id: crypto.randomUUID(),
      folio: `AC-${anio}-V${(i % 2) + 1}-${String(i + 3).padStart(4, '0')}`,
      consecutivo: i + 3,
      anio,
      fechaRecepcion: recepcion,
      fechaCompromiso: compromiso,
      estatus: ESTATUS_SOLICITUD[i % ESTATUS_SOLICITUD.length],
      personaId: personas[i % personas.length],
      tipoApoyoId: i % 5 === 0 ? c.medicamento : c.despensa,
      dependenciaId: i % 7 === 0 ? null : i % 2 ? c.obras : c.dif,
      eliminado: i % 31 === 5 ? 1 : 0,
    });
  }
  await db.solicitudes.bulkAdd(filas);
  todas = await listarSolicitudes(db);
});

/** What the list showed when it filtered and sorted every row in memory: the reference the indexes must match. */
function esperado(filtros: FiltrosSolicitudes, orden: ConsultaSolicitudes['orden']): string[] {
  const signo = orden.direccion === 'asc' ? 1 : -1;
  const cmp: Record<string, (a: FilaSolicitud, b: FilaSolicitud) => number> = {
    fechaRecepcion: (a, b) => a.fechaRecepcion.localeCompare(b.fechaRecepcion) || a.folio.localeCompare(b.folio),
    folio: (a, b) => a.folio.localeCompare(b.folio),
    estatus: (a, b) => ESTATUS_SOLICITUD.indexOf(a.estatus) - ESTATUS_SOLICITUD.indexOf(b.estatus) || cmp.fechaRecepcion(a, b),
    fechaCompromiso: (a, b) => a.fechaCompromiso.localeCompare(b.fechaCompromiso) || a.folio.localeCompare(b.folio),
  };
  return aplicarFiltros(todas, filtros, HOY)
    .sort((a, b) => signo * cmp[orden.campo](a, b))
    .map((f) => f.id);
}

async function paginasDe(filtros: FiltrosSolicitudes, orden: ConsultaSolicitudes['orden'], tamano: number, enMemoria?: number, frecuente?: number) {
  return todasLasPaginas((pagina) => paginaSolicitudes(db, { filtros, orden, pagina, tamano, hoy: HOY }, enMemoria, frecuente), tamano, todas.length);
}

/**
 * How each filter is tried: as the list asks it; walking the order's index however few match; and, for a text, with
 * every word frequent (the page checks search rows along the order's index, counted apart) and with every word rare
 * (its matches read whole, the other words checked on their rows).
 */
function maneras(cambios: Partial<FiltrosSolicitudes>): { nombre: string; enMemoria?: number; frecuente?: number }[] {
  const texto = cambios.texto
    ? [
        { nombre: ', con palabras frecuentes (comprobadas en las filas de búsqueda)', frecuente: 1 },
        { nombre: ', con palabras raras (sus coincidencias completas)', frecuente: 1000 },
      ]
    : [];
  return [{ nombre: '' }, { nombre: ', recorriendo el índice del orden', enMemoria: 0 }, ...texto];
}

const FILTROS: [string, Partial<FiltrosSolicitudes>][] = [
  ['sin filtros', {}],
  ['estatus', { estatus: 'canalizada' }],
  ['tipo', { tipoApoyoId: 'medicamento' }],
  ['dependencia', { dependenciaId: 'obras' }],
  ['colonia sin acentos ni mayúsculas', { colonia: 'CENTRO' }],
  ['fechas', { desde: '2026-03-01', hasta: '2026-05-31' }],
  ['sólo desde', { desde: '2026-10-01' }],
  ['vencidas', { soloVencidas: true }],
  ['texto: folio completo', { texto: 'ac-2026-v2-0004' }],
  ['texto: final del folio', { texto: 'V1-0009' }],
  ['texto: sólo el consecutivo', { texto: '0009' }],
  ['texto: año, estación y consecutivo', { texto: '2026-v2-0004' }],
  ['texto: nombre sin acentos en otro orden', { texto: 'lucia alvarez' }],
  ['texto: CURP', { texto: CURP_JUAN.slice(0, 8) }],
  ['estatus y un mes', { estatus: 'recibida', desde: '2026-08-01', hasta: '2026-08-31' }],
  ['varios a la vez', { tipoApoyoId: 'despensa', dependenciaId: 'dif', soloVencidas: true, texto: 'maria' }],
];

function filtrosDe(cambios: Partial<FiltrosSolicitudes>): FiltrosSolicitudes {
  const f = { ...FILTROS_VACIOS, ...cambios };
  const ids: Record<string, string> = { medicamento: c.medicamento, despensa: c.despensa, obras: c.obras, dif: c.dif };
  return { ...f, tipoApoyoId: ids[f.tipoApoyoId] ?? f.tipoApoyoId, dependenciaId: ids[f.dependenciaId] ?? f.dependenciaId };
}

describe('la lista de Atención Ciudadana, una página a la vez por los índices', () => {
  it('sin filtros, la primera página es la de las más recientes y el total cuenta sólo las vigentes', async () => {
    const r = await paginaSolicitudes(db, { filtros: FILTROS_VACIOS, orden: { campo: 'fechaRecepcion', direccion: 'desc' }, pagina: 0, tamano: 25, hoy: HOY });
    expect(r.total).toBe(todas.length);
    expect(todas.length).toBe(150 - 5);
    expect(r.filas.map((f) => f.id)).toEqual(esperado(FILTROS_VACIOS, { campo: 'fechaRecepcion', direccion: 'desc' }).slice(0, 25));
    expect(r.filas[0]).toMatchObject({ ciudadano: expect.any(String), tipoApoyo: expect.any(String) });
  });

  for (const [nombre, cambios] of FILTROS) {
    for (const manera of maneras(cambios)) {
      it(`${nombre}${manera.nombre}: cada orden, página por página, da lo mismo que filtrar todo en memoria`, async () => {
        const filtros = filtrosDe(cambios);
        await cadaOrdenComoEnMemoria(
          CAMPOS_ORDEN_SOLICITUDES.filter((c) => c !== 'ciudadano'),
          (orden) => esperado(filtros, orden),
          (orden) => paginasDe(filtros, orden, 10, manera.enMemoria, manera.frecuente),
        );
        if (nombre === 'sin filtros') expect(esperado(filtros, { campo: 'folio', direccion: 'asc' }).length).toBe(145);
        else expect(esperado(filtros, { campo: 'folio', direccion: 'asc' }).length).toBeGreaterThan(0);
      });
    }
  }

  it('un texto de palabras frecuentes da su primera página sin contar sus coincidencias; la lista las cuenta después, y la última página trae el total', async () => {
    const filtros = filtrosDe({ texto: 'lucia alvarez' });
    const orden = { campo: 'fechaRecepcion', direccion: 'desc' } as const;
    const ref = esperado(filtros, orden);
    expect(ref.length).toBeGreaterThan(10);
    const primera = await filasSolicitudes(db, { filtros, orden, pagina: 0, tamano: 10, hoy: HOY }, undefined, 1);
    expect(primera).toMatchObject({ total: null, porContar: true });
    expect(primera.filas.map((f) => f.id)).toEqual(ref.slice(0, 10));
    expect(primera.filas.every((f) => f.nombreNormalizado.includes('LUCIA') && f.nombreNormalizado.includes('ALVAREZ'))).toBe(true);
    expect(await contarFiltradas(db, filtros, HOY)).toBe(ref.length);
    const ultima = Math.floor((ref.length - 1) / 10);
    const final = await filasSolicitudes(db, { filtros, orden, pagina: ultima, tamano: 10, hoy: HOY }, undefined, 1);
    expect(final.total).toBe(ref.length);
    expect(final.filas.map((f) => f.id)).toEqual(ref.slice(ultima * 10));
    // With the rare words of the office, the count comes with the page, as before.
    expect(await filasSolicitudes(db, { filtros, orden, pagina: 0, tamano: 10, hoy: HOY })).toMatchObject({ total: ref.length });
    expect(await contarFiltradas(db, FILTROS_VACIOS, HOY)).toBeNull();
  });

  it('por ciudadano: en orden alfabético de apellidos, cada página sin repetir ni perder ninguna', async () => {
    for (const enMemoria of [undefined, 0]) {
      for (const direccion of ['asc', 'desc'] as const) {
        const { ids, totales } = await paginasDe(filtrosDe({ dependenciaId: 'dif' }), { campo: 'ciudadano', direccion }, 7, enMemoria);
        const ref = aplicarFiltros(todas, filtrosDe({ dependenciaId: 'dif' }), HOY);
        expect(new Set(ids)).toEqual(new Set(ref.map((f) => f.id)));
        expect(ids.length).toBe(ref.length);
        expect(totales).toEqual([ref.length]);
        const nombres = ids.map((id) => todas.find((f) => f.id === id)!.nombreNormalizado);
        const ordenados = [...nombres].sort((a, b) => a.localeCompare(b));
        expect(nombres).toEqual(direccion === 'asc' ? ordenados : ordenados.reverse());
      }
    }
  });

  it('la página sale sin contar todas las vigentes (la lista las cuenta aparte): sin filtro no trae total, con filtro el de sus coincidencias', async () => {
    const orden = { campo: 'fechaRecepcion', direccion: 'desc' } as const;
    const consulta = (filtros: FiltrosSolicitudes, pagina = 0): ConsultaSolicitudes => ({ filtros, orden, pagina, tamano: 25, hoy: HOY });
    const sola = await filasSolicitudes(db, consulta(FILTROS_VACIOS));
    expect(sola.total).toBeNull();
    expect(sola.filas).toEqual((await paginaSolicitudes(db, consulta(FILTROS_VACIOS))).filas);
    expect(await contarSolicitudes(db)).toBe(145);
    const dif = filtrosDe({ dependenciaId: 'dif' });
    const filtrada = await filasSolicitudes(db, consulta(dif));
    expect(filtrada.total).toBe(aplicarFiltros(todas, dif, HOY).length);
    expect(filtrada.filas).toEqual((await paginaSolicitudes(db, consulta(dif))).filas);
    expect(await filasSolicitudes(db, consulta(FILTROS_VACIOS, 99))).toEqual({ filas: [], total: null });
  });

  it('una página más allá del final llega vacía con el total; ningún filtro que no coincide trae filas', async () => {
    const lejos = await paginaSolicitudes(db, { filtros: FILTROS_VACIOS, orden: { campo: 'folio', direccion: 'asc' }, pagina: 99, tamano: 25, hoy: HOY });
    expect(lejos).toMatchObject({ filas: [], total: 145 });
    const nada = await paginaSolicitudes(db, { filtros: filtrosDe({ texto: 'Inexistente Nadie' }), orden: { campo: 'folio', direccion: 'asc' }, pagina: 0, tamano: 25, hoy: HOY });
    expect(nada).toMatchObject({ filas: [], total: 0 });
  });

  it('las colonias para el filtro salen del índice, una por escritura sin acentos ni mayúsculas', async () => {
    expect(await coloniasDePersonas(db)).toEqual(['centro', 'Colonia Las Flores', 'El Mirador'].sort((a, b) => a.localeCompare(b, 'es-MX')));
  });
});
