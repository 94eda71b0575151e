import { expedienteDePersona, RESUMEN_EXPORTACION_DATOS, type ExpedientePersona } from '../../../../shared/domain/datosPersonales';
import { curpDeConsulta, consultaSuficiente, nombreNormalizadoPersona, ordenarCoincidencias, palabrasPersona } from '../../../../shared/domain/personas';
import { palabrasDeTexto } from '../../../../shared/domain/texto';
import { datosPersonaSchema, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import type { EstatusSolicitud } from '../../../../shared/schemas/solicitudes';
import { esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { agregar, ahoraIso, autorizar, escribir, guardarVersion, registrarBitacora, tablasBitacora } from './base';
import { registrosPorId } from './lecturaDirecta';

/** How many candidates are read and ranked at most; a query matching more asks the clerk to type more. */
const MAXIMO_CANDIDATOS = 400;

export interface ResultadoBusquedaPersonas {
  personas: Persona[];
  /** How many personas match in total (may exceed `personas.length`); with `masDe`, at least this many. */
  total: number;
  /** The query matches more personas than were counted (a common surname typed alone). */
  masDe?: boolean;
}

const vigente = (p: Persona | undefined): p is Persona => p !== undefined && p.eliminado === 0;

/**
 * Personas whose CURP starts with the query or whose name has every word of the query as the start of one of its
 * words, accent- and case-insensitive ("maria jose" finds "PÉREZ LÓPEZ MARÍA JOSÉ"). Only index keys are read
 * until the candidates are known, and no more than `MAXIMO_CANDIDATOS` keys of each word: a common surname
 * («Hernández», thousands of people after some years) costs the same as a rare one.
 */
export async function buscarPersonas(db: BaseDatosPoa, consulta: string, limite = 20): Promise<ResultadoBusquedaPersonas> {
  if (!consultaSuficiente(consulta)) return { personas: [], total: 0 };
  const curp = curpDeConsulta(consulta);
  const [porCurp, porNombre] = await Promise.all([
    curp ? db.personas.where('curp').startsWith(curp).limit(MAXIMO_CANDIDATOS).primaryKeys() : Promise.resolve([]),
    idsPorPalabras(db, palabrasDeTexto(consulta)),
  ]);
  const ids = new Set([...porCurp, ...porNombre.ids]);
  // Read directly: the suggestions are a live query, and noting 400 keys one by one cost more than reading them.
  const leidos = (await registrosPorId<Persona>(db, 'personas', [...ids].slice(0, MAXIMO_CANDIDATOS))).filter(vigente);
  const ordenados = ordenarCoincidencias(leidos, consulta);
  const personas = ordenados.slice(0, limite);
  if (porNombre.masDe) return { personas, total: Math.max(MAXIMO_CANDIDATOS, ordenados.length), masDe: true };
  return { personas, total: ids.size > MAXIMO_CANDIDATOS ? ids.size : ordenados.length };
}

/**
 * Ids of personas whose name has a word starting with each token. Each word's range is read up to
 * `MAXIMO_CANDIDATOS` keys, all at once. When some word matches fewer, its ids hold every answer and the other words
 * are checked on those records by the ranking; when each word matches more and there is one, its first ids in the
 * index's order are the candidates (whole-word matches first) and the total is «more than»; only a query of several
 * words that are each common reads their whole ranges and intersects them.
 */
async function idsPorPalabras(db: BaseDatosPoa, tokens: string[]): Promise<{ ids: string[]; masDe: boolean }> {
  if (tokens.length === 0) return { ids: [], masDe: false };
  const rangos = await Promise.all(
    tokens.map(async (t) => {
      const claves = await db.personas.where('palabras').startsWith(t).limit(MAXIMO_CANDIDATOS + 1).primaryKeys();
      return { t, ids: [...new Set(claves)], completo: claves.length <= MAXIMO_CANDIDATOS };
    }),
  );
  const completos = rangos.filter((r) => r.completo).sort((a, b) => a.ids.length - b.ids.length);
  if (completos.length > 0) {
    const [menor, ...resto] = completos;
    const otros = resto.map((r) => new Set(r.ids));
    return { ids: menor.ids.filter((id) => otros.every((o) => o.has(id))), masDe: false };
  }
  if (rangos.length === 1) return { ids: rangos[0].ids, masDe: true };
  const [primero, ...demas] = [...tokens].sort((a, b) => b.length - a.length);
  let ids = new Set<string>(await db.personas.where('palabras').startsWith(primero).primaryKeys());
  for (const t of demas) {
    if (ids.size === 0) break;
    const previos = ids;
    ids = new Set((await db.personas.where('palabras').startsWith(t).primaryKeys()).filter((c) => previos.has(c)));
  }
  return { ids: [...ids], masDe: false };
}

/** The live persona that already holds this CURP, other than `exceptoId`. */
export async function personaConCurp(db: BaseDatosPoa, curp: string, exceptoId: string | null = null): Promise<Persona | undefined> {
  const c = curp.trim().toUpperCase();
  if (c === '') return undefined;
  const personas = await db.personas.where('curp').equals(c).toArray();
  return personas.find((p) => p.eliminado === 0 && p.id !== exceptoId);
}

export async function obtenerPersona(db: BaseDatosPoa, id: string): Promise<Persona | undefined> {
  const p = await db.personas.get(id);
  return vigente(p) ? p : undefined;
}

/** What the desk sees of a citizen's past: their requests and the support they received. */
export interface HistorialPersona {
  solicitudes: { id: string; folio: string; fechaRecepcion: string; estatus: EstatusSolicitud; tipoApoyoId: string }[];
  apoyos: { id: string; tipoApoyoId: string; estatus: string; fechaEntrega: string | null; fechaGestion: string }[];
}

export async function historialDePersonas(db: BaseDatosPoa, personaIds: string[]): Promise<Map<string, HistorialPersona>> {
  const mapa = new Map<string, HistorialPersona>(personaIds.map((id) => [id, { solicitudes: [], apoyos: [] }]));
  if (personaIds.length === 0) return mapa;
  // One read per persona, all at once: Dexie's anyOf walks a cursor that answers record by record.
  const [solicitudes, apoyos] = await Promise.all([
    Promise.all(personaIds.map((id) => db.solicitudes.where('personaId').equals(id).toArray())).then((l) => l.flat()),
    Promise.all(personaIds.map((id) => db.apoyos.where('personaId').equals(id).toArray())).then((l) => l.flat()),
  ]);
  for (const s of solicitudes.filter((x) => x.eliminado === 0).sort((a, b) => b.fechaRecepcion.localeCompare(a.fechaRecepcion))) {
    mapa.get(s.personaId)?.solicitudes.push({ id: s.id, folio: s.folio, fechaRecepcion: s.fechaRecepcion, estatus: s.estatus, tipoApoyoId: s.tipoApoyoId });
  }
  for (const a of apoyos.filter((x) => x.eliminado === 0).sort((x, y) => y.fechaGestion.localeCompare(x.fechaGestion))) {
    mapa.get(a.personaId)?.apoyos.push({ id: a.id, tipoApoyoId: a.tipoApoyoId, estatus: a.estatus, fechaEntrega: a.fechaEntrega, fechaGestion: a.fechaGestion });
  }
  return mapa;
}

/**
 * Creates (id null) or corrects a persona. A CURP already held by another persona is refused naming that person,
 * so the clerk picks the existing one instead. Joins the caller's transaction when it runs inside one (capture of
 * a solicitud with a new citizen); errors are keyed by field, prefixed with `prefijo` ('persona.curp').
 */
export async function guardarPersona(db: BaseDatosPoa, id: string | null, datos: unknown, prefijo = ''): Promise<Persona> {
  let valida;
  try {
    valida = validar(datosPersonaSchema, datos);
  } catch (e) {
    throw conPrefijo(e, prefijo);
  }
  return escribir(db, id === null ? 'capturar-registros' : 'editar-registros', [db.personas], async (sesion) => {
    const otra = await personaConCurp(db, valida.curp, id);
    if (otra) {
      throw new ErrorValidacion({ [`${prefijo}curp`]: `La CURP ${valida.curp} ya está registrada a nombre de ${nombreCompleto(otra)}` });
    }
    const derivados = camposDeBusqueda(valida);
    if (id === null) {
      return agregar<Persona>(db, sesion, db.personas, { ...valida, ...derivados }, (nueva) => ({
        entidad: 'persona',
        resumen: `Ciudadano registrado: ${nombreCompleto(nueva)}`,
      }));
    }
    const anterior = await personaParaCorregir(db, id);
    const actualizada: Persona = { ...anterior, ...valida, ...derivados, updatedAt: ahoraIso() };
    return guardarVersion(db, sesion, db.personas, anterior, actualizada, {
      accion: 'editar',
      entidad: 'persona',
      resumen: `Datos del ciudadano ${nombreCompleto(actualizada)} corregidos`,
    });
  });
}

/** The search keys a persona's name gives: stored copies, so a changed name must bring new ones. */
export function camposDeBusqueda(datos: Pick<Persona, 'nombres' | 'apellidoPaterno' | 'apellidoMaterno'>) {
  return { nombreNormalizado: nombreNormalizadoPersona(datos), palabras: palabrasPersona(datos) };
}

/**
 * The live persona about to be corrected, inside the write's transaction. A persona anonimizada is refused: their
 * data was erased at their request, and writing new data would identify them again.
 */
export async function personaParaCorregir(db: BaseDatosPoa, id: string): Promise<Persona> {
  const anterior = await db.personas.get(id);
  if (!vigente(anterior)) throw new ErrorValidacion({ _: 'El ciudadano ya no existe' });
  if (esPersonaAnonimizada(anterior)) throw new ErrorValidacion({ _: 'Esta persona fue anonimizada por una solicitud ARCO: sus datos ya no se pueden corregir.' });
  return anterior;
}

function conPrefijo(e: unknown, prefijo: string): unknown {
  if (!(e instanceof ErrorValidacion) || prefijo === '') return e;
  return new ErrorValidacion(Object.fromEntries(Object.entries(e.errores).map(([k, v]) => [`${prefijo}${k}`, v])));
}

/**
 * Reads everything held about one persona for a request of access (ARCO) and records the export in the bitácora
 * within the same transaction, so no copy of personal data leaves the database unrecorded. The entry is written
 * first and therefore travels inside the file as well.
 */
export async function expedientePersona(db: BaseDatosPoa, personaId: string): Promise<ExpedientePersona> {
  return escribir(db, 'exportar-datos-persona', tablasExpediente(db), async (sesion) => {
    const persona = await db.personas.get(personaId);
    if (!persona) throw new ErrorValidacion({ _: 'El ciudadano ya no existe' });
    await registrarBitacora(db, sesion, {
      accion: 'exportar',
      entidad: 'persona',
      entidadId: persona.id,
      resumen: `${RESUMEN_EXPORTACION_DATOS}: ${nombreCompleto(persona)}`,
    });
    return leerExpediente(db, persona);
  });
}

/** The tables `leerExpediente` reads, for the scope of the transaction it runs in. */
export const tablasExpediente = (db: BaseDatosPoa) => [db.personas, db.solicitudes, db.seguimientos, db.apoyos];

/** Everything held about the persona; inside a transaction over `tablasExpediente` and the bitácora. */
export async function leerExpediente(db: BaseDatosPoa, persona: Persona): Promise<ExpedientePersona> {
  const [solicitudes, apoyos] = await Promise.all([
    db.solicitudes.where('personaId').equals(persona.id).toArray(),
    db.apoyos.where('personaId').equals(persona.id).toArray(),
  ]);
  const seguimientos = await db.seguimientos.where('solicitudId').anyOf(solicitudes.map((s) => s.id)).toArray();
  const ids = [persona.id, ...solicitudes.map((s) => s.id), ...apoyos.map((a) => a.id)];
  const bitacora = await db.bitacora.where('entidadId').anyOf(ids).toArray();
  return expedienteDePersona(persona, solicitudes, seguimientos, apoyos, bitacora);
}

/**
 * The access log: opening a detail that shows a person's full record (CURP, address, phone) is recorded with who
 * opened it. Called once per opening by the screen, never from a live query (it writes).
 */
export async function registrarConsultaPersona(db: BaseDatosPoa, personaId: string): Promise<void> {
  const sesion = await autorizar(db, 'buscar');
  await db.transaction('rw', [db.personas, ...tablasBitacora(db)], async () => {
    const persona = await db.personas.get(personaId);
    if (!persona) return;
    await registrarBitacora(db, sesion, {
      accion: 'consultar',
      entidad: 'persona',
      entidadId: persona.id,
      resumen: `Consulta de los datos personales de ${nombreCompleto(persona)}`,
    });
  });
}
