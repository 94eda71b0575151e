/**
 * What identifies the installed app to Windows, Electron and Chromium. None of these may change once released:
 * the data folder (userData) is named by the product name, the IndexedDB database lives under the app:// origin and
 * is named here, and Windows groups the app's windows and its uninstaller by the appId. A newer build that changed
 * one of them would open an empty database next to the users' one. electron-builder.yml and package.json repeat
 * them (a test checks that they agree).
 */
export const ID_APLICACION = 'mx.gob.municipio.poa-gestion-social';
export const NOMBRE_PRODUCTO = 'POA Gestión Social';
/** package.json "name". */
export const NOMBRE_PAQUETE = 'poa-gestion-social';

export const ESQUEMA_APP = 'app';
export const HOST_APP = 'poa';
export const ORIGEN_APP = `${ESQUEMA_APP}://${HOST_APP}`;
export const URL_INICIO = `${ORIGEN_APP}/index.html`;

/** The Dexie (IndexedDB) database of the app's origin. */
export const NOMBRE_BASE_DATOS = 'poa-gestion-social';

/**
 * The data folder of a run from the sources (`npm start`, `npm run dev`), next to the installed app's one, so a
 * developer's run on an office PC never opens (nor upgrades) the users' database.
 */
export const CARPETA_DATOS_DESARROLLO = `${NOMBRE_PRODUCTO} (desarrollo)`;
