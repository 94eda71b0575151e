import { ACTIVIDADES_POA_2026, CATALOGOS_INICIALES, ENCABEZADO_POA_2026 } from '../../../shared/seed/poa2026';
import { idActividad, idCatalogo, idPoa } from '../../../shared/domain/identidad';
import type { Poa } from '../../../shared/schemas/poa';
import type { TipoCatalogo } from '../../../shared/schemas/sistema';
import type { BaseDatosPoa } from './db';
import { camposNuevos, registrarBitacora } from './repositorios/base';
import { obtenerConfiguracion } from './repositorios/configuracion';

const MARCA = 'semilla-poa-2026';

/**
 * First run: the seed's POA 2026, its four activities and the starting catalogues, created once in one
 * transaction (a mark in `configuracion` says it was done, so a user who deletes a catalogue entry keeps it deleted).
 * Every record of the seed takes an id from what it is (the POA its year, an activity its year and número, a catalogue
 * entry its tipo and name), so every PC's seed is the same records and exchanging captures never duplicates them.
 * The app runs it once this PC's station is set (at the end of the first-run setup), so the records and the entry
 * carry this PC's station. It joins the caller's transaction when run inside one.
 */
export async function sembrarSiHaceFalta(db: BaseDatosPoa): Promise<boolean> {
  return db.transaction('rw', [db.poas, db.actividades, db.catalogos, db.configuracion, db.bitacora], async () => {
    if (await db.configuracion.get(MARCA)) return false;
    const { estacion } = await obtenerConfiguracion(db);
    const sesion = { cuentaId: null, usuario: 'Sistema', estacion };
    const anio = ENCABEZADO_POA_2026.anio;
    const poa: Poa = { ...camposNuevos(estacion), id: idPoa(anio), ...ENCABEZADO_POA_2026, estado: 'borrador', autorizacion: null, cierre: null };
    // A POA 2026 that came from another PC's captures before this one was seeded stays as it is.
    if (await db.poas.get(poa.id)) return false;
    await db.poas.add(poa);
    await db.actividades.bulkPut(
      ACTIVIDADES_POA_2026.map((a) => ({ ...camposNuevos(estacion), id: idActividad(anio, a.numero), poaId: poa.id, inicial: null, ...a })),
    );
    const catalogos = (Object.entries(CATALOGOS_INICIALES) as [TipoCatalogo, readonly string[]][]).flatMap(([tipo, nombres]) =>
      nombres.map((nombre) => ({ ...camposNuevos(estacion), id: idCatalogo(tipo, nombre), tipo, nombre, activo: true })),
    );
    await db.catalogos.bulkAdd(catalogos);
    await db.configuracion.put({ clave: MARCA, valor: new Date().toISOString() });
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'poa',
      entidadId: poa.id,
      resumen: 'POA 2026 de Gestión Social y Atención Ciudadana cargado del documento original',
    });
    return true;
  });
}
