import type { ExpedientePersona } from '../../../../shared/domain/datosPersonales';
import { formatearFecha } from '../../../../shared/domain/formato';
import {
  datosSolicitudArcoSchema,
  ETIQUETA_DERECHO_ARCO,
  solicitudArcoSchema,
  type DatosSolicitudArco,
  type SolicitudArco,
} from '../../../../shared/schemas/arco';
import { datosPersonaSchema, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { anonimizarPersona, esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, escribir, leerConPermiso, registrarBitacora, type Autor } from './base';
import { camposDeBusqueda, leerExpediente, personaConCurp, personaParaCorregir, tablasExpediente } from './personas';
import { nombresDeCatalogos } from './solicitudes';

/**
 * ARCO requests, attended by a jefe or an administrador from a citizen's record. Each one is stored with its number,
 * date, right, person and outcome (the list an auditor asks for) and logged in the bitácora, in the same transaction
 * as its effect:
 *
 *   - Acceso: everything held about the person, for the workbook handed to them;
 *   - Rectificación: the person's data corrected, the entry listing each value before and after;
 *   - Cancelación and Oposición: the person anonymised (shared/seguridad/anonimizar). Their solicitudes and apoyos
 *     stay and keep counting in the POA, which counts records, never a person's data.
 */

/** The series of the numbers the app assigns: ARCO-2026-V1-0001 (the station keeps PCs from giving the same one). */
export function serieArco(anio: number, estacion: string): string {
  return `ARCO-${anio}-${estacion}`;
}

/** One counter for the N of «Persona anonimizada N»: it only goes up, so no two persons of this PC share it. */
export const SERIE_ANONIMIZADAS = 'PERSONA-ANONIMIZADA';

export interface ResultadoArco {
  solicitud: SolicitudArco;
  /** The person as they are after the request (anonymised after a cancelación or oposición). */
  persona: Persona;
  /** For Acceso: the person's data and the catalogue names the workbook shows instead of ids. */
  acceso: { expediente: ExpedientePersona; nombres: Map<string, string> } | null;
}

function conPrefijo(e: unknown, prefijo: string): unknown {
  if (!(e instanceof ErrorValidacion)) return e;
  return new ErrorValidacion(Object.fromEntries(Object.entries(e.errores).map(([k, v]) => [`${prefijo}${k}`, v])));
}

async function siguienteConsecutivo(db: BaseDatosPoa, serie: string): Promise<number> {
  const ultimo = ((await db.folios.get(serie))?.ultimo ?? 0) + 1;
  await db.folios.put({ serie, ultimo });
  return ultimo;
}

/** The typed number, unique among the requests; or the next one of this station's series for the request's year. */
async function folioDe(db: BaseDatosPoa, datos: DatosSolicitudArco, estacion: string): Promise<{ folio: string; asignado: boolean }> {
  const libre = async (folio: string) => (await db.solicitudesArco.where('folio').equals(folio).count()) === 0;
  if (datos.folio !== '') {
    if (!(await libre(datos.folio))) throw new ErrorValidacion({ folio: `Ya hay una solicitud ARCO con el número ${datos.folio}` });
    return { folio: datos.folio, asignado: false };
  }
  const serie = serieArco(Number(datos.fecha.slice(0, 4)), estacion);
  // A number typed by hand may have taken one of the series: the counter moves past it.
  for (;;) {
    const folio = `${serie}-${String(await siguienteConsecutivo(db, serie)).padStart(4, '0')}`;
    if (await libre(folio)) return { folio, asignado: true };
  }
}

const encabezado = (folio: string, datos: DatosSolicitudArco) =>
  `Solicitud ARCO ${folio} del ${formatearFecha(datos.fecha)} (${ETIQUETA_DERECHO_ARCO[datos.derecho]})`;

/**
 * Registers an ARCO request for the persona and carries out its effect, all in one transaction: a failure leaves
 * nothing, neither the effect nor the record nor its entry. `correccion` is the person's corrected data, required
 * for a Rectificación (errors keyed 'persona.<campo>'). Only a jefe or an administrador may (refusals are logged).
 */
export async function registrarSolicitudArco(db: BaseDatosPoa, personaId: string, datos: unknown, correccion: unknown = null): Promise<ResultadoArco> {
  const valida = validar(datosSolicitudArcoSchema, datos);
  let corregida = null;
  if (valida.derecho === 'rectificacion') {
    try {
      corregida = validar(datosPersonaSchema, correccion);
    } catch (e) {
      throw conPrefijo(e, 'persona.');
    }
  }
  const tablas = [db.solicitudesArco, db.folios, db.catalogos, ...tablasExpediente(db)];
  return escribir(db, 'solicitudes-arco', tablas, async (autor) => {
    const persona = await db.personas.get(personaId);
    if (!persona || persona.eliminado === 1) throw new ErrorValidacion({ _: 'El ciudadano ya no existe' });
    if (valida.derecho !== 'acceso' && esPersonaAnonimizada(persona)) {
      throw new ErrorValidacion({ derecho: 'Esta persona ya fue anonimizada: solo queda el derecho de acceso a lo que se conserva.' });
    }
    const { folio, asignado } = await folioDe(db, valida, autor.estacion);
    const registrar = (despues: Persona, resultado: string) => guardarSolicitud(db, autor, valida, folio, asignado, despues, resultado);
    const titulo = encabezado(folio, valida);

    if (valida.derecho === 'acceso') {
      const expediente = await leerExpediente(db, persona);
      const solicitud = await registrar(persona, 'Se generó el libro de Excel con todos los datos de la persona para entregárselo');
      await registrarBitacora(db, autor, {
        accion: 'arco',
        entidad: 'persona',
        entidadId: persona.id,
        resumen: `${titulo}: exportación de todos los datos de ${nombreCompleto(persona)} a petición del titular`,
      });
      return { solicitud, persona, acceso: { expediente, nombres: await nombresDeCatalogos(db) } };
    }

    if (valida.derecho === 'rectificacion' && corregida) {
      const anterior = await personaParaCorregir(db, persona.id);
      const otra = await personaConCurp(db, corregida.curp, persona.id);
      if (otra) throw new ErrorValidacion({ 'persona.curp': `La CURP ${corregida.curp} ya está registrada a nombre de ${nombreCompleto(otra)}` });
      const nueva: Persona = { ...anterior, ...corregida, ...camposDeBusqueda(corregida), updatedAt: ahoraIso() };
      const cambios = diferencias(anterior, nueva);
      if (!cambios) throw new ErrorValidacion({ _: 'No cambió ningún dato: corrija al menos un dato de la persona.' });
      await db.personas.put(nueva);
      const campos = Object.keys(cambios).length;
      const solicitud = await registrar(nueva, `Datos corregidos (${campos} ${campos === 1 ? 'dato' : 'datos'}); la bitácora guarda los valores anteriores y los nuevos`);
      await registrarBitacora(db, autor, {
        accion: 'arco',
        entidad: 'persona',
        entidadId: persona.id,
        resumen: `${titulo}: datos de ${nombreCompleto(nueva)} corregidos`,
        cambios,
      });
      return { solicitud, persona: nueva, acceso: null };
    }

    // Cancelación or oposición. The entry names no erased value: it would keep what the person asked to erase.
    const numero = await siguienteConsecutivo(db, SERIE_ANONIMIZADAS);
    const anonimizada = anonimizarPersona(persona, numero, ahoraIso());
    await db.personas.put(anonimizada);
    const nombre = nombreCompleto(anonimizada);
    const solicitud = await registrar(anonimizada, `Persona anonimizada como «${nombre}»; sus solicitudes y apoyos se conservan y siguen contando en el POA`);
    await registrarBitacora(db, autor, {
      accion: 'arco',
      entidad: 'persona',
      entidadId: persona.id,
      resumen: `${titulo}: la persona quedó anonimizada como «${nombre}» (se borraron su nombre, CURP, teléfono, correo y domicilio)`,
    });
    return { solicitud, persona: anonimizada, acceso: null };
  });
}

async function guardarSolicitud(
  db: BaseDatosPoa,
  autor: Autor,
  datos: DatosSolicitudArco,
  folio: string,
  asignado: boolean,
  persona: Persona,
  resultado: string,
): Promise<SolicitudArco> {
  const solicitud = validar(solicitudArcoSchema, {
    ...camposNuevos(autor.estacion),
    folio,
    folioAsignado: asignado,
    derecho: datos.derecho,
    fecha: datos.fecha,
    personaId: persona.id,
    persona: nombreCompleto(persona),
    notas: datos.notas,
    resultado,
    atendio: autor.usuario,
  });
  await db.solicitudesArco.add(solicitud);
  return solicitud;
}

/** The requests of one person, newest first; for the person's record. */
export function solicitudesArcoDePersona(db: BaseDatosPoa, personaId: string): Promise<SolicitudArco[]> {
  return leerConPermiso(db, 'solicitudes-arco', async () => {
    const lista = await db.solicitudesArco.where('personaId').equals(personaId).toArray();
    return lista.filter((s) => s.eliminado === 0).sort((a, b) => b.fecha.localeCompare(a.fecha) || b.createdAt.localeCompare(a.createdAt));
  });
}

/** Every ARCO request, by date (newest first): number, date, right, person, outcome and who attended it. */
export function listarSolicitudesArco(db: BaseDatosPoa): Promise<SolicitudArco[]> {
  return leerConPermiso(db, 'solicitudes-arco', async () => {
    const lista = await db.solicitudesArco.orderBy('fecha').reverse().toArray();
    return lista.filter((s) => s.eliminado === 0);
  });
}

