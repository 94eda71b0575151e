import type { PuenteApi } from '../../../shared/ipc/contract';

/**
 * The desktop (Electron) implementation: the object the preload exposed as `window.poa`. It already validates
 * through the main process and rejects with Spanish messages. Null when running in a plain browser.
 * (Not named electron.ts: the renderer's lint refuses any import path matching 'electron'.)
 */
export function puenteElectron(ventana: { readonly poa?: PuenteApi } = window): PuenteApi | null {
  return ventana.poa ?? null;
}
