import { crearCredencial } from '../../../../shared/seguridad/contrasenas';
import { SIN_INTENTOS } from '../../../../shared/seguridad/intentos';
import type { Sesion } from '../../../../shared/seguridad/permisos';
import type { Cuenta } from '../../../../shared/schemas/cuentas';
import { primerArranqueSchema, ROLES_FIRMA } from '../../../../shared/schemas/primerArranque';
import { configuracionSchema } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { sembrarSiHaceFalta } from '../semilla';
import { fijarSesion } from '../sesionEnMemoria';
import { camposNuevos, registrarBitacora, type Autor } from './base';
import { obtenerConfiguracion } from './configuracion';
import { registrarCreacion } from './cuentas';
import { sesionDeCuenta } from '../sesion';

export const MENSAJE_YA_CONFIGURADA = 'Esta PC ya tiene cuentas: inicie sesión con la suya.';

/** Validates the first-run data as it will be saved; the first account is always an administrador. */
export function validarPrimerArranque(datos: unknown) {
  const d = (datos ?? {}) as { administrador?: object };
  return validar(primerArranqueSchema, { ...d, administrador: { ...(d.administrador ?? {}), rol: 'administrador' } });
}

/**
 * The first start of the app on this PC: the municipality, this PC's station, the signers, the aviso de privacidad
 * and the first administrator's account, written in one transaction with the seed's POA (which takes this PC's
 * station), and the administrator signed in. Only while the PC has no account; errors are keyed by field
 * ('municipio', 'elaboro.nombre', 'administrador.contrasena').
 */
export async function completarPrimerArranque(db: BaseDatosPoa, datos: unknown): Promise<Sesion> {
  const d = validarPrimerArranque(datos);
  if (await db.cuentas.count()) throw new ErrorValidacion({ _: MENSAJE_YA_CONFIGURADA });
  const credencial = await crearCredencial(d.administrador.contrasena);
  const sesion = await db.transaction('rw', [db.cuentas, db.configuracion, db.bitacora, db.poas, db.actividades, db.catalogos], async () => {
    if (await db.cuentas.count()) throw new ErrorValidacion({ _: MENSAJE_YA_CONFIGURADA });
    const configuracion = validar(configuracionSchema, {
      ...(await obtenerConfiguracion(db)),
      municipio: d.municipio,
      logoDataUrl: d.logoDataUrl,
      estacion: d.estacion,
      elaboro: d.elaboro,
      reviso: d.reviso,
      autorizo: d.autorizo,
      avisoPrivacidad: d.avisoPrivacidad,
      avisoIntegral: d.avisoIntegral,
    });
    await db.configuracion.put({ clave: 'general', valor: configuracion });
    const cuenta: Cuenta = {
      ...camposNuevos(d.estacion),
      nombre: d.administrador.nombre,
      cargo: d.administrador.cargo,
      usuario: d.administrador.usuario,
      rol: 'administrador',
      activa: true,
      credencial,
      ...SIN_INTENTOS,
    };
    await db.cuentas.add(cuenta);
    // Nobody is signed in while the PC is set up: the setup's own entries name no account.
    const instalacion: Autor = { cuentaId: null, usuario: 'Configuración inicial', estacion: d.estacion };
    const firmantes = (Object.keys(ROLES_FIRMA) as (keyof typeof ROLES_FIRMA)[]).map((r) => `${ROLES_FIRMA[r]}: ${d[r].nombre}`).join(', ');
    await registrarBitacora(db, instalacion, {
      accion: 'configurar',
      entidad: 'configuracion',
      entidadId: 'general',
      resumen: `Configuración inicial de esta PC: municipio ${d.municipio}, estación ${d.estacion}; firmantes ${firmantes}`,
    });
    await registrarCreacion(db, instalacion, cuenta);
    await sembrarSiHaceFalta(db);
    const sesion = sesionDeCuenta(cuenta);
    await registrarBitacora(db, { cuentaId: cuenta.id, usuario: cuenta.nombre, estacion: d.estacion }, {
      accion: 'iniciar-sesion',
      entidad: 'cuenta',
      entidadId: cuenta.id,
      resumen: `${cuenta.nombre} (${cuenta.usuario}) inició sesión como administrador al terminar la configuración inicial`,
    });
    return sesion;
  });
  fijarSesion(db, sesion);
  return sesion;
}
