import type { Table } from 'dexie';
import { revisarContenidoEvidencia, EXTENSION_EVIDENCIA, type TipoEvidencia } from '../../../../shared/evidencias/contenido';
import { datosEvidenciaSchema, type Evidencia, type TipoRegistroEvidencia } from '../../../../shared/schemas/evidencias';
import { formatearTamano } from '../../../../shared/ipc/limites';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { sha256De, type AlmacenArchivos } from '../archivosEvidencia';
import { ahoraIso, autorizar, camposNuevos, escribir, leerConPermiso, registrarBitacora } from './base';
import { validarMotivo } from './registrosModulo';

/** How an entry names the record a file belongs to: «la solicitud AC-2026-V1-0003», «el taller «Huertos»». */
const NOMBRE_REGISTRO: Readonly<Record<TipoRegistroEvidencia, string>> = {
  solicitud: 'la solicitud',
  apoyo: 'el apoyo',
  jornada: 'la jornada',
  evento: 'el evento',
  mesa: 'la mesa',
  convenio: 'el convenio',
};

const TABLA: Readonly<Record<TipoRegistroEvidencia, (db: BaseDatosPoa) => Table>> = {
  solicitud: (db) => db.solicitudes,
  apoyo: (db) => db.apoyos,
  jornada: (db) => db.jornadas,
  evento: (db) => db.eventos,
  mesa: (db) => db.mesas,
  convenio: (db) => db.convenios,
};

/** A write about a file: its table and the tables of the records it may belong to (its entry names the record). */
function tablasEvidencia(db: BaseDatosPoa): Table[] {
  return [db.evidencias, ...Object.values(TABLA).map((t) => t(db))];
}

async function describirRegistro(db: BaseDatosPoa, tipo: TipoRegistroEvidencia, id: string): Promise<string> {
  const registro = (await TABLA[tipo](db).get(id)) as Record<string, unknown> | undefined;
  const cual = typeof registro?.folio === 'string' ? registro.folio : typeof registro?.nombre === 'string' ? `«${registro.nombre}»` : typeof registro?.numero === 'string' ? registro.numero : '';
  return `${NOMBRE_REGISTRO[tipo]}${cual ? ` ${cual}` : ''}`;
}

/** A file as the screen hands it over: its name on the user's PC and its bytes. */
export interface ArchivoElegido {
  nombre: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a live record: its content must be a PDF, JPG or PNG of at most 20 MB (refused at the field
 * `archivo` otherwise), its bytes are kept once under their SHA-256, and its record and bitácora entry are written in
 * one transaction. The same content attached twice to the same record is refused. Whoever may edit the record may
 * attach to it.
 */
export async function adjuntarEvidencia(
  db: BaseDatosPoa,
  almacen: AlmacenArchivos,
  datos: { registroTipo: TipoRegistroEvidencia; registroId: string; descripcion?: string },
  archivo: ArchivoElegido,
): Promise<Evidencia> {
  const valido = validar(datosEvidenciaSchema, { descripcion: '', ...datos, nombreOriginal: archivo.nombre.slice(0, 255) });
  const revision = revisarContenidoEvidencia(valido.nombreOriginal, archivo.bytes);
  if (!revision.valido) throw new ErrorValidacion({ archivo: revision.mensaje });
  await autorizar(db, 'editar-registros');
  const sha256 = await sha256De(archivo.bytes);
  // The bytes first: a record never names a file that is not kept. A kept file no record names is harmless.
  await almacen.guardar(sha256, revision.extension, archivo.bytes);
  return escribir(db, 'editar-registros', tablasEvidencia(db), async (autor) => {
    const registro = (await TABLA[valido.registroTipo](db).get(valido.registroId)) as { eliminado: number } | undefined;
    if (!registro || registro.eliminado) throw new ErrorValidacion({ archivo: 'El registro ya no existe o fue eliminado: no se le pueden adjuntar archivos.' });
    const repetida = (await evidenciasDe(db, valido.registroTipo, valido.registroId)).find((e) => e.sha256 === sha256);
    if (repetida) throw new ErrorValidacion({ archivo: `Ese archivo ya está adjunto a este registro (como «${repetida.nombreOriginal}»).` });
    const evidencia: Evidencia = {
      ...camposNuevos(autor.estacion),
      ...valido,
      sha256,
      tipo: revision.tipo,
      tamano: archivo.bytes.length,
      fecha: ahoraIso(),
      usuario: autor.usuario,
    };
    await db.evidencias.add(evidencia);
    await registrarBitacora(db, autor, {
      accion: 'crear',
      entidad: 'evidencia',
      entidadId: evidencia.id,
      resumen: `Archivo «${evidencia.nombreOriginal}» (${formatearTamano(evidencia.tamano)}) adjuntado a ${await describirRegistro(db, valido.registroTipo, valido.registroId)}`,
    });
    return evidencia;
  });
}

/** The live files of a record, oldest first. */
function evidenciasDe(db: BaseDatosPoa, tipo: TipoRegistroEvidencia, registroId: string): Promise<Evidencia[]> {
  return db.evidencias
    .where('[registroTipo+registroId]')
    .equals([tipo, registroId])
    .filter((e) => e.eliminado === 0)
    .sortBy('fecha');
}

/** What the record's «Evidencias» section lists; whoever may consult records may see them. */
export function listarEvidencias(db: BaseDatosPoa, tipo: TipoRegistroEvidencia, registroId: string): Promise<Evidencia[]> {
  return leerConPermiso(db, 'buscar', () => evidenciasDe(db, tipo, registroId));
}

/** The bytes of a file as a Blob of its kind, checked against its SHA-256 (what a thumbnail shows; not logged). */
export async function bytesDeEvidencia(db: BaseDatosPoa, almacen: AlmacenArchivos, evidencia: Evidencia): Promise<Blob> {
  await autorizar(db, 'buscar');
  const bytes = await almacen.leer(evidencia.sha256, EXTENSION_EVIDENCIA[evidencia.tipo]);
  return new Blob([new Uint8Array(bytes)], { type: evidencia.tipo });
}

const PARA: Readonly<Record<'ver' | 'copiar', string>> = { ver: 'abierto para verlo', copiar: 'copiado fuera de la aplicación' };

/** Opening a file to read it, or to save a copy of it: its bytes, and an entry in the bitácora saying who did it. */
export async function abrirEvidencia(
  db: BaseDatosPoa,
  almacen: AlmacenArchivos,
  id: string,
  para: 'ver' | 'copiar' = 'ver',
): Promise<{ evidencia: Evidencia; blob: Blob }> {
  const evidencia = await db.evidencias.get(id);
  if (!evidencia || evidencia.eliminado) throw new ErrorValidacion({ _: 'El archivo de evidencia ya no existe o fue quitado.' });
  const blob = await bytesDeEvidencia(db, almacen, evidencia);
  await escribir(db, 'buscar', tablasEvidencia(db), async (autor) =>
    registrarBitacora(db, autor, {
      accion: para === 'ver' ? 'consultar' : 'exportar',
      entidad: 'evidencia',
      entidadId: evidencia.id,
      resumen: `Archivo «${evidencia.nombreOriginal}» de ${await describirRegistro(db, evidencia.registroTipo, evidencia.registroId)} ${PARA[para]}`,
    }),
  );
  return { evidencia, blob };
}

/** Takes a file off its record (soft: it stays, marked, in backups and packages), with the reason, logged. */
export async function quitarEvidencia(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await escribir(db, 'eliminar-registros', tablasEvidencia(db), async (autor) => {
    const evidencia = await db.evidencias.get(id);
    if (!evidencia || evidencia.eliminado) throw new ErrorValidacion({ motivo: 'El archivo de evidencia ya no existe o ya fue quitado.' });
    await db.evidencias.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, autor, {
      accion: 'eliminar',
      entidad: 'evidencia',
      entidadId: id,
      resumen: `Archivo «${evidencia.nombreOriginal}» quitado de ${await describirRegistro(db, evidencia.registroTipo, evidencia.registroId)}. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/**
 * A record's soft deletion takes its files with it, in the deletion's own transaction (`db.evidencias` in its scope):
 * what the entry adds after «eliminado», or nothing when it had none.
 */
export async function quitarEvidenciasDelRegistro(db: BaseDatosPoa, tipo: TipoRegistroEvidencia, registroId: string, ahora: string): Promise<string> {
  const vivas = await evidenciasDe(db, tipo, registroId);
  if (vivas.length === 0) return '';
  await db.evidencias.bulkUpdate(vivas.map((e) => ({ key: e.id, changes: { eliminado: 1 as const, updatedAt: ahora } })));
  return vivas.length === 1 ? ', con su archivo de evidencia' : `, con sus ${vivas.length} archivos de evidencia`;
}

/** How many live files each record of these kinds has, by its id (the workbook's «Evidencias» column), by index. */
export async function conteoEvidencias(db: BaseDatosPoa, tipos: readonly TipoRegistroEvidencia[]): Promise<Map<string, number>> {
  const conteo = new Map<string, number>();
  const claves = tipos.map((t) => [t, 0]);
  await db.evidencias.where('[registroTipo+eliminado]').anyOf(claves).each((e) => conteo.set(e.registroId, (conteo.get(e.registroId) ?? 0) + 1));
  return conteo;
}

export type { Evidencia, TipoEvidencia, TipoRegistroEvidencia };
