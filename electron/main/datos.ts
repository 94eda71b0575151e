/** Where the app keeps its data, decided before anything reads the folder. */
import nodePath from 'node:path';
import { CARPETA_DATOS_DESARROLLO } from '../../shared/aplicacion/identidad';

export interface EntornoDatos {
  /** `app.isPackaged`. */
  empaquetada: boolean;
  /** `POA_USER_DATA`, set by tests and support staff. */
  variable: string | undefined;
  /** `app.getPath('appData')`: %APPDATA% on Windows, ~/.config on Linux. */
  carpetaAppData: string;
}

/**
 * The folder to give `app.setPath('userData', …)`, or null to keep Electron's (`<appData>/POA Gestión Social`,
 * the installed app's). `POA_USER_DATA` wins; a run from the sources gets `<appData>/POA Gestión Social
 * (desarrollo)`, so it neither works on nor upgrades the users' database, nor quits because the installed app
 * holds the single-instance lock (which is keyed by this folder).
 */
export function carpetaDatos(entorno: EntornoDatos, ruta: Pick<typeof nodePath, 'resolve' | 'join'> = nodePath): string | null {
  const variable = entorno.variable?.trim();
  if (variable) return ruta.resolve(variable);
  if (!entorno.empaquetada) return ruta.join(entorno.carpetaAppData, CARPETA_DATOS_DESARROLLO);
  return null;
}

/** The log files' folder, inside the data folder. */
export function carpetaRegistros(userData: string): string {
  return nodePath.join(userData, 'registros');
}
