import { z } from 'zod';
import { acuerdoSchema, apoyoSchema, convenioSchema, eventoSchema, jornadaSchema, mesaSchema } from './modulos';
import { personaSchema } from './personas';
import { unificarIdentidades } from '../domain/unificarPoa';
import { cierreConCamposDeRegistro, cierreSchema } from './cierres';
import { actividadSchema, ajusteSchema, justificacionSchema, poaSchema, reconduccionSchema } from './poa';
import { seguimientoSchema, solicitudSchema } from './solicitudes';
import { contenidoBitacoraSchema, entradaSelladaSchema } from '../seguridad/cadenaBitacora';
import { cuentaSchema } from './cuentas';
import { catalogoSchema } from './sistema';
import { solicitudArcoSchema } from './arco';

export const FORMATO_RESPALDO = 'poa-gestion-social/respaldo';
/** 4: the staff accounts and the bitácora sealed as a chain per station. 5: the ARCO requests. */
export const VERSION_RESPALDO = 5;

/**
 * Every table of the database with the schema each of its rows must pass. A backup file is checked whole
 * against these before anything in the database is touched.
 *
 * The accounts travel in backups, so a restore on a new PC brings the office's staff with it: an account holds its
 * password only as a salted PBKDF2 hash (its `credencial`), never in clear. They never travel in what another PC
 * incorporates: a merge leaves this PC's accounts (and settings) as they are.
 */
export const ESQUEMAS_TABLAS = {
  poas: poaSchema,
  actividades: actividadSchema,
  ajustes: ajusteSchema,
  justificaciones: justificacionSchema,
  personas: personaSchema,
  solicitudes: solicitudSchema,
  seguimientos: seguimientoSchema,
  apoyos: apoyoSchema,
  jornadas: jornadaSchema,
  eventos: eventoSchema,
  mesas: mesaSchema,
  acuerdos: acuerdoSchema,
  convenios: convenioSchema,
  catalogos: catalogoSchema,
  bitacora: entradaSelladaSchema,
  folios: z.object({ serie: z.string().min(1), ultimo: z.number().int().nonnegative() }),
  cierres: cierreSchema,
  reconducciones: reconduccionSchema,
  configuracion: z.object({ clave: z.string().min(1), valor: z.unknown() }),
  cuentas: cuentaSchema,
  solicitudesArco: solicitudArcoSchema,
} as const;

export type NombreTabla = keyof typeof ESQUEMAS_TABLAS;
export const TABLAS_RESPALDO = Object.keys(ESQUEMAS_TABLAS) as NombreTabla[];

/** The tables each backup version holds: a file without one of them is incomplete, never a table to empty. */
const TABLAS_DE_VERSION: Record<number, readonly NombreTabla[]> = {
  1: TABLAS_RESPALDO.filter((t) => t !== 'reconducciones' && t !== 'cuentas' && t !== 'solicitudesArco'),
  2: TABLAS_RESPALDO.filter((t) => t !== 'cuentas' && t !== 'solicitudesArco'),
  3: TABLAS_RESPALDO.filter((t) => t !== 'cuentas' && t !== 'solicitudesArco'),
  4: TABLAS_RESPALDO.filter((t) => t !== 'solicitudesArco'),
  5: TABLAS_RESPALDO,
};

/** Rows of an older file brought to this version's shape before they are checked, as the database's own upgrades do. */
function actualizarFila(tabla: NombreTabla, fila: Record<string, unknown>, version: number, estacion: string): Record<string, unknown> {
  if (tabla === 'cierres' && version < 3) return cierreConCamposDeRegistro(fila, estacion);
  // Entries written before the accounts existed were made by nobody signed in.
  if (tabla === 'bitacora' && version < 4) return { ...fila, cuentaId: null };
  return fila;
}

/**
 * A file older than version 4 carries its bitácora without the chain's seal: those entries are checked as they were
 * written, and the restore or merge seals them into this PC's copy of their station's chain.
 */
function esquemaDeFila(tabla: NombreTabla, version: number): z.ZodType {
  return tabla === 'bitacora' && version < 4 ? contenidoBitacoraSchema : ESQUEMAS_TABLAS[tabla];
}

/** An entry of a file older than version 4, still to be sealed. */
export function entradaSinSello(fila: Record<string, unknown>): boolean {
  return !('hash' in fila);
}

export const ETIQUETA_TABLA: Record<NombreTabla, string> = {
  poas: 'POA',
  actividades: 'actividades',
  ajustes: 'ajustes manuales',
  justificaciones: 'justificaciones',
  personas: 'personas',
  solicitudes: 'solicitudes',
  seguimientos: 'seguimientos',
  apoyos: 'apoyos',
  jornadas: 'jornadas',
  eventos: 'eventos',
  mesas: 'mesas',
  acuerdos: 'acuerdos',
  convenios: 'convenios',
  catalogos: 'catálogos',
  bitacora: 'bitácora',
  folios: 'folios',
  cierres: 'cierres de periodo',
  reconducciones: 'reconducciones',
  configuracion: 'configuración',
  cuentas: 'cuentas',
  solicitudesArco: 'solicitudes ARCO',
};

export interface ArchivoRespaldo {
  formato: typeof FORMATO_RESPALDO;
  version: number;
  fecha: string;
  estacion: string;
  tablas: Record<NombreTabla, Record<string, unknown>[]>;
}

export type ResultadoRespaldo =
  | { valido: true; respaldo: ArchivoRespaldo; conteos: Record<NombreTabla, number> }
  | { valido: false; mensaje: string };

const encabezado = z.object({
  formato: z.literal(FORMATO_RESPALDO, { error: 'El archivo no es un respaldo de POA Gestión Social' }),
  version: z.number().int().min(1).max(VERSION_RESPALDO, { error: 'El respaldo es de una versión más nueva de la aplicación' }),
  fecha: z.string(),
  estacion: z.string(),
  tablas: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/**
 * Reads and checks a whole backup file. The first bad row is reported with its table and position, in
 * Spanish; a file that fails anywhere is refused whole.
 */
export function validarRespaldo(texto: string): ResultadoRespaldo {
  let datos: unknown;
  try {
    datos = JSON.parse(texto);
  } catch {
    return { valido: false, mensaje: 'El archivo está dañado: no es JSON válido' };
  }
  const cabeza = encabezado.safeParse(datos);
  if (!cabeza.success) return { valido: false, mensaje: cabeza.error.issues[0]?.message ?? 'Respaldo inválido' };
  const faltan = TABLAS_DE_VERSION[cabeza.data.version].filter((t) => !(t in cabeza.data.tablas));
  if (faltan.length) {
    return { valido: false, mensaje: `El respaldo está incompleto: le faltan ${faltan.map((t) => ETIQUETA_TABLA[t]).join(', ')}` };
  }
  const conteos = {} as Record<NombreTabla, number>;
  const tablas = {} as Record<NombreTabla, Record<string, unknown>[]>;
  for (const tabla of TABLAS_RESPALDO) {
    const filas = cabeza.data.tablas[tabla] ?? [];
    const validas: Record<string, unknown>[] = [];
    for (let i = 0; i < filas.length; i++) {
      const r = esquemaDeFila(tabla, cabeza.data.version).safeParse(actualizarFila(tabla, filas[i], cabeza.data.version, cabeza.data.estacion));
      if (!r.success) {
        const issue = r.error.issues[0];
        const campo = issue?.path.length ? ` (campo ${issue.path.join('.')})` : '';
        return {
          valido: false,
          mensaje: `Registro ${i + 1} de ${ETIQUETA_TABLA[tabla]} inválido${campo}: ${issue?.message ?? 'dato inválido'}`,
        };
      }
      validas.push(r.data as Record<string, unknown>);
    }
    tablas[tabla] = validas;
    conteos[tabla] = filas.length;
  }
  const desconocidas = Object.keys(cabeza.data.tablas).filter((t) => !(t in ESQUEMAS_TABLAS));
  if (desconocidas.length) return { valido: false, mensaje: `El respaldo trae tablas desconocidas: ${desconocidas.join(', ')}` };
  // Files from PCs that made their POA ids at random get the ids of their year, as this database has them.
  return { valido: true, respaldo: { ...cabeza.data, formato: FORMATO_RESPALDO, tablas: unificarIdentidades(tablas) }, conteos };
}

/** Which of two copies of the same record wins when PCs' captures are merged: the one changed last. */
export function ganaEntrante(existente: { updatedAt?: unknown } | undefined, entrante: { updatedAt?: unknown }): boolean {
  if (!existente) return true;
  return String(entrante.updatedAt ?? '') > String(existente.updatedAt ?? '');
}
