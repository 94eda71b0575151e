import { configuracionSchema, type Configuracion } from '../../../../shared/schemas/sistema';
import { CONFIGURACION_POR_DEFECTO } from '../../../../shared/domain/configuracionPorDefecto';
import type { BaseDatosPoa } from '../db';
import { validar } from '../errores';
import { autorizar, diferencias, registrarBitacora } from './base';

export { CONFIGURACION_POR_DEFECTO };

const CLAVE = 'general';

export async function obtenerConfiguracion(db: BaseDatosPoa): Promise<Configuracion> {
  const registro = await db.configuracion.get(CLAVE);
  return { ...CONFIGURACION_POR_DEFECTO, ...((registro?.valor as Partial<Configuracion>) ?? {}) };
}

export async function guardarConfiguracion(db: BaseDatosPoa, datos: unknown): Promise<Configuracion> {
  const sesion = await autorizar(db, 'configuracion');
  const nueva = validar(configuracionSchema, datos);
  return db.transaction('rw', db.configuracion, db.bitacora, async () => {
    const anterior = await obtenerConfiguracion(db);
    await db.configuracion.put({ clave: CLAVE, valor: nueva });
    // Recorded in the chain of the station that made the change (a new station code starts its own chain).
    await registrarBitacora(db, sesion, {
      accion: 'configurar',
      entidad: 'configuracion',
      entidadId: CLAVE,
      resumen: 'Configuración general actualizada',
      cambios: diferencias({ ...anterior, logoDataUrl: anterior.logoDataUrl ? '(logo)' : null }, { ...nueva, logoDataUrl: nueva.logoDataUrl ? '(logo)' : null }),
    });
    return nueva;
  });
}

/**
 * Where this PC looks for updates is set in the main process (it reads it before any window opens); an administrator
 * sets it here, and the bitácora keeps who pointed the PC where. `cambiar` is the bridge's call.
 */
export async function configurarActualizaciones<T>(db: BaseDatosPoa, origen: string | null, cambiar: (origen: string | null) => Promise<T>): Promise<T> {
  const sesion = await autorizar(db, 'configuracion');
  const resultado = await cambiar(origen);
  await registrarBitacora(db, sesion, {
    accion: 'configurar',
    entidad: 'configuracion',
    entidadId: 'actualizaciones',
    resumen: origen === null ? 'Búsqueda de actualizaciones desactivada en esta PC' : `Carpeta de actualizaciones de esta PC: ${origen}`,
  });
  return resultado;
}
