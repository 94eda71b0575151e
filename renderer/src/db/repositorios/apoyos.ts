import { z } from 'zod';
import { apoyosRepetidos, padronDeBeneficiarios, type FilaPadron } from '../../../../shared/domain/padron';
import { padronTransparencia, type FiltroPadronTransparencia, type FilaTransparencia } from '../../../../shared/domain/padronTransparencia';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { propuestaApoyo } from '../../../../shared/domain/propuestas';
import { REGISTROS } from '../../../../shared/registros';
import { fecha } from '../../../../shared/schemas/comunes';
import { ESTATUS_APOYO, ETIQUETA_ESTATUS_APOYO, type Apoyo, type DatosApoyo, type Evento } from '../../../../shared/schemas/modulos';
import { datosPersonaSchema, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import type { EstatusSolicitud, Solicitud } from '../../../../shared/schemas/solicitudes';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, erroresDeZod, validar } from '../errores';
import { escribir, leerConPermiso, registrarBitacora } from './base';
import { guardarPersona } from './personas';
import { repositorio } from './registros';
import { nombresDeCatalogos } from './solicitudes';

/** Other apoyos of the same type for the same person and year (the repeated-support warning). */
export async function apoyosRepetidosDe(
  db: BaseDatosPoa,
  apoyo: Pick<Apoyo, 'personaId' | 'tipoApoyoId' | 'fechaGestion' | 'fechaEntrega'> & { id?: string | null },
): Promise<Apoyo[]> {
  if (!apoyo.personaId || !apoyo.tipoApoyoId) return [];
  const dePersona = await db.apoyos.where('personaId').equals(apoyo.personaId).toArray();
  return apoyosRepetidos(dePersona, apoyo).sort((x, y) => (x.fechaEntrega ?? x.fechaGestion).localeCompare(y.fechaEntrega ?? y.fechaGestion));
}

const apoyos = repositorio<Apoyo, DatosApoyo>(REGISTROS.apoyo, {
  tablas: (db) => [db.solicitudes, db.eventos],
  comprobar: async (db, a) => {
    const persona = await db.personas.get(a.personaId);
    if (!persona || persona.eliminado) throw new ErrorValidacion({ personaId: 'El beneficiario elegido ya no existe; búsquelo de nuevo' });
    if (a.solicitudId !== null) {
      const s = await db.solicitudes.get(a.solicitudId);
      if (!s || s.eliminado) throw new ErrorValidacion({ solicitudId: 'La solicitud de origen ya no existe' });
    }
    if (a.programaId !== null) {
      const programa = await db.eventos.get(a.programaId);
      if (!programa || programa.eliminado) throw new ErrorValidacion({ programaId: 'El programa social elegido ya no existe; elija otro' });
      if (programa.tipo !== 'programa') {
        throw new ErrorValidacion({ programaId: `«${programa.nombre}» no es un programa social; elija un programa de la lista` });
      }
    }
  },
  // Giving the same type twice in a year is allowed; the bitácora notes the warning.
  notaAlCrear: async (db, apoyo) => {
    const repetidos = await apoyosRepetidosDe(db, apoyo);
    if (repetidos.length === 0) return '';
    const tipo = (await db.catalogos.get(apoyo.tipoApoyoId))!.nombre;
    return `. Aviso: ya tenía ${repetidos.length} apoyo(s) de ${tipo} en ${(apoyo.fechaEntrega ?? apoyo.fechaGestion).slice(0, 4)}`;
  },
});

/**
 * The capture's check (every error at once, keyed by field, as the form shows what saving would say), creation,
 * correction of any field (a status change is logged as such) and soft delete with its reason (a delivered apoyo of a
 * closed month stays).
 */
export const { validar: validarApoyo, crear: crearApoyo, editar: editarApoyo, eliminar: eliminarApoyo } = apoyos;

const cambioEstatusSchema = z.object({
  estatus: z.enum(ESTATUS_APOYO, { error: 'Elija el estatus' }),
  fechaEntrega: fecha('Fecha de entrega').nullable(),
});

/**
 * One step of the workflow (Autorizar, Registrar la entrega, Rechazar, Reconsiderar): an edit of the status, in the
 * same transaction as the check of the step. Delivering asks for its date; leaving Entregado is a correction made by
 * editing, so it is not a step here.
 */
export async function cambiarEstatusApoyo(db: BaseDatosPoa, id: string, datos: unknown): Promise<Apoyo> {
  const cambio = validar(cambioEstatusSchema, datos);
  return escribir(db, 'editar-registros', apoyos.tablas(db), async () => {
    const anterior = await apoyos.vigente(db, id);
    if (!REGISTROS.apoyo.estatus.pasos[anterior.estatus].includes(cambio.estatus)) {
      throw new ErrorValidacion({
        estatus: `Un apoyo ${ETIQUETA_ESTATUS_APOYO[anterior.estatus].toLowerCase()} no pasa a ${ETIQUETA_ESTATUS_APOYO[cambio.estatus]}`,
      });
    }
    const { id: _i, createdAt: _c, updatedAt: _u, estacion: _e, eliminado: _el, ...datosAnteriores } = anterior;
    const nuevos = { ...datosAnteriores, estatus: cambio.estatus, fechaEntrega: cambio.estatus === 'entregado' ? cambio.fechaEntrega : null };
    // A delivery registered late, dated before the gestión, moves the gestión back to it rather than being refused.
    return apoyos.editar(db, id, { ...nuevos, ...(nuevos.fechaEntrega ? propuestaApoyo(anterior, nuevos, fechaIsoLocal(new Date())) : {}) });
  });
}

/** One line of the apoyos list: the record with its beneficiary's and catalogues' names. */
export interface FilaApoyo {
  id: string;
  personaId: string;
  beneficiario: string;
  /** The beneficiary's name as the persona index orders it (surnames first, no accents). */
  nombreNormalizado: string;
  curp: string;
  colonia: string;
  tipoApoyoId: string;
  tipoApoyo: string;
  cantidad: number;
  unidad: string;
  valorEstimado: number;
  fuente: Apoyo['fuente'];
  dependencia: string;
  estatus: Apoyo['estatus'];
  fechaGestion: string;
  fechaEntrega: string | null;
  solicitudId: string | null;
  folioSolicitud: string;
  programaId: string | null;
  /** The programa social it was given under; '' for a direct apoyo. */
  programa: string;
}

/** Every programa social by id, deleted ones included (their beneficiaries keep its name). */
export async function nombresDeProgramas(db: BaseDatosPoa): Promise<Map<string, string>> {
  const programas = await db.eventos.where('tipo').equals('programa').toArray();
  return new Map(programas.map((e) => [e.id, e.nombre]));
}

/** The rows of these apoyos, in their order, with their beneficiaries', catalogues' and programas' names. */
export async function filasDeApoyos(db: BaseDatosPoa, lista: readonly Apoyo[]): Promise<FilaApoyo[]> {
  const [personas, solicitudes, nombres, programas] = await Promise.all([
    db.personas.bulkGet([...new Set(lista.map((a) => a.personaId))]),
    db.solicitudes.bulkGet([...new Set(lista.flatMap((a) => (a.solicitudId ? [a.solicitudId] : [])))]),
    nombresDeCatalogos(db),
    nombresDeProgramas(db),
  ]);
  const persona = new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, p]));
  const folio = new Map(solicitudes.filter((s): s is Solicitud => s !== undefined).map((s) => [s.id, s.folio]));
  return lista.map((a) => {
    const p = persona.get(a.personaId);
    return {
      id: a.id,
      personaId: a.personaId,
      beneficiario: p ? nombreCompleto(p) : '(persona no encontrada)',
      nombreNormalizado: p?.nombreNormalizado ?? '',
      curp: p?.curp ?? '',
      colonia: p ? p.colonia || p.localidad : '',
      tipoApoyoId: a.tipoApoyoId,
      tipoApoyo: nombres.get(a.tipoApoyoId) ?? '',
      cantidad: a.cantidad,
      unidad: a.unidad,
      valorEstimado: a.valorEstimado,
      fuente: a.fuente,
      dependencia: a.dependenciaId ? (nombres.get(a.dependenciaId) ?? '') : '',
      estatus: a.estatus,
      fechaGestion: a.fechaGestion,
      fechaEntrega: a.fechaEntrega,
      solicitudId: a.solicitudId,
      folioSolicitud: a.solicitudId ? (folio.get(a.solicitudId) ?? '') : '',
      programaId: a.programaId,
      programa: a.programaId ? (programas.get(a.programaId) ?? '') : '',
    };
  });
}

/** The most recent first: by delivery, else by gestión, then by id so the order is stable. */
const masRecientePrimero = (x: FilaApoyo, y: FilaApoyo): number =>
  (y.fechaEntrega ?? y.fechaGestion).localeCompare(x.fechaEntrega ?? x.fechaGestion) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Every live apoyo, the most recent first (by delivery, else by gestión); the list asks for pages (paginaApoyos.ts). */
export async function listarApoyos(db: BaseDatosPoa): Promise<FilaApoyo[]> {
  return (await filasDeApoyos(db, await apoyos.listar(db))).sort(masRecientePrimero);
}

export interface DetalleApoyo {
  apoyo: Apoyo;
  persona: Persona | undefined;
  tipoApoyo: string;
  dependencia: string;
  solicitud: { id: string; folio: string } | null;
  /** The programa social it was given under (its detail links to it). */
  programa: { id: string; nombre: string } | null;
  /** Same type, same person, same year: shown as a warning on the detail too. */
  repetidos: Apoyo[];
}

/** One apoyo with what its detail shows; undefined when it does not exist. */
export async function obtenerDetalleApoyo(db: BaseDatosPoa, id: string): Promise<DetalleApoyo | undefined> {
  const apoyo = await apoyos.obtener(db, id);
  if (!apoyo) return undefined;
  const [persona, tipo, dependencia, solicitud, repetidos, programa] = await Promise.all([
    db.personas.get(apoyo.personaId),
    db.catalogos.get(apoyo.tipoApoyoId),
    apoyo.dependenciaId ? db.catalogos.get(apoyo.dependenciaId) : undefined,
    apoyo.solicitudId ? db.solicitudes.get(apoyo.solicitudId) : undefined,
    apoyo.eliminado ? Promise.resolve([]) : apoyosRepetidosDe(db, apoyo),
    apoyo.programaId ? db.eventos.get(apoyo.programaId) : undefined,
  ]);
  return {
    apoyo,
    persona,
    tipoApoyo: tipo?.nombre ?? '',
    dependencia: dependencia?.nombre ?? '',
    solicitud: solicitud ? { id: solicitud.id, folio: solicitud.folio } : null,
    programa: programa ? { id: programa.id, nombre: programa.nombre } : null,
    repetidos,
  };
}

/** The years with deliveries, and this year, newest first (the padrón's year selector), by the delivery index. */
export async function aniosConEntregas(db: BaseDatosPoa, anioActual: number): Promise<number[]> {
  const fechas = await db.apoyos.orderBy('fechaEntrega').uniqueKeys();
  return [...new Set([anioActual, ...fechas.map((f) => Number(String(f).slice(0, 4)))])].sort((a, b) => b - a);
}

/** Every fecha de entrega of a year, or of every year (null), as a range of 'AAAA-MM-DD' keys. */
const rangoDelAnio = (anio: number | null): [string, string] => (anio === null ? ['', '\uffff'] : [String(anio), `${anio}\uffff`]);

/**
 * The delivered apoyos of a range of fechas de entrega ('AAAA-MM-DD', both ends included), with the people, catalogue
 * entries and programas they name.
 */
async function entregadosConNombres(db: BaseDatosPoa, [desde, hasta]: [string, string]) {
  // Live apoyos with a fecha de entrega in the range, by `[eliminado+fechaEntrega]` (schema version 13).
  const entregados = (await db.apoyos.where('[eliminado+fechaEntrega]').between([0, desde], [0, hasta], true, true).toArray()).filter(
    (a) => a.estatus === 'entregado',
  );
  const [personas, nombres, programas] = await Promise.all([
    db.personas.bulkGet([...new Set(entregados.map((a) => a.personaId))]),
    nombresDeCatalogos(db),
    nombresDeProgramas(db),
  ]);
  const porId = new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, p]));
  return { entregados, personas: porId, nombres, programas };
}

/** The padrón of a year (null = all), from the delivered apoyos and their beneficiaries. */
export async function listarPadron(db: BaseDatosPoa, anio: number | null): Promise<FilaPadron[]> {
  const { entregados, personas, nombres, programas } = await entregadosConNombres(db, rangoDelAnio(anio));
  return padronDeBeneficiarios(entregados, personas, nombres, anio, programas);
}

/** The transparency padrón's rows for a programa (or all) and period; only what the law publishes leaves here. */
export function padronParaTransparencia(db: BaseDatosPoa, filtro: FiltroPadronTransparencia): Promise<FilaTransparencia[]> {
  return leerConPermiso(db, 'exportar-padron-transparencia', async () => {
    // Only the period's deliveries are read, whatever the history holds.
    const { entregados, personas, nombres, programas } = await entregadosConNombres(db, [filtro.desde, filtro.hasta]);
    return padronTransparencia(entregados, personas, nombres, programas, filtro);
  });
}

/** The export in the bitácora: the file, the programa, the period and how many beneficiaries it lists. */
export async function registrarExportacionPadron(
  db: BaseDatosPoa,
  datos: { destino: string; programa: string; periodo: string; filas: number },
): Promise<void> {
  const cuantos = datos.filas === 1 ? '1 beneficiario' : `${datos.filas.toLocaleString('es-MX')} beneficiarios`;
  await escribir(db, 'exportar-padron-transparencia', [], async (autor) => {
    await registrarBitacora(db, autor, {
      accion: 'exportar',
      entidad: 'padron',
      entidadId: null,
      resumen: `Padrón de transparencia exportado a Excel: ${datos.destino} (programa: ${datos.programa}; periodo: ${datos.periodo}; ${cuantos})`,
    });
  });
}

/** A programa social offered to an apoyo's «Programa social» field and to the padrón's filters. */
export interface OpcionPrograma {
  id: string;
  nombre: string;
  fecha: string;
  estatus: Evento['estatus'];
}

/** The live programas sociales, the most recent first. */
export async function programasSociales(db: BaseDatosPoa): Promise<OpcionPrograma[]> {
  const programas = await db.eventos.where('tipo').equals('programa').toArray();
  return programas
    .filter((e) => e.eliminado === 0)
    .sort((a, b) => b.fecha.localeCompare(a.fecha) || a.nombre.localeCompare(b.nombre, 'es-MX'))
    .map((e) => ({ id: e.id, nombre: e.nombre, fecha: e.fecha, estatus: e.estatus }));
}

/** Whether the id is a live programa social (a capture started from a programa's detail takes it). */
export async function esProgramaVigente(db: BaseDatosPoa, id: string): Promise<boolean> {
  const e = await db.eventos.get(id);
  return e !== undefined && e.eliminado === 0 && e.tipo === 'programa';
}

/** The beneficiaries of a programa: its live apoyos, as the apoyos list shows them, the most recent first. */
export async function beneficiariosDelPrograma(db: BaseDatosPoa, programaId: string): Promise<FilaApoyo[]> {
  const delPrograma = await db.apoyos.where('programaId').equals(programaId).toArray();
  return (
    await filasDeApoyos(
      db,
      delPrograma.filter((a) => a.eliminado === 0),
    )
  ).sort(masRecientePrimero);
}

/** A solicitud offered as the origin of an apoyo. */
export interface OpcionSolicitud {
  id: string;
  folio: string;
  fechaRecepcion: string;
  estatus: EstatusSolicitud;
  tipoApoyoId: string;
  dependenciaId: string | null;
  personaId: string;
}

const aOpcion = (s: Solicitud): OpcionSolicitud => ({
  id: s.id,
  folio: s.folio,
  fechaRecepcion: s.fechaRecepcion,
  estatus: s.estatus,
  tipoApoyoId: s.tipoApoyoId,
  dependenciaId: s.dependenciaId,
  personaId: s.personaId,
});

/**
 * Solicitudes to pick the origin from: the beneficiary's own, newest first, plus those whose folio starts with what
 * was typed (a support may answer a request made by a relative).
 */
export async function solicitudesParaApoyo(db: BaseDatosPoa, personaId: string, folio: string, limite = 10): Promise<OpcionSolicitud[]> {
  const propias = personaId ? await db.solicitudes.where('personaId').equals(personaId).toArray() : [];
  const prefijo = folio.trim().toUpperCase();
  const porFolio = prefijo.length >= 2 ? await db.solicitudes.where('folio').startsWith(prefijo).limit(limite).toArray() : [];
  const vistas = new Set<string>();
  return [...propias.sort((a, b) => b.fechaRecepcion.localeCompare(a.fechaRecepcion)), ...porFolio]
    .filter((s) => s.eliminado === 0 && !vistas.has(s.id) && vistas.add(s.id))
    .slice(0, limite)
    .map(aOpcion);
}

export async function obtenerSolicitudOrigen(db: BaseDatosPoa, id: string): Promise<OpcionSolicitud | undefined> {
  const s = await db.solicitudes.get(id);
  return s && s.eliminado === 0 ? aOpcion(s) : undefined;
}

/**
 * Registers a beneficiary who never made a solicitud (met at a jornada, sent by another office). As at the desk,
 * the aviso de privacidad is read to them first; their consent is kept in the bitácora with the registration.
 * Errors are keyed 'persona.<campo>' and 'consentimientoPrivacidad'.
 */
export async function registrarBeneficiario(db: BaseDatosPoa, datosPersona: unknown, consentimiento: unknown): Promise<Persona> {
  const persona = datosPersonaSchema.safeParse(datosPersona);
  const errores: Record<string, string> = persona.success
    ? {}
    : Object.fromEntries(Object.entries(erroresDeZod(persona.error)).map(([k, v]) => [`persona.${k}`, v]));
  if (consentimiento !== true) errores.consentimientoPrivacidad = 'El beneficiario debe aceptar el aviso de privacidad';
  if (Object.keys(errores).length > 0) throw new ErrorValidacion(errores);
  return escribir(db, 'capturar-registros', [db.personas], async (sesion) => {
    const nueva = await guardarPersona(db, null, datosPersona, 'persona.');
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'persona',
      entidadId: nueva.id,
      resumen: `Aviso de privacidad informado a ${nombreCompleto(nueva)} al registrarlo como beneficiario; aceptó el tratamiento de sus datos`,
    });
    return nueva;
  });
}
