import type { IndexableType, Table } from 'dexie';
import { DESCRIPTORES } from '../../../shared/registros';
import { NOMBRES_MES } from '../../../shared/domain/periodos';
import { decidir, masReciente } from '../../../shared/domain/intercambio';
import { formatearFechaHora } from '../../../shared/domain/formato';
import { FORMATO_RESPALDO, TABLAS_DE_ARCHIVOS, TABLAS_RESPALDO, VERSION_RESPALDO, ETIQUETA_TABLA, type NombreTabla } from '../../../shared/schemas/respaldo';
import type { Evidencia } from '../../../shared/schemas/evidencias';
import { archivosNombrados, filaDeArchivo, guardarArchivos } from './archivosRespaldo';
import {
  pedidoPaqueteSchema,
  TABLAS_PAQUETE,
  TABLAS_SIN_VERSION,
  type DatosPaquete,
  type ModoPaquete,
  type PedidoPaquete,
} from '../../../shared/schemas/paquete';
import { escribirComprimido, VERSION_ARCHIVO, type ResumenArchivo } from '../../../shared/schemas/respaldoComprimido';
import type { BaseDatosPoa, ConflictoIntercambio } from './db';
import { ErrorValidacion, validar } from './errores';
import { autorizar, registrarBitacora, tablasBitacora, type Autor } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';
import { mesCerrado } from './repositorios/cierres';
import { alinearEntrantes, resumenesAlineacion, seguirUnionesLocales, unirPersonasDelArchivo } from './identidadCompartida';
import { comoFolioRepetido, leerEntero, unirBitacoraDelArchivo, type AlAvanzar, type DestinoRespaldo, type FuenteRespaldo } from './respaldos';

/**
 * Exchange between PCs by packages (shared/schemas/paquete.ts, shared/domain/intercambio.ts): a station writes what
 * the other does not hold yet, and the other incorporates it record by record, keeping both versions of a record
 * changed on both sides as a conflict for the jefe, refusing what would change a closed period, and letting an
 * anonymised persona win.
 */

type Fila = Record<string, unknown>;
const FILAS_POR_LECTURA = 1000;

function tablasRegistro(db: BaseDatosPoa): Table[] {
  return TABLAS_RESPALDO.map((t) => db.table(t));
}
const tablasIntercambio = (db: BaseDatosPoa) => [db.intercambio, db.conflictos, db.paquetes];

/** The day a record counts on in the POA (its kind's `cuentaEn`, or an adjustment's month); null when it counts nowhere. */
export function cuentaDeFila(tabla: string, fila: Fila | undefined): string | null {
  if (!fila || fila.eliminado === 1) return null;
  if (tabla === 'ajustes') return `${String(fila.anio)}-${String(fila.mes).padStart(2, '0')}-01`;
  const d = DESCRIPTORES.find((x) => x.tabla === tabla);
  return d ? (d.cuentaEn as (r: Fila) => string | null)(fila) : null;
}

type Mes = { anio: number; mes: number };

function mesDeDia(dia: string): Mes {
  return { anio: Number(dia.slice(0, 4)), mes: Number(dia.slice(5, 7)) };
}

const vigente = (f: Fila | undefined): f is Fila => f !== undefined && f.eliminado !== 1;

/** An activity's twelve programmed goals as they count: none once it is deleted. */
function programadoDe(f: Fila | undefined): number[] {
  return vigente(f) && Array.isArray(f.programado) ? (f.programado as number[]) : Array<number>(12).fill(0);
}

/**
 * The months a change from `antes` to `despues` touches in what the POA programs or achieves: where a record counts
 * (its kind's `cuentaEn`, an adjustment's month), the months whose programmed goal an activity changes, and the months
 * a reconducción changes.
 */
async function mesesTocados(db: BaseDatosPoa, tabla: string, antes: Fila | undefined, despues: Fila): Promise<Mes[]> {
  if (tabla === 'actividades') {
    const poa = await db.poas.get(String(despues.poaId ?? antes?.poaId));
    if (!poa) return [];
    const [a, d] = [programadoDe(antes), programadoDe(despues)];
    return a.flatMap((v, i) => (v === d[i] ? [] : [{ anio: poa.anio, mes: i + 1 }]));
  }
  if (tabla === 'reconducciones') {
    const meses = (f: Fila | undefined) => (vigente(f) ? (f.meses as number[]).map((mes) => ({ anio: Number(f.anio), mes })) : []);
    const igual = vigente(antes) === vigente(despues) && JSON.stringify(antes?.despues) === JSON.stringify(despues.despues);
    return igual ? [] : [...meses(antes), ...meses(despues)];
  }
  const [a, d] = [cuentaDeFila(tabla, antes), cuentaDeFila(tabla, despues)];
  if (a === d) return [];
  return [a, d].filter((f): f is string => f !== null).map(mesDeDia);
}

/** The closed month a change from `antes` to `despues` would touch at this PC, as «marzo 2026», or null. */
export async function mesCerradoTocado(db: BaseDatosPoa, tabla: string, antes: Fila | undefined, despues: Fila): Promise<string | null> {
  for (const { anio, mes } of await mesesTocados(db, tabla, antes, despues)) {
    if (await mesCerrado(db, anio, mes)) return `${NOMBRES_MES[mes - 1]} ${anio}`;
  }
  return null;
}

/** The ids of the records with a version waiting in «Conflictos», as `tabla:id`. */
async function enConflicto(db: BaseDatosPoa): Promise<Set<string>> {
  const pendientes = await db.conflictos.where('estado').equals('pendiente').toArray();
  return new Set(pendientes.map((c) => `${c.tabla}:${c.registroId}`));
}

export interface ResumenPaquete {
  archivo: ResumenArchivo;
  destino: string;
  conteos: Record<string, number>;
}

/** Whether a record's current version goes in a package of `modo` for a station that holds what `conocido` says. */
function vaEnPaquete(fila: Fila, modo: ModoPaquete, desde: string | null, conocido: { recibida: string | null; enviada: string | null } | undefined): boolean {
  const v = String(fila.updatedAt);
  if (modo === 'todo') return true;
  if (modo === 'fecha') return v >= desde!;
  return !conocido || (conocido.recibida !== v && conocido.enviada !== v);
}

/**
 * Writes a package for the station `pedido.destino` (a jefe or an administrador): the records it does not hold yet
 * (changed or created here, or brought here from a third PC, since they last exchanged), deletions included; or those
 * changed since a date; or everything. Folio counters and the bitácora go along (from the last package for that
 * station on). A record waiting in «Conflictos» stays here until the jefe chooses. Read in one transaction; once the
 * file is written, what was sent is recorded (so a package that failed to write is as if never made) and logged.
 */
export async function escribirPaquete(db: BaseDatosPoa, datos: PedidoPaquete, destino: DestinoRespaldo): Promise<ResumenPaquete> {
  const autor = await autorizar(db, 'intercambiar-paquetes');
  const pedido = validar(pedidoPaqueteSchema, datos);
  const { estacion } = await obtenerConfiguracion(db);
  if (pedido.destino === estacion) throw new ErrorValidacion({ destino: `Esta PC es la estación ${estacion}: escriba la clave de la otra PC` });
  const filas = Object.fromEntries(TABLAS_PAQUETE.map((t) => [t, [] as Fila[]])) as Record<NombreTabla, Fila[]>;
  const bases: DatosPaquete['bases'] = {};
  await db.transaction('r', [...tablasRegistro(db), ...tablasIntercambio(db)], async () => {
    const retenidos = await enConflicto(db);
    const ultimo = await db.paquetes.where('[sentido+otra]').equals(['enviado', pedido.destino]).reverse().sortBy('fecha');
    // Bitácora entries join by id at the other PC: from a day before the last package on, so no clock misses one.
    const bitacoraDesde = pedido.modo === 'fecha' ? pedido.desde! : pedido.modo === 'cambios' && ultimo[0] ? new Date(Date.parse(ultimo[0].fecha) - 86_400_000).toISOString() : '';
    for (const t of TABLAS_PAQUETE) {
      if (TABLAS_DE_ARCHIVOS.includes(t)) continue;
      const tabla = db.table(t);
      const clave = tabla.schema.primKey.name;
      let ultima: IndexableType | null = null;
      for (;;) {
        const consulta = ultima === null ? tabla.orderBy(clave) : tabla.where(clave).above(ultima);
        const lote = (await consulta.limit(FILAS_POR_LECTURA).toArray()) as Fila[];
        if (lote.length === 0) break;
        ultima = lote[lote.length - 1][clave] as IndexableType;
        if (t === 'folios') filas[t].push(...lote);
        else if (t === 'bitacora') filas[t].push(...lote.filter((e) => String(e.fecha) >= bitacoraDesde));
        else {
          const conocidos = await db.intercambio.bulkGet(lote.map((f) => [pedido.destino, t, String(f.id)] as [string, string, string]));
          lote.forEach((f, i) => {
            if (retenidos.has(`${t}:${String(f.id)}`) || !vaEnPaquete(f, pedido.modo, pedido.desde, conocidos[i])) return;
            filas[t].push(f);
            const base = masReciente(conocidos[i]?.recibida, conocidos[i]?.enviada);
            if (base) (bases[t] ??= {})[String(f.id)] = base;
          });
        }
      }
    }
  });
  // The files of the evidencias that go, each content once (read after the snapshot: their bytes never change).
  for (const [sha256, extension] of archivosNombrados(filas.evidencias as unknown as Evidencia[])) filas.archivosEvidencia.push(await filaDeArchivo(db.archivos, sha256, extension));
  const fecha = new Date().toISOString();
  const paquete: DatosPaquete = { id: crypto.randomUUID(), destino: pedido.destino, modo: pedido.modo, desde: pedido.desde, bases };
  const conteos = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, filas[t]?.length ?? 0]));
  const encabezado = { formato: FORMATO_RESPALDO, archivo: VERSION_ARCHIVO, version: VERSION_RESPALDO, fecha, estacion, esquema: db.verno, tablas: conteos, paquete };
  const piezas = TABLAS_RESPALDO.filter((t) => filas[t]?.length).map((t) => ({ tabla: t, filas: filas[t] }));
  const archivo = await escribirComprimido(encabezado, piezas, destino);
  await db.transaction('rw', [db.intercambio, db.paquetes, ...tablasBitacora(db)], async () => {
    for (const t of TABLAS_PAQUETE) {
      if (TABLAS_SIN_VERSION.includes(t) || TABLAS_DE_ARCHIVOS.includes(t) || filas[t].length === 0) continue;
      const claves = filas[t].map((f) => [pedido.destino, t, String(f.id)] as [string, string, string]);
      const conocidos = await db.intercambio.bulkGet(claves);
      await db.intercambio.bulkPut(
        filas[t].map((f, i) => ({ estacion: pedido.destino, tabla: t, id: String(f.id), recibida: conocidos[i]?.recibida ?? null, enviada: String(f.updatedAt) })),
      );
    }
    await db.paquetes.add({ id: paquete.id, sentido: 'enviado', otra: pedido.destino, fecha, modo: pedido.modo, conteos });
    await registrarBitacora(db, autor, {
      accion: 'respaldar',
      entidad: 'respaldo',
      entidadId: null,
      resumen: `Paquete de intercambio para la estación ${pedido.destino} (${DESCRIPCION_MODO[pedido.modo](pedido.desde)}): ${describirConteos(conteos)}`,
    });
  });
  return { archivo, destino: pedido.destino, conteos };
}

const DESCRIPCION_MODO: Record<ModoPaquete, (desde: string | null) => string> = {
  cambios: () => 'lo que no tiene desde el último paquete',
  fecha: (desde) => `los cambios desde el ${formatearFechaHora(desde!)}`,
  todo: () => 'todo',
};

/** «3 solicitudes, 1 persona»: the tables with records, in words. */
export function describirConteos(conteos: Record<string, number>): string {
  const partes = TABLAS_RESPALDO.filter((t) => (conteos[t] ?? 0) > 0).map((t) => `${conteos[t].toLocaleString('es-MX')} de ${ETIQUETA_TABLA[t]}`);
  return partes.length ? partes.join(', ') : 'sin registros';
}

/** What a package says of itself, shown before anything is incorporated. */
export interface VistaPaquete {
  id: string;
  estacion: string;
  destino: string;
  fecha: string;
  modo: ModoPaquete;
  desde: string | null;
  conteos: Record<NombreTabla, number>;
}

async function leerPaqueteEntero(db: BaseDatosPoa, fuente: FuenteRespaldo, alAvanzar?: AlAvanzar) {
  const leido = await leerEntero(fuente, 'incorporacion', alAvanzar ?? (() => undefined));
  const { paquete, respaldo } = leido;
  if (!paquete) throw new ErrorValidacion({ archivo: 'El archivo es un respaldo, no un paquete de intercambio: incorpórelo con «Incorporar capturas de otra PC»' });
  const { estacion } = await obtenerConfiguracion(db);
  if (paquete.destino !== estacion) {
    throw new ErrorValidacion({ archivo: `El paquete es para la estación ${paquete.destino} y esta PC es la ${estacion}: no se incorporó nada` });
  }
  if (respaldo.estacion === estacion) {
    throw new ErrorValidacion({ archivo: `El paquete lo escribió una PC con la misma clave de estación (${estacion}): cambie la clave de una de ellas en Configuración → General` });
  }
  const vista: VistaPaquete = { id: paquete.id, estacion: respaldo.estacion, destino: paquete.destino, fecha: respaldo.fecha, modo: paquete.modo, desde: paquete.desde, conteos: leido.conteos };
  return { ...leido, paquete, vista };
}

/** Reads and checks a package without changing anything (a jefe or an administrador): what it says of itself. */
export async function verPaquete(db: BaseDatosPoa, fuente: FuenteRespaldo): Promise<VistaPaquete> {
  await autorizar(db, 'intercambiar-paquetes');
  return (await leerPaqueteEntero(db, fuente)).vista;
}

export interface RechazoPaquete {
  tabla: NombreTabla;
  id: string;
  /** Its folio or name, as a message names a row. */
  descripcion: string;
  motivo: string;
}

export interface ResultadoPaquete {
  vista: VistaPaquete;
  agregados: number;
  actualizados: number;
  sinCambio: number;
  conflictos: number;
  rechazados: RechazoPaquete[];
}

function describirFila(f: Fila): string {
  if (typeof f.numeroActividad === 'number') return `Reconducción de la actividad ${f.numeroActividad} (${String(f.anio)})`;
  if (typeof f.folio === 'string' && f.folio) return f.folio;
  const nombre = [f.nombres, f.apellidoPaterno, f.apellidoMaterno, f.nombre, f.tema].filter((x) => typeof x === 'string' && x).join(' ');
  return nombre || String(f.id);
}

/**
 * Incorporates a package written for this PC (a jefe or an administrador), in one transaction: catalogue entries and
 * personas are matched by natural key first, as in «Incorporar capturas»; then each record follows `decidir`. A record
 * whose change would move what counts in a month closed here is refused and listed; the rest goes in. A version
 * changed on both sides goes to «Conflictos», this PC's staying in place until the jefe chooses. The other PC's
 * bitácora joins this one's, and the incorporation is logged with the station, the counts and the conflicts. The same
 * package twice changes nothing.
 */
export async function incorporarPaquete(db: BaseDatosPoa, fuente: FuenteRespaldo, alAvanzar?: AlAvanzar): Promise<ResultadoPaquete> {
  const autor = await autorizar(db, 'intercambiar-paquetes');
  const { respaldo, paquete, vista } = await leerPaqueteEntero(db, fuente, alAvanzar);
  const origen = respaldo.estacion;
  // The package's evidence files first: the records that name them come next, in one transaction.
  await guardarArchivos(db.archivos, respaldo.tablas.archivosEvidencia);
  const resultado: ResultadoPaquete = { vista, agregados: 0, actualizados: 0, sinCambio: 0, conflictos: 0, rechazados: [] };
  try {
    await db.transaction('rw', [...tablasRegistro(db), ...tablasIntercambio(db)], async () => {
      const { estacion } = await obtenerConfiguracion(db);
      const alineacion = await alinearEntrantes(db, respaldo.tablas);
      const ahora = new Date().toISOString();
      for (const t of TABLAS_PAQUETE) {
        const tabla = db.table(t);
        const entrantes = alineacion.tablas[t];
        if (t === 'bitacora' || TABLAS_DE_ARCHIVOS.includes(t) || entrantes.length === 0) continue;
        if (t === 'folios') {
          for (const fila of entrantes) {
            const existente = (await tabla.get(String(fila.serie))) as Fila | undefined;
            if (!existente || Number(existente.ultimo) < Number(fila.ultimo)) {
              await tabla.put(fila);
              resultado[existente ? 'actualizados' : 'agregados']++;
            } else resultado.sinCambio++;
          }
          continue;
        }
        const ids = entrantes.map((f) => String(f.id));
        const locales = (await tabla.bulkGet(ids)) as (Fila | undefined)[];
        const conocidos = await db.intercambio.bulkGet(ids.map((id) => [origen, t, id] as [string, string, string]));
        for (let i = 0; i < entrantes.length; i++) {
          const fila = entrantes[i];
          const id = ids[i];
          const local = locales[i];
          const pendientes = await db.conflictos.where('[tabla+registroId]').equals([t, id]).filter((c) => c.estado === 'pendiente').toArray();
          const decision = decidir({
            tabla: t,
            local,
            entrante: fila,
            base: paquete.bases[t]?.[id] ?? null,
            recibida: conocidos[i]?.recibida ?? null,
            enConflicto: pendientes.map((c) => String(c.entrante.updatedAt)),
            estacionLocal: estacion,
            estacionEntrante: origen,
          });
          if (decision === 'igual' || decision === 'conservar') resultado.sinCambio++;
          else if (decision === 'conflicto') {
            const conflicto: ConflictoIntercambio = {
              id: `${t}:${id}:${String(fila.updatedAt)}`,
              tabla: t,
              registroId: id,
              estacion: origen,
              detectado: ahora,
              entrante: fila,
              estado: 'pendiente',
              resolucion: null,
              resuelto: null,
            };
            if (!(await db.conflictos.get(conflicto.id))) {
              await db.conflictos.add(conflicto);
              resultado.conflictos++;
            } else resultado.sinCambio++;
          } else {
            const cerrado = await mesCerradoTocado(db, t, local, fila);
            if (cerrado) {
              resultado.rechazados.push({ tabla: t, id, descripcion: describirFila(fila), motivo: `el periodo de ${cerrado} está cerrado en esta PC` });
              continue;
            }
            await tabla.put(fila);
            resultado[local ? 'actualizados' : 'agregados']++;
            for (const c of pendientes) await db.conflictos.put({ ...c, estado: 'resuelto', resolucion: 'posterior', resuelto: ahora });
          }
          await db.intercambio.put({
            estacion: origen,
            tabla: t,
            id,
            recibida: masReciente(conocidos[i]?.recibida, String(fila.updatedAt)),
            enviada: conocidos[i]?.enviada ?? null,
          });
        }
      }
      alineacion.seguidos += await seguirUnionesLocales(db, alineacion.tablas.personas);
      alineacion.personas = await unirPersonasDelArchivo(db, alineacion.tablas.personas);
      const union = await unirBitacoraDelArchivo(db, respaldo.tablas.bitacora, origen);
      await db.paquetes.put({ id: paquete.id, sentido: 'recibido', otra: origen, fecha: respaldo.fecha, modo: paquete.modo, conteos: vista.conteos });
      await registrarIncorporacion(db, autor, resultado, union.agregadas);
      for (const { entidad, resumen } of resumenesAlineacion(alineacion, origen)) {
        await registrarBitacora(db, autor, { accion: 'incorporar', entidad, entidadId: null, resumen });
      }
    });
  } catch (e) {
    throw comoFolioRepetido(e);
  }
  return resultado;
}

async function registrarIncorporacion(db: BaseDatosPoa, autor: Autor, r: ResultadoPaquete, bitacora: number): Promise<void> {
  const rechazados = r.rechazados.length
    ? `; ${r.rechazados.length} no se incorporaron por estar en un periodo cerrado (${r.rechazados.slice(0, 5).map((x) => x.descripcion).join(', ')}${r.rechazados.length > 5 ? ` y ${r.rechazados.length - 5} más` : ''})`
    : '';
  await registrarBitacora(db, autor, {
    accion: 'incorporar',
    entidad: 'respaldo',
    entidadId: null,
    resumen:
      `Paquete de la estación ${r.vista.estacion} del ${formatearFechaHora(r.vista.fecha)} incorporado (${describirConteos(r.vista.conteos)}): ` +
      `${r.agregados} nuevos, ${r.actualizados} actualizados, ${r.sinCambio} sin cambio, ${r.conflictos} ${r.conflictos === 1 ? 'conflicto' : 'conflictos'}` +
      `${rechazados}; ${bitacora} entradas de bitácora agregadas`,
  });
}

