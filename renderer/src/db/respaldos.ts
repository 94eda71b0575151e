import Dexie, { type Table } from 'dexie';
import {
  FORMATO_RESPALDO,
  TABLAS_RESPALDO,
  VERSION_RESPALDO,
  entradaSinSello,
  ganaEntrante,
  validarRespaldo,
  type ArchivoRespaldo,
  type NombreTabla,
} from '../../../shared/schemas/respaldo';
import { CAMPOS_SELLADOS, sellar, serializarCanonico, unirBitacoras, type ContenidoBitacora, type EntradaSellada } from '../../../shared/seguridad/cadenaBitacora';
import type { BaseDatosPoa } from './db';
import { ErrorValidacion } from './errores';
import { autorizar, registrarBitacora, ultimaEntradaDe } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';
import { alinearEntrantes, resumenesAlineacion, seguirUnionesLocales, unirCatalogosDuplicados } from './identidadCompartida';
import { avanzarSellos, guardarSellos, leerSellos } from './sellosBitacora';
import { actualizarSesion } from './sesion';

function tablas(db: BaseDatosPoa): Table[] {
  return TABLAS_RESPALDO.map((t) => db.table(t));
}

/** Every table as one backup file's text; to be read inside a transaction over all of them. */
async function leerTodo(db: BaseDatosPoa): Promise<string> {
  const configuracion = await obtenerConfiguracion(db);
  const contenido = {} as ArchivoRespaldo['tablas'];
  for (const t of TABLAS_RESPALDO) contenido[t] = (await db.table(t).toArray()) as Record<string, unknown>[];
  const archivo: ArchivoRespaldo = {
    formato: FORMATO_RESPALDO,
    version: VERSION_RESPALDO,
    fecha: new Date().toISOString(),
    estacion: configuracion.estacion,
    tablas: contenido,
  };
  return JSON.stringify(archivo);
}

/**
 * The whole database as one JSON text, read in one transaction so it is a consistent snapshot. Only the automatic
 * backups use it directly: they run whoever is signed in (or nobody) and their files stay in this PC's backups folder.
 */
export async function instantaneaRespaldo(db: BaseDatosPoa): Promise<string> {
  return db.transaction('r', tablas(db), () => leerTodo(db));
}

const MOTIVO_RESPALDO = {
  manual: 'Respaldo de toda la base de datos hecho a mano',
  'antes-de-restaurar': 'Respaldo de toda la base de datos antes de restaurar otro',
  copia: 'Copia del respaldo de toda la base de datos para otra PC, sin contraseña',
  'copia-bloqueada': 'Copia del respaldo de toda la base de datos para otra PC, protegida con contraseña',
} as const;

/**
 * A backup someone asks for (any signed-in account may make one): logged first, in the same transaction, so the file
 * carries its own entry. Accounts travel with their hashed credential only; no password is in the file.
 */
export async function exportarRespaldo(db: BaseDatosPoa, motivo: keyof typeof MOTIVO_RESPALDO = 'manual'): Promise<string> {
  // A plain copy is the one that leaves the PC readable: the head of the department's decision.
  const autor = await autorizar(db, motivo === 'copia' ? 'copiar-respaldo-sin-contrasena' : 'copiar-respaldo');
  return db.transaction('rw', tablas(db), async () => {
    await registrarBitacora(db, autor, { accion: 'respaldar', entidad: 'respaldo', entidadId: null, resumen: MOTIVO_RESPALDO[motivo] });
    return leerTodo(db);
  });
}

function validarOFallar(texto: string) {
  const r = validarRespaldo(texto);
  if (!r.valido) throw new ErrorValidacion({ archivo: r.mensaje });
  return r;
}

/** The entry without its place in the chain, to tell a copy sealed elsewhere from a different entry. */
const CAMPOS_PROPIOS = CAMPOS_SELLADOS.filter((c) => c !== 'secuencia' && c !== 'hashAnterior');
const sinSello = (e: EntradaSellada) => serializarCanonico(Object.fromEntries(CAMPOS_PROPIOS.map((c) => [c, e[c]])));

interface UnionEnBase {
  agregadas: number;
  repetidas: number;
  /** Entries with a local id but other content: the local one stays. */
  distintas: number;
}

/**
 * The file's bitácora joins the local one by id: a local entry is never removed or rewritten. Entries of a file older
 * than the chain are sealed here, after their station's last entry, in order of date. In a merge (`duenio` is the
 * file's station), an entry of that station whose only difference is its seal takes its own PC's seal: each station
 * keeps its chain, and a copy sealed here when the chain began gives way to the original.
 */
async function unirBitacoraDelArchivo(db: BaseDatosPoa, respaldo: ArchivoRespaldo, duenio: string | null): Promise<UnionEnBase> {
  const filas = respaldo.tablas.bitacora;
  const selladas = filas.filter((f) => !entradaSinSello(f)) as unknown as EntradaSellada[];
  const local = await db.bitacora.toArray();
  const union = unirBitacoras(local, selladas);
  await db.bitacora.bulkAdd(union.agregadas);
  const estaEstacion = (await obtenerConfiguracion(db)).estacion;
  const porId = new Map(local.map((e) => [e.id, e]));
  const delDuenio = union.distintas.filter(
    (e) => duenio !== null && e.estacion === duenio && e.estacion !== estaEstacion && sinSello(e) === sinSello(porId.get(e.id)!),
  );
  await db.bitacora.bulkPut(delDuenio);
  const presentes = new Set(union.bitacora.map((e) => e.id));
  const porSellar = (filas.filter(entradaSinSello) as unknown as ContenidoBitacora[])
    .filter((e) => !presentes.has(e.id))
    .sort((a, b) => a.fecha.localeCompare(b.fecha) || a.id.localeCompare(b.id));
  const selladasAqui: EntradaSellada[] = [];
  for (const e of porSellar) {
    const anterior = (await ultimaEntradaDe(db, e.estacion)) ?? null;
    const sellada = await Dexie.waitFor(sellar(e, anterior));
    await db.bitacora.add(sellada);
    selladasAqui.push(sellada);
  }
  // The seals follow what was added: each station's chain now reaches its newest entry here.
  await avanzarSellos(db, [...union.agregadas, ...delDuenio, ...selladasAqui]);
  return { agregadas: union.agregadas.length + porSellar.length, repetidas: union.repetidas, distintas: union.distintas.length - delDuenio.length };
}

function exigirUsuariosUnicos(respaldo: ArchivoRespaldo): void {
  const vistos = new Set<unknown>();
  for (const c of respaldo.tablas.cuentas) {
    if (vistos.has(c.usuario)) throw new ErrorValidacion({ archivo: `El respaldo trae dos cuentas con el usuario «${String(c.usuario)}»` });
    vistos.add(c.usuario);
  }
}

/**
 * Replaces the data with the backup's (administrators only). The file is checked whole first; the replacement
 * happens in one transaction, so a failure leaves the database exactly as it was. The bitácora is not replaced: the
 * local entries stay and the file's are added. The accounts are the file's when it carries any (a restore on a new PC
 * brings the office's staff); a file from before the accounts leaves this PC's. The caller saves the current state
 * first. If the signed-in account is not active in the restored data, the sign-in ends.
 */
export async function restaurarRespaldo(db: BaseDatosPoa, texto: string): Promise<Record<NombreTabla, number>> {
  const autor = await autorizar(db, 'restaurar-respaldo');
  const { respaldo, conteos } = validarOFallar(texto);
  exigirUsuariosUnicos(respaldo);
  const conCuentas = respaldo.tablas.cuentas.length > 0;
  await db.transaction('rw', tablas(db), async () => {
    // The seals of this PC's bitácora stay with it, as its entries do: the file's configuración brings its own
    // settings, not how far this PC's chains reach.
    const sellos = await leerSellos(db);
    for (const t of TABLAS_RESPALDO) {
      if (t === 'bitacora' || (t === 'cuentas' && !conCuentas)) continue;
      await db.table(t).clear();
      await db.table(t).bulkAdd(respaldo.tablas[t]);
    }
    await guardarSellos(db, sellos);
    const union = await unirBitacoraDelArchivo(db, respaldo, null);
    // A backup made before catalogue entries were one per tipo and name may hold them twice: they become one here too.
    await unirCatalogosDuplicados(Dexie.currentTransaction!, autor, 'al restaurar el respaldo');
    await registrarBitacora(db, autor, {
      accion: 'restaurar',
      entidad: 'respaldo',
      entidadId: null,
      resumen: `Base de datos restaurada del respaldo del ${respaldo.fecha.slice(0, 10)} (estación ${respaldo.estacion})${
        conCuentas ? ', con sus cuentas' : '; se conservaron las cuentas de esta PC'
      }. Bitácora: se conservaron todas las entradas de esta PC y se agregaron ${union.agregadas} del respaldo`,
    });
  });
  await actualizarSesion(db, 'su cuenta no está activa en el respaldo restaurado');
  return conteos;
}

export interface ResultadoFusion {
  agregados: number;
  actualizados: number;
  sinCambio: number;
}

/** What a merge never takes from the other PC: its settings and its accounts stay there. The bitácora is joined. */
const NO_SE_INCORPORAN: readonly NombreTabla[] = ['configuracion', 'cuentas', 'bitacora'];

/**
 * Brings in the captures of another PC (a jefe or an administrador): records new here are added, records changed
 * there after their copy here replace it, the rest stay. Folio counters keep the highest value so a folio is never
 * given twice. This PC's settings and accounts are not touched; the other PC's bitácora entries are added. All in
 * one transaction: a conflict (two PCs with the same station code giving the same folio to different requests)
 * changes nothing and says which folio.
 */
export async function fusionarRespaldo(db: BaseDatosPoa, texto: string): Promise<ResultadoFusion> {
  const autor = await autorizar(db, 'incorporar-capturas');
  const { respaldo } = validarOFallar(texto);
  const resultado: ResultadoFusion = { agregados: 0, actualizados: 0, sinCambio: 0 };
  try {
    await db.transaction('rw', tablas(db), async () => {
      // Catalogue entries (same tipo and name) and personas (same CURP) this PC already has under another id are this PC's.
      const alineacion = await alinearEntrantes(db, respaldo.tablas);
      for (const t of TABLAS_RESPALDO) {
        if (NO_SE_INCORPORAN.includes(t)) continue;
        const tabla = db.table(t);
        for (const fila of alineacion.tablas[t]) {
          const clave = t === 'folios' ? fila.serie : fila.id;
          const existente = (await tabla.get(clave as string)) as Record<string, unknown> | undefined;
          if (t === 'folios') {
            if (!existente || Number(existente.ultimo) < Number(fila.ultimo)) {
              await tabla.put(fila);
              resultado[existente ? 'actualizados' : 'agregados']++;
            } else resultado.sinCambio++;
          } else if (ganaEntrante(existente, fila) && !(existente && !('updatedAt' in fila))) {
            await tabla.put(fila);
            resultado[existente ? 'actualizados' : 'agregados']++;
          } else resultado.sinCambio++;
        }
      }
      alineacion.seguidos += await seguirUnionesLocales(db, alineacion.tablas.personas);
      const union = await unirBitacoraDelArchivo(db, respaldo, respaldo.estacion);
      resultado.agregados += union.agregadas;
      resultado.sinCambio += union.repetidas + union.distintas;
      await registrarBitacora(db, autor, {
        accion: 'incorporar',
        entidad: 'respaldo',
        entidadId: null,
        resumen: `Capturas de la estación ${respaldo.estacion} incorporadas: ${resultado.agregados} nuevas, ${resultado.actualizados} actualizadas`,
      });
      for (const { entidad, resumen } of resumenesAlineacion(alineacion, respaldo.estacion)) {
        await registrarBitacora(db, autor, { accion: 'incorporar', entidad, entidadId: null, resumen });
      }
    });
  } catch (e) {
    if (e instanceof Error && e.name === 'ConstraintError') {
      throw new ErrorValidacion({
        archivo:
          'Dos registros distintos tienen el mismo folio: las dos PCs usan la misma clave de estación. No se incorporó nada; cambie la clave de una de ellas en Configuración → General.',
      });
    }
    throw e;
  }
  return resultado;
}
