import type { Table } from 'dexie';
import {
  FORMATO_RESPALDO,
  TABLAS_RESPALDO,
  VERSION_RESPALDO,
  ganaEntrante,
  validarRespaldo,
  type ArchivoRespaldo,
  type NombreTabla,
} from '../../../shared/schemas/respaldo';
import type { BaseDatosPoa } from './db';
import { ErrorValidacion } from './errores';
import { registrarBitacora, sesionActual } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';

function tablas(db: BaseDatosPoa): Table[] {
  return TABLAS_RESPALDO.map((t) => db.table(t));
}

/** The whole database as one JSON text, read in one transaction so it is a consistent snapshot. */
export async function exportarRespaldo(db: BaseDatosPoa): Promise<string> {
  return db.transaction('r', tablas(db), async () => {
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
  });
}

function validarOFallar(texto: string) {
  const r = validarRespaldo(texto);
  if (!r.valido) throw new ErrorValidacion({ archivo: r.mensaje });
  return r;
}

/**
 * Replaces everything with the backup. The file is checked whole first; the replacement happens in one
 * transaction, so a failure leaves the database exactly as it was. The caller saves the current state first.
 */
export async function restaurarRespaldo(db: BaseDatosPoa, texto: string): Promise<Record<NombreTabla, number>> {
  const { respaldo, conteos } = validarOFallar(texto);
  await db.transaction('rw', tablas(db), async () => {
    for (const t of TABLAS_RESPALDO) {
      await db.table(t).clear();
      await db.table(t).bulkAdd(respaldo.tablas[t]);
    }
    await registrarBitacora(db, await sesionActual(db), {
      accion: 'restaurar',
      entidad: 'respaldo',
      entidadId: null,
      resumen: `Base de datos restaurada del respaldo del ${respaldo.fecha.slice(0, 10)} (estación ${respaldo.estacion})`,
    });
  });
  return conteos;
}

export interface ResultadoFusion {
  agregados: number;
  actualizados: number;
  sinCambio: number;
}

/**
 * Brings in the captures of another PC: records new here are added, records changed there after their copy here
 * replace it, the rest stay. Folio counters keep the highest value so a folio is never given twice. This PC's
 * settings are not touched. All in one transaction: a conflict (two PCs with the same station code giving the
 * same folio to different requests) changes nothing and says which folio.
 */
export async function fusionarRespaldo(db: BaseDatosPoa, texto: string): Promise<ResultadoFusion> {
  const { respaldo } = validarOFallar(texto);
  const resultado: ResultadoFusion = { agregados: 0, actualizados: 0, sinCambio: 0 };
  const folios = new Map<string, string>();
  for (const s of respaldo.tablas.solicitudes) folios.set(String(s.id), String(s.folio));
  try {
    await db.transaction('rw', tablas(db), async () => {
      for (const t of TABLAS_RESPALDO) {
        if (t === 'configuracion') continue;
        const tabla = db.table(t);
        for (const fila of respaldo.tablas[t]) {
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
      await registrarBitacora(db, await sesionActual(db), {
        accion: 'restaurar',
        entidad: 'respaldo',
        entidadId: null,
        resumen: `Capturas de la estación ${respaldo.estacion} incorporadas: ${resultado.agregados} nuevas, ${resultado.actualizados} actualizadas`,
      });
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
