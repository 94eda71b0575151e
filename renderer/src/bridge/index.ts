/**
 * The one place the renderer chooses how to reach the operating system: the Electron preload when it is
 * there, the browser implementation otherwise. Screens import `puente` and never look at `window.poa`.
 */
import type { PuenteApi } from '../../../shared/ipc/contract';
import { puenteElectron } from './desktop';
import { crearPuenteWeb } from './web';

export const puente: PuenteApi = puenteElectron() ?? crearPuenteWeb();

/** True inside the desktop app; screens use it to word things ("se descargará" vs "se guardará"). */
export const enEscritorio: boolean = puenteElectron() !== null;

export type {
  InfoApp,
  PuenteApi,
  RespaldoListado,
  SolicitudGuardarArchivo,
  SolicitudImprimir,
  RespuestaImprimir,
} from '../../../shared/ipc/contract';
export { ATRIBUTO_LISTO_PARA_IMPRIMIR, PREFIJO_RUTA_IMPRESION } from '../../../shared/ipc/canales';
