import { ESQUEMAS_TABLAS, ETIQUETA_TABLA, type NombreTabla } from '../../../../shared/schemas/respaldo';
import { etiquetaCampo } from '../../../../shared/schemas/etiquetas';
import type { EntidadBitacora } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa, ConflictoIntercambio } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { mesCerradoTocado } from '../paquetes';
import { diferencias, escribir, leerConPermiso, registrarBitacora, tablasBitacora } from './base';

/**
 * «Conflictos»: a record changed at this PC and at another since they last exchanged packages keeps this PC's
 * version in place and the other's here, until the jefe chooses the one that stays. The chosen one takes a new
 * modification date, so it reaches the other PC by the next package and replaces both there; the discarded one stays
 * in the bitácora, field by field.
 */

type Fila = Record<string, unknown>;

const ENTIDAD: Partial<Record<NombreTabla, EntidadBitacora>> = {
  poas: 'poa',
  actividades: 'actividad',
  ajustes: 'ajuste',
  justificaciones: 'justificacion',
  personas: 'persona',
  solicitudes: 'solicitud',
  seguimientos: 'solicitud',
  apoyos: 'apoyo',
  jornadas: 'jornada',
  eventos: 'evento',
  mesas: 'mesa',
  acuerdos: 'acuerdo',
  convenios: 'convenio',
  catalogos: 'catalogo',
  cierres: 'cierre',
  reconducciones: 'reconduccion',
  solicitudesArco: 'persona',
};

/** Fields a person does not compare: the record's bookkeeping and the search keys copied from the name. */
const SIN_COMPARAR = new Set(['id', 'createdAt', 'nombreNormalizado', 'palabras']);

export interface CampoEnConflicto {
  campo: string;
  etiqueta: string;
  local: unknown;
  entrante: unknown;
  distinto: boolean;
}

export interface ConflictoParaElegir {
  id: string;
  tabla: NombreTabla;
  etiquetaTabla: string;
  registroId: string;
  estacion: string;
  detectado: string;
  local: Fila | null;
  entrante: Fila;
  campos: CampoEnConflicto[];
}

function comparar(local: Fila | null, entrante: Fila): CampoEnConflicto[] {
  const claves = [...new Set([...Object.keys(local ?? {}), ...Object.keys(entrante)])].filter((c) => !SIN_COMPARAR.has(c));
  return claves.map((campo) => ({
    campo,
    etiqueta: campo === 'updatedAt' ? 'Fecha de modificación' : campo === 'estacion' ? 'Estación' : campo === 'eliminado' ? 'Eliminado' : etiquetaCampo(campo),
    local: local?.[campo],
    entrante: entrante[campo],
    distinto: JSON.stringify(local?.[campo]) !== JSON.stringify(entrante[campo]),
  }));
}

async function paraElegir(db: BaseDatosPoa, c: ConflictoIntercambio): Promise<ConflictoParaElegir> {
  const local = ((await db.table(c.tabla).get(c.registroId)) as Fila | undefined) ?? null;
  const tabla = c.tabla as NombreTabla;
  return { id: c.id, tabla, etiquetaTabla: ETIQUETA_TABLA[tabla], registroId: c.registroId, estacion: c.estacion, detectado: c.detectado, local, entrante: c.entrante, campos: comparar(local, c.entrante) };
}

/** The conflicts waiting for the jefe, oldest first, each with both versions field by field. */
export function listarConflictos(db: BaseDatosPoa): Promise<ConflictoParaElegir[]> {
  return leerConPermiso(db, 'resolver-conflictos', async () => {
    const pendientes = await db.conflictos.where('estado').equals('pendiente').sortBy('detectado');
    return Promise.all(pendientes.map((c) => paraElegir(db, c)));
  });
}

export type EleccionConflicto = 'local' | 'entrante';

/**
 * Keeps the version the jefe chose and closes the conflict, in one transaction with its bitácora entry, which carries
 * the discarded version's values as «antes». The chosen version is checked against its schema and the closed periods
 * of this PC, like any other change.
 */
export async function resolverConflicto(db: BaseDatosPoa, id: string, eleccion: EleccionConflicto, ahora: Date = new Date()): Promise<Fila> {
  if (eleccion !== 'local' && eleccion !== 'entrante') throw new ErrorValidacion({ eleccion: 'Elija la versión que se queda' });
  const tablas = [...new Set([db.conflictos, db.cierres, db.poas, db.personas, db.solicitudes, db.apoyos, db.jornadas, db.eventos, db.mesas, db.convenios, db.ajustes, db.actividades, db.justificaciones, db.seguimientos, db.acuerdos, db.catalogos, db.reconducciones, db.solicitudesArco, ...tablasBitacora(db)])];
  return escribir(db, 'resolver-conflictos', tablas, async (autor) => {
    const conflicto = await db.conflictos.get(id);
    if (!conflicto || conflicto.estado !== 'pendiente') throw new ErrorValidacion({ _: 'Ese conflicto ya se resolvió' });
    const tabla = conflicto.tabla as NombreTabla;
    const local = (await db.table(tabla).get(conflicto.registroId)) as Fila | undefined;
    const elegida = eleccion === 'entrante' || !local ? conflicto.entrante : local;
    const descartada = elegida === local ? conflicto.entrante : local;
    const despues = Math.max(ahora.getTime(), ...[local, conflicto.entrante].map((f) => Date.parse(String(f?.updatedAt ?? '')) + 1).filter(Number.isFinite));
    const nueva = validar(ESQUEMAS_TABLAS[tabla], { ...elegida, updatedAt: new Date(despues).toISOString() }) as Fila;
    const cerrado = await mesCerradoTocado(db, tabla, local, nueva);
    if (cerrado) throw new ErrorValidacion({ _: `El periodo de ${cerrado} está cerrado: esa versión cambiaría lo que cuenta en él. Reábralo para elegirla` });
    await db.table(tabla).put(nueva);
    await db.conflictos.put({ ...conflicto, estado: 'resuelto', resolucion: eleccion, resuelto: ahora.toISOString() });
    await registrarBitacora(db, autor, {
      accion: 'editar',
      entidad: ENTIDAD[tabla] ?? 'respaldo',
      entidadId: conflicto.registroId,
      resumen:
        `Conflicto entre PCs resuelto en ${ETIQUETA_TABLA[tabla]}: se quedó la versión ${eleccion === 'local' ? 'de esta PC' : `de la estación ${conflicto.estacion}`}; ` +
        `la otra queda aquí como «antes»`,
      cambios: descartada ? diferencias(descartada, nueva) : null,
    });
    return nueva;
  });
}
