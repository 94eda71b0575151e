import { describe, expect, it } from 'vitest';
import { motivoBloqueo, permisoPara, permitidas } from '../../../renderer/src/hooks/usePuede';
import { ACCIONES, puede, quienPuede, ROLES, type Rol, type Sesion } from '../../../shared/seguridad/permisos';

const sesion = (rol: Rol): Sesion => ({ cuentaId: `id-${rol}`, nombre: `Cuenta ${rol}`, usuario: rol, rol });

describe('lo que una pantalla ofrece a cada rol', () => {
  it('un control está encendido exactamente para los roles que la tabla de permisos deja, y apagado dice quién puede', () => {
    for (const rol of ROLES) {
      for (const accion of ACCIONES) {
        const permiso = permisoPara(sesion(rol), accion);
        expect(permiso.permitido).toBe(puede(rol, accion));
        if (!permiso.permitido) expect(permiso.motivo).toBe(quienPuede(accion));
      }
    }
    expect(permisoPara(sesion('capturista'), 'cerrar-periodos')).toEqual({ permitido: false, motivo: 'Solo un jefe o un administrador puede cerrar periodos.' });
    expect(permisoPara(sesion('jefe'), 'restaurar-respaldo')).toEqual({ permitido: false, motivo: 'Solo un administrador puede restaurar un respaldo.' });
  });

  it('sin sesión nada está encendido y el motivo pide iniciar sesión', () => {
    expect(permisoPara(null, 'capturar-registros')).toEqual({ permitido: false, motivo: 'Inicie sesión para capturar registros.' });
  });

  it('el rol que no puede gana al impedimento; si puede, el impedimento apaga el control con su propio motivo', () => {
    const ultimo = 'No se puede desactivar la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.';
    expect(motivoBloqueo(sesion('jefe'), 'gestionar-cuentas', ultimo)).toBe('Solo un administrador puede administrar las cuentas.');
    expect(motivoBloqueo(sesion('administrador'), 'gestionar-cuentas', ultimo)).toBe(ultimo);
    expect(motivoBloqueo(sesion('administrador'), 'gestionar-cuentas', null)).toBeNull();
    expect(motivoBloqueo(sesion('administrador'), 'gestionar-cuentas', '')).toBeNull();
    expect(motivoBloqueo(sesion('capturista'), 'buscar')).toBeNull();
  });

  it('el menú y las pestañas muestran a cada rol sólo las entradas que puede usar, en su orden', () => {
    const entradas = [
      { titulo: 'POA' },
      { titulo: 'POA y actividades', accion: 'editar-poa' as const },
      { titulo: 'Respaldos', accion: 'copiar-respaldo' as const },
      { titulo: 'Bitácora', accion: 'ver-bitacora' as const },
      { titulo: 'Cuentas', accion: 'gestionar-cuentas' as const },
    ];
    const titulos = (s: Sesion | null) => permitidas(entradas, s).map((e) => e.titulo);
    expect(titulos(sesion('capturista'))).toEqual(['POA', 'Respaldos']);
    expect(titulos(sesion('jefe'))).toEqual(['POA', 'POA y actividades', 'Respaldos', 'Bitácora']);
    expect(titulos(sesion('administrador'))).toEqual(['POA', 'POA y actividades', 'Respaldos', 'Bitácora', 'Cuentas']);
    expect(titulos(null)).toEqual(['POA']);
  });
});
