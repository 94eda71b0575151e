import Dexie, { type IndexableType, type Table } from 'dexie';
import { FORMATO_RESPALDO, TABLAS_DE_ARCHIVOS, TABLAS_RESPALDO, VERSION_RESPALDO, type NombreTabla } from '../../../shared/schemas/respaldo';
import { archivosNombrados, filaDeArchivo } from './archivosRespaldo';
import { conCompresor, VERSION_ARCHIVO, type ResumenArchivo } from '../../../shared/schemas/respaldoComprimido';
import { TAMANO_TROZO_RESPALDO } from '../../../shared/ipc/limites';
import type { BaseDatosPoa } from './db';
import { registrarBitacora, type Autor } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';

/**
 * Writing a backup file from the database: what runs in the backup's worker (respaldo.worker.ts) and, where there is
 * no worker, in the page. It asks for no permission and reads no sign-in: the page did that before.
 */

function tablas(db: BaseDatosPoa): Table[] {
  return TABLAS_RESPALDO.map((t) => db.table(t));
}

/** Where a backup is: which table, how many of its rows are done, of how many. */
export interface Avance {
  /** Writing a backup; reading and checking a file to restore; replacing the data with it; incorporating a file. */
  fase: 'respaldo' | 'restauracion' | 'aplicacion' | 'incorporacion';
  tabla: NombreTabla;
  hechas: number;
  total: number;
}
export type AlAvanzar = (avance: Avance) => void;
const sinAvance: AlAvanzar = () => undefined;

/** Rows read from a table at a time, by primary key. */
const FILAS_POR_LECTURA = 1000;

/** Where a backup's compressed bytes go, a piece at a time (at most TAMANO_TROZO_RESPALDO each). */
export type DestinoRespaldo = (bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

/**
 * Every table, in chunks by primary key, as a compressed backup file (shared/schemas/respaldoComprimido.ts) handed to
 * `destino` a piece at a time: the database is never one string. All of it is read in one transaction, so the file is
 * a consistent snapshot; what goes outside IndexedDB (the compressor, and `destino` through it) waits on its own, and
 * the transaction only waits for the compressor to have room (`Dexie.waitFor`, which keeps it open meanwhile). `antes`
 * runs first in the same transaction. A save made meanwhile waits until the reading ends. The file is dated `ahora`.
 */
async function volcar(
  db: BaseDatosPoa,
  modo: 'r' | 'rw',
  antes: () => Promise<unknown>,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar,
  ahora: Date,
): Promise<ResumenArchivo> {
  return conCompresor(
    destino,
    async (escritor, espacio) => {
      const archivos = await db.transaction(modo, tablas(db), async () => {
        await antes();
        const configuracion = await obtenerConfiguracion(db);
        const totales = {} as Record<NombreTabla, number>;
        for (const t of TABLAS_RESPALDO) totales[t] = await db.table(t).count();
        // The files are read once the snapshot is taken (their bytes never change: they are named by their content).
        const nombrados = archivosNombrados(await db.evidencias.toArray());
        totales.archivosEvidencia = nombrados.size;
        escritor.encabezado({
          formato: FORMATO_RESPALDO,
          archivo: VERSION_ARCHIVO,
          version: VERSION_RESPALDO,
          fecha: ahora.toISOString(),
          estacion: configuracion.estacion,
          esquema: db.verno,
          tablas: totales,
        });
        for (const t of TABLAS_RESPALDO) {
          if (TABLAS_DE_ARCHIVOS.includes(t)) continue;
          const tabla = db.table(t);
          const primaria = tabla.schema.primKey;
          const clave = primaria.name;
          // A compound primary key ([estacion+tabla+id] of what each station holds) resumes from its parts.
          const claveDe = (fila: Record<string, unknown>): IndexableType =>
            (Array.isArray(primaria.keyPath) ? primaria.keyPath.map((k) => fila[k]) : fila[clave]) as IndexableType;
          const leer = (despuesDe: IndexableType | null) => {
            const consulta = despuesDe === null ? tabla.orderBy(clave) : tabla.where(clave).above(despuesDe);
            const lectura = consulta.limit(FILAS_POR_LECTURA).toArray() as Promise<Record<string, unknown>[]>;
            // Awaited below; if the transaction fails first, its failure is the one reported.
            lectura.catch(() => undefined);
            return lectura;
          };
          let hechas = 0;
          // The next rows are being read by the database while these are turned into JSON, hashed and compressed.
          let siguientes = leer(null);
          for (;;) {
            const filas = await siguientes;
            if (filas.length === 0) break;
            siguientes = filas.length < FILAS_POR_LECTURA ? Promise.resolve([]) : leer(claveDe(filas[filas.length - 1]));
            escritor.agregar(t, filas);
            hechas += filas.length;
            alAvanzar({ fase: 'respaldo', tabla: t, hechas, total: totales[t] });
            const lleno = espacio();
            if (lleno) await Dexie.waitFor(lleno);
          }
        }
        return nombrados;
      });
      let hechos = 0;
      for (const [sha256, extension] of archivos) {
        escritor.agregar('archivosEvidencia', [await filaDeArchivo(db.archivos, sha256, extension)]);
        alAvanzar({ fase: 'respaldo', tabla: 'archivosEvidencia', hechas: ++hechos, total: archivos.size });
        await espacio();
      }
    },
    TAMANO_TROZO_RESPALDO,
  );
}

/**
 * The whole database as a backup, to `destino`. Only the automatic backups use it directly: they run whoever is
 * signed in (or nobody) and their files stay in this PC's backups folder. `ahora` is when it was asked for (in a
 * worker, the page's clock: what the page dates and what it compares dates with is one clock).
 */
export function instantaneaRespaldo(
  db: BaseDatosPoa,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar = sinAvance,
  ahora: Date = new Date(),
): Promise<ResumenArchivo> {
  return volcar(db, 'r', async () => undefined, destino, alAvanzar, ahora);
}

export const MOTIVO_RESPALDO = {
  manual: 'Respaldo de toda la base de datos hecho a mano',
  'antes-de-restaurar': 'Respaldo de toda la base de datos antes de restaurar otro',
  copia: 'Copia del respaldo de toda la base de datos para otra PC, sin contraseña',
  'copia-bloqueada': 'Copia del respaldo de toda la base de datos para otra PC, protegida con contraseña',
} as const;
export type MotivoRespaldo = keyof typeof MOTIVO_RESPALDO;

/** A backup someone asked for and was allowed (`autor`): logged first, in the same transaction, so the file carries its own entry. */
export function volcarRegistrado(
  db: BaseDatosPoa,
  autor: Autor,
  motivo: MotivoRespaldo,
  destino: DestinoRespaldo,
  alAvanzar: AlAvanzar = sinAvance,
  ahora: Date = new Date(),
): Promise<ResumenArchivo> {
  const registrar = () =>
    registrarBitacora(db, autor, { accion: 'respaldar', entidad: 'respaldo', entidadId: null, resumen: MOTIVO_RESPALDO[motivo] }, ahora.getTime());
  return volcar(db, 'rw', registrar, destino, alAvanzar, ahora);
}
