import 'fake-indexeddb/auto';
import type { GridValidRowModel } from '@mui/x-data-grid';
import { beforeAll, describe, expect, it } from 'vitest';
import { coincide } from '../../../renderer/src/componentes/lista/filtros';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { listarEventos, paginasEventos } from '../../../renderer/src/db/repositorios/eventos';
import { filasDeJornadas, listarJornadas, paginasJornadas } from '../../../renderer/src/db/repositorios/jornadas';
import { listarMesas, paginasMesas } from '../../../renderer/src/db/repositorios/vinculacion';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import type { VistaLista } from '../../../renderer/src/features/modulos/comun/ListaRegistros';
import { comparadorDeColumna, compararValores, paginasPorFecha } from '../../../renderer/src/features/modulos/comun/paginasPorFecha';
import { LISTA_EVENTOS } from '../../../renderer/src/features/modulos/vistas/evento';
import { LISTA_JORNADAS } from '../../../renderer/src/features/modulos/vistas/jornada';
import { LISTA_MESAS } from '../../../renderer/src/features/modulos/vistas/mesa';
import { generarOficina } from '../../../shared/demo/generador';
import type { Acuerdo, Evento, Jornada, Mesa } from '../../../shared/schemas/modulos';

let db: BaseDatosPoa;

/** The jornadas, events, mesas and acuerdos of two generated years, some deleted, as a backup holds them. */
beforeAll(async () => {
  db = new BaseDatosPoa('prueba-pagina-por-fecha');
  await sembrarSiHaceFalta(db);
  const tablas: Record<string, Record<string, unknown>[]> = { catalogos: [], jornadas: [], eventos: [], mesas: [], acuerdos: [] };
  for (const { tabla, filas } of generarOficina({ anios: 2, semilla: 11 })) if (tabla in tablas) tablas[tabla].push(...filas);
  const conBorrados = <T extends { eliminado: 0 | 1 }>(filas: T[]) => filas.map((f, i): T => ({ ...f, eliminado: i % 17 === 5 ? 1 : f.eliminado }));
  await db.catalogos.bulkPut(tablas.catalogos as never[]);
  await db.jornadas.bulkPut(conBorrados(tablas.jornadas as unknown as Jornada[]));
  await db.eventos.bulkPut(conBorrados(tablas.eventos as unknown as Evento[]));
  await db.mesas.bulkPut(conBorrados(tablas.mesas as unknown as Mesa[]));
  await db.acuerdos.bulkPut(conBorrados(tablas.acuerdos as unknown as Acuerdo[]));
}, 60_000);

interface Caso<F extends GridValidRowModel & { id: string }> {
  nombre: string;
  vista: () => VistaLista<F>;
  /** Every live row, newest first: what the list loaded whole showed. */
  todas: () => Promise<F[]>;
  /** Filter values to try (besides the search and «Año»). */
  filtros: Record<string, string>[];
  texto: (filas: F[]) => string;
}

const casos = [
  {
    nombre: 'jornadas',
    vista: () => ({ ...LISTA_JORNADAS, porFecha: paginasJornadas(db) }),
    todas: async () => filasDeJornadas(db, await listarJornadas(db)),
    filtros: [{ realizada: 'true' }, { realizada: 'false' }] as Record<string, string>[],
    texto: (filas) => filas[3].colonia.split(' ')[0],
  } satisfies Caso<Awaited<ReturnType<typeof filasDeJornadas>>[number]>,
  {
    nombre: 'talleres, capacitaciones y programas',
    vista: () => ({ ...LISTA_EVENTOS, porFecha: paginasEventos(db) }),
    todas: () => listarEventos(db),
    filtros: [{ tipo: 'taller' }, { estatus: 'realizado' }, { tipo: 'programa', estatus: 'cancelado' }] as Record<string, string>[],
    texto: (filas) => filas.find((f) => f.dependencia)!.dependencia.split(' ')[0],
  } satisfies Caso<Awaited<ReturnType<typeof listarEventos>>[number]>,
  {
    nombre: 'mesas',
    vista: () => ({ ...LISTA_MESAS, porFecha: paginasMesas(db) }),
    todas: () => listarMesas(db),
    filtros: [{ estatus: 'asistida' }, { estatus: 'programada' }] as Record<string, string>[],
    texto: (filas) => filas[2].tema.split(' ')[0],
  } satisfies Caso<Awaited<ReturnType<typeof listarMesas>>[number]>,
] as const;

async function paginas<F extends { id: string }>(pedir: (pagina: number) => Promise<{ filas: F[]; total: number; todas: number }>, tamano: number) {
  const ids: string[] = [];
  const totales = new Set<number>();
  for (let p = 0; p < 1000; p++) {
    const r = await pedir(p);
    totales.add(r.total);
    if (r.filas.length === 0) break;
    expect(r.filas.length).toBeLessThanOrEqual(tamano);
    ids.push(...r.filas.map((f) => f.id));
  }
  return { ids, totales: [...totales] };
}

describe.each(casos)('la lista de $nombre por páginas del índice de fecha', (caso) => {
  const preparar = async () => {
    const vista = caso.vista() as unknown as VistaLista<GridValidRowModel & { id: string }>;
    const { vista: lista, paginas: p } = paginasPorFecha(vista, vista.porFecha!);
    const todas = (await caso.todas()) as unknown as (GridValidRowModel & { id: string })[];
    return { vista, lista, p, todas };
  };

  it('abre con las más recientes primero, página por página, y cuenta los registros vivos', async () => {
    const { p, todas } = await preparar();
    expect(todas.length).toBeGreaterThan(40);
    const r = await paginas((pagina) => p.pedir({ filtros: {}, orden: null, pagina, tamano: 25 }), 25);
    expect(r.ids).toEqual(todas.map((f) => f.id));
    expect(r.totales).toEqual([todas.length]);
    const primera = await p.pedir({ filtros: {}, orden: null, pagina: 0, tamano: 25 });
    expect(primera.todas).toBe(todas.length);
    expect(primera.filas).toEqual(todas.slice(0, 25));
  });

  it('filtra por año, búsqueda y sus selecciones como la lista cargada entera', async () => {
    const { vista, p, todas } = await preparar();
    const anio = String(todas[Math.floor(todas.length / 2)].fecha).slice(0, 4);
    const palabra = caso.texto(todas as never);
    const combinaciones: Record<string, string>[] = [{ anio }, { texto: palabra }, { texto: palabra.slice(0, 3).toLowerCase(), anio }, ...caso.filtros, ...caso.filtros.map((f) => ({ ...f, anio }))];
    for (const filtros of combinaciones) {
      const esperado = todas.filter(
        (fila) =>
          coincide(filtros.texto ?? '', ...(vista.busqueda.en?.(fila) ?? [])) &&
          vista.filtros.every((x) => !filtros[x.campo] || x.cumple(fila, filtros[x.campo])),
      );
      const r = await paginas((pagina) => p.pedir({ filtros, orden: null, pagina, tamano: 40 }), 40);
      expect(r.ids, JSON.stringify(filtros)).toEqual(esperado.map((f) => f.id));
      expect(r.totales, JSON.stringify(filtros)).toEqual([esperado.length]);
      if (vista.resumen) expect(await p.resumen!(filtros)).toBe(vista.resumen(esperado));
    }
    expect(combinaciones.some((f) => f.anio && todas.some((x) => !String(x.fecha).startsWith(f.anio)))).toBe(true);
  });

  it('ordena por cada columna en los dos sentidos; el mismo valor sigue de la más reciente a la más antigua', async () => {
    const { vista, p, todas } = await preparar();
    expect(p.ordenes).toEqual(vista.columnas.map((c) => c.field));
    for (const columna of vista.columnas) {
      const comparar = comparadorDeColumna(columna);
      for (const direccion of ['asc', 'desc'] as const) {
        const signo = direccion === 'asc' ? 1 : -1;
        const esperado =
          columna.field === 'fecha'
            ? direccion === 'desc'
              ? todas
              : [...todas].reverse()
            : [...todas].sort((a, b) => signo * comparar(a, b));
        const r = await paginas((pagina) => p.pedir({ filtros: {}, orden: { campo: columna.field, direccion }, pagina, tamano: 150 }), 150);
        expect(r.ids, `${columna.field} ${direccion}`).toEqual(esperado.map((f) => f.id));
      }
    }
  });

  it('da los años que tienen registros vivos, el más reciente primero', async () => {
    const { lista, todas } = await preparar();
    const anio = lista.filtros.find((f) => f.campo === 'anio')!;
    const opciones = await (anio.opciones as unknown as { consulta: () => Promise<{ valor: string }[]> }).consulta();
    expect(opciones.map((o) => o.valor)).toEqual([...new Set(todas.map((f) => String(f.fecha).slice(0, 4)))].sort().reverse());
  });
});

describe('las columnas se ordenan como en la tabla', () => {
  it('números como números, texto en orden español sin acentos ni mayúsculas, vacíos primero', () => {
    expect([10, 9, 100].sort(compararValores)).toEqual([9, 10, 100]);
    expect(['Ñuu', 'Oaxaca', 'nopal', 'Ángeles', ''].sort(compararValores)).toEqual(['', 'Ángeles', 'nopal', 'Ñuu', 'Oaxaca']);
  });

  it('el estatus sigue el orden de su flujo y los acuerdos por cuántos quedan sin cumplir', async () => {
    const estatus = comparadorDeColumna(LISTA_MESAS.columnas.find((c) => c.field === 'estatus')!);
    const fila = (e: string) => ({ estatus: e }) as never;
    expect(['cancelada', 'asistida', 'programada'].map(fila).sort(estatus)).toEqual(['programada', 'asistida', 'cancelada'].map(fila));
    const mesas = await listarMesas(db);
    const conAcuerdos = mesas.filter((m) => m.acuerdos > 0);
    expect(conAcuerdos.length).toBeGreaterThan(0);
    const { paginas: p } = paginasPorFecha({ ...LISTA_MESAS, porFecha: paginasMesas(db) }, paginasMesas(db));
    const primera = await p.pedir({ filtros: {}, orden: { campo: 'acuerdosPendientes', direccion: 'desc' }, pagina: 0, tamano: 5 });
    expect(primera.filas[0].acuerdosPendientes).toBe(Math.max(...mesas.map((m) => m.acuerdosPendientes)));
  });
});
