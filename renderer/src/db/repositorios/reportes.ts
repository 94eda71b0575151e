import { formatearNumero } from '../../../../shared/domain/formato';
import { mesDeCorte } from '../../../../shared/domain/periodos';
import type { Persona } from '../../../../shared/schemas/personas';
import { nombreHoja, type PeriodoHoja } from '../../../../shared/reportes/periodoHoja';
import type { DatosLibroPoa, Referencias, RegistrosReporte } from '../../../../shared/reportes/tipos';
import type { LibroPoaEntrada } from '../../../../shared/workbook/tipos';
import type { BaseDatosPoa } from '../db';
import { escribir, leerConPermiso, registrarBitacora } from './base';
import { obtenerConfiguracion } from './configuracion';
import { cargarCronogramaConRegistros } from './cronograma';
import { conteoEvidencias } from './evidencias';
import { TIPOS_REGISTRO_EVIDENCIA } from '../../../../shared/schemas/evidencias';

/**
 * The names the workbook's annexes print next to the year's records: the people they name, the catalogue entries
 * (inactive ones too, so an old record keeps its name), the folio of each solicitud an apoyo comes from, even one
 * received in an earlier year, the name of each programa social an apoyo was given under, and how many evidence
 * files each record has. Reads only the people,
 * solicitudes and programas the records point at.
 */
export async function referenciasDelAnio(db: BaseDatosPoa, registros: RegistrosReporte): Promise<Referencias> {
  const personaIds = [...new Set([...registros.solicitudes.map((s) => s.personaId), ...registros.apoyos.map((a) => a.personaId)])];
  const folios = new Map(registros.solicitudes.map((s) => [s.id, s.folio]));
  const faltantes = [...new Set(registros.apoyos.flatMap((a) => (a.solicitudId && !folios.has(a.solicitudId) ? [a.solicitudId] : [])))];
  const programaIds = [...new Set(registros.apoyos.flatMap((a) => (a.programaId ? [a.programaId] : [])))];
  const [personas, catalogos, anteriores, programas, evidencias] = await Promise.all([
    db.personas.bulkGet(personaIds),
    db.catalogos.toArray(),
    db.solicitudes.bulkGet(faltantes),
    db.eventos.bulkGet(programaIds),
    conteoEvidencias(db, TIPOS_REGISTRO_EVIDENCIA),
  ]);
  for (const s of anteriores) if (s) folios.set(s.id, s.folio);
  return {
    personas: new Map(personas.filter((p): p is Persona => p !== undefined).map((p) => [p.id, p])),
    catalogos: new Map(catalogos.map((c) => [c.id, c.nombre])),
    folios,
    programas: new Map(programas.flatMap((e) => (e?.id ? [[e.id, e.nombre] as const] : []))),
    evidencias,
  };
}

/** The tables a consistent read of the workbook's data needs, for the caller's read transaction. */
export function tablasDelLibro(db: BaseDatosPoa) {
  return [
    db.poas,
    db.actividades,
    db.ajustes,
    db.justificaciones,
    db.reconducciones,
    db.solicitudes,
    db.apoyos,
    db.jornadas,
    db.eventos,
    db.mesas,
    db.convenios,
    // The figures come from the monthly counts, read in the same snapshot as the records of the annexes.
    db.conteosMensuales,
    db.personas,
    db.catalogos,
    db.configuracion,
    db.evidencias,
  ];
}

const cuantos = (n: number, singular: string, plural: string) => `${formatearNumero(n)} ${n === 1 ? singular : plural}`;

/** How many rows of each kind a built workbook holds: what its bitácora entry says it carried out of the program. */
export interface ResumenLibro {
  anio: number;
  actividades: number;
  solicitudes: number;
  apoyos: number;
  jornadas: number;
  eventos: number;
  mesas: number;
  convenios: number;
  padron: number;
}

export function resumenDelLibro(entrada: LibroPoaEntrada): ResumenLibro {
  const filas = (nombre: string) => entrada.anexos.find((a) => a.nombre === nombre)?.filas.length ?? 0;
  return {
    anio: entrada.anio,
    actividades: entrada.actividades.length,
    solicitudes: filas('Solicitudes'),
    apoyos: filas('Apoyos'),
    jornadas: filas('Jornadas'),
    eventos: filas('Talleres y programas'),
    mesas: filas('Mesas'),
    convenios: filas('Convenios'),
    padron: entrada.padronPublico.filas.length,
  };
}

/**
 * The workbook carries citizens' names out of the program: the bitácora keeps who exported which year, where it
 * went and how many records of each kind it held.
 */
export async function registrarExportacionLibro(
  db: BaseDatosPoa,
  datos: { poaId: string; resumen: ResumenLibro; destino: string },
): Promise<void> {
  const { resumen: r } = datos;
  const contenido = [
    cuantos(r.actividades, 'actividad', 'actividades'),
    cuantos(r.solicitudes, 'solicitud', 'solicitudes'),
    cuantos(r.apoyos, 'apoyo', 'apoyos'),
    cuantos(r.jornadas, 'jornada', 'jornadas'),
    cuantos(r.eventos, 'taller o programa', 'talleres y programas'),
    cuantos(r.mesas, 'mesa', 'mesas'),
    cuantos(r.convenios, 'convenio', 'convenios'),
    `${cuantos(r.padron, 'persona', 'personas')} en el padrón público`,
  ].join(', ');
  await escribir(db, 'exportar-libro', [], async (sesion) => {
    await registrarBitacora(db, sesion, {
      accion: 'exportar',
      entidad: 'libro-poa',
      entidadId: datos.poaId,
      resumen: `Libro POA ${r.anio} exportado a Excel: ${datos.destino} (${contenido})`,
    });
  });
}

/** A printed or saved monthly (or quarterly) sheet goes to the bitácora with its period and, for a PDF, its path. */
export async function registrarImpresionHoja(
  db: BaseDatosPoa,
  datos: { poaId: string; anio: number; periodo: PeriodoHoja; modo: 'dialogo' | 'pdf'; ruta?: string },
): Promise<void> {
  const que = `${nombreHoja(datos.periodo)} ${datos.anio}`;
  const como = datos.modo === 'pdf' ? `guardada en PDF${datos.ruta ? `: ${datos.ruta}` : ''}` : 'enviada a imprimir';
  await escribir(db, 'exportar-hojas', [], async (sesion) => {
    await registrarBitacora(db, sesion, {
      accion: 'imprimir',
      entidad: datos.periodo.tipo === 'mes' ? 'hoja-mensual' : 'hoja-trimestral',
      entidadId: datos.poaId,
      resumen: `${que} ${como}`,
    });
  });
}

/**
 * Everything the POA workbook of a year is made of, read in one transaction so the figures and the annexes are of
 * the same moment, through the same `cargarCronograma` the cronograma screen uses. Null when the year has no POA.
 */
export async function cargarDatosLibro(
  db: BaseDatosPoa,
  anio: number,
  generado: Date = new Date(),
): Promise<(DatosLibroPoa & { poaId: string }) | null> {
  return leerConPermiso(db, 'exportar-libro', () => reunirDatosLibro(db, anio, generado));
}

/**
 * `cargarDatosLibro` without asking the session: for the workbook's worker, which has no session of its own and
 * runs only once the page has checked that the one who asked may export the workbook.
 */
export function reunirDatosLibro(db: BaseDatosPoa, anio: number, generado: Date): Promise<(DatosLibroPoa & { poaId: string }) | null> {
  return db.transaction('r', tablasDelLibro(db), async () => {
    const cargado = await cargarCronogramaConRegistros(db, anio, mesDeCorte(anio, generado));
    if (!cargado) return null;
    const [referencias, configuracion] = await Promise.all([referenciasDelAnio(db, cargado.registros), obtenerConfiguracion(db)]);
    return {
      poaId: cargado.poa.id,
      poa: cargado.poa,
      cronograma: cargado.cronograma,
      umbrales: cargado.umbrales,
      registros: cargado.registros,
      justificaciones: cargado.justificaciones,
      reconducciones: cargado.reconducciones,
      referencias,
      configuracion,
      generado,
    };
  });
}
