import { esCerrada, estaVencida } from '../../../../shared/domain/estatusSolicitud';
import {
  personasAtendidas,
  solicitudesPorColonia,
  solicitudesPorEstatus,
  solicitudesPorTipo,
  type Dato,
  type PersonasAtendidas,
} from '../../../../shared/domain/tablero';
import type { Persona } from '../../../../shared/schemas/personas';
import type { BaseDatosPoa } from '../db';
import { cargarCronograma, leerRegistrosDelAnio, type CronogramaCargado } from './cronograma';
import { observarTablas, registrosPorId } from './lecturaDirecta';

/** The tablero's figures that come from the year's records and the people they name (the rest is the cronograma's). */
export interface ResumenTablero {
  /** The year's solicitudes not deleted, how many are still open, and how many of those are past their date. */
  solicitudes: number;
  abiertas: number;
  vencidas: number;
  atendidas: PersonasAtendidas;
  porEstatus: Dato[];
  porTipo: Dato[];
  porColonia: Dato[];
}

export interface DatosTablero extends CronogramaCargado {
  resumen: ResumenTablero;
}

/** What a tablero's figures read besides the cronograma's counts: a change to any of them changes the figures. */
export const TABLAS_RESUMEN_TABLERO = ['solicitudes', 'apoyos', 'jornadas', 'eventos', 'personas', 'catalogos'] as const;

/**
 * The tablero's figures of `anio` from its records, `hoy` ('AAAA-MM-DD') deciding which open solicitudes are overdue:
 * the year's records, the citizens of its solicitudes and apoyos (colonia and sexo, each read once) and the tipos de
 * apoyo. Run in the tablero's worker (trabajoTablero.ts), or here where there is none.
 */
export async function resumirTablero(db: BaseDatosPoa, anio: number, hoy: string): Promise<ResumenTablero> {
  // Each kind's citizens are asked for as soon as its records arrive, so those of the apoyos are read while the
  // solicitudes still come; a citizen named by both is read once. Read without the live query noting each key.
  const personas = new Map<string, Persona>();
  const pedidas = new Set<string>();
  const conSusPersonas = async <T extends { personaId: string }>(lista: T[]): Promise<T[]> => {
    const nuevas = [...new Set(lista.map((r) => r.personaId))].filter((id) => !pedidas.has(id));
    for (const id of nuevas) pedidas.add(id);
    for (const p of await registrosPorId<Persona>(db, 'personas', nuevas)) personas.set(p.id, p);
    return lista;
  };
  const [solicitudes, apoyos, actos, tiposApoyo] = await Promise.all([
    leerRegistrosDelAnio(db, anio, ['solicitud']).then((r) => conSusPersonas(r.solicitudes)),
    leerRegistrosDelAnio(db, anio, ['apoyo']).then((r) => conSusPersonas(r.apoyos)),
    leerRegistrosDelAnio(db, anio, ['jornada', 'evento']),
    db.catalogos.where('tipo').equals('tipoApoyo').toArray(),
  ]);
  const registros = { ...actos, solicitudes, apoyos };
  const vigentes = registros.solicitudes.filter((s) => s.eliminado === 0);
  const abiertas = vigentes.filter((s) => !esCerrada(s.estatus));
  return {
    solicitudes: vigentes.length,
    abiertas: abiertas.length,
    vencidas: abiertas.filter((s) => estaVencida(s, hoy)).length,
    atendidas: personasAtendidas({ ...registros, personas: [...personas.values()] }, anio),
    porEstatus: solicitudesPorEstatus(registros.solicitudes),
    porTipo: solicitudesPorTipo(registros.solicitudes, tiposApoyo),
    porColonia: solicitudesPorColonia(registros.solicitudes, [...personas.values()]),
  };
}

/** How the tablero's figures from the records are had: here, or asked of a worker. */
export type ResumirTablero = (db: BaseDatosPoa, anio: number, hoy: string) => Promise<ResumenTablero>;

/**
 * The tablero of a year: the cronograma from the monthly counts, read here, and the figures from the records, from
 * `resumir` (the worker's, on the page) at the same time; null when the year has no POA. In a live query, every change
 * to a table the figures read answers again, wherever they were computed.
 */
export async function cargarTablero(db: BaseDatosPoa, anio: number, hoy: string, resumir: ResumirTablero = resumirTablero): Promise<DatosTablero | null> {
  const [cargado, resumen] = await Promise.all([cargarCronograma(db, anio), resumir(db, anio, hoy), observarTablas(db, TABLAS_RESUMEN_TABLERO)]);
  return cargado && { ...cargado, resumen };
}
