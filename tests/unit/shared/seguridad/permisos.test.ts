import { describe, expect, it } from 'vitest';
import {
  ACCIONES,
  ETIQUETA_ROL,
  exigir,
  PermisoDenegado,
  puede,
  quienPuede,
  ROLES,
  rolesQuePueden,
  type Accion,
  type Rol,
  type Sesion,
} from '../../../../shared/seguridad/permisos';

const sesion = (rol: Rol): Sesion => ({ cuentaId: '0b0e6f55-3a2d-4d4e-9a57-7c1d5f3c2a10', nombre: 'Ana López', usuario: 'ana.lopez', rol });

const DE_CAPTURISTA: Accion[] = [
  'capturar-registros',
  'editar-registros',
  'imprimir-acuses',
  'buscar',
  'copiar-respaldo',
  'agregar-colonias',
  'exportar-padron-transparencia',
];
const DE_JEFE: Accion[] = [
  'eliminar-registros',
  'ajustes-manuales',
  'justificaciones',
  'cerrar-periodos',
  'reabrir-periodos',
  'crear-poa',
  'autorizar-poa',
  'editar-poa',
  'reconducciones',
  'exportar-libro',
  'exportar-hojas',
  'incorporar-capturas',
  'ver-bitacora',
  'solicitudes-arco',
  'exportar-datos-persona',
  'unir-personas',
  'intercambiar-paquetes',
  'resolver-conflictos',
  'copiar-respaldo-sin-contrasena',
  'importar-registros',
];
const DE_ADMINISTRADOR: Accion[] = ['gestionar-cuentas', 'configuracion', 'catalogos', 'restaurar-respaldo'];

const permitidas = (rol: Rol) => ACCIONES.filter((a) => puede(rol, a));

describe('una sola tabla de permisos: capturista ⊂ jefe ⊂ administrador', () => {
  it('el capturista captura, edita, imprime acuses, busca, respalda, agrega colonias al catálogo y exporta el padrón de transparencia, y nada más', () => {
    expect(permitidas('capturista')).toEqual(DE_CAPTURISTA);
  });

  it('el capturista no puede eliminar, tocar el POA, ajustar, cerrar, restaurar, incorporar, exportar datos reservados, ver la bitácora ni administrar', () => {
    for (const a of [...DE_JEFE, ...DE_ADMINISTRADOR]) expect(puede('capturista', a), a).toBe(false);
  });

  it('el jefe hace lo del capturista y además lo que decide la jefatura', () => {
    expect(permitidas('jefe')).toEqual([...DE_CAPTURISTA, ...DE_JEFE]);
    for (const a of DE_ADMINISTRADOR) expect(puede('jefe', a), a).toBe(false);
  });

  it('el administrador puede todo', () => {
    expect(permitidas('administrador')).toEqual(ACCIONES);
    expect(ACCIONES).toEqual([...DE_CAPTURISTA, ...DE_JEFE, ...DE_ADMINISTRADOR]);
  });

  it('cada rol puede todo lo del rol anterior', () => {
    for (let i = 1; i < ROLES.length; i++) {
      for (const a of permitidas(ROLES[i - 1])) expect(puede(ROLES[i], a), `${ROLES[i]} ${a}`).toBe(true);
    }
  });

  it('los roles tienen su nombre en español', () => {
    expect(ROLES.map((r) => ETIQUETA_ROL[r])).toEqual(['Capturista', 'Jefe', 'Administrador']);
  });
});

describe('quién puede, para la ayuda de los botones deshabilitados', () => {
  it('dice los roles que pueden con la acción en palabras del usuario', () => {
    expect(quienPuede('cerrar-periodos')).toBe('Solo un jefe o un administrador puede cerrar periodos.');
    expect(quienPuede('restaurar-respaldo')).toBe('Solo un administrador puede restaurar un respaldo.');
    expect(quienPuede('exportar-datos-persona')).toBe('Solo un jefe o un administrador puede exportar los datos de una persona.');
    expect(quienPuede('buscar')).toBe('Cualquier cuenta puede buscar y consultar registros.');
    expect(rolesQuePueden('ver-bitacora')).toEqual(['jefe', 'administrador']);
  });

  it('toda acción tiene su frase', () => {
    expect(Object.fromEntries(ACCIONES.map((a) => [a, quienPuede(a)]))).toEqual({
      'capturar-registros': 'Cualquier cuenta puede capturar registros.',
      'editar-registros': 'Cualquier cuenta puede editar registros.',
      'imprimir-acuses': 'Cualquier cuenta puede imprimir acuses.',
      buscar: 'Cualquier cuenta puede buscar y consultar registros.',
      'copiar-respaldo': 'Cualquier cuenta puede hacer respaldos y copiarlos para otra PC.',
      'agregar-colonias': 'Cualquier cuenta puede agregar colonias y localidades al catálogo.',
      'exportar-padron-transparencia': 'Cualquier cuenta puede exportar el padrón de transparencia.',
      'eliminar-registros': 'Solo un jefe o un administrador puede eliminar registros.',
      'ajustes-manuales': 'Solo un jefe o un administrador puede agregar ajustes manuales.',
      justificaciones: 'Solo un jefe o un administrador puede escribir justificaciones.',
      'cerrar-periodos': 'Solo un jefe o un administrador puede cerrar periodos.',
      'reabrir-periodos': 'Solo un jefe o un administrador puede reabrir periodos.',
      'crear-poa': 'Solo un jefe o un administrador puede crear un POA.',
      'autorizar-poa': 'Solo un jefe o un administrador puede autorizar un POA.',
      'editar-poa': 'Solo un jefe o un administrador puede cambiar el POA o sus metas.',
      reconducciones: 'Solo un jefe o un administrador puede registrar reconducciones.',
      'exportar-libro': 'Solo un jefe o un administrador puede exportar el libro del POA.',
      'exportar-hojas': 'Solo un jefe o un administrador puede imprimir y exportar las hojas mensuales.',
      'incorporar-capturas': 'Solo un jefe o un administrador puede incorporar capturas de otra PC.',
      'ver-bitacora': 'Solo un jefe o un administrador puede ver la bitácora.',
      'solicitudes-arco': 'Solo un jefe o un administrador puede atender solicitudes ARCO.',
      'exportar-datos-persona': 'Solo un jefe o un administrador puede exportar los datos de una persona.',
      'unir-personas': 'Solo un jefe o un administrador puede unir personas registradas dos veces.',
      'intercambiar-paquetes': 'Solo un jefe o un administrador puede escribir e incorporar paquetes de intercambio.',
      'resolver-conflictos': 'Solo un jefe o un administrador puede resolver los conflictos entre PCs.',
      'copiar-respaldo-sin-contrasena': 'Solo un jefe o un administrador puede sacar una copia del respaldo sin contraseña.',
      'importar-registros': 'Solo un jefe o un administrador puede importar registros desde Excel o CSV.',
      'gestionar-cuentas': 'Solo un administrador puede administrar las cuentas.',
      configuracion: 'Solo un administrador puede cambiar la configuración.',
      catalogos: 'Solo un administrador puede modificar los catálogos.',
      'restaurar-respaldo': 'Solo un administrador puede restaurar un respaldo.',
    });
  });
});

describe('exigir rechaza lo prohibido con un mensaje en español', () => {
  it('un capturista que intenta cerrar un periodo recibe PermisoDenegado con quién puede', () => {
    let error: unknown;
    try {
      exigir(sesion('capturista'), 'cerrar-periodos');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PermisoDenegado);
    expect(error).toBeInstanceOf(Error);
    const p = error as PermisoDenegado;
    expect(p.message).toBe('Solo un jefe o un administrador puede cerrar periodos.');
    expect(p.name).toBe('PermisoDenegado');
    expect(p.accion).toBe('cerrar-periodos');
    expect(p.rol).toBe('capturista');
  });

  it('un jefe no administra cuentas; un administrador sí', () => {
    expect(() => exigir(sesion('jefe'), 'gestionar-cuentas')).toThrow('Solo un administrador puede administrar las cuentas.');
    expect(() => exigir(sesion('administrador'), 'gestionar-cuentas')).not.toThrow();
  });

  it('lo permitido pasa para cada rol, y lo demás se rechaza', () => {
    for (const rol of ROLES) {
      for (const a of ACCIONES) {
        if (puede(rol, a)) expect(() => exigir(sesion(rol), a)).not.toThrow();
        else expect(() => exigir(sesion(rol), a)).toThrow(PermisoDenegado);
      }
    }
  });

  it('sin sesión no se permite nada, ni lo que cualquier cuenta puede', () => {
    expect(() => exigir(null, 'buscar')).toThrow('Inicie sesión para buscar y consultar registros.');
    try {
      exigir(null, 'capturar-registros');
    } catch (e) {
      expect((e as PermisoDenegado).rol).toBeNull();
    }
  });
});
