/**
 * Who may do what: the one permission table of the app. The repositories check it where data is written and read
 * (`exigir`), and the screens read it to hide or disable what a role cannot do (`puede`, `quienPuede` for the tooltip).
 *
 * Roles are nested, capturista ⊂ jefe ⊂ administrador (least privilege: the desk captures, the head of the
 * department decides, the administrator keeps the installation), so the table gives each action the least role
 * that may do it and a role may do everything of the roles below it.
 */

export const ROLES = ['capturista', 'jefe', 'administrador'] as const;
export type Rol = (typeof ROLES)[number];

export const ETIQUETA_ROL: Record<Rol, string> = {
  capturista: 'Capturista',
  jefe: 'Jefe',
  administrador: 'Administrador',
};

/** The role as a sentence names it: «un jefe o un administrador». */
const ROL_EN_FRASE: Record<Rol, string> = { capturista: 'un capturista', jefe: 'un jefe', administrador: 'un administrador' };

interface ReglaPermiso {
  /** The least role that may do it. */
  rol: Rol;
  /** What the user does, as it reads after «puede»: «cerrar periodos». */
  texto: string;
}

export const PERMISOS = {
  // The desk's daily work.
  'capturar-registros': { rol: 'capturista', texto: 'capturar registros' },
  'editar-registros': { rol: 'capturista', texto: 'editar registros' },
  'imprimir-acuses': { rol: 'capturista', texto: 'imprimir acuses' },
  buscar: { rol: 'capturista', texto: 'buscar y consultar registros' },
  // A station's captures reach the department's PC in a package; the copy may be locked with a passphrase.
  'copiar-respaldo': { rol: 'capturista', texto: 'hacer respaldos y copiarlos para otra PC' },
  // A colonia or localidad met at the window joins the catalogue there, so the next capture finds it spelled the same;
  // changing or deactivating catalogue entries stays with the administrator.
  'agregar-colonias': { rol: 'capturista', texto: 'agregar colonias y localidades al catálogo' },
  // The transparency padrón carries only what the law publishes (name, support, territorial unit, age, sex), which any
  // account already sees in the padrón's public version; the bitácora keeps who exported it.
  'exportar-padron-transparencia': { rol: 'capturista', texto: 'exportar el padrón de transparencia' },

  // Decisions of the head of the department.
  'eliminar-registros': { rol: 'jefe', texto: 'eliminar registros' },
  'ajustes-manuales': { rol: 'jefe', texto: 'agregar ajustes manuales' },
  justificaciones: { rol: 'jefe', texto: 'escribir justificaciones' },
  'cerrar-periodos': { rol: 'jefe', texto: 'cerrar periodos' },
  'reabrir-periodos': { rol: 'jefe', texto: 'reabrir periodos' },
  'crear-poa': { rol: 'jefe', texto: 'crear un POA' },
  'autorizar-poa': { rol: 'jefe', texto: 'autorizar un POA' },
  'editar-poa': { rol: 'jefe', texto: 'cambiar el POA o sus metas' },
  reconducciones: { rol: 'jefe', texto: 'registrar reconducciones' },
  'exportar-libro': { rol: 'jefe', texto: 'exportar el libro del POA' },
  'exportar-hojas': { rol: 'jefe', texto: 'imprimir y exportar las hojas mensuales' },
  'incorporar-capturas': { rol: 'jefe', texto: 'incorporar capturas de otra PC' },
  'ver-bitacora': { rol: 'jefe', texto: 'ver la bitácora' },
  'solicitudes-arco': { rol: 'jefe', texto: 'atender solicitudes ARCO' },
  'exportar-datos-persona': { rol: 'jefe', texto: 'exportar los datos de una persona' },
  // Merging moves a citizen's whole history to another record: a decision about who someone is.
  'unir-personas': { rol: 'jefe', texto: 'unir personas registradas dos veces' },
  // Packages carry every captured change between PCs; choosing between two versions decides what the office keeps.
  'intercambiar-paquetes': { rol: 'jefe', texto: 'escribir e incorporar paquetes de intercambio' },
  'resolver-conflictos': { rol: 'jefe', texto: 'resolver los conflictos entre PCs' },
  // A copy that leaves the PC without a passphrase carries every citizen's data readable by anyone who finds it.
  'copiar-respaldo-sin-contrasena': { rol: 'jefe', texto: 'sacar una copia del respaldo sin contraseña' },
  // An import writes thousands of records and citizens at once from the office's spreadsheets.
  'importar-registros': { rol: 'jefe', texto: 'importar registros desde Excel o CSV' },

  // Keeping the installation.
  'gestionar-cuentas': { rol: 'administrador', texto: 'administrar las cuentas' },
  configuracion: { rol: 'administrador', texto: 'cambiar la configuración' },
  catalogos: { rol: 'administrador', texto: 'modificar los catálogos' },
  'restaurar-respaldo': { rol: 'administrador', texto: 'restaurar un respaldo' },
} as const satisfies Record<string, ReglaPermiso>;

export type Accion = keyof typeof PERMISOS;
export const ACCIONES = Object.keys(PERMISOS) as Accion[];

/** Who is signed in at this PC: the account written to the bitácora and checked by every repository. */
export interface Sesion {
  cuentaId: string;
  nombre: string;
  usuario: string;
  rol: Rol;
}

const NIVEL: Record<Rol, number> = { capturista: 0, jefe: 1, administrador: 2 };

export function puede(rol: Rol, accion: Accion): boolean {
  return NIVEL[rol] >= NIVEL[PERMISOS[accion].rol];
}

/** The roles that may do it, from the least. */
export function rolesQuePueden(accion: Accion): Rol[] {
  return ROLES.filter((r) => puede(r, accion));
}

function enumerar(partes: readonly string[]): string {
  return partes.length <= 1 ? partes.join('') : `${partes.slice(0, -1).join(', ')} o ${partes[partes.length - 1]}`;
}

/** The tooltip of a disabled control and the end of a refusal: «Solo un jefe o un administrador puede cerrar periodos.» */
export function quienPuede(accion: Accion): string {
  const roles = rolesQuePueden(accion);
  const texto = PERMISOS[accion].texto;
  if (roles.length === ROLES.length) return `Cualquier cuenta puede ${texto}.`;
  return `Solo ${enumerar(roles.map((r) => ROL_EN_FRASE[r]))} puede ${texto}.`;
}

/** A forbidden call: the repository writes nothing, logs the refusal and shows this message. */
export class PermisoDenegado extends Error {
  override readonly name = 'PermisoDenegado';
  constructor(
    readonly accion: Accion,
    /** The role that asked; null when nobody was signed in. */
    readonly rol: Rol | null,
  ) {
    super(rol === null ? `Inicie sesión para ${PERMISOS[accion].texto}.` : quienPuede(accion));
  }
}

/** Refuses, with a Spanish message, an action the session's role may not do (or any action with nobody signed in). */
export function exigir(sesion: Sesion | null, accion: Accion): asserts sesion is Sesion {
  if (sesion === null) throw new PermisoDenegado(accion, null);
  if (!puede(sesion.rol, accion)) throw new PermisoDenegado(accion, sesion.rol);
}
