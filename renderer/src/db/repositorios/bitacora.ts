import { describirFiltrosBitacora, textoCambios } from '../../../../shared/domain/cambiosBitacora';
import { normalizarTexto, palabrasDeTexto } from '../../../../shared/domain/texto';
import { filtrosBitacoraSchema, paginaBitacoraSchema, type FiltrosBitacora, type PaginaBitacora } from '../../../../shared/schemas/filtrosBitacora';
import { verificarCadenas, type EntradaSellada, type ResultadoCadena } from '../../../../shared/seguridad/cadenaBitacora';
import type { BaseDatosPoa } from '../db';
import { validar } from '../errores';
import { leerSellos } from '../sellosBitacora';
import { escribir, leerConPermiso, registrarBitacora } from './base';

/** The newest entries of the bitácora, newest first. */
export function listarBitacoraReciente(db: BaseDatosPoa, limite: number): Promise<EntradaSellada[]> {
  return leerConPermiso(db, 'ver-bitacora', () => db.bitacora.orderBy('fecha').reverse().limit(limite).toArray());
}

/**
 * «Verificar integridad»: every station's chain checked from its first entry against the seal kept apart of where
 * it ends (db/sellosBitacora), naming the first entry altered or removed, the newest ones included
 * (shared/seguridad/cadenaBitacora). Read in one transaction, so entries written meanwhile do not show as a gap.
 */
export function verificarIntegridad(db: BaseDatosPoa): Promise<ResultadoCadena[]> {
  return leerConPermiso(db, 'ver-bitacora', async () => {
    const { entradas, sellos } = await db.transaction('r', [db.bitacora, db.configuracion], async () => ({
      entradas: await db.bitacora.toArray(),
      sellos: await leerSellos(db),
    }));
    return verificarCadenas(entradas, { ultimas: sellos });
  });
}

/** A station's result, with the altered entry as it reads now (null when none was altered). */
export interface ResultadoConEntrada {
  resultado: ResultadoCadena;
  entrada: EntradaSellada | null;
}

/** «Verificar integridad» as the screen shows it: each station's result and the altered entry's current content. */
export async function verificarIntegridadConEntradas(db: BaseDatosPoa): Promise<ResultadoConEntrada[]> {
  const resultados = await verificarIntegridad(db);
  return Promise.all(
    resultados.map(async (resultado) => ({
      resultado,
      entrada: resultado.estado === 'alterada' && resultado.entradaId ? ((await db.bitacora.get(resultado.entradaId)) ?? null) : null,
    })),
  );
}

/* ---------- The screen's search ---------- */

export interface ResultadoBitacora {
  /** The page's entries, newest first. */
  entradas: EntradaSellada[];
  /** How many entries match the filters in all. */
  total: number;
}

/** The first instant of a calendar day 'AAAA-MM-DD' on this PC's clock, `dias` days on, as the stored ISO text. */
function inicioDelDia(dia: string, dias = 0): string {
  const [a, m, d] = dia.split('-').map(Number);
  return new Date(a, m - 1, d + dias).toISOString();
}

/** What a search reads: how many match, and a stretch of them newest first (all from `desde` when `cuantas` is null). */
interface Seleccion {
  total(): Promise<number>;
  tramo(desde: number, cuantas: number | null): Promise<EntradaSellada[]>;
}

/** Whether an entry's description or its changes (as the screen shows them) hold every word searched. */
function coincideTexto(palabras: readonly string[]): (e: EntradaSellada) => boolean {
  return (e) => {
    const donde = normalizarTexto(`${e.resumen} ${textoCambios(e.cambios)}`);
    return palabras.every((p) => donde.includes(p));
  };
}

/**
 * How the filters are read, through the indexes the bitácora has (fecha, accion, entidad, cuentaId):
 * - with an account, an action or a kind: the ids of the entries each matches are read from its index (keys only),
 *   intersected, and only those entries are read, checked against dates and text and sorted by date;
 * - otherwise: the date index, newest first, between the days asked; a page is read with offset and limit, so
 *   without a text search no more than a page's entries is ever read, however long the bitácora. A text search reads
 *   the date range through, entry by entry, keeping only what it finds.
 */
async function seleccionar(db: BaseDatosPoa, f: FiltrosBitacora): Promise<Seleccion> {
  const min = f.desde ? inicioDelDia(f.desde) : null;
  const max = f.hasta ? inicioDelDia(f.hasta, 1) : null;
  const palabras = palabrasDeTexto(f.texto);
  const texto = palabras.length ? coincideTexto(palabras) : null;

  const iguales: [string, string][] = [];
  if (f.cuentaId) iguales.push(['cuentaId', f.cuentaId]);
  if (f.accion) iguales.push(['accion', f.accion]);
  if (f.entidad) iguales.push(['entidad', f.entidad]);

  if (iguales.length) {
    const conjuntos = await Promise.all(iguales.map(([indice, valor]) => db.bitacora.where(indice).equals(valor).primaryKeys()));
    conjuntos.sort((a, b) => a.length - b.length);
    const otros = conjuntos.slice(1).map((c) => new Set(c));
    const ids = conjuntos[0].filter((id) => otros.every((o) => o.has(id)));
    const leidas = (await db.bitacora.bulkGet(ids)).filter((e): e is EntradaSellada => e !== undefined);
    const entradas = leidas
      .filter((e) => (min === null || e.fecha >= min) && (max === null || e.fecha < max) && (texto === null || texto(e)))
      .sort((a, b) => b.fecha.localeCompare(a.fecha) || b.id.localeCompare(a.id));
    return {
      total: () => Promise.resolve(entradas.length),
      tramo: (desde, cuantas) => Promise.resolve(entradas.slice(desde, cuantas === null ? undefined : desde + cuantas)),
    };
  }

  // Dexie's collections change in place with offset and limit: each read starts from a new one.
  const coleccion = () => {
    const porFecha =
      min !== null || max !== null
        ? db.bitacora.where('fecha').between(min ?? '', max ?? '\uffff', true, false)
        : db.bitacora.orderBy('fecha');
    const recientes = porFecha.reverse();
    return texto ? recientes.filter(texto) : recientes;
  };
  return {
    total: () => coleccion().count(),
    tramo: (desde, cuantas) => {
      const c = coleccion().offset(desde);
      return (cuantas === null ? c : c.limit(cuantas)).toArray();
    },
  };
}

function validarFiltros(filtros: unknown): FiltrosBitacora {
  return validar(filtrosBitacoraSchema, filtros);
}

/**
 * The screen's page of the bitácora: the entries matching `filtros`, newest first, `pagina.tamano` of them from
 * page `pagina.numero`, and how many match in all. Filters that do not validate reject with ErrorValidacion.
 */
export function buscarBitacora(db: BaseDatosPoa, filtros: FiltrosBitacora, pagina: PaginaBitacora): Promise<ResultadoBitacora> {
  let f: FiltrosBitacora;
  let p: PaginaBitacora;
  try {
    f = validarFiltros(filtros);
    p = validar(paginaBitacoraSchema, pagina);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  return leerConPermiso(db, 'ver-bitacora', () =>
    db.transaction('r', db.bitacora, async () => {
      const s = await seleccionar(db, f);
      const total = await s.total();
      return { total, entradas: await s.tramo(p.numero * p.tamano, p.tamano) };
    }),
  );
}

/** Every entry matching `filtros`, newest first: what an export of the screen holds. */
export function entradasDeBitacora(db: BaseDatosPoa, filtros: FiltrosBitacora): Promise<EntradaSellada[]> {
  let f: FiltrosBitacora;
  try {
    f = validarFiltros(filtros);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  return leerConPermiso(db, 'ver-bitacora', () => db.transaction('r', db.bitacora, async () => (await seleccionar(db, f)).tramo(0, null)));
}

export interface CuentaEnBitacora {
  cuentaId: string;
  nombre: string;
}

/**
 * The accounts that appear in the bitácora, for its filter: this PC's by their current name, those of other PCs
 * (their entries came with an incorporation) by the name their entries carry. Read from the cuentaId index's keys.
 */
export function cuentasDeBitacora(db: BaseDatosPoa): Promise<CuentaEnBitacora[]> {
  return leerConPermiso(db, 'ver-bitacora', () =>
    db.transaction('r', [db.bitacora, db.cuentas], async () => {
      const ids = (await db.bitacora.orderBy('cuentaId').uniqueKeys()).map(String);
      const cuentas = await db.cuentas.bulkGet(ids);
      const resultado: CuentaEnBitacora[] = [];
      for (const [i, cuentaId] of ids.entries()) {
        const nombre = cuentas[i]?.nombre ?? (await db.bitacora.where('cuentaId').equals(cuentaId).first())?.usuario ?? cuentaId;
        resultado.push({ cuentaId, nombre });
      }
      return resultado.sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX'));
    }),
  );
}

/**
 * An export of the bitácora goes into the bitácora itself, with where it went, how many entries and which filters:
 * who took a copy of the log is part of the log. Only who may see the bitácora.
 */
export async function registrarExportacionBitacora(
  db: BaseDatosPoa,
  datos: { filtros: FiltrosBitacora; nombreCuenta: string | null; entradas: number; destino: string },
): Promise<void> {
  const filtros = describirFiltrosBitacora(datos.filtros, datos.nombreCuenta);
  const cuantas = datos.entradas === 1 ? '1 entrada' : `${datos.entradas.toLocaleString('es-MX')} entradas`;
  await escribir(db, 'ver-bitacora', [], async (autor) => {
    await registrarBitacora(db, autor, {
      accion: 'exportar',
      entidad: 'bitacora',
      entidadId: null,
      resumen: `Bitácora exportada a Excel: ${datos.destino} (${cuantas}; ${filtros.join('; ')})`,
    });
  });
}
