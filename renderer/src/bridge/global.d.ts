import type { PuenteApi } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a plain browser. */
    readonly poa?: PuenteApi;
  }
}

export {};
