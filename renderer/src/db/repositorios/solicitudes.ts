import { z } from 'zod';
import { esCerrada, validarTransicion } from '../../../../shared/domain/estatusSolicitud';
import { formatearFecha } from '../../../../shared/domain/formato';
import type { FilaSolicitud } from '../../../../shared/domain/filtroSolicitudes';
import { formatearFolio, serieFolio } from '../../../../shared/domain/folio';
import { REGISTROS } from '../../../../shared/registros';
import { texto } from '../../../../shared/schemas/comunes';
import { datosPersonaSchema, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import {
  datosCambioEstatusSchema,
  datosEdicionSolicitudSchema,
  datosSolicitudSchema,
  ESTATUS_SOLICITUD,
  ETIQUETA_ESTATUS_SOLICITUD,
  revisarFechaCompromiso,
  solicitudSchema,
  type Seguimiento,
  type Solicitud,
} from '../../../../shared/schemas/solicitudes';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, erroresDeZod, validar } from '../errores';
import { obtenerConfiguracion } from './configuracion';
import { ahoraIso, camposNuevos, diferencias, escribir, guardarVersion, nuevaId, registrarBitacora, type Autor } from './base';
import { guardarPersona } from './personas';
import { nombresEnTransaccion } from './registros';
import { exigirConteoAbierto } from './registrosModulo';
import { quitarEvidenciasDelRegistro } from './evidencias';

const motivoEliminacionSchema = texto('Motivo de la eliminación', 500);

/** Everything a solicitud touches when it is saved, so the record, its folio and its bitácora commit together. */
function tablasSolicitud(db: BaseDatosPoa) {
  return [db.solicitudes, db.seguimientos, db.personas, db.folios, db.catalogos, db.cierres, db.poas, db.configuracion, db.bitacora, db.evidencias];
}

/**
 * Receives a solicitud: the citizen is an existing persona (`datos.personaId`) or, with `personaNueva`, registered
 * in the same transaction. The folio AC-<año de recepción>-<estación>-<consecutivo> is taken from this station's
 * counter inside that transaction, so two captures at once never share it and a deleted solicitud keeps its number.
 */
export async function crearSolicitud(db: BaseDatosPoa, datos: unknown, personaNueva: unknown = null): Promise<Solicitud> {
  const valida = validarCapturaSolicitud(datos, personaNueva);
  return escribir(db, 'capturar-registros', tablasSolicitud(db), async (sesion) => {
    const configuracion = await obtenerConfiguracion(db);
    await exigirCatalogos(db, valida.tipoApoyoId, valida.dependenciaId);
    const recibida = REGISTROS.solicitud.cuentaEn({ ...valida, estatus: 'recibida', eliminado: 0 });
    await exigirConteoAbierto(db, null, recibida, 'fechaRecepcion', 'no se pueden recibir solicitudes con esa fecha');
    const persona =
      personaNueva === null ? await personaVigente(db, valida.personaId, 'personaId') : await guardarPersona(db, null, personaNueva, 'persona.');
    const anio = Number(valida.fechaRecepcion.slice(0, 4));
    const { folio, consecutivo } = await asignarFolio(db, anio, sesion.estacion);
    const ahora = ahoraIso();
    const solicitud: Solicitud = validar(solicitudSchema, {
      ...camposNuevos(sesion.estacion),
      ...valida,
      personaId: persona.id,
      folio,
      anio,
      consecutivo,
      estatus: 'recibida',
      ...recepcion(ahora, configuracion.avisoPrivacidad, sesion.usuario),
    });
    await db.solicitudes.add(solicitud);
    await agregarSeguimiento(db, sesion, solicitud.id, null, 'recibida', 'Solicitud recibida');
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'solicitud',
      entidadId: solicitud.id,
      resumen: `${await describirSolicitud(db, solicitud)}: recibida`,
    });
    return solicitud;
  });
}

/**
 * What a solicitud carries when it is received, besides what was captured: no follow-up yet, the consent given now
 * with the aviso as it reads today, and who received it. The capture and the import store the same.
 */
export function recepcion(ahora: string, avisoPrivacidad: string, recibio: string) {
  return { numeroOficio: '', fechaCanalizacion: null, resultado: '', duplicadaDeId: null, consentimientoFecha: ahora, avisoPrivacidad, recibio };
}

/**
 * The capture's own fields and, when the citizen is new, theirs: every error at once, keyed by field ('descripcion',
 * 'persona.curp'). The form runs it on every change after the first attempt, so it shows what saving would say.
 */
export function validarCapturaSolicitud(datos: unknown, personaNueva: unknown) {
  const esquema = (personaNueva === null ? datosSolicitudSchema : datosSolicitudSchema.extend({ personaId: z.unknown() })).superRefine(
    revisarFechaCompromiso,
  );
  const solicitud = esquema.safeParse(datos);
  const persona = personaNueva === null ? null : datosPersonaSchema.safeParse(personaNueva);
  const errores = {
    ...(solicitud.success ? {} : erroresDeZod(solicitud.error)),
    ...(persona && !persona.success
      ? Object.fromEntries(Object.entries(erroresDeZod(persona.error)).map(([k, v]) => [`persona.${k}`, v]))
      : {}),
  };
  if (!solicitud.success || Object.keys(errores).length > 0) throw new ErrorValidacion(errores);
  return { ...solicitud.data, personaId: String(solicitud.data.personaId ?? '') };
}

/** Next folio of this station's series; one already present (a counter older than its records) is skipped. */
async function asignarFolio(db: BaseDatosPoa, anio: number, estacion: string): Promise<{ folio: string; consecutivo: number }> {
  const serie = serieFolio('AC', anio, estacion);
  let consecutivo = ((await db.folios.get(serie))?.ultimo ?? 0) + 1;
  while ((await db.solicitudes.where('folio').equals(formatearFolio(serie, consecutivo)).count()) > 0) consecutivo += 1;
  await db.folios.put({ serie, ultimo: consecutivo });
  return { folio: formatearFolio(serie, consecutivo), consecutivo };
}

async function personaVigente(db: BaseDatosPoa, id: string, campo: string): Promise<Persona> {
  const persona = await db.personas.get(id);
  if (!persona || persona.eliminado) throw new ErrorValidacion({ [campo]: 'El ciudadano elegido ya no existe; búsquelo de nuevo' });
  return persona;
}

async function exigirCatalogos(db: BaseDatosPoa, tipoApoyoId: string, dependenciaId: string | null): Promise<void> {
  const tipo = await db.catalogos.get(tipoApoyoId);
  if (!tipo || tipo.eliminado || tipo.tipo !== 'tipoApoyo') throw new ErrorValidacion({ tipoApoyoId: 'Elija un tipo de apoyo del catálogo' });
  if (dependenciaId === null) return;
  const dependencia = await db.catalogos.get(dependenciaId);
  if (!dependencia || dependencia.eliminado || dependencia.tipo !== 'dependencia') {
    throw new ErrorValidacion({ dependenciaId: 'Elija una dependencia del catálogo' });
  }
}

async function agregarSeguimiento(
  db: BaseDatosPoa,
  sesion: Autor,
  solicitudId: string,
  estatusAnterior: Seguimiento['estatusAnterior'],
  estatusNuevo: Seguimiento['estatusNuevo'],
  nota: string,
): Promise<Seguimiento> {
  const t = ahoraIso();
  const seguimiento: Seguimiento = {
    id: nuevaId(),
    createdAt: t,
    updatedAt: t,
    estacion: sesion.estacion,
    eliminado: 0,
    solicitudId,
    fecha: t,
    nota,
    usuario: sesion.usuario,
    estatusAnterior,
    estatusNuevo,
  };
  await db.seguimientos.add(seguimiento);
  return seguimiento;
}

/**
 * How the bitácora names a solicitud: its descriptor's description, with its citizen and tipo de apoyo looked up in
 * the write's own transaction ("Solicitud AC-2026-V1-0001 de Rosalinda Quetzal Ramírez · Despensa").
 */
async function describirSolicitud(db: BaseDatosPoa, s: Solicitud): Promise<string> {
  return REGISTROS.solicitud.describir(s, await nombresEnTransaccion(db, s.personaId, [s.tipoApoyoId]));
}

async function solicitudVigente(db: BaseDatosPoa, id: string): Promise<Solicitud> {
  const s = await db.solicitudes.get(id);
  if (!s || s.eliminado) throw new ErrorValidacion({ _: 'La solicitud ya no existe' });
  return s;
}

/**
 * Moves a solicitud along its workflow. The status machine decides what is allowed and what each step needs
 * (número de oficio y fecha to canalize, resultado or motivo to close, the original to mark a duplicate); the change
 * is a seguimiento in the record's history and an entry in the bitácora.
 */
export async function cambiarEstatus(db: BaseDatosPoa, id: string, datos: unknown): Promise<Solicitud> {
  const cambio = validar(datosCambioEstatusSchema, datos);
  return escribir(db, 'editar-registros', tablasSolicitud(db), async (sesion) => {
    const anterior = await solicitudVigente(db, id);
    const r = validarTransicion({
      de: anterior.estatus,
      a: cambio.estatus,
      id,
      resultado: cambio.resultado,
      numeroOficio: cambio.numeroOficio,
      fechaCanalizacion: cambio.fechaCanalizacion,
      duplicadaDeId: cambio.duplicadaDeId,
    });
    if (!r.ok) throw new ErrorValidacion({ [r.campo ?? 'estatus']: r.mensaje });
    // Closing it as cancelled or a duplicate takes it out of its month's count; the other steps leave the count alone.
    await exigirConteoAbierto(
      db,
      REGISTROS.solicitud.cuentaEn(anterior),
      REGISTROS.solicitud.cuentaEn({ ...anterior, estatus: cambio.estatus }),
      'estatus',
      'una solicitud de ese mes ya no puede dejar de contar',
    );
    let original: Solicitud | null = null;
    if (cambio.estatus === 'duplicada') {
      original = (await db.solicitudes.get(cambio.duplicadaDeId!)) ?? null;
      if (!original || original.eliminado) throw new ErrorValidacion({ duplicadaDeId: 'La solicitud original ya no existe' });
      if (original.estatus === 'duplicada') {
        throw new ErrorValidacion({ duplicadaDeId: `${original.folio} también es un duplicado; elija la solicitud original` });
      }
    }
    const actualizada: Solicitud = {
      ...anterior,
      estatus: cambio.estatus,
      ...(cambio.estatus === 'canalizada' ? { numeroOficio: cambio.numeroOficio, fechaCanalizacion: cambio.fechaCanalizacion } : {}),
      ...(cambio.estatus === 'duplicada' ? { duplicadaDeId: cambio.duplicadaDeId } : {}),
      ...(esCerrada(cambio.estatus) ? { resultado: cambio.resultado } : {}),
      updatedAt: ahoraIso(),
    };
    await db.solicitudes.put(actualizada);
    await agregarSeguimiento(db, sesion, id, anterior.estatus, cambio.estatus, notaDelCambio(cambio, original));
    await registrarBitacora(db, sesion, {
      accion: 'estatus',
      entidad: 'solicitud',
      entidadId: id,
      resumen: `${await describirSolicitud(db, actualizada)}: ${ETIQUETA_ESTATUS_SOLICITUD[anterior.estatus]} → ${ETIQUETA_ESTATUS_SOLICITUD[cambio.estatus]}`,
      cambios: diferencias(anterior, actualizada),
    });
    return actualizada;
  });
}

/** The history line says what the step carried, so the timeline reads without opening the record. */
function notaDelCambio(cambio: z.infer<typeof datosCambioEstatusSchema>, original: Solicitud | null): string {
  const partes: string[] = [];
  if (cambio.estatus === 'canalizada') partes.push(`Oficio ${cambio.numeroOficio} del ${formatearFecha(cambio.fechaCanalizacion)}`);
  if (original) partes.push(`Duplicado de ${original.folio}`);
  if (cambio.resultado && esCerrada(cambio.estatus)) {
    partes.push(`${cambio.estatus === 'atendida' ? 'Resultado' : 'Motivo'}: ${cambio.resultado}`);
  }
  if (cambio.nota) partes.push(cambio.nota);
  return partes.join('. ');
}

/** A follow-up note without a change of status (a call, the other department's answer). */
export async function agregarNota(db: BaseDatosPoa, id: string, nota: unknown): Promise<Seguimiento> {
  const valida = validar(z.object({ nota: texto('Nota', 2000) }), { nota }).nota;
  return escribir(db, 'editar-registros', tablasSolicitud(db), async (sesion) => {
    const s = await solicitudVigente(db, id);
    const seguimiento = await agregarSeguimiento(db, sesion, id, s.estatus, s.estatus, valida);
    await db.solicitudes.update(id, { updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'editar',
      entidad: 'solicitud',
      entidadId: id,
      resumen: `${await describirSolicitud(db, s)}: nota de seguimiento agregada`,
    });
    return seguimiento;
  });
}

/** Corrects the captured fields; folio, estatus and consent stay as they are. */
export async function editarSolicitud(db: BaseDatosPoa, id: string, datos: unknown): Promise<Solicitud> {
  const valida = validar(datosEdicionSolicitudSchema.superRefine(revisarFechaCompromiso), datos);
  return escribir(db, 'editar-registros', tablasSolicitud(db), async (sesion) => {
    const anterior = await solicitudVigente(db, id);
    await exigirCatalogos(db, valida.tipoApoyoId, valida.dependenciaId);
    if (valida.personaId !== anterior.personaId) await personaVigente(db, valida.personaId, 'personaId');
    const actualizada: Solicitud = { ...anterior, ...valida, updatedAt: ahoraIso() };
    const antes = REGISTROS.solicitud.cuentaEn(anterior);
    const despues = REGISTROS.solicitud.cuentaEn(actualizada);
    // Its date and time may be corrected within the month it counts in: that month's count stays the same.
    if (antes?.slice(0, 7) !== despues?.slice(0, 7)) {
      await exigirConteoAbierto(db, antes, null, 'fechaRecepcion', 'la solicitud no puede salir de ese mes');
      await exigirConteoAbierto(db, null, despues, 'fechaRecepcion', 'la solicitud no puede pasar a ese mes');
    }
    const cambios = diferencias(anterior, actualizada);
    if (cambios === null) return anterior;
    const resumen = `${await describirSolicitud(db, actualizada)}: modificada`;
    return guardarVersion(db, sesion, db.solicitudes, anterior, actualizada, { accion: 'editar', entidad: 'solicitud', resumen, cambios });
  });
}

/** Soft delete: the record stays (and travels in merges) marked eliminado, and its folio is never given again. */
export async function eliminarSolicitud(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validar(z.object({ motivo: motivoEliminacionSchema }), { motivo }).motivo;
  await escribir(db, 'eliminar-registros', tablasSolicitud(db), async (sesion) => {
    const s = await solicitudVigente(db, id);
    await exigirConteoAbierto(db, REGISTROS.solicitud.cuentaEn(s), null, 'motivo', 'sus solicitudes ya no se pueden eliminar');
    const t = ahoraIso();
    await db.solicitudes.update(id, { eliminado: 1, updatedAt: t });
    const conArchivos = await quitarEvidenciasDelRegistro(db, 'solicitud', id, t);
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'solicitud',
      entidadId: id,
      resumen: `${await describirSolicitud(db, s)}: eliminada${conArchivos}. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** Printing an acuse hands personal data on paper: the bitácora keeps who did it and when. */
export async function registrarImpresionAcuse(db: BaseDatosPoa, id: string, modo: 'dialogo' | 'pdf'): Promise<void> {
  await escribir(db, 'imprimir-acuses', [db.solicitudes], async (sesion) => {
    const s = await solicitudVigente(db, id);
    await registrarBitacora(db, sesion, {
      accion: 'imprimir',
      entidad: 'solicitud',
      entidadId: id,
      resumen: `Acuse de la solicitud ${s.folio} ${modo === 'pdf' ? 'guardado en PDF' : 'enviado a imprimir'}`,
    });
  });
}

/** Names of catalogue entries by id, including inactive ones: old records keep showing what they were given. */
export async function nombresDeCatalogos(db: BaseDatosPoa): Promise<Map<string, string>> {
  const elementos = await db.catalogos.toArray();
  return new Map(elementos.map((e) => [e.id, e.nombre]));
}

/**
 * The live solicitudes received between two dates (inclusive, 'AAAA-MM-DD', null = open), joined with their citizen
 * and catalogue names for the list. Filtering by text, status and the rest happens on these rows.
 */
export async function listarSolicitudes(db: BaseDatosPoa, desde: string | null = null, hasta: string | null = null): Promise<FilaSolicitud[]> {
  const coleccion =
    desde || hasta
      ? db.solicitudes.where('fechaRecepcion').between(desde ?? '', `${hasta ?? '9999-12-31'}T99`, true, true)
      : db.solicitudes.toCollection();
  const solicitudes = (await coleccion.toArray()).filter((s) => s.eliminado === 0);
  const personaIds = [...new Set(solicitudes.map((s) => s.personaId))];
  const [personas, nombres] = await Promise.all([db.personas.bulkGet(personaIds), nombresDeCatalogos(db)]);
  const porId = new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, p]));
  return solicitudes
    .map((s) => aFila(s, porId.get(s.personaId), nombres))
    .sort((a, b) => b.fechaRecepcion.localeCompare(a.fechaRecepcion) || b.folio.localeCompare(a.folio));
}

export function aFila(s: Solicitud, p: Persona | undefined, nombres: Map<string, string>): FilaSolicitud {
  return {
    id: s.id,
    folio: s.folio,
    fechaRecepcion: s.fechaRecepcion,
    canal: s.canal,
    prioridad: s.prioridad,
    estatus: s.estatus,
    descripcion: s.descripcion,
    responsable: s.responsable,
    fechaCompromiso: s.fechaCompromiso,
    personaId: s.personaId,
    ciudadano: p ? nombreCompleto(p) : '(ciudadano no encontrado)',
    nombreNormalizado: p?.nombreNormalizado ?? '',
    curp: p?.curp ?? '',
    colonia: p?.colonia ?? '',
    tipoApoyoId: s.tipoApoyoId,
    tipoApoyo: nombres.get(s.tipoApoyoId) ?? '',
    dependenciaId: s.dependenciaId,
    dependencia: s.dependenciaId ? (nombres.get(s.dependenciaId) ?? '') : '',
  };
}

/** By time; steps saved within the same millisecond keep the workflow's own order (statuses only move forward). */
function ordenHistorial(a: Seguimiento, b: Seguimiento): number {
  const rango = (s: Seguimiento) => (s.estatusAnterior === null ? -1 : ESTATUS_SOLICITUD.indexOf(s.estatusNuevo));
  return a.fecha.localeCompare(b.fecha) || rango(a) - rango(b);
}

export interface DetalleSolicitud {
  solicitud: Solicitud;
  persona: Persona | undefined;
  seguimientos: Seguimiento[];
  tipoApoyo: string;
  dependencia: string;
  /** The original when this one is a duplicate. */
  original: { id: string; folio: string } | null;
}

/** One solicitud with everything its detail view and its acuse show; undefined when it does not exist. */
export async function obtenerDetalleSolicitud(db: BaseDatosPoa, id: string): Promise<DetalleSolicitud | undefined> {
  const solicitud = await db.solicitudes.get(id);
  if (!solicitud) return undefined;
  const [persona, seguimientos, tipo, dependencia, original] = await Promise.all([
    db.personas.get(solicitud.personaId),
    db.seguimientos.where('solicitudId').equals(id).toArray(),
    db.catalogos.get(solicitud.tipoApoyoId),
    solicitud.dependenciaId ? db.catalogos.get(solicitud.dependenciaId) : undefined,
    solicitud.duplicadaDeId ? db.solicitudes.get(solicitud.duplicadaDeId) : undefined,
  ]);
  return {
    solicitud,
    persona,
    seguimientos: seguimientos.filter((s) => s.eliminado === 0).sort(ordenHistorial),
    tipoApoyo: tipo?.nombre ?? '',
    dependencia: dependencia?.nombre ?? '',
    original: original ? { id: original.id, folio: original.folio } : null,
  };
}
